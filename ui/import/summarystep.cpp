#include "summarystep.h"

#include "importdraft.h"
#include "importtext.h"
#include "statcard.h"
#include "summarydetails.h"
#include "theme.h"

#include <QLabel>

#include <algorithm>

namespace herald {

using summarytext::counted;
using summarytext::number;

SummaryStep::SummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportSummaryStep(draft, session, parent), m_rows(new StatCard(tr("Rows read"), this)),
      m_imported(new StatCard(tr("New contacts"), this)), m_updated(new StatCard(tr("Updated"), this)),
      m_duplicates(new StatCard(tr("Duplicates"), this)), m_rejected(new StatCard(tr("Rejected"), this))
{
    m_imported->setAccent(theme::statusColor(ContactStatus::Subscribed));
    m_rejected->setAccent(theme::statusColor(ContactStatus::Bounced));
    setUpLayout({m_rows, m_imported, m_updated, m_duplicates, m_rejected}, {260, 150, 4});
}

QWidget *SummaryStep::createDetails(QWidget *parent)
{
    auto *card = new SummaryDetails(parent);
    m_balance = card->addLine(tr("In total"));
    m_consent = card->addLine(tr("Consent kept"));
    m_zones = card->addLine(tr("Time zones"));
    m_warnings = card->addLine(tr("Warnings"));
    m_files = card->addLine(tr("Files"), &m_filesCaption);
    m_indexes = card->addLine(importtext::indexesCaption(), &m_indexesCaption);
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
                                number(counts.rejected), summarytext::seconds(report.seconds)));
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
    m_indexes->setText(importtext::indexesDeferred());
    m_indexes->setVisible(report.indexesDeferred);
    m_indexesCaption->setVisible(report.indexesDeferred);
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

void SummaryStep::loadRejects()
{
    QList<RejectSource> sources;
    for (const ContactImportFileReport &file : m_report.files)
        if (file.counts.rejected > 0)
            sources.append({file.importId, file.name});
    const bool severalFiles = m_report.files.size() > 1;
    showRejects(sources, m_report.rejects, m_report.counts.rejected, severalFiles,
                m_report.files.isEmpty() ? QString() : m_report.files.constFirst().name);
    m_filesCaption->setVisible(severalFiles);
    m_files->setVisible(severalFiles);
}

} // namespace herald
