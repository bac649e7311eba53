#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace herald {

class EspProfile;
class Workspace;

// Where one column of an import file goes.
struct MappingTarget
{
    enum class Kind
    {
        ContactField, // `name` is a HeraldField key (for campaign files, a campaign field key)
        CustomField,  // `name` is the custom field's name; empty for a JSON column whose keys become custom fields
        Tags,         // the cell is a tag list
        Ignore,
    };
    Kind kind = Kind::Ignore;
    QString name;

    static MappingTarget contactField(const QString &key) { return {Kind::ContactField, key}; }
    static MappingTarget customField(const QString &name) { return {Kind::CustomField, name}; }
    static MappingTarget tags() { return {Kind::Tags, {}}; }
    static MappingTarget ignore() { return {Kind::Ignore, {}}; }

    friend bool operator==(const MappingTarget &, const MappingTarget &) = default;
};

QString mappingTargetKindKey(MappingTarget::Kind kind);
// Translated text for the mapping editor: "Email address", "Custom field “Shoe size”", "Tags", "Ignored".
QString mappingTargetDisplayName(const MappingTarget &target);

struct MappedColumn
{
    int index = 0; // 0-based position in the header
    QString name;  // the column's header as in the file
    MappingTarget target;
    bool matchedByProfile = false; // the profile knows this column (as opposed to a fallback guess)
    // For JSON columns: JSON keys that feed contact fields instead of custom fields.
    QHash<QString, QString> jsonKeys;
};

// How every column of one file maps; proposed by the profile, edited by the user, saved for the next file.
struct ColumnMapping
{
    QString profileId;
    QString exportKind; // empty for the generic profile
    QList<MappedColumn> columns;

    const MappedColumn *columnFor(const QString &target) const; // first column mapped to a contact field
    QStringList unmatchedColumns() const;                       // names of columns the profile did not know

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);
};

// The mapping can be imported: required fields are mapped, no plain contact field takes two columns, custom field
// names are unique and not empty. The error names the offending column.
Result<void> validateMapping(const ColumnMapping &mapping, const EspProfile &profile);

// `proposed` with the user's earlier choices applied: a column whose (normalised) name was in `saved` takes the
// saved target; new columns keep the proposal. Lets a saved mapping follow a file whose columns moved.
ColumnMapping applySavedMapping(const ColumnMapping &saved, const ColumnMapping &proposed);

// Saved mappings live in workspace_meta under "mapping:<name>" as JSON.
Result<void> saveMapping(Workspace &workspace, const QString &name, const ColumnMapping &mapping);
Result<ColumnMapping> loadMapping(Workspace &workspace, const QString &name);
Result<QStringList> savedMappingNames(Workspace &workspace);
Result<void> deleteMapping(Workspace &workspace, const QString &name);

} // namespace herald
