#include "eventimport.h"

#include "bulkload.h"
#include "eventimportplan.h"
#include "eventrowproducer.h"
#include "eventwriter.h"
#include "importrunner.h"
#include "logging.h"
#include "machineopens.h"
#include "profiles/espprofile.h"
#include "query/activityrefresh.h"
#include "query/activitytally.h"
#include "sqlitecancel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EventImport)
};

Error cancelledError()
{
    return Error{Tr::tr("Import cancelled; the workspace is unchanged."), {}, 0, 0, true};
}

class EventImport
{
public:
    EventImport(Workspace &workspace, const EventImportOptions &options, const JobControl &control)
        : m_workspace(workspace), m_options(options), m_control(control), m_workspaceZone(workspace.timeZone())
    {}

    Result<EventImportReport> run();

private:
    Result<void> importFile(const EventImportPlan &plan, qint64 bytesBefore, qint64 bytesTotal);
    void take(MappedEventRow &row, EventWriter &writer, ImportLog &log, EventImportCounts &counts);
    void keep(ImportWarning &&warning);

    Workspace &m_workspace;
    const EventImportOptions &m_options;
    const JobControl &m_control;
    QTimeZone m_workspaceZone;
    EventImportReport m_report;
    std::unique_ptr<MachineOpenFinder> m_machineOpens; // across the files of the import
    std::unique_ptr<ActivityTally> m_tally;            // when the workspace had no events: the activity totals
};

Result<EventImportReport> EventImport::run()
{
    QElapsedTimer timer;
    timer.start();
    auto sources = ImportSource::list(
        m_options.filePath, m_options.zipMember.isEmpty() ? m_options.zipMembers : QStringList{m_options.zipMember});
    if (!sources.ok())
        return sources.error();
    QList<EventImportPlan> plans;
    qint64 totalBytes = 0;
    for (const ImportSource &source : sources.value()) {
        m_control.report(0, -1, Tr::tr("Reading %1").arg(source.displayName()));
        auto plan = planEventImport(source, m_options, m_workspaceZone, m_control);
        if (!plan.ok())
            return plan.error();
        if (!plan->unusable.isEmpty()) {
            if (sources->size() == 1)
                return Error{plan->unusable, source.displayName()};
            // An audience list in a whole account export: said in the report, not an error.
            m_report.skippedFiles.append({source.displayName(), plan->unusable});
            continue;
        }
        totalBytes += qMax<qint64>(0, source.size());
        plans.append(std::move(plan).value());
    }
    if (plans.isEmpty())
        return Error{Tr::tr("The archive holds no activity file or campaign report Herald can read."),
                     m_options.filePath};

    try {
        // 128 MiB: the natural key's pages stay in memory while windows of rows arrive for every contact, and index
        // rebuilds sort in memory instead of in temporary files.
        BulkWriteSettings settings(m_workspace.db(), 128 * 1024,
                                   m_options.exclusive && totalBytes >= BulkWriteSettings::withoutLogBytes());
        SqliteCancelGuard cancelGuard(m_workspace.db(), m_control.cancelFlag);
        Transaction transaction(m_workspace.db());
        const qint64 lastRowidBefore = m_workspace.db().scalarInt("SELECT ifnull(max(rowid), 0) FROM events");
        // Into a workspace without events, what the writers add is all there is: its totals are kept as it is written,
        // and the summary at the end need not read it back (see ActivityTally).
        if (m_workspace.db().scalarInt("SELECT EXISTS (SELECT 1 FROM events)") == 0)
            m_tally = std::make_unique<ActivityTally>(
                2 * m_workspace.db().scalarInt("SELECT ifnull(max(id), 0) FROM contacts") + 1'000'000);
        // Rows are at least some 40 bytes; the estimate only decides how the indexes are kept up to date.
        // The natural key finds events already present, so it is always kept; the writer adds rows in windows sorted
        // by its order to keep that cheap. When the import is about as large as the table, events_by_time and
        // events_by_campaign go to the background indexer: nothing in the import reads them, and keeping them up to
        // date row by row took most of the writing time (10 M events in the writer's order, into a table with only
        // the natural key: 7.9 s in the sqlite3 shell; with events_by_campaign too: 16.6 s).
        SecondaryIndexes indexes(m_workspace.db(), "events", {QStringLiteral("events_natural_key")});
        if (SecondaryIndexes::worthDropping(totalBytes / 40, lastRowidBefore))
            indexes.drop();
        qint64 done = 0;
        for (const EventImportPlan &plan : std::as_const(plans)) {
            if (auto imported = importFile(plan, done, totalBytes); !imported.ok())
                return imported.error(); // the transaction rolls back
            done += qMax<qint64>(0, plan.source.size());
        }
        if (m_control.cancelled())
            return cancelledError();
        if (indexes.dropped()) {
            m_control.report(totalBytes, totalBytes, Tr::tr("Indexing events"));
            m_report.indexesDeferred = indexes.rebuildOrDefer();
        }
        // The contacts table and campaign list read their counts from contact_activity and campaign_stats.
        m_control.report(totalBytes, totalBytes, Tr::tr("Summarising activity"));
        if (auto refreshed = refreshContactActivity(m_workspace.db(), m_control, m_tally.get()); !refreshed.ok())
            return m_control.cancelled() ? cancelledError() : refreshed.error(); // interrupted by the cancel guard
        if (m_control.cancelled())
            return cancelledError();
        m_control.report(totalBytes, totalBytes, Tr::tr("Saving"));
        transaction.commit();
    } catch (const SqlError &error) {
        if (m_control.cancelled())
            return cancelledError();
        return Error{Tr::tr("The import failed and nothing was changed: %1").arg(error.message()), m_options.filePath};
    }
    m_report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcImport) << "Imported events from" << m_options.filePath << "rows" << m_report.counts.rowsRead << "in"
                     << m_report.seconds << "s";
    return m_report;
}

