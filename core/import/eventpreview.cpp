#include "eventpreview.h"

#include "csv/csvrecord.h"
#include "dateorderscan.h"
#include "eventimportplan.h"
#include "profiles/espprofile.h"
#include "profiles/profiledetection.h"

#include <QCoreApplication>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EventImport)
};

// A plan without its whole-file date scan: what a file is does not depend on the order of its dates, and the
// plan's scan ends in an error where the preview wants to ask. The preview settles the order itself, for one file.
Result<EventImportPlan> planWithoutDates(const ImportSource &source, const EventImportOptions &options,
                                         const QTimeZone &workspaceZone, const JobControl &control)
{
    EventImportOptions quick = options;
    if (quick.dateOrder == DateOrder::Unknown)
        quick.dateOrder = DateOrder::DayFirst;
    auto plan = planEventImport(source, quick, workspaceZone, control);
    if (plan.ok())
        plan->dateOrder = options.dateOrder;
    return plan;
}

// The file's data rows from its size and the sample's bytes per row.
qint64 estimateRows(const CsvSniffResult &sniff, qint64 size)
{
    const qint64 sampled = sniff.sampleRows.size();
    if (sniff.reachedEnd || sampled == 0 || size <= 0)
        return sampled;
    const auto bytesOf = [](const QStringList &fields) {
        qint64 bytes = 0;
        for (const QString &field : fields)
            bytes += field.toUtf8().size() + 1; // the delimiter, or the line break after the last field
        return bytes;
    };
    qint64 sampleBytes = 0;
    for (const QStringList &row : sniff.sampleRows)
        sampleBytes += bytesOf(row);
    const qint64 body = size - bytesOf(sniff.header);
    return qMax(sampled, body * sampled / qMax<qint64>(1, sampleBytes));
}

MappedEventRow mapRow(EventRowMapper &mapper, const QStringList &fields, qint64 line)
{
    CsvRecord record;
    record.line = line;
    record.endLine = line;
    record.fields = fields;
    for (qsizetype c = 0; c < fields.size(); ++c)
        record.positions.append({line, 0});
    return mapper.map(record);
}

void describeContactList(EventImportPreview &preview)
{
    const ProfileMatch contacts = detectProfile(preview.sniff.header);
    const bool contactLayout = contacts.exportKind && contacts.exportKind->record == RecordKind::Contacts;
    preview.contactList = contactLayout || contacts.mapping.columnFor(QStringLiteral("email")) != nullptr;
    if (preview.contactList) {
        preview.contactProfileId = contacts.profile->id();
        preview.contactExportKind = contactLayout ? contacts.exportKind->id : QString();
    }
}

// The order of numeric dates: the user's, else the sample's, else the whole file's; the question when none
// settles it.
Result<void> settleDateOrder(EventImportPreview &preview, const EventImportPlan &plan,
                             const EventImportOptions &options, const JobControl &control)
{
    preview.dateOrder = options.dateOrder;
    if (options.dateOrder != DateOrder::Unknown || plan.sniff.headerOnly())
        return {};
    const QList<int> columns = EventRowMapper(eventMapperSettings(plan)).dateColumns();
    if (columns.isEmpty())
        return {};
    auto inferred = inferDateOrder(plan.source, plan.sniff, columns, options.encoding, options.delimiter, control);
    if (!inferred.ok())
        return inferred.error();
    preview.dateOrder = inferred->result();
    preview.dateOrderNeedsAnswer = inferred->needsAnswer() || inferred->isContradictory();
    preview.ambiguousDateExample = inferred->ambiguousExample();
    preview.ambiguousDateLine = inferred->ambiguousExampleLine();
    return {};
}

} // namespace

