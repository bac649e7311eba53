#include "contactimportplan.h"

#include "dateorderscan.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "profiles/heraldfields.h"
#include "profiles/profiledetection.h"

#include <QCoreApplication>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Import)
};

Result<MappingTarget> parseTarget(const QString &column, const QString &spec)
{
    const QString key = spec.trimmed();
    if (key.compare(QLatin1StringView("ignore"), Qt::CaseInsensitive) == 0)
        return MappingTarget::ignore();
    if (key.compare(QLatin1StringView("tags"), Qt::CaseInsensitive) == 0)
        return MappingTarget::tags();
    if (key.compare(QLatin1StringView("custom"), Qt::CaseInsensitive) == 0)
        return MappingTarget::customField(column);
    if (key.startsWith(QLatin1StringView("custom:"), Qt::CaseInsensitive) && key.size() > 7)
        return MappingTarget::customField(key.mid(7).trimmed());
    const HeraldField *field = findHeraldField(key.toLower());
    if (!field || field->record != RecordKind::Contacts) {
        QStringList keys;
        for (const HeraldField &known : heraldFields())
            if (known.record == RecordKind::Contacts)
                keys.append(known.key);
        return Error{Tr::tr("unknown field \"%1\" for column \"%2\"; use one of: %3, tags, ignore, custom, custom:NAME")
                         .arg(key, column, keys.join(QStringLiteral(", ")))};
    }
    return MappingTarget::contactField(field->key);
}

Result<void> applyOverrides(ColumnMapping &mapping, const QList<QPair<QString, QString>> &overrides)
{
    for (const auto &[column, spec] : overrides) {
        MappedColumn *found = nullptr;
        for (MappedColumn &mapped : mapping.columns)
            if (normalizedColumnName(mapped.name) == normalizedColumnName(column)) {
                found = &mapped;
                break;
            }
        if (!found) {
            QStringList names;
            for (const MappedColumn &mapped : std::as_const(mapping.columns))
                names.append(QLatin1Char('"') + mapped.name + QLatin1Char('"'));
            return Error{Tr::tr("the file has no column \"%1\"; its columns are %2")
                             .arg(column, names.join(QStringLiteral(", ")))};
        }
        auto target = parseTarget(found->name, spec);
        if (!target.ok())
            return target.error();
        found->target = target.value();
        found->matchedByProfile = false;
    }
    return {};
}

} // namespace

ContactRowMapper::Settings mapperSettings(const ContactImportPlan &plan, const QTimeZone &workspaceZone)
{
    ContactRowMapper::Settings settings;
    settings.profile = plan.profile;
    settings.exportKind = plan.exportKind;
    settings.mapping = plan.mapping;
    settings.header = plan.sniff.header;
    settings.fileZone = plan.fileZone;
    settings.dateOrder = plan.dateOrder;
    settings.workspaceZone = workspaceZone;
    return settings;
}

Result<ContactImportPlan> planContactImport(const ImportSource &source, const ContactImportOptions &options,
                                            const QTimeZone &workspaceZone, bool inferDates, const JobControl &control)
{
    ContactImportPlan plan;
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
    const bool detect = options.profileId.isEmpty() || options.profileId == QLatin1StringView("auto");
    if (detect) {
        const ProfileMatch match = detectProfile(plan.sniff.header, registry);
        plan.profile = match.profile;
        plan.exportKind = match.exportKind;
        plan.confidence = match.confidence;
        plan.mapping = match.mapping;
    } else {
        plan.profile = registry.find(options.profileId);
        if (!plan.profile)
            return Error{Tr::tr("unknown profile \"%1\"; use auto or one of: %2")
                             .arg(options.profileId, registry.ids().join(QStringLiteral(", ")))};
        for (const ProfileMatch &match : rankProfiles(plan.sniff.header, registry))
            if (match.profile == plan.profile) {
                plan.exportKind = match.exportKind;
                plan.confidence = match.confidence;
                break;
            }
        plan.mapping = proposeMapping(*plan.profile, plan.sniff.header, plan.exportKind);
    }
    if (options.mapping)
        plan.mapping = applySavedMapping(*options.mapping, plan.mapping);
    if (auto applied = applyOverrides(plan.mapping, options.columnOverrides); !applied.ok())
        return Error{applied.error().message, source.displayName()};
    if (auto valid = validateMapping(plan.mapping, *plan.profile); !valid.ok())
        return Error{valid.error().message, source.displayName()};

    plan.fileZone = options.fileZone.isValid()                                 ? options.fileZone
                    : plan.profile->dateZone(plan.exportKind) == DateZone::Utc ? QTimeZone::utc()
                                                                               : workspaceZone;
    plan.dateOrder = options.dateOrder;
    if (inferDates && plan.dateOrder == DateOrder::Unknown) {
        const QList<int> columns = ContactRowMapper(mapperSettings(plan, workspaceZone)).dateColumns();
        if (!columns.isEmpty()) {
            auto order = scanDateOrder(plan.source, plan.sniff, columns, options.encoding, options.delimiter, control);
            if (!order.ok())
                return order.error();
            plan.dateOrder = order.value();
        }
    }
    return plan;
}

} // namespace herald