Result<void> EventImport::importFile(const EventImportPlan &plan, qint64 bytesBefore, qint64 bytesTotal)
{
    EventImportFileReport file;
    file.name = plan.source.displayName();
    file.profileId = plan.profile->id();
    file.profileName = plan.profile->displayName();
    file.exportKind = plan.exportKind ? plan.exportKind->id : QString();
    file.record = recordKindKey(plan.record);
    file.confidence = plan.confidence;
    file.format = plan.sniff.format;

    QJsonObject options{{QStringLiteral("export_kind"), file.exportKind},
                        {QStringLiteral("record"), file.record},
                        {QStringLiteral("unknown_contacts"), unknownContactsKey(m_options.unknownContacts)},
                        {QStringLiteral("cancelled_orders"), cancelledOrdersKey(m_options.cancelledOrders)},
                        {QStringLiteral("machine_open_seconds"), m_options.machineOpenSeconds},
                        {QStringLiteral("file_zone"), QString::fromUtf8(plan.fileZone.id())},
                        {QStringLiteral("mapping"), plan.mapping.toJson()}};
    if (plan.fixedType)
        options.insert(QStringLiteral("event"), eventTypeKey(*plan.fixedType));
    if (!plan.fileCampaign.isEmpty())
        options.insert(QStringLiteral("file_campaign"), plan.fileCampaign);
    ImportLog log(m_workspace.db(),
                  startImportSummary(QStringLiteral("events"), file.name, file.profileId, plan.sniff.format, options));
    file.importId = log.id();
    if (!m_machineOpens) // before the import's first event: it asks whether the workspace had events
        m_machineOpens = std::make_unique<MachineOpenFinder>(m_workspace.db(), m_options.machineOpenSeconds);
    EventWriter writer(m_workspace.db(), log.id(), plan.profile->id(), m_options.unknownContacts, m_workspaceZone,
                       QDateTime::currentSecsSinceEpoch(), m_machineOpens.get());
    writer.tallyInto(m_tally.get());

    const qint64 fileBytes = plan.source.size();
    EventRowProducer producer(plan, m_options);
    const QString stage = Tr::tr("Importing %1").arg(file.name);
    const auto sha256 = runImportFile<MappedEventRow>(
        {plan.source, plan.sniff, m_options.encoding, m_options.delimiter}, m_control, 1024,
        [&producer](const CsvRecord &record, std::vector<MappedEventRow> &rows) { producer.map(record, rows); },
        [&producer](std::vector<MappedEventRow> &rows) { producer.finish(rows); },
        [&](ImportBatch<MappedEventRow> &batch) {
            for (ImportWarning &warning : batch.warnings) {
                ++file.counts.warnings;
                keep(std::move(warning));
            }
            for (MappedEventRow &row : batch.rows)
                take(row, writer, log, file.counts);
            if (fileBytes > 0 && batch.bytes > 0)
                writer.expectMore(file.counts.rowsRead * qMax<qint64>(0, fileBytes - batch.bytes) / batch.bytes);
            writer.drainAlong(batch.rows.size());
            m_control.report(bytesBefore + batch.bytes, bytesTotal, stage);
        });
    if (!sha256.ok())
        return sha256.error().cancelled ? cancelledError() : sha256.error();
    writer.flush();
    file.counts.optOuts = writer.applyOptOuts();

    const EventWriter::Counts &written = writer.counts();
    file.counts.eventsImported = written.imported;
    file.counts.alreadyPresent = written.alreadyPresent;
    file.counts.rowsMerged = written.rowsMerged;
    file.counts.machineOpens = written.machineOpens;
    file.counts.imported = written.importedByType;
    file.counts.contactsCreated = writer.contactsCreated();
    file.counts.syntheticContacts = writer.syntheticContacts();
    file.counts.campaignsCreated = writer.campaigns().created();
    ImportCounts logged;
    logged.rowsRead = file.counts.rowsRead;
    logged.imported = file.counts.eventsImported + file.counts.campaignsCreated;
    logged.updated = file.counts.campaignsUpdated;
    logged.duplicates = file.counts.alreadyPresent;
    logged.rejected = file.counts.rejected;
    log.finish(sha256.value(), logged, QDateTime::currentSecsSinceEpoch());
    // The counts an activity import adds to the contact import's, next to the options it ran with.
    options.insert(QStringLiteral("result"),
                   QJsonObject{{QStringLiteral("rows_merged"), file.counts.rowsMerged},
                               {QStringLiteral("rows_skipped"), file.counts.rowsSkipped},
                               {QStringLiteral("contacts_created"), file.counts.contactsCreated},
                               {QStringLiteral("synthetic_contacts"), file.counts.syntheticContacts},
                               {QStringLiteral("campaigns_created"), file.counts.campaignsCreated},
                               {QStringLiteral("cancellations"), file.counts.cancellations},
                               {QStringLiteral("opt_outs"), file.counts.optOuts}});
    Statement update = m_workspace.db().prepare("UPDATE imports SET options = ?2 WHERE id = ?1");
    update.bind(1, file.importId)
        .bind(2, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)))
        .exec();

    m_report.counts.add(file.counts);
    m_report.files.append(file);
    return {};
}

