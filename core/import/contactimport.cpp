#include "contactimport.h"

#include "bulkload.h"
#include "contactimportplan.h"
#include "contacttriggers.h"
#include "importrunner.h"
#include "logging.h"
#include "profiles/espprofile.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <array>
#include <vector>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Import)
};

Error cancelledError()
{
    return Error{Tr::tr("Import cancelled; the workspace is unchanged."), {}, 0, 0, true};
}

// The ZIP members to import: the one named on the command line, or those ticked in the wizard (empty: all).
QStringList chosenMembers(const ContactImportOptions &options)
{
    return options.zipMember.isEmpty() ? options.zipMembers : QStringList{options.zipMember};
}

using MappedRow = MappedContactRow;

class ContactImport
{
public:
    ContactImport(Workspace &workspace, const ContactImportOptions &options, const JobControl &control)
        : m_workspace(workspace), m_options(options), m_control(control), m_workspaceZone(workspace.timeZone())
    {}

    Result<ContactImportReport> run();

private:
    Result<void> importFile(const ContactImportPlan &plan, qint64 bytesBefore, qint64 bytesTotal);
    // Counts the row and keeps its reject or warnings; returns the record to write, if any.
    const ContactRecord *take(MappedRow &row, ImportLog &log, ContactImportFileReport &file);

    Workspace &m_workspace;
    const ContactImportOptions &m_options;
    const JobControl &m_control;
    QTimeZone m_workspaceZone;
    ContactImportReport m_report;
};

Result<ContactImportReport> ContactImport::run()
{
    QElapsedTimer timer;
    timer.start();
    auto sources = ImportSource::list(m_options.filePath, chosenMembers(m_options));
    if (!sources.ok())
        return sources.error();
    QList<ContactImportPlan> plans;
    qint64 totalBytes = 0;
    for (const ImportSource &source : sources.value()) {
        m_control.report(0, -1, Tr::tr("Reading %1").arg(source.displayName()));
        auto plan = planContactImport(source, m_options, m_workspaceZone, true, m_control);
        if (!plan.ok())
            return plan.error();
        totalBytes += qMax<qint64>(0, source.size());
        plans.append(std::move(plan).value());
    }
    try {
        Database &db = m_workspace.db();
        // Half the workspace's page cache: only the email index takes rows at random places. Measured on 1 M
        // contacts: 32 MiB imported as fast as 64 MiB and 128 MiB, and peak memory stays flat from 100 k rows to 1 M
        // (79 -> 82 MB; with 64 MiB, 96 -> 116 MB, as the cache filled up).
        BulkWriteSettings settings(db, 32 * 1024,
                                   m_options.exclusive && totalBytes >= BulkWriteSettings::withoutLogBytes());
        Transaction transaction(db);
        ContactBulkInsert bulk(db);
        bulk.setActivityWritten(); // by ContactWriter, row group by row group
        // Most secondary indexes of contacts (names, zone, signup time) take new rows at random places: when the
        // import is about as large as the table, sorting them afresh at the end costs a fraction of that. Rows are
        // at least some 64 bytes; the estimate only decides how the indexes are kept up to date.
        SecondaryIndexes indexes(db, "contacts");
        // Tag links find their contacts by the primary key; the look-up by tag is for filters, built afterwards too.
        // So are the activity sort and engagement filter: a new contact's activity row is all zeros.
        SecondaryIndexes tagIndexes(db, "contact_tags");
        SecondaryIndexes activityIndexes(db, "contact_activity");
        if (SecondaryIndexes::worthDropping(totalBytes / 64, db.scalarInt("SELECT count(*) FROM contacts"))) {
            indexes.drop();
            tagIndexes.drop();
            activityIndexes.drop();
        }
        qint64 done = 0;
        for (const ContactImportPlan &plan : std::as_const(plans)) {
            if (auto imported = importFile(plan, done, totalBytes); !imported.ok())
                return imported.error(); // the transaction rolls back
            done += qMax<qint64>(0, plan.source.size());
        }
        if (m_control.cancelled())
            return cancelledError();
        // A large import commits without its search index and sort indexes: the background indexer builds them
        // while the new contacts are already on screen.
        m_control.report(totalBytes, totalBytes, Tr::tr("Indexing contacts"));
        bulk.finish();
        bool indexesDeferred = tagIndexes.rebuildOrDefer();
        indexesDeferred = activityIndexes.rebuildOrDefer() || indexesDeferred;
        indexesDeferred = indexes.rebuildOrDefer() || indexesDeferred;
        m_report.indexesDeferred = indexesDeferred || bulk.searchDeferred();
        m_control.report(totalBytes, totalBytes, Tr::tr("Saving"));
        transaction.commit();
    } catch (const SqlError &error) {
        return Error{Tr::tr("The import failed and nothing was changed: %1").arg(error.message()), m_options.filePath};
    }
    m_report.seconds = timer.nsecsElapsed() / 1e9;
    qCInfo(lcImport) << "Imported" << m_options.filePath << "rows" << m_report.counts.rowsRead << "in"
                     << m_report.seconds << "s";
    return m_report;
}

