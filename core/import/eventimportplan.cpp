#include "eventimportplan.h"

#include "dateorderscan.h"
#include "eventimport.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "profiles/heraldfields.h"
#include "profiles/profiledetection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EventImport)
};

struct NamedType
{
    std::optional<EventType> type;
    bool fromFolder = false; // "granular_activity/opens/Spring sale.csv": the base name is then the campaign
};

// The event a file's name or folder names ("opens.csv", "clicks/…", "Opened Email.csv"), in the words of the
// profile and then of the generic profile.
NamedType typeFromName(const ImportSource &source, const EspProfile &profile)
{
    const QString path = source.isZipMember() ? source.member : QFileInfo(source.path).filePath();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    parts.last() = QFileInfo(parts.last()).completeBaseName();
    if (!source.isZipMember())
        parts = parts.mid(qMax<qsizetype>(0, parts.size() - 2)); // a file on disk: its name and its folder's
    const EspProfile &generic = EspProfileRegistry::builtIn().generic();
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        const QString key = normalizedColumnName(parts.at(i));
        for (const EspProfile *vocabulary : {&profile, &generic}) {
            const auto found = vocabulary->eventVocabulary().constFind(key);
            if (found != vocabulary->eventVocabulary().cend() && found.value())
                return {found.value(), i < parts.size() - 1};
        }
    }
    return {};
}

QString baseName(const ImportSource &source)
{
    return QFileInfo(source.isZipMember() ? source.member : source.path).completeBaseName().trimmed();
}

void choose(EventImportPlan &plan, const ProfileMatch &match)
{
    plan.profile = match.profile;
    plan.exportKind = match.exportKind;
    plan.confidence = match.confidence;
    plan.mapping = match.mapping;
    plan.record = match.exportKind ? match.exportKind->record : RecordKind::Events;
}

// A generic file that is not an activity file may still be a campaign report in its own words.
bool looksLikeCampaignReport(const ColumnMapping &mapping)
{
    bool named = false;
    int results = 0;
    for (const MappedColumn &column : mapping.columns) {
        if (column.target.kind != MappingTarget::Kind::ContactField)
            continue;
        named = named || column.target.name == QLatin1StringView("campaign_name") ||
                column.target.name == QLatin1StringView("campaign_external_id");
        results += column.target.name.startsWith(QLatin1StringView("campaign_")) ? 1 : 0;
    }
    return named && results >= 3;
}

} // namespace

EventRowMapper::Settings eventMapperSettings(const EventImportPlan &plan)
{
    EventRowMapper::Settings settings;
    settings.profile = plan.profile;
    settings.exportKind = plan.exportKind;
    settings.record = plan.record;
    settings.mapping = plan.mapping;
    settings.header = plan.sniff.header;
    settings.fileZone = plan.fileZone;
    settings.dateOrder = plan.dateOrder;
    settings.fixedType = plan.fixedType;
    settings.fileCampaign = plan.fileCampaign;
    return settings;
}

Result<EventImportPlan> planEventImport(const ImportSource &source, const EventImportOptions &options,
                                        const QTimeZone &workspaceZone, const JobControl &control)
{
    EventImportPlan plan;
    plan.source = source;
    {
        auto device = source.open();
        if (!device.ok())
            return device.error();
        auto sniffed = CsvSniffer::sniff(**device, csvOptionsFor(source, options.encoding, options.delimiter));
        if (!sniffed.ok())
            return sniffed.error();
        plan.sniff = std::move(sniffed).value();
    }
    if (!plan.sniff.hasHeader)
        return Error{
            Tr::tr("the first row holds data, not column names; Herald needs a header row to know which column "
                   "is which"),
            source.displayName(), 1};

    const EspProfileRegistry &registry = EspProfileRegistry::builtIn();
    const DetectionScope scope = DetectionScope::activity();
    if (options.profileId.isEmpty() || options.profileId == QLatin1StringView("auto")) {
        choose(plan, detectProfile(plan.sniff.header, registry, scope));
    } else {
        const EspProfile *profile = registry.find(options.profileId);
        if (!profile)
            return Error{Tr::tr("unknown profile \"%1\"; use auto or one of: %2")
                             .arg(options.profileId, registry.ids().join(QStringLiteral(", ")))};
        ProfileMatch chosen;
        chosen.profile = profile;
        chosen.mapping = proposeMapping(*profile, plan.sniff.header, nullptr, nullptr, RecordKind::Events);
        for (const ProfileMatch &match : rankProfiles(plan.sniff.header, registry, scope))
            if (match.profile == profile) {
                chosen = match;
                break;
            }
        choose(plan, chosen);
    }

    // The event type: a column, else the layout, else the file's name.
    const NamedType named = typeFromName(source, *plan.profile);
    if (plan.exportKind && plan.exportKind->event)
        plan.fixedType = plan.exportKind->event;
    else
        plan.fixedType = named.type;
    if (plan.exportKind && plan.exportKind->campaignFromFileName)
        plan.fileCampaign = baseName(source);
    else if (named.fromFolder && !plan.exportKind)
        plan.fileCampaign = baseName(source);

    plan.fileZone = options.fileZone.isValid()                                 ? options.fileZone
                    : plan.profile->dateZone(plan.exportKind) == DateZone::Utc ? QTimeZone::utc()
                                                                               : workspaceZone;
    if (plan.record == RecordKind::Events) {
        const auto missing = EventRowMapper(eventMapperSettings(plan)).missingForEvents();
        if (missing && !plan.exportKind) {
            const ColumnMapping report =
                proposeMapping(*plan.profile, plan.sniff.header, nullptr, &registry.generic(), RecordKind::Campaigns);
            if (looksLikeCampaignReport(report)) {
                plan.record = RecordKind::Campaigns;
                plan.mapping = report;
                plan.fixedType.reset();
                plan.fileCampaign.clear();
            }
        }
        if (plan.record == RecordKind::Events && missing) {
            plan.unusable = Tr::tr("this is not an activity file or campaign report Herald can read: %1").arg(*missing);
            return plan;
        }
    }
    if (plan.sniff.headerOnly())
        return plan;

    plan.dateOrder = options.dateOrder;
    if (plan.dateOrder == DateOrder::Unknown) {
        const QList<int> columns = EventRowMapper(eventMapperSettings(plan)).dateColumns();
        if (!columns.isEmpty()) {
            auto order = scanDateOrder(source, plan.sniff, columns, options.encoding, options.delimiter, control);
            if (!order.ok())
                return order.error();
            plan.dateOrder = order.value();
        }
    }
    return plan;
}

} // namespace herald