void EventImport::keep(ImportWarning &&warning)
{
    if (m_report.warnings.size() < m_options.keepRejects)
        m_report.warnings.append(std::move(warning));
}

void EventImport::take(MappedEventRow &row, EventWriter &writer, ImportLog &log, EventImportCounts &counts)
{
    counts.rowsRead +=
        row.kind == MappedEventRow::Kind::Event || row.kind == MappedEventRow::Kind::Skipped ? row.event.rows : 1;
    for (ImportWarning &warning : row.warnings) {
        ++counts.warnings;
        keep(std::move(warning));
    }
    auto reject = [&](ImportReject &&reject, qint64 rows) {
        counts.rejected += rows;
        log.reject(reject);
        if (m_report.rejects.size() < m_options.keepRejects)
            m_report.rejects.append(std::move(reject));
    };
    switch (row.kind) {
    case MappedEventRow::Kind::Rejected:
        reject(std::move(row.reject), 1);
        return;
    case MappedEventRow::Kind::Skipped:
        counts.rowsSkipped += row.event.rows;
        counts.cancellations += row.event.cancellation ? 1 : 0;
        return;
    case MappedEventRow::Kind::Campaign:
        ++counts.campaignRows;
        if (writer.campaigns().write(row.campaign) == CampaignWriter::Outcome::Updated)
            ++counts.campaignsUpdated;
        return;
    case MappedEventRow::Kind::Event:
        break;
    }
    const EventRecord &event = row.event;
    counts.cancellations += event.cancellation ? 1 : 0;
    QString reason;
    if (!writer.write(event, &reason)) {
        ImportReject rejected;
        rejected.line = event.line;
        rejected.reason = reason;
        reject(std::move(rejected), event.rows);
    }
}

} // namespace

void EventImportCounts::add(const EventImportCounts &other)
{
    rowsRead += other.rowsRead;
    eventsImported += other.eventsImported;
    alreadyPresent += other.alreadyPresent;
    rowsMerged += other.rowsMerged;
    rowsSkipped += other.rowsSkipped;
    rejected += other.rejected;
    contactsCreated += other.contactsCreated;
    syntheticContacts += other.syntheticContacts;
    campaignsCreated += other.campaignsCreated;
    campaignsUpdated += other.campaignsUpdated;
    campaignRows += other.campaignRows;
    machineOpens += other.machineOpens;
    cancellations += other.cancellations;
    optOuts += other.optOuts;
    warnings += other.warnings;
    for (auto it = other.imported.cbegin(); it != other.imported.cend(); ++it)
        imported[it.key()] += it.value();
}

QString unknownContactsKey(UnknownContacts policy)
{
    return policy == UnknownContacts::Reject ? QStringLiteral("reject") : QStringLiteral("create");
}

std::optional<UnknownContacts> unknownContactsFromKey(const QString &key)
{
    for (UnknownContacts policy : {UnknownContacts::Create, UnknownContacts::Reject})
        if (key.compare(unknownContactsKey(policy), Qt::CaseInsensitive) == 0)
            return policy;
    return std::nullopt;
}

QString cancelledOrdersKey(CancelledOrders policy)
{
    return policy == CancelledOrders::Skip ? QStringLiteral("skip") : QStringLiteral("negative");
}

std::optional<CancelledOrders> cancelledOrdersFromKey(const QString &key)
{
    for (CancelledOrders policy : {CancelledOrders::Negative, CancelledOrders::Skip})
        if (key.compare(cancelledOrdersKey(policy), Qt::CaseInsensitive) == 0)
            return policy;
    return std::nullopt;
}

Result<EventImportReport> importEvents(Workspace &workspace, const EventImportOptions &options,
                                       const JobControl &control)
{
    return EventImport(workspace, options, control).run();
}

} // namespace herald