Result<EventImportPreview> previewEventImport(const EventImportOptions &options, const QTimeZone &workspaceZone,
                                              int rows, const JobControl &control)
{
    auto sources = ImportSource::list(options.filePath, options.zipMember.isEmpty() ? options.zipMembers
                                                                                    : QStringList{options.zipMember});
    if (!sources.ok())
        return sources.error();

    EventImportPreview preview;
    std::optional<EventImportPlan> chosen;
    std::optional<EventImportPlan> firstUnusable;
    for (const ImportSource &source : sources.value()) {
        if (control.cancelled())
            return Error{Tr::tr("Cancelled."), {}, 0, 0, true};
        auto plan = planWithoutDates(source, options, workspaceZone, control);
        if (!plan.ok())
            return plan.error(); // the import would stop at this file too
        if (!plan->unusable.isEmpty()) {
            preview.skippedFiles.append({source.displayName(), plan->unusable});
            if (!firstUnusable)
                firstUnusable = std::move(plan).value();
            continue;
        }
        preview.files.append(source.displayName());
        if (!chosen)
            chosen = std::move(plan).value();
    }

    if (!chosen) {
        const EventImportPlan &plan = *firstUnusable;
        preview.file = plan.source.displayName();
        preview.fileSize = plan.source.size();
        preview.sniff = plan.sniff;
        preview.unusable = sources->size() == 1
                               ? plan.unusable
                               : Tr::tr("The archive holds no activity file or campaign report Herald can read.");
        describeContactList(preview);
        return preview;
    }

    EventImportPlan &plan = *chosen;
    preview.file = plan.source.displayName();
    preview.fileSize = plan.source.size();
    preview.sniff = plan.sniff;
    preview.profileId = plan.profile->id();
    preview.exportKind = plan.exportKind ? plan.exportKind->id : QString();
    preview.record = plan.record;
    preview.confidence = plan.confidence;
    preview.mapping = plan.mapping;
    preview.fixedType = plan.fixedType;
    preview.fileCampaign = plan.fileCampaign;
    preview.fileZone = plan.fileZone;
    preview.fileZoneIsConvention =
        !options.fileZone.isValid() && plan.profile->dateZone(plan.exportKind) == DateZone::Utc;
    preview.rowsExact = plan.sniff.reachedEnd;
    preview.rows = estimateRows(plan.sniff, preview.fileSize);

    if (auto settled = settleDateOrder(preview, plan, options, control); !settled.ok())
        return settled.error();
    plan.dateOrder = preview.dateOrder;

    EventRowMapper mapper(eventMapperSettings(plan));
    // With the order still open, a row rejected for its date is tried both ways: if either reads, only the
    // answer is missing.
    std::optional<EventRowMapper> dayFirst, monthFirst;
    if (preview.dateOrderNeedsAnswer) {
        EventRowMapper::Settings settings = eventMapperSettings(plan);
        settings.dateOrder = DateOrder::DayFirst;
        dayFirst.emplace(settings);
        settings.dateOrder = DateOrder::MonthFirst;
        monthFirst.emplace(settings);
    }
    for (qsizetype r = 0; r < plan.sniff.sampleRows.size() && r < rows; ++r) {
        EventPreviewRow row;
        row.fields = plan.sniff.sampleRows.at(r);
        const qint64 line = plan.sniff.sampleLines.value(r);
        row.mapped = mapRow(mapper, row.fields, line);
        if (row.mapped.kind == MappedEventRow::Kind::Rejected && dayFirst) {
            row.awaitsDateOrder = mapRow(*dayFirst, row.fields, line).kind != MappedEventRow::Kind::Rejected ||
                                  mapRow(*monthFirst, row.fields, line).kind != MappedEventRow::Kind::Rejected;
        }
        if (row.mapped.kind == MappedEventRow::Kind::Event)
            ++preview.sampleTypes[row.mapped.event.type];
        preview.sample.append(std::move(row));
    }

    const bool events = plan.record == RecordKind::Events;
    preview.hasContacts = events;
    preview.hasOrders =
        events && (plan.fixedType == EventType::Purchase || mapper.mapsField(QStringLiteral("event_order_id")) ||
                   preview.sampleTypes.contains(EventType::Purchase));
    preview.hasOpens = events && (plan.fixedType ? *plan.fixedType == EventType::Open
                                                 : mapper.mapsField(QStringLiteral("event_type")));
    return preview;
}

} // namespace herald
