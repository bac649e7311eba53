// Reads and validates a profile file (format described in resources/profiles/README.md). Every problem names the
// file and the JSON path of the offending value, so someone adding an ESP can fix their file without reading code.

#include "profiles/espprofile.h"
#include "profiles/jsonnode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EspProfile)
};

ContactStatus statusOf(const JsonNode &node)
{
    const std::optional<ContactStatus> parsed = statusFromKey(node.text());
    if (!parsed)
        node.fail(Tr::tr("“%1” is not a Herald status (subscribed, unsubscribed, cleaned, bounced, complained, "
                         "pending, non_subscribed)")
                      .arg(node.text()));
    return *parsed;
}

bool isConfirmed(const JsonNode &node)
{
    return node.oneOf({u"confirmed", u"assumed"}) == u"confirmed";
}

DateZone dateZoneOf(const JsonNode &node)
{
    return node.oneOf({u"utc", u"file"}) == u"utc" ? DateZone::Utc : DateZone::File;
}

RecordKind recordOf(const JsonNode &node)
{
    if (!node.exists())
        return RecordKind::Contacts;
    const QString record = node.oneOf({u"contacts", u"campaigns", u"events"});
    return record == u"campaigns" ? RecordKind::Campaigns
           : record == u"events"  ? RecordKind::Events
                                  : RecordKind::Contacts;
}

EventType eventOf(const JsonNode &node)
{
    const std::optional<EventType> parsed = eventTypeFromKey(node.text());
    if (!parsed)
        node.fail(Tr::tr("“%1” is not a Herald event (send, open, click, bounce, soft_bounce, unsubscribe, complaint, "
                         "purchase)")
                      .arg(node.text()));
    return *parsed;
}

// Names in a list that must be unique once case, spaces and punctuation are ignored.
void checkUniqueNames(const JsonNode &list)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonNode item = list.at(i);
        const QString key = normalizedColumnName(item.text());
        if (key.isEmpty())
            item.fail(Tr::tr("has no letters or digits"));
        if (seen.contains(key))
            item.fail(Tr::tr("“%1” is listed twice").arg(item.text()));
        seen.insert(key);
    }
}

} // namespace

class EspProfileReader
{
public:
    explicit EspProfileReader(EspProfile &profile) : m_profile(profile) {}

