#include "eventsummarystep.h"

#include "activitytext.h"
#include "importtext.h"
#include "statcard.h"
#include "summarydetails.h"
#include "theme.h"

#include <QLabel>

namespace herald {

using summarytext::counted;
using summarytext::number;

EventSummaryStep::EventSummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportSummaryStep(draft, session, parent), m_rows(new StatCard(tr("Rows read"), this)),
      m_events(new StatCard(tr("Events imported"), this)), m_present(new StatCard(tr("Already present"), this)),
      m_contacts(new StatCard(tr("Contacts created"), this)), m_rejected(new StatCard(tr("Rejected"), this))
{
    m_events->setAccent(theme::statusColor(ContactStatus::Subscribed));
    m_contacts->setAccent(theme::statusColor(ContactStatus::NonSubscribed));
    m_rejected->setAccent(theme::statusColor(ContactStatus::Bounced));
    setUpLayout({m_rows, m_events, m_present, m_contacts, m_rejected}, {220, 120, 3});
}

QWidget *EventSummaryStep::createDetails(QWidget *parent)
{
    auto *card = new SummaryDetails(parent);
    m_balance = card->addLine(tr("In total"));
    m_types = card->addLine(tr("New events"));
    m_campaigns = card->addLine(tr("Campaigns"), &m_campaignsCaption);
    m_machine = card->addLine(tr("Machine opens"), &m_machineCaption);
    m_optOuts = card->addLine(tr("Opted out"), &m_optOutsCaption);
    m_orders = card->addLine(tr("Orders"), &m_ordersCaption);
    m_warnings = card->addLine(tr("Warnings"));
    m_files = card->addLine(tr("Files"), &m_filesCaption);
    m_indexes = card->addLine(importtext::indexesCaption(), &m_indexesCaption);
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
                                summarytext::seconds(report.seconds)));
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

    // Consent only ever gets stricter: the file's unsubscribes, complaints and hard bounces opt contacts out.
    m_indexes->setText(importtext::indexesDeferred());
    m_indexes->setVisible(report.indexesDeferred);
    m_indexesCaption->setVisible(report.indexesDeferred);
    m_optOutsCaption->setVisible(counts.optOuts > 0);
    m_optOuts->setVisible(counts.optOuts > 0);
    m_optOuts->setText(counted(counts.optOuts,
                               tr("1 subscribed contact unsubscribed, complained or hard-bounced in this file and is "
                                  "no longer emailed (see their consent history)"),
                               tr("%1 subscribed contacts unsubscribed, complained or hard-bounced in this file and "
                                  "are no longer emailed (see their consent history)")));

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

void EventSummaryStep::loadRejects()
{
    QList<RejectSource> sources;
    for (const EventImportFileReport &file : m_report.files)
        if (file.counts.rejected > 0)
            sources.append({file.importId, file.name});
    const bool severalFiles = m_report.files.size() > 1;
    showRejects(sources, m_report.rejects, m_report.counts.rejected, severalFiles,
                m_report.files.isEmpty() ? QString() : m_report.files.constFirst().name);
    const bool listFiles = severalFiles || !m_report.skippedFiles.isEmpty();
    m_filesCaption->setVisible(listFiles);
    m_files->setVisible(listFiles);
}

} // namespace herald
