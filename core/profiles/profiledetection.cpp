#include "profiles/profiledetection.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace herald {
namespace {

// A column known to few ESPs says more than one every ESP has ("Email"): each column weighs 1 / (number of ESPs
// whose exports contain it). A layout is convincing when the file's columns are mostly its own (precision) and
// together weigh at least `fullEvidence` (about two or three ESP-specific columns).
constexpr double fullEvidence = 2.5;
constexpr double unknownColumnPenalty = 0.5;
constexpr double acceptConfidence = 0.5;

bool inScope(const EspProfile &profile, const ExportKind &kind, const DetectionScope &scope)
{
    return (!profile.isFallback() || scope.genericLayouts) && scope.records.contains(kind.record);
}

QHash<QString, int> columnSpread(const EspProfileRegistry &registry, const DetectionScope &scope)
{
    QHash<QString, int> spread;
    for (const EspProfile *profile : registry.profiles()) {
        QSet<QString> columns;
        for (const ExportKind &kind : profile->exportKinds()) {
            if (!inScope(*profile, kind, scope))
                continue;
            for (const QString &header : kind.headers)
                columns.insert(normalizedColumnName(header));
        }
        for (const QString &column : std::as_const(columns))
            ++spread[column];
    }
    return spread;
}

double weight(const QHash<QString, int> &spread, const QString &column)
{
    const int count = spread.value(column);
    return count > 0 ? 1.0 / count : 1.0;
}

QStringList normalizedHeader(const QStringList &header)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString &name : header)
        names << normalizedColumnName(name);
    return names;
}

MappingTarget targetFor(const ColumnSpec &spec, const QString &columnName)
{
    if (spec.ignore)
        return MappingTarget::ignore();
    if (spec.custom)
        return MappingTarget::customField(columnName.trimmed());
    const HeraldField *field = findHeraldField(spec.field);
    if (field && field->type == FieldType::Tags)
        return MappingTarget::tags();
    if (field && field->type == FieldType::JsonObject)
        return MappingTarget::customField({});
    return MappingTarget::contactField(spec.field);
}

void resolveClashes(ColumnMapping &mapping, UnmappedPolicy policy)
{
    QSet<QString> takenFields;
    QSet<QString> takenCustom;
    for (MappedColumn &column : mapping.columns) {
        MappingTarget &target = column.target;
        if (target.kind == MappingTarget::Kind::ContactField) {
            const HeraldField *field = findHeraldField(target.name);
            if (field && field->combinable)
                continue;
            if (!takenFields.contains(target.name)) {
                takenFields.insert(target.name);
                continue;
            }
            // A second column for the same field (Mailchimp repeats UNSUB_CAMPAIGN_ID) keeps its data aside.
            target = policy == UnmappedPolicy::Ignore ? MappingTarget::ignore()
                                                      : MappingTarget::customField(column.name.trimmed());
            column.jsonKeys.clear();
        }
        if (target.kind != MappingTarget::Kind::CustomField || target.name.isEmpty())
            continue;
        QString name = target.name;
        for (int suffix = 2; takenCustom.contains(name.toCaseFolded()); ++suffix)
            name = target.name + QStringLiteral(" (%1)").arg(suffix);
        target.name = name;
        takenCustom.insert(name.toCaseFolded());
    }
}

ProfileMatch makeMatch(const EspProfile &profile, const ExportKind *kind, double confidence, const QStringList &header,
                       const EspProfile *fallback, RecordKind record)
{
    ProfileMatch match;
    match.profile = &profile;
    match.exportKind = kind;
    match.confidence = confidence;
    match.mapping = proposeMapping(profile, header, kind, fallback, record);
    for (const MappedColumn &column : std::as_const(match.mapping.columns))
        (column.matchedByProfile ? match.matchedColumns : match.unmatchedColumns) << column.name;
    return match;
}

struct KindScore
{
    const EspProfile *profile = nullptr;
    const ExportKind *kind = nullptr;
    double confidence = 0.0;
    double shared = 0.0;
    double recall = 0.0;
};

} // namespace