    void read(const JsonNode &root)
    {
        root.allowKeys({u"format", u"version", u"id", u"name", u"fallback", u"sources", u"exports", u"columns",
                        u"unmappedColumns", u"requiredFields", u"statuses", u"booleans", u"tags", u"dates", u"import",
                        u"events"});
        root.required(u"format").oneOf({u"herald-esp-profile"});
        if (root.required(u"version").value().toInt(-1) != 1)
            root[u"version"].fail(Tr::tr("must be 1; this Herald reads version 1 profiles"));

        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
        m_profile.m_id = root.required(u"id").text();
        if (!idPattern.match(m_profile.m_id).hasMatch())
            root[u"id"].fail(Tr::tr("must use only a-z, 0-9 and _"));
        m_profile.m_name = root.required(u"name").text();
        m_profile.m_fallback = root[u"fallback"].flagOr(false);

        readSources(root.required(u"sources"));
        if (!m_profile.m_fallback || root[u"exports"].exists())
            readExports(root.required(u"exports"));
        readColumns(root.required(u"columns"));
        m_profile.m_unmapped = root[u"unmappedColumns"].exists() &&
                                       root[u"unmappedColumns"].oneOf({u"custom_field", u"ignore"}) == u"ignore"
                                   ? UnmappedPolicy::Ignore
                                   : UnmappedPolicy::CustomField;
        readRequired(root[u"requiredFields"]);
        readStatuses(root.required(u"statuses"));
        readEvents(root[u"events"]);
        readBooleans(root[u"booleans"]);
        readTags(root[u"tags"]);
        readDates(root.required(u"dates"));
        readImport(root.required(u"import"));
        addImportLayoutAsExport();
    }

private:
    void readSources(const JsonNode &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonNode item = list.at(i);
            item.allowKeys({u"covers", u"location", u"status"});
            m_profile.m_sources.append({item.required(u"covers").text(), item.required(u"location").text(),
                                        isConfirmed(item.required(u"status")), item[u"note"].textOr({})});
        }
    }

    void readExports(const JsonNode &list)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(m_profile.m_fallback); ++i) {
            const JsonNode item = list.at(i);
            item.allowKeys({u"id", u"name", u"record", u"headers", u"status", u"dateZone", u"evidence", u"event",
                            u"campaignFrom"});
            ExportKind kind;
            kind.id = item.required(u"id").text();
            if (ids.contains(kind.id))
                item[u"id"].fail(Tr::tr("“%1” is used by another export").arg(kind.id));
            ids.insert(kind.id);
            kind.name = item.required(u"name").text();
            kind.record = recordOf(item[u"record"]);
            kind.headers = item.required(u"headers").texts();
            checkUniqueNames(item[u"headers"]);
            if (item[u"status"].exists())
                kind.impliedStatus = statusOf(item[u"status"]);
            if (item[u"dateZone"].exists())
                kind.dateZone = dateZoneOf(item[u"dateZone"]);
            kind.confirmed = isConfirmed(item.required(u"evidence"));
            if (item[u"event"].exists() || item[u"campaignFrom"].exists()) {
                if (kind.record != RecordKind::Events)
                    item.fail(Tr::tr("only an export with record \"events\" has an event or campaignFrom"));
                if (item[u"event"].exists())
                    kind.event = eventOf(item[u"event"]);
                if (item[u"campaignFrom"].exists())
                    kind.campaignFromFileName = item[u"campaignFrom"].oneOf({u"column", u"file_name"}) == u"file_name";
            }
            m_profile.m_exportKinds.append(kind);
        }
    }

    // The file Herald writes for this ESP is a layout of this ESP too: recognise it, and read its one-field
    // columns back into those fields, so that an export can be imported again without losing zones or tags.
    void addImportLayoutAsExport()
    {
        const ImportLayout &layout = m_profile.m_import;
        if (layout.columns.isEmpty())
            return;
        ExportKind kind;
        kind.id = QStringLiteral("herald_import");
        kind.name = layout.name;
        kind.headers = importHeader(layout);
        kind.confirmed = true;
        m_profile.m_exportKinds.append(kind);
        static const QRegularExpression single(QStringLiteral("^\\{([a-z_]+)\\}$"));
        for (const ImportColumn &column : layout.columns) {
            const QString key = normalizedColumnName(column.header);
            if (key.isEmpty() || m_profile.m_contactAliases.contains(key))
                continue;
            ColumnSpec spec;
            const QRegularExpressionMatch match = single.match(column.value.trimmed());
            const HeraldField *field = match.hasMatch() ? findHeraldField(match.captured(1)) : nullptr;
            if (field && field->record == RecordKind::Contacts)
                spec.field = field->key;
            else
                spec.ignore = true; // send times and composed cells are Herald's output, not contact data
            spec.aliases = {column.header};
            m_profile.m_contactAliases.insert(key, static_cast<int>(m_profile.m_columns.size()));
            m_profile.m_columns.append(spec);
        }
    }

    void readColumns(const JsonNode &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonNode item = list.at(i);
            item.allowKeys({u"field", u"ignore", u"custom", u"record", u"aliases", u"jsonKeys"});
            ColumnSpec spec;
            spec.ignore = item[u"ignore"].flagOr(false);
            spec.custom = item[u"custom"].flagOr(false);
            if (spec.ignore && spec.custom)
                item.fail(Tr::tr("a column is either ignored or a custom field, not both"));
            RecordKind record = recordOf(item[u"record"]);
            const HeraldField *field = nullptr;
            if (spec.ignore || spec.custom) {
                if (item[u"field"].exists())
                    item[u"field"].fail(Tr::tr("an ignored or custom column has no field"));
            } else {
                spec.field = item.required(u"field").text();
                field = findHeraldField(spec.field);
                if (!field)
                    item[u"field"].fail(Tr::tr("“%1” is not a Herald field").arg(spec.field));
                if (item[u"record"].exists())
                    item[u"record"].fail(Tr::tr("the field decides the record; remove this key"));
                record = field->record;
            }
            spec.aliases = item.required(u"aliases").texts();
            if (item[u"jsonKeys"].exists())
                readJsonKeys(item[u"jsonKeys"], field, spec);
            addAliases(item[u"aliases"], record);
            m_profile.m_columns.append(spec);
        }
    }

    void addAliases(const JsonNode &aliases, RecordKind record)
    {
        QHash<QString, int> &known = record == RecordKind::Campaigns ? m_profile.m_campaignAliases
                                     : record == RecordKind::Events  ? m_profile.m_eventAliases
                                                                     : m_profile.m_contactAliases;
        const int owner = static_cast<int>(m_profile.m_columns.size());
        for (qsizetype a = 0; a < aliases.size(); ++a) {
            const QString alias = aliases.at(a).text();
            const QString key = normalizedColumnName(alias);
            if (key.isEmpty())
                aliases.at(a).fail(Tr::tr("has no letters or digits"));
            // The same spelling twice in one column is harmless; in two columns it would make mapping ambiguous.
            if (known.contains(key) && known.value(key) != owner)
                aliases.at(a).fail(Tr::tr("“%1” is already an alias of columns[%2]").arg(alias).arg(known.value(key)));
            known.insert(key, owner);
        }
    }

    void readJsonKeys(const JsonNode &keys, const HeraldField *field, ColumnSpec &spec)
    {
        if (!field || field->type != FieldType::JsonObject)
            keys.fail(Tr::tr("only a JSON column (field \"custom_fields\") has jsonKeys"));
        for (const QString &key : keys.keys()) {
            const JsonNode target = keys[key];
            const HeraldField *targetField = findHeraldField(target.text());
            if (!targetField || targetField->record != RecordKind::Contacts ||
                targetField->type == FieldType::JsonObject)
                target.fail(Tr::tr("“%1” is not a Herald contact field").arg(target.text()));
            spec.jsonKeys.insert(key, target.text());
        }
    }

    void readRequired(const JsonNode &list)
    {
        if (!list.exists()) {
            m_profile.m_required = {QStringLiteral("email")};
            return;
        }
        m_profile.m_required = list.texts(true);
        for (qsizetype i = 0; i < m_profile.m_required.size(); ++i)
            if (!findHeraldField(m_profile.m_required.at(i)))
                list.at(i).fail(Tr::tr("“%1” is not a Herald field").arg(m_profile.m_required.at(i)));
    }

    void readStatuses(const JsonNode &words)
    {
        if (words.keys().isEmpty())
            words.fail(Tr::tr("must list at least one word"));
        for (const QString &word : words.keys()) {
            const QString key = normalizedColumnName(word);
            if (key.isEmpty())
                words[word].fail(Tr::tr("has no letters or digits"));
            const ContactStatus value = statusOf(words[word]);
            if (m_profile.m_statuses.contains(key) && m_profile.m_statuses.value(key) != value)
                words[word].fail(Tr::tr("means another status under a different spelling"));
            m_profile.m_statuses.insert(key, value);
        }
    }

    // Event words of activity files: ESP word -> Herald event key, or "ignore" for rows that are not an event
    // Herald keeps (Klaviyo's "Dropped Email" was never sent).
    void readEvents(const JsonNode &words)
    {
        if (!words.exists())
            return;
        for (const QString &word : words.keys()) {
            const QString key = normalizedColumnName(word);
            if (key.isEmpty())
                words[word].fail(Tr::tr("has no letters or digits"));
            std::optional<EventType> value;
            if (words[word].text() != u"ignore")
                value = eventOf(words[word]);
            if (m_profile.m_events.contains(key) && m_profile.m_events.value(key) != value)
                words[word].fail(Tr::tr("means another event under a different spelling"));
            m_profile.m_events.insert(key, value);
            if (value)
                m_profile.m_eventWords.append(word);
        }
    }

    void readBooleans(const JsonNode &words)
    {
        QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1")};
        QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0")};
        if (words.exists()) {
            words.allowKeys({u"true", u"false"});
            yes = words.required(u"true").texts();
            no = words.required(u"false").texts();
        }
        for (const QString &word : std::as_const(yes))
            m_profile.m_trueWords << normalizedColumnName(word);
        for (const QString &word : std::as_const(no)) {
            if (m_profile.m_trueWords.contains(normalizedColumnName(word)))
                words.fail(Tr::tr("“%1” is both yes and no").arg(word));
            m_profile.m_falseWords << normalizedColumnName(word);
        }
    }

    void readTags(const JsonNode &tags)
    {
        if (!tags.exists())
            return;
        tags.allowKeys({u"separator", u"quoted"});
        if (tags[u"separator"].exists())
            m_profile.m_tagRules.separator = tags[u"separator"].character();
        m_profile.m_tagRules.quoted = tags[u"quoted"].flagOr(true);
    }

    void readDates(const JsonNode &dates)
    {
        dates.allowKeys({u"formats", u"zone"});
        const JsonNode formats = dates.required(u"formats");
        m_profile.m_dateFormats = formats.texts();
        for (qsizetype i = 0; i < m_profile.m_dateFormats.size(); ++i) {
            const QString &format = m_profile.m_dateFormats.at(i);
            if (format != u"iso8601" && format != u"unix" && !format.contains(u"yy"))
                formats.at(i).fail(
                    Tr::tr("“%1” is neither a Qt date format with a year (yyyy or yy) nor iso8601 or unix")
                        .arg(format));
        }
        m_profile.m_dateZone = dateZoneOf(dates.required(u"zone"));
    }

    void readImport(const JsonNode &layout)
    {
        layout.allowKeys({u"name", u"delimiter", u"encoding", u"bom", u"dateFormat", u"tags", u"statusWords",
                          u"columns", u"attributes", u"attributesIncludeCustomFields"});
        ImportLayout &out = m_profile.m_import;
        out.name = layout.required(u"name").text();
        if (layout[u"delimiter"].exists())
            out.delimiter = layout[u"delimiter"].character();
        if (layout[u"encoding"].exists())
            out.encoding = layout[u"encoding"].oneOf({u"UTF-8", u"UTF-16LE", u"UTF-16BE", u"Windows-1252"});
        out.bom = layout[u"bom"].flagOr(false);
        out.dateFormat = layout[u"dateFormat"].textOr(out.dateFormat);
        readImportTags(layout[u"tags"]);
        readStatusWords(layout[u"statusWords"]);
        out.columns = importColumns(layout.required(u"columns"), u"header");
        const bool hasEmail = std::any_of(out.columns.cbegin(), out.columns.cend(), [](const ImportColumn &column) {
            return column.value.contains(QStringLiteral("{email}"));
        });
        if (!hasEmail)
            layout[u"columns"].fail(Tr::tr("no column writes {email}; an ESP cannot import contacts without it"));
        if (layout[u"attributes"].exists())
            out.attributes = importColumns(layout[u"attributes"], u"key");
        out.attributesIncludeCustomFields = layout[u"attributesIncludeCustomFields"].flagOr(true);
    }

    void readImportTags(const JsonNode &tags)
    {
        if (!tags.exists())
            return;
        tags.allowKeys({u"separator", u"quoted", u"sendTimeTag"});
        ImportLayout &out = m_profile.m_import;
        if (tags[u"separator"].exists())
            out.tagSeparator = tags[u"separator"].character();
        out.tagQuoted = tags[u"quoted"].flagOr(false);
        out.sendTimeTag = tags[u"sendTimeTag"].textOr({});
        if (const auto problem = importTemplateProblem(out.sendTimeTag))
            tags[u"sendTimeTag"].fail(*problem);
    }

    void readStatusWords(const JsonNode &words)
    {
        if (!words.exists())
            return;
        for (const QString &key : words.keys()) {
            const std::optional<ContactStatus> status = statusFromKey(key);
            if (!status)
                words[key].fail(Tr::tr("“%1” is not a Herald status").arg(key));
            m_profile.m_import.statusWords.insert(*status, words[key].text());
        }
    }

    QList<ImportColumn> importColumns(const JsonNode &list, QStringView nameKey)
    {
        QList<ImportColumn> columns;
        QSet<QString> names;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonNode item = list.at(i);
            item.allowKeys({nameKey, u"value"});
            const ImportColumn column{item.required(nameKey).text(), item.required(u"value").text()};
            if (names.contains(column.header.toCaseFolded()))
                item[nameKey].fail(Tr::tr("“%1” is written twice").arg(column.header));
            names.insert(column.header.toCaseFolded());
            if (const auto problem = importTemplateProblem(column.value))
                item[u"value"].fail(*problem);
            columns.append(column);
        }
        return columns;
    }

    EspProfile &m_profile;
};

Result<EspProfile> EspProfile::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; a line and column are what an editor can jump to.
        const QByteArray before = json.left(parseError.offset);
        const qint64 line = before.count('\n') + 1;
        const qint64 column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{Tr::tr("This profile is not valid JSON: %1.").arg(parseError.errorString()), fileName, line,
                     column};
    }
    if (!document.isObject())
        return Error{Tr::tr("A profile must be a JSON object."), fileName};

    EspProfile profile;
    profile.m_fileName = fileName;
    try {
        EspProfileReader(profile).read(JsonNode(document.object(), {}));
    } catch (const JsonProblem &problem) {
        const QString where = problem.path.isEmpty() ? Tr::tr("profile") : problem.path;
        return Error{Tr::tr("%1: %2").arg(where, problem.message), fileName};
    }
    return profile;
}

} // namespace herald
