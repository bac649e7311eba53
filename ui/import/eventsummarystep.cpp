#include "eventsummarystep.h"

#include "activitytext.h"
#include "importtext.h"
#include "messagebox.h"
#include "rejectsexport.h"
#include "rejectsmodel.h"
#include "statcard.h"
#include "theme.h"
#include "uilogging.h"
#include "workspacesession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int rejectsShown = 1000; // per file; the export has them all

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "1 row" / "7 rows": English has no catalogue to supply plural forms, so both are sources (as numbertext.cpp).
QString counted(qint64 value, const QString &one, const QString &many)
{
    return value == 1 ? one : many.arg(number(value));
}

QString secondsText(double seconds)
{
    if (seconds < 1)
        return EventSummaryStep::tr("in under a second");
    return EventSummaryStep::tr("in %1 s").arg(QLocale().toString(seconds, 'f', 1));
}

QLabel *detailCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("cardCaption"));
    return label;
}

QLabel *detailText(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EventSummaryStep::EventSummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportStep(draft, parent), m_session(session), m_rows(new StatCard(tr("Rows read"), this)),
      m_events(new StatCard(tr("Events imported"), this)), m_present(new StatCard(tr("Already present"), this)),
      m_contacts(new StatCard(tr("Contacts created"), this)), m_rejected(new StatCard(tr("Rejected"), this)),
      m_rejectsTitle(steps::sectionTitle(tr("Rejected rows"), this)), m_noRejects(steps::note(QString(), this)),
      m_exportMessage(new QLabel(this)), m_export(steps::secondaryButton(tr("Export Rejects…"), this)),
      m_rejects(new RejectsModel(this)), m_rejectsTable(new QTableView(this)), m_exporter(new RejectsExporter(this))
{
    m_events->setAccent(theme::statusColor(ContactStatus::Subscribed));
    m_contacts->setAccent(theme::statusColor(ContactStatus::NonSubscribed));
    m_rejected->setAccent(theme::statusColor(ContactStatus::Bounced));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (StatCard *card : {m_rows, m_events, m_present, m_contacts, m_rejected})
        cards->addWidget(card, 1);

    m_rejectsTable->setObjectName(QStringLiteral("dataTable"));
    m_rejectsTable->setModel(m_rejects);
    m_rejectsTable->setShowGrid(false);
    m_rejectsTable->setWordWrap(false);
    m_rejectsTable->setAlternatingRowColors(true);
    m_rejectsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectsTable->verticalHeader()->hide();
    m_rejectsTable->verticalHeader()->setDefaultSectionSize(28);
    m_rejectsTable->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_rejectsTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->resizeSection(RejectsModel::File, 220);
    header->resizeSection(RejectsModel::Line, 60);
    header->resizeSection(RejectsModel::FileColumn, 80);
    header->resizeSection(RejectsModel::Field, 150);
    header->setStretchLastSection(true);
    m_rejectsTable->setMinimumHeight(120);
    m_exportMessage->setObjectName(QStringLiteral("muted"));
    m_exportMessage->setWordWrap(true);

    auto *rejectsBar = new QHBoxLayout;
    rejectsBar->setSpacing(12);
    rejectsBar->addWidget(m_rejectsTitle);
    rejectsBar->addWidget(m_exportMessage, 1);
    rejectsBar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(cards);
    layout->addWidget(createDetails(this));
    layout->addLayout(rejectsBar);
    layout->addWidget(m_noRejects);
    layout->addWidget(m_rejectsTable, 1);
    layout->addStretch(0);

    connect(m_export, &QPushButton::clicked, this, &EventSummaryStep::chooseExport);
    connect(m_exporter, &RejectsExporter::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        if (ok)
            m_exportMessage->setText(message);
        else
            MessageBox::critical(this, tr("Export Rejected Rows"), tr("The rejected rows could not be exported."),
                                 message);
    });
}

QWidget *EventSummaryStep::createDetails(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    m_balance = detailText(card);
    m_types = detailText(card);
    m_campaigns = detailText(card);
    m_campaignsCaption = detailCaption(tr("Campaigns"), card);
    m_machine = detailText(card);
    m_machineCaption = detailCaption(tr("Machine opens"), card);
    m_orders = detailText(card);
    m_ordersCaption = detailCaption(tr("Orders"), card);
    m_warnings = detailText(card);
    m_files = detailText(card);
    m_filesCaption = detailCaption(tr("Files"), card);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    grid->setColumnMinimumWidth(0, 120);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto add = [&](QLabel *caption, QLabel *text) {
        grid->addWidget(caption, row, 0, Qt::AlignTop);
        grid->addWidget(text, row++, 1);
    };
    add(detailCaption(tr("In total"), card), m_balance);
    add(detailCaption(tr("New events"), card), m_types);
    add(m_campaignsCaption, m_campaigns);
    add(m_machineCaption, m_machine);
    add(m_ordersCaption, m_orders);
    add(detailCaption(tr("Warnings"), card), m_warnings);
    add(m_filesCaption, m_files);
    return card;
}

