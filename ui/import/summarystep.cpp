#include "summarystep.h"

#include "importdraft.h"
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
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
        return SummaryStep::tr("in under a second");
    return SummaryStep::tr("in %1 s").arg(QLocale().toString(seconds, 'f', 1));
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

SummaryStep::SummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportStep(draft, parent), m_session(session), m_rows(new StatCard(tr("Rows read"), this)),
      m_imported(new StatCard(tr("New contacts"), this)), m_updated(new StatCard(tr("Updated"), this)),
      m_duplicates(new StatCard(tr("Duplicates"), this)), m_rejected(new StatCard(tr("Rejected"), this)),
      m_rejectsTitle(steps::sectionTitle(tr("Rejected rows"), this)), m_noRejects(steps::note(QString(), this)),
      m_exportMessage(new QLabel(this)), m_export(steps::secondaryButton(tr("Export Rejects…"), this)),
      m_rejects(new RejectsModel(this)), m_rejectsTable(new QTableView(this)), m_exporter(new RejectsExporter(this))
{
    m_imported->setAccent(theme::statusColor(ContactStatus::Subscribed));
    m_rejected->setAccent(theme::statusColor(ContactStatus::Bounced));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (StatCard *card : {m_rows, m_imported, m_updated, m_duplicates, m_rejected})
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
    QHeaderView *header = m_rejectsTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->resizeSection(RejectsModel::File, 260);
    m_rejectsTable->setTextElideMode(Qt::ElideMiddle);
    header->resizeSection(RejectsModel::Line, 60);
    header->resizeSection(RejectsModel::FileColumn, 80);
    header->resizeSection(RejectsModel::Field, 150);
    header->setStretchLastSection(true);
    m_rejectsTable->setMinimumHeight(150);
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

    connect(m_export, &QPushButton::clicked, this, &SummaryStep::chooseExport);
    connect(m_exporter, &RejectsExporter::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        if (ok)
            m_exportMessage->setText(message);
        else
            MessageBox::critical(this, tr("Export Rejected Rows"), tr("The rejected rows could not be exported."),
                                 message);
    });
}

QWidget *SummaryStep::createDetails(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    m_balance = detailText(card);
    m_consent = detailText(card);
    m_zones = detailText(card);
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
    add(detailCaption(tr("Consent kept"), card), m_consent);
    add(detailCaption(tr("Time zones"), card), m_zones);
    add(detailCaption(tr("Warnings"), card), m_warnings);
    add(m_filesCaption, m_files);
    return card;
}

QString SummaryStep::title() const
{
    return tr("Summary");
}

QString SummaryStep::heading() const
{
    return tr("Your contacts are in");
}

void SummaryStep::showReport(const ContactImportReport &report)
{
    m_report = report;
    const ImportCounts &counts = report.counts;
    m_rows->setValue(number(counts.rowsRead));
    m_rows->setDetail(counted(report.files.size(), tr("in 1 file"), tr("in %1 files")));
    m_imported->setValue(number(counts.imported));
    m_imported->setDetail(tr("added"));
    m_updated->setValue(number(counts.updated));
    m_updated->setDetail(tr("completed or changed"));
    m_duplicates->setValue(number(counts.duplicates));
    m_duplicates->setDetail(tr("nothing new in them"));
    m_rejected->setValue(number(counts.rejected));
    m_rejected->setDetail(counts.rejected == 0 ? tr("every row was usable") : tr("listed below"));

    m_balance->setText(tr("%1 read = %2 new + %3 updated + %4 + %5 rejected, %6")
                           .arg(counted(counts.rowsRead, tr("1 row"), tr("%1 rows")), number(counts.imported),
                                number(counts.updated),
                                counted(counts.duplicates, tr("1 duplicate"), tr("%1 duplicates")),
                                number(counts.rejected), secondsText(report.seconds)));
    m_consent->setText(report.consentKept == 0 ? tr("Nobody in the file who had opted out was listed as subscribed.")
                       : report.consentKept == 1
                           ? tr("1 contact who had opted out stays opted out, although the file lists them as "
                                "subscribed.")
                           : tr("%1 contacts who had opted out stay opted out, although the file lists them as "
                                "subscribed.")
                                 .arg(number(report.consentKept)));

    QList<std::pair<QString, qint64>> zones;
    for (auto it = report.zoneSources.cbegin(); it != report.zoneSources.cend(); ++it)
        zones.append({it.key(), it.value()});
    std::stable_sort(zones.begin(), zones.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList zoneParts;
    for (const auto &[key, count] : zones)
        zoneParts.append(tr("%1 %2").arg(number(count), importtext::zoneSource(key)));
    m_zones->setText(zoneParts.isEmpty() ? tr("No contact was added or changed.")
                                         : zoneParts.join(QStringLiteral(" · ")));

    if (report.warningCount == 0) {
        m_warnings->setText(tr("None"));
    } else {
        const ImportWarning first = report.warnings.value(0);
        const QString count = counted(report.warningCount, tr("1 warning"), tr("%1 warnings"));
        m_warnings->setText(report.warnings.isEmpty()
                                ? count
                                : tr("%1 (the row was imported anyway), e.g. %2: %3")
                                      .arg(count, importtext::location(first.line, first.column), first.message));
    }

    QStringList files;
    for (const ContactImportFileReport &file : report.files) {
        const QString kind = importtext::exportKindName(file.profileId, file.exportKind);
        files.append(tr("%1 (%2): %3, %4 new, %5 updated, %6, %7 rejected")
                         .arg(file.name.section(QLatin1Char('/'), -1), kind.isEmpty() ? file.profileName : kind,
                              counted(file.counts.rowsRead, tr("1 row"), tr("%1 rows")), number(file.counts.imported),
                              number(file.counts.updated),
                              counted(file.counts.duplicates, tr("1 duplicate"), tr("%1 duplicates")),
                              number(file.counts.rejected)));
    }
    m_files->setText(files.join(QLatin1Char('\n')));
    loadRejects();
}

QString SummaryStep::balanceText() const
{
    return m_balance->text();
}

QString SummaryStep::consentText() const
{
    return m_consent->text();
}

QString SummaryStep::zonesText() const
{
    return m_zones->text();
}

QString SummaryStep::warningsText() const
{
    return m_warnings->text();
}

QString SummaryStep::filesText() const
{
    return m_files->text();
}

QString SummaryStep::exportMessage() const
{
    return m_exportMessage->text();
}

QList<RejectSource> SummaryStep::rejectSources() const
{
    QList<RejectSource> sources;
    for (const ContactImportFileReport &file : m_report.files)
        if (file.counts.rejected > 0)
            sources.append({file.importId, file.name});
    return sources;
}

void SummaryStep::loadRejects()
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
                                     qMax<qsizetype>(rows.size(), 4) *
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
    m_filesCaption->setVisible(severalFiles);
    m_files->setVisible(severalFiles);
}

void SummaryStep::chooseExport()
{
    if (!m_session->isOpen() || m_report.files.isEmpty())
        return;
    m_exporter->choose(m_session->path(), rejectSources(), m_report.files.constFirst().name);
}

void SummaryStep::exportRejectsTo(const QString &path)
{
    if (!m_session->isOpen())
        return;
    m_export->setEnabled(false);
    m_exporter->exportTo(m_session->path(), rejectSources(), path);
}

} // namespace herald