Result<void> ContactImport::importFile(const ContactImportPlan &plan, qint64 bytesBefore, qint64 bytesTotal)
{
    ContactImportFileReport file;
    file.name = plan.source.displayName();
    file.profileId = plan.profile->id();
    file.profileName = plan.profile->displayName();
    file.exportKind = plan.exportKind ? plan.exportKind->id : QString();
    file.confidence = plan.confidence;
    file.format = plan.sniff.format;

    const ImportSummary summary =
        startImportSummary(QStringLiteral("contacts"), file.name, file.profileId, plan.sniff.format,
                           QJsonObject{{QStringLiteral("export_kind"), file.exportKind},
                                       {QStringLiteral("on_duplicate"), duplicatePolicyKey(m_options.onDuplicate)},
                                       {QStringLiteral("mapping"), plan.mapping.toJson()}});
    ImportLog log(m_workspace.db(), summary);
    file.importId = log.id();
    ContactWriter writer(m_workspace.db(), log.id(), m_options.onDuplicate, m_options.defaultStatus,
                         QDateTime::currentSecsSinceEpoch());

    const ContactRowMapper mapper(mapperSettings(plan, m_workspaceZone));
    ContactEncoder encoder; // used by the mapping thread only
    // New or updated contacts by TimeZoneSource, counted here rather than by key in the report on every row.
    std::array<qint64, size_t(TimeZoneSource::Workspace) + 1> zoneSources{};
    const QString stage = Tr::tr("Importing %1").arg(file.name);
    const auto sha256 = runImportFile<MappedRow>(
        {plan.source, plan.sniff, m_options.encoding, m_options.delimiter, true}, m_control, 512,
        [&mapper, &encoder](const CsvRecord &record, std::vector<MappedRow> &rows, std::vector<MappedRow> &spare) {
            mapAndEncode(mapper, encoder, record, rows, spare);
        },
        [](std::vector<MappedRow> &) {},
        [&](ImportBatch<MappedRow> &batch) {
            for (ImportWarning &warning : batch.warnings) {
                ++file.warningCount;
                if (m_report.warnings.size() < m_options.keepRejects)
                    m_report.warnings.append(std::move(warning));
            }
            std::vector<const ContactRecord *> records;
            records.reserve(batch.rows.size());
            for (MappedRow &row : batch.rows)
                if (const ContactRecord *record = take(row, log, file))
                    records.push_back(record);
            const std::vector<ContactWriter::Outcome> outcomes = writer.write(records);
            for (std::size_t i = 0; i < records.size(); ++i) {
                if (outcomes[i] == ContactWriter::Outcome::Duplicate)
                    continue;
                ++zoneSources[size_t(records[i]->timeZoneSource.value_or(TimeZoneSource::Workspace))];
            }
            m_control.report(bytesBefore + batch.bytes, bytesTotal, stage);
        });
    if (!sha256.ok())
        return sha256.error().cancelled ? cancelledError() : sha256.error();
    for (std::size_t source = 0; source < zoneSources.size(); ++source)
        if (zoneSources[source])
            m_report.zoneSources[timeZoneSourceKey(TimeZoneSource(source))] += zoneSources[source];

    writer.flush();
    file.consentKept = writer.counts().consentKept;
    file.counts.imported = writer.counts().imported;
    file.counts.updated = writer.counts().updated;
    file.counts.duplicates = writer.counts().duplicates;
    log.finish(sha256.value(), file.counts, QDateTime::currentSecsSinceEpoch());

    m_report.counts.rowsRead += file.counts.rowsRead;
    m_report.counts.imported += file.counts.imported;
    m_report.counts.updated += file.counts.updated;
    m_report.counts.duplicates += file.counts.duplicates;
    m_report.counts.rejected += file.counts.rejected;
    m_report.consentKept += file.consentKept;
    m_report.warningCount += file.warningCount;
    m_report.files.append(file);
    return {};
}

