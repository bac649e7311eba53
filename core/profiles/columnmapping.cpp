#include "profiles/columnmapping.h"

#include "database.h"
#include "profiles/espprofile.h"
#include "profiles/heraldfields.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ColumnMapping)
};

const QString metaPrefix = QStringLiteral("mapping:");

struct KindName
{
    MappingTarget::Kind kind;
    const char *key;
};

constexpr KindName kindNames[] = {
    {MappingTarget::Kind::ContactField, "field"},
    {MappingTarget::Kind::CustomField, "custom"},
    {MappingTarget::Kind::Tags, "tags"},
    {MappingTarget::Kind::Ignore, "ignore"},
};

std::optional<MappingTarget::Kind> kindFromKey(const QString &key)
{
    for (const KindName &name : kindNames)
        if (key == QLatin1StringView(name.key))
            return name.kind;
    return std::nullopt;
}

Error mappingError(const QString &name, const QString &message)
{
    return Error{Tr::tr("Saved mapping “%1”: %2").arg(name, message)};
}

} // namespace

QString mappingTargetKindKey(MappingTarget::Kind kind)
{
    for (const KindName &name : kindNames)
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    return {};
}

QString mappingTargetDisplayName(const MappingTarget &target)
{
    switch (target.kind) {
    case MappingTarget::Kind::ContactField:
        return heraldFieldDisplayName(target.name);
    case MappingTarget::Kind::CustomField:
        return target.name.isEmpty() ? Tr::tr("Custom fields (one per JSON key)")
                                     : Tr::tr("Custom field “%1”").arg(target.name);
    case MappingTarget::Kind::Tags:
        return Tr::tr("Tags");
    case MappingTarget::Kind::Ignore:
        break;
    }
    return Tr::tr("Ignored");
}

const MappedColumn *ColumnMapping::columnFor(const QString &target) const
{
    for (const MappedColumn &column : columns)
        if (column.target.kind == MappingTarget::Kind::ContactField && column.target.name == target)
            return &column;
    return nullptr;
}

QStringList ColumnMapping::unmatchedColumns() const
{
    QStringList names;
    for (const MappedColumn &column : columns)
        if (!column.matchedByProfile)
            names << column.name;
    return names;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray list;
    for (const MappedColumn &column : columns) {
        QJsonObject item{{QStringLiteral("index"), column.index},
                         {QStringLiteral("name"), column.name},
                         {QStringLiteral("target"), mappingTargetKindKey(column.target.kind)}};
        if (!column.target.name.isEmpty())
            item.insert(QStringLiteral("targetName"), column.target.name);
        if (column.matchedByProfile)
            item.insert(QStringLiteral("matchedByProfile"), true);
        if (!column.jsonKeys.isEmpty()) {
            QJsonObject keys;
            for (auto it = column.jsonKeys.cbegin(); it != column.jsonKeys.cend(); ++it)
                keys.insert(it.key(), it.value());
            item.insert(QStringLiteral("jsonKeys"), keys);
        }
        list.append(item);
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("profile"), profileId},
            {QStringLiteral("exportKind"), exportKind},
            {QStringLiteral("columns"), list}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return Error{Tr::tr("This mapping was saved by a newer Herald.")};
    ColumnMapping mapping;
    mapping.profileId = json.value(QStringLiteral("profile")).toString();
    mapping.exportKind = json.value(QStringLiteral("exportKind")).toString();
    const QJsonArray list = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        MappedColumn column;
        column.index = item.value(QStringLiteral("index")).toInt(-1);
        column.name = item.value(QStringLiteral("name")).toString();
        const std::optional<MappingTarget::Kind> kind = kindFromKey(item.value(QStringLiteral("target")).toString());
        if (column.index < 0 || !kind)
            return Error{Tr::tr("Column “%1” of this mapping is damaged.").arg(column.name)};
        column.target = {*kind, item.value(QStringLiteral("targetName")).toString()};
        if (*kind == MappingTarget::Kind::ContactField && !findHeraldField(column.target.name))
            return Error{Tr::tr("Column “%1” maps to “%2”, which this Herald does not know.")
                             .arg(column.name, column.target.name)};
        column.matchedByProfile = item.value(QStringLiteral("matchedByProfile")).toBool();
        const QJsonObject keys = item.value(QStringLiteral("jsonKeys")).toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            column.jsonKeys.insert(it.key(), it.value().toString());
        mapping.columns.append(column);
    }
    return mapping;
}