QString EventSummaryStep::title() const
{
    return tr("Summary");
}

QString EventSummaryStep::heading() const
{
    return tr("Your campaign activity is in");
}

void EventSummaryStep::showReport(const EventImportReport &report, CancelledOrders cancelledOrders)
{
    m_report = report;
    const EventImportCounts &counts = report.counts;
    m_rows->setValue(number(counts.rowsRead));
    m_rows->setDetail(counted(report.files.size(), tr("in 1 file"), tr("in %1 files")));
    m_events->setValue(number(counts.eventsImported));
    m_events->setDetail(counts.campaignRows > 0 && counts.eventsImported == 0 ? tr("a report holds campaigns")
                                                                              : tr("added to timelines"));
    m_present->setValue(number(counts.alreadyPresent));
    m_present->setDetail(tr("imported before; not added twice"));
    m_contacts->setValue(number(counts.contactsCreated));
    m_contacts->setDetail(tr("added as not subscribed"));
    m_rejected->setValue(number(counts.rejected));
    m_rejected->setDetail(counts.rejected == 0 ? tr("every row was usable") : tr("listed below"));

    // rows read = events + already present + merged + skipped + rejected + campaign rows (see EventImportCounts)
    QStringList parts;
    parts.append(counted(counts.eventsImported, tr("1 new event"), tr("%1 new events")));
    parts.append(tr("%1 already present").arg(number(counts.alreadyPresent)));
    if (counts.rowsMerged > 0)
        parts.append(counted(counts.rowsMerged, tr("1 order line added to its order"),
                             tr("%1 order lines added to their orders")));
    if (counts.rowsSkipped > 0)
        parts.append(tr("%1 skipped").arg(number(counts.rowsSkipped)));
    if (counts.campaignRows > 0)
        parts.append(counted(counts.campaignRows, tr("1 campaign row"), tr("%1 campaign rows")));
    parts.append(tr("%1 rejected").arg(number(counts.rejected)));
    m_balance->setText(tr("%1 read = %2, %3")
                           .arg(counted(counts.rowsRead, tr("1 row"), tr("%1 rows")), parts.join(QStringLiteral(" + ")),
                                secondsText(report.seconds)));
    m_types->setText(activitytext::byType(counts.imported, tr("None")));

    const bool campaigns = counts.campaignsCreated > 0 || counts.campaignsUpdated > 0 || counts.campaignRows > 0;
    m_campaignsCaption->setVisible(campaigns);
    m_campaigns->setVisible(campaigns);
    m_campaigns->setText(tr("%1 new, %2 updated with the file's subject, send time or results")
                             .arg(number(counts.campaignsCreated), number(counts.campaignsUpdated)));

    const bool opens = counts.machineOpens > 0 || counts.imported.value(EventType::Open) > 0;
    m_machineCaption->setVisible(opens);
    m_machine->setVisible(opens);
    m_machine->setText(counts.machineOpens == 0
                           ? tr("None: every open looks like a person's")
                           : counted(counts.machineOpens,
                                     tr("1 open flagged as made by a machine (a privacy proxy or scanner)"),
                                     tr("%1 opens flagged as made by machines (privacy proxies, scanners)")));

    const bool orders = counts.rowsMerged > 0 || counts.cancellations > 0;
    m_ordersCaption->setVisible(orders);
    m_orders->setVisible(orders);
    QString ordersText = counted(counts.rowsMerged, tr("1 order line added up into its order"),
                                 tr("%1 order lines added up into their orders"));
    if (counts.cancellations > 0)
        ordersText +=
            QStringLiteral("; ") +
            (cancelledOrders == CancelledOrders::Skip
                 ? counted(counts.cancellations, tr("1 cancelled order left out"), tr("%1 cancelled orders left out"))
                 : counted(counts.cancellations, tr("1 cancelled order kept with negative revenue"),
                           tr("%1 cancelled orders kept with negative revenue")));
    if (counts.syntheticContacts > 0)
        ordersText += QStringLiteral(". ") +
                      counted(counts.syntheticContacts,
                              tr("1 new contact is a shop customer known only by id, given an address no mail "
                                 "can reach"),
                              tr("%1 new contacts are shop customers known only by id, given addresses no mail "
                                 "can reach"));
    m_orders->setText(ordersText + QLatin1Char('.'));

    if (counts.warnings == 0) {
        m_warnings->setText(tr("None"));
    } else {
        const ImportWarning first = report.warnings.value(0);
        const QString count = counted(counts.warnings, tr("1 warning"), tr("%1 warnings"));
        m_warnings->setText(report.warnings.isEmpty()
                                ? count
                                : tr("%1 (the row was imported anyway), e.g. %2: %3")
                                      .arg(count, importtext::location(first.line, first.column), first.message));
    }

    QStringList files;
    for (const EventImportFileReport &file : report.files) {
        const QString kind = importtext::exportKindName(file.profileId, file.exportKind);
        files.append(tr("%1 (%2): %3, %4 new events, %5 already present, %6 rejected")
                         .arg(file.name.section(QLatin1Char('/'), -1), kind.isEmpty() ? file.profileName : kind,
                              counted(file.counts.rowsRead, tr("1 row"), tr("%1 rows")),
                              number(file.counts.eventsImported), number(file.counts.alreadyPresent),
                              number(file.counts.rejected)));
    }
    for (const auto &[name, reason] : report.skippedFiles)
        files.append(tr("%1: left out, %2").arg(name.section(QLatin1Char('/'), -1), reason));
    m_files->setText(files.join(QLatin1Char('\n')));
    loadRejects();
}