const ContactRecord *ContactImport::take(MappedRow &row, ImportLog &log, ContactImportFileReport &file)
{
    ++file.counts.rowsRead;
    if (auto *reject = std::get_if<ImportReject>(&row)) {
        ++file.counts.rejected;
        log.reject(*reject);
        if (m_report.rejects.size() < m_options.keepRejects)
            m_report.rejects.append(std::move(*reject));
        return nullptr;
    }
    auto &mapped = std::get<ContactRowMapper::Mapped>(row);
    for (ImportWarning &warning : mapped.warnings) {
        ++file.warningCount;
        if (m_report.warnings.size() < m_options.keepRejects)
            m_report.warnings.append(std::move(warning));
    }
    return &mapped.record;
}

} // namespace

Result<ContactImportReport> importContacts(Workspace &workspace, const ContactImportOptions &options,
                                           const JobControl &control)
{
    return ContactImport(workspace, options, control).run();
}

Result<ContactImportPreview> previewContactImport(const ContactImportOptions &options, const QTimeZone &workspaceZone,
                                                  int rows)
{
    auto sources = ImportSource::list(options.filePath, chosenMembers(options));
    if (!sources.ok())
        return sources.error();
    ContactImportPreview preview;
    for (const ImportSource &source : sources.value())
        preview.files.append(source.displayName());
    const ImportSource &source = sources->constFirst();
    auto plan = planContactImport(source, options, workspaceZone, false);
    if (!plan.ok())
        return plan.error();
    preview.file = source.displayName();
    preview.sniff = plan->sniff;
    preview.profileId = plan->profile->id();
    preview.exportKind = plan->exportKind ? plan->exportKind->id : QString();
    preview.confidence = plan->confidence;
    preview.mapping = plan->mapping;

    const ContactRowMapper probe(mapperSettings(plan.value(), workspaceZone));
    DateOrderInference dates;
    for (qsizetype r = 0; r < plan->sniff.sampleRows.size(); ++r)
        for (int c : probe.dateColumns())
            dates.add(plan->sniff.sampleRows.at(r).value(c), plan->sniff.sampleLines.value(r));
    preview.dateOrder = options.dateOrder != DateOrder::Unknown ? options.dateOrder : dates.result();
    preview.dateOrderNeedsAnswer = options.dateOrder == DateOrder::Unknown && dates.needsAnswer();
    preview.ambiguousDateExample = dates.ambiguousExample();
    plan->dateOrder = preview.dateOrder;

    const ContactRowMapper mapper(mapperSettings(plan.value(), workspaceZone));
    for (qsizetype r = 0; r < plan->sniff.sampleRows.size() && r < rows; ++r) {
        CsvRecord record;
        record.line = plan->sniff.sampleLines.value(r);
        record.fields = plan->sniff.sampleRows.at(r);
        for (qsizetype c = 0; c < record.fields.size(); ++c)
            record.positions.append({record.line, 0});
        preview.rows.append(mapper.map(record));
    }
    return preview;
}

} // namespace herald
