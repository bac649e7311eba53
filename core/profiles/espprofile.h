#pragma once

#include "domain.h"
#include "profiles/heraldfields.h"
#include "profiles/importlayout.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace herald {

// Where a part of a profile comes from, so a maintainer can tell a documented layout from a guess.
struct ProfileSource
{
    QString covers;   // which part of the profile this backs ("subscribed export headers", ...)
    QString location; // URL, or "owner/repo path"
    bool confirmed = false;
    QString note;
};

// How dates in a file are read. Times without an offset are taken in `zone`.
enum class DateZone
{
    Utc,  // the ESP writes UTC
    File, // the ESP writes the account's zone, which the file does not say: the caller supplies it
};

// One file layout an ESP exports (Mailchimp's subscribed, unsubscribed and cleaned files are three).
struct ExportKind
{
    QString id;
    QString name;
    RecordKind record = RecordKind::Contacts;
    QStringList headers;                        // as the ESP writes them, in order
    std::optional<ContactStatus> impliedStatus; // every row of this file has this status unless a column says otherwise
    std::optional<DateZone> dateZone;           // overrides the profile's when set
    bool confirmed = false;
    // Activity files: every row is this event (Mailchimp's opens file has no event column).
    std::optional<EventType> event;
    // Activity files without a campaign column: the file's name (without folder and extension) names the campaign.
    bool campaignFromFileName = false;
};

// A column the profile knows: any of `aliases` (compared without case, spaces or punctuation) feeds `field`.
struct ColumnSpec
{
    QString field; // a HeraldField key, or empty with `ignore` or `custom`
    QStringList aliases;
    bool ignore = false;
    bool custom = false; // keep as a custom field named after the column (so no fallback guess applies)
    // For JsonObject columns: JSON keys that feed a Herald field instead of becoming custom fields.
    QHash<QString, QString> jsonKeys;
};

enum class UnmappedPolicy
{
    CustomField,
    Ignore
};

struct TagRules
{
    QChar separator = u',';
    bool quoted = true; // items may be wrapped in double quotes, as in Mailchimp's `"VIP","Blog"`
};

// An ESP: how its exports look and how its contact import file must look. Built from a JSON profile file
// (see resources/profiles/README.md); validated when loaded so a broken file never reaches an import.
class EspProfile
{
public:
    // Parses and validates a profile. `fileName` names the file in every error.
    static Result<EspProfile> fromJson(const QByteArray &json, const QString &fileName);

    const QString &id() const { return m_id; }
    QString displayName() const { return m_name; }
    const QString &fileName() const { return m_fileName; }
    // The generic profile: used when no ESP matches; it has no export kinds of its own.
    bool isFallback() const { return m_fallback; }

    const QList<ProfileSource> &sources() const { return m_sources; }
    const QList<ExportKind> &exportKinds() const { return m_exportKinds; }
    const ExportKind *exportKind(const QString &id) const;
    const QList<ColumnSpec> &columns() const { return m_columns; }
    // The spec whose alias matches `header` for records of `record`, or null.
    const ColumnSpec *columnFor(const QString &header, RecordKind record = RecordKind::Contacts) const;
    UnmappedPolicy unmappedPolicy() const { return m_unmapped; }
    // Herald fields a contact file must map (normally just "email").
    const QStringList &requiredFields() const { return m_required; }
    const TagRules &tagRules() const { return m_tagRules; }
    const QStringList &dateFormats() const { return m_dateFormats; }
    DateZone dateZone(const ExportKind *kind = nullptr) const;
    const ImportLayout &importLayout() const { return m_import; }
    // ESP word (normalised) -> status, for the mapping editor and tests.
    const QHash<QString, ContactStatus> &statusVocabulary() const { return m_statuses; }

    // "Unsubscribed", "NEVER_SUBSCRIBED", "blocklisted"... -> ContactStatus. Unknown words are an error that lists
    // the words this ESP uses.
    Result<ContactStatus> parseStatus(const QString &word) const;
    // "Opened Email", "click", "Marked Email as Spam"... -> EventType; nullopt for words the profile says to skip
    // ("Dropped Email": never sent). Unknown words are an error that lists the words this profile knows.
    Result<std::optional<EventType>> parseEventType(const QString &word) const;
    // ESP word (normalised) -> event, or nullopt for a word whose rows are skipped.
    const QHash<QString, std::optional<EventType>> &eventVocabulary() const { return m_events; }
    // A yes/no cell ("TRUE", "yes", "1", "" ...). Empty is no.
    Result<bool> parseBoolean(const QString &text) const;
    // A tag cell: `"VIP","Blog"`, `VIP, Blog` and `VIP` all work; duplicates (any case) and blanks are dropped.
    QStringList parseTags(const QString &cell) const;
    // A date or date-time in one of the profile's formats. Times without an offset are in the profile's zone:
    // UTC, or `fileZone` when the ESP writes account-local times. Fractional seconds and a trailing offset
    // ("+00:00", "-0400", "Z", "+0000 UTC") are understood for every format.
    Result<QDateTime> parseDateTime(const QString &text, const QTimeZone &fileZone = QTimeZone::utc(),
                                    const ExportKind *kind = nullptr) const;

private:
    friend class EspProfileReader;

    QString m_id;
    QString m_name;
    QString m_fileName;
    bool m_fallback = false;
    QList<ProfileSource> m_sources;
    QList<ExportKind> m_exportKinds;
    QList<ColumnSpec> m_columns;
    QHash<QString, int> m_contactAliases; // normalised alias -> index in m_columns
    QHash<QString, int> m_campaignAliases;
    QHash<QString, int> m_eventAliases;
    UnmappedPolicy m_unmapped = UnmappedPolicy::CustomField;
    QStringList m_required;
    QHash<QString, ContactStatus> m_statuses; // normalised word -> status
    QHash<QString, std::optional<EventType>> m_events;
    QStringList m_eventWords; // as the profile writes them, for messages
    QStringList m_trueWords;  // normalised
    QStringList m_falseWords;
    TagRules m_tagRules;
    QStringList m_dateFormats;
    DateZone m_dateZone = DateZone::Utc;
    ImportLayout m_import;
};

// Header and vocabulary comparison key: case, spaces, underscores and punctuation do not count, so
// "Email Address", "EMAIL_ADDRESS" and " email address " are the same column. A UTF-8 BOM is dropped too.
QString normalizedColumnName(QStringView name);

} // namespace herald