QString EventSummaryStep::balanceText() const
{
    return m_balance->text();
}

QString EventSummaryStep::typesText() const
{
    return m_types->text();
}

QString EventSummaryStep::campaignsText() const
{
    return m_campaigns->isHidden() ? QString() : m_campaigns->text();
}

QString EventSummaryStep::machineText() const
{
    return m_machine->isHidden() ? QString() : m_machine->text();
}

QString EventSummaryStep::ordersText() const
{
    return m_orders->isHidden() ? QString() : m_orders->text();
}

QString EventSummaryStep::filesText() const
{
    return m_files->isHidden() ? QString() : m_files->text();
}

QString EventSummaryStep::exportMessage() const
{
    return m_exportMessage->text();
}

QList<RejectSource> EventSummaryStep::rejectSources() const
{
    QList<RejectSource> sources;
    for (const EventImportFileReport &file : m_report.files)
        if (file.counts.rejected > 0)
            sources.append({file.importId, file.name});
    return sources;
}

void EventSummaryStep::loadRejects()
{
    QList<RejectedRow> rows;
    const bool severalFiles = m_report.files.size() > 1;
    try {
        Workspace *workspace = m_session->workspace();
        for (const RejectSource &source : rejectSources())
            for (const ImportReject &reject : importRejects(workspace->db(), source.importId, rejectsShown))
                rows.append({source.fileName.section(QLatin1Char('/'), -1), reject});
    } catch (const SqlError &error) {
        // The report has the first rejects too, just without their file.
        qCWarning(lcUi) << "Reading rejected rows:" << error.message();
        rows.clear();
        for (const ImportReject &reject : m_report.rejects)
            rows.append({QString(), reject});
    }
    m_rejects->setRejects(rows);
    m_rejectsTable->setColumnHidden(RejectsModel::File, !severalFiles);
    // No taller than its rows, so a few rejects do not leave a large empty table.
    m_rejectsTable->setMaximumHeight(m_rejectsTable->horizontalHeader()->sizeHint().height() +
                                     qMax<qsizetype>(rows.size(), 3) *
                                         m_rejectsTable->verticalHeader()->defaultSectionSize() +
                                     2 * m_rejectsTable->frameWidth() + 4);
    const bool any = m_report.counts.rejected > 0;
    m_rejectsTable->setVisible(any);
    m_export->setVisible(any);
    m_noRejects->setVisible(!any);
    m_noRejects->setText(tr("No row was rejected."));
    m_exportMessage->setText(any && m_report.counts.rejected > rows.size()
                                 ? tr("Showing the first %1 of %2; the export has them all.")
                                       .arg(number(rows.size()), number(m_report.counts.rejected))
                                 : QString());
    const bool listFiles = severalFiles || !m_report.skippedFiles.isEmpty();
    m_filesCaption->setVisible(listFiles);
    m_files->setVisible(listFiles);
}

void EventSummaryStep::chooseExport()
{
    if (!m_session->isOpen() || m_report.files.isEmpty())
        return;
    m_exporter->choose(m_session->path(), rejectSources(), m_report.files.constFirst().name);
}

void EventSummaryStep::exportRejectsTo(const QString &path)
{
    if (!m_session->isOpen())
        return;
    m_export->setEnabled(false);
    m_exporter->exportTo(m_session->path(), rejectSources(), path);
}

} // namespace herald