Result<void> validateMapping(const ColumnMapping &mapping, const EspProfile &profile)
{
    QHash<QString, QString> fieldOwner; // contact field -> column that takes it
    QHash<QString, QString> customOwner;
    for (const MappedColumn &column : mapping.columns) {
        const MappingTarget &target = column.target;
        if (target.kind == MappingTarget::Kind::ContactField) {
            const HeraldField *field = findHeraldField(target.name);
            if (!field)
                return Error{Tr::tr("Column “%1” maps to an unknown field “%2”.").arg(column.name, target.name)};
            if (!field->combinable && fieldOwner.contains(target.name))
                return Error{Tr::tr("Columns “%1” and “%2” both map to %3; choose one.")
                                 .arg(fieldOwner.value(target.name), column.name, heraldFieldDisplayName(target.name))};
            fieldOwner.insert(target.name, column.name);
        } else if (target.kind == MappingTarget::Kind::CustomField && !target.name.isEmpty()) {
            const QString key = target.name.trimmed().toCaseFolded();
            if (customOwner.contains(key))
                return Error{Tr::tr("Columns “%1” and “%2” both go to the custom field “%3”; rename one.")
                                 .arg(customOwner.value(key), column.name, target.name)};
            customOwner.insert(key, column.name);
        }
    }
    // Required fields are contact fields; a campaigns report has none of them.
    const ExportKind *kind = profile.exportKind(mapping.exportKind);
    if (kind && kind->record != RecordKind::Contacts)
        return {};
    for (const QString &required : profile.requiredFields())
        if (!fieldOwner.contains(required))
            return Error{Tr::tr("No column is mapped to %1; %2 files need one.")
                             .arg(heraldFieldDisplayName(required), profile.displayName())};
    return {};
}

ColumnMapping applySavedMapping(const ColumnMapping &saved, const ColumnMapping &proposed)
{
    QHash<QString, const MappedColumn *> byName;
    for (const MappedColumn &column : saved.columns)
        byName.insert(normalizedColumnName(column.name), &column);
    ColumnMapping result = proposed;
    for (MappedColumn &column : result.columns) {
        const MappedColumn *earlier = byName.value(normalizedColumnName(column.name));
        if (!earlier)
            continue;
        column.target = earlier->target;
        column.jsonKeys = earlier->jsonKeys;
    }
    return result;
}

Result<void> saveMapping(Workspace &workspace, const QString &name, const ColumnMapping &mapping)
{
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("A saved mapping needs a name.")};
    try {
        workspace.setMeta(metaPrefix + name.trimmed(),
                          QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    } catch (const SqlError &error) {
        return Error{Tr::tr("Could not save the mapping “%1”: %2").arg(name, error.message()), workspace.path()};
    }
    return {};
}

Result<ColumnMapping> loadMapping(Workspace &workspace, const QString &name)
{
    QString text;
    try {
        text = workspace.meta(metaPrefix + name.trimmed());
    } catch (const SqlError &error) {
        return Error{Tr::tr("Could not read the mapping “%1”: %2").arg(name, error.message()), workspace.path()};
    }
    if (text.isEmpty())
        return Error{Tr::tr("There is no saved mapping called “%1”.").arg(name)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return mappingError(name, Tr::tr("it is damaged and cannot be read."));
    Result<ColumnMapping> mapping = ColumnMapping::fromJson(document.object());
    if (!mapping)
        return mappingError(name, mapping.error().message);
    return mapping;
}

Result<QStringList> savedMappingNames(Workspace &workspace)
{
    QStringList names;
    try {
        // substr() rather than LIKE: mapping names may contain % and _.
        Statement statement = workspace.db().prepare("SELECT substr(key, length(?1) + 1) FROM workspace_meta WHERE "
                                                     "substr(key, 1, length(?1)) = ?1 ORDER BY key");
        statement.bind(1, metaPrefix);
        while (statement.step())
            names << statement.columnText(0);
    } catch (const SqlError &error) {
        return Error{Tr::tr("Could not list the saved mappings: %1").arg(error.message()), workspace.path()};
    }
    return names;
}

Result<void> deleteMapping(Workspace &workspace, const QString &name)
{
    try {
        Statement statement = workspace.db().prepare("DELETE FROM workspace_meta WHERE key = ?1");
        statement.bind(1, metaPrefix + name.trimmed()).exec();
        if (workspace.db().changes() == 0)
            return Error{Tr::tr("There is no saved mapping called “%1”.").arg(name)};
    } catch (const SqlError &error) {
        return Error{Tr::tr("Could not delete the mapping “%1”: %2").arg(name, error.message()), workspace.path()};
    }
    return {};
}

} // namespace herald