ColumnMapping proposeMapping(const EspProfile &profile, const QStringList &header, const ExportKind *kind,
                             const EspProfile *fallback, RecordKind recordWithoutKind)
{
    if (!fallback && !profile.isFallback())
        fallback = &EspProfileRegistry::builtIn().generic();
    if (fallback == &profile)
        fallback = nullptr;
    const RecordKind record = kind ? kind->record : recordWithoutKind;
    QSet<QString> kindColumns;
    if (kind)
        for (const QString &name : kind->headers)
            kindColumns.insert(normalizedColumnName(name));

    ColumnMapping mapping;
    mapping.profileId = profile.id();
    mapping.exportKind = kind ? kind->id : QString();
    for (int i = 0; i < header.size(); ++i) {
        MappedColumn column;
        column.index = i;
        column.name = header.at(i);
        const QString key = normalizedColumnName(column.name);
        const ColumnSpec *spec = profile.columnFor(column.name, record);
        column.matchedByProfile = spec || kindColumns.contains(key);
        // Campaign reports keep unknown columns as statistics under their own names, so only contact and activity
        // files borrow the generic profile's column names.
        if (!spec && fallback && record != RecordKind::Campaigns)
            spec = fallback->columnFor(column.name, record);
        if (key.isEmpty()) {
            column.target = MappingTarget::ignore();
        } else if (spec) {
            column.target = targetFor(*spec, column.name);
            column.jsonKeys = spec->jsonKeys;
        } else {
            column.target = profile.unmappedPolicy() == UnmappedPolicy::Ignore
                                ? MappingTarget::ignore()
                                : MappingTarget::customField(column.name.trimmed());
        }
        mapping.columns.append(column);
    }
    resolveClashes(mapping, profile.unmappedPolicy());
    return mapping;
}

QList<ProfileMatch> rankProfiles(const QStringList &header, const EspProfileRegistry &registry,
                                 const DetectionScope &scope)
{
    const QHash<QString, int> spread = columnSpread(registry, scope);
    QSet<QString> file;
    for (const QString &name : normalizedHeader(header))
        if (!name.isEmpty())
            file.insert(name);

    QList<KindScore> scores;
    for (const EspProfile *profile : registry.profiles()) {
        for (const ExportKind &kind : profile->exportKinds()) {
            if (!inScope(*profile, kind, scope))
                continue;
            QSet<QString> layout;
            double layoutWeight = 0.0;
            for (const QString &name : kind.headers) {
                const QString key = normalizedColumnName(name);
                if (!layout.contains(key))
                    layoutWeight += weight(spread, key);
                layout.insert(key);
            }
            double shared = 0.0;
            double foreign = 0.0;
            for (const QString &column : std::as_const(file)) {
                if (layout.contains(column))
                    shared += weight(spread, column);
                else if (!profile->columnFor(column, kind.record)) // aliases the profile knows are neutral
                    foreign += weight(spread, column);
            }
            if (shared <= 0.0)
                continue;
            const double precision = shared / (shared + unknownColumnPenalty * foreign);
            const double evidence = std::min(1.0, shared / fullEvidence);
            scores.append(
                {profile, &kind, precision * evidence, shared, layoutWeight > 0 ? shared / layoutWeight : 0.0});
        }
    }
    std::stable_sort(scores.begin(), scores.end(), [](const KindScore &a, const KindScore &b) {
        // Equal confidence: the layout sharing more of the file's columns, then the one the file fills best
        // (a subscribed Mailchimp file also fits the unsubscribed layout, minus its UNSUB_* columns).
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.shared != b.shared)
            return a.shared > b.shared;
        return a.recall > b.recall;
    });

    QList<ProfileMatch> matches;
    const EspProfile *fallback = &registry.generic();
    for (const KindScore &score : std::as_const(scores))
        matches.append(makeMatch(*score.profile, score.kind, score.confidence, header, fallback, score.kind->record));
    return matches;
}

ProfileMatch detectProfile(const QStringList &header, const EspProfileRegistry &registry, const DetectionScope &scope)
{
    const QList<ProfileMatch> ranked = rankProfiles(header, registry, scope);
    if (!ranked.isEmpty() && ranked.constFirst().confidence >= acceptConfidence)
        return ranked.constFirst();

    const EspProfile &generic = registry.generic();
    const RecordKind record = scope.records.value(0, RecordKind::Contacts);
    ProfileMatch match = makeMatch(generic, nullptr, 0.0, header, nullptr, record);
    qsizetype known = 0;
    qsizetype columns = 0;
    for (const MappedColumn &column : std::as_const(match.mapping.columns)) {
        if (normalizedColumnName(column.name).isEmpty())
            continue;
        ++columns;
        known += column.matchedByProfile ? 1 : 0;
    }
    match.confidence = columns > 0 ? static_cast<double>(known) / static_cast<double>(columns) : 0.0;
    return match;
}

} // namespace herald
