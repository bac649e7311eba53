#pragma once

#include "contactrecord.h"
#include "import/datetimeparser.h"
#include "importlog.h"
#include "profiles/columnmapping.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <variant>

namespace herald {

class EspProfile;
struct CsvRecord;
struct ExportKind;
class TimeZoneResolver;

// Something in a row that was not right but did not cost the row: an unreadable date, an unknown country,
// a zone that does not exist. Shown in the import summary with its line and column.
struct ImportWarning
{
    qint64 line = 0;
    qint64 column = 0;
    QString field;
    QString message;
};

// Turns one CSV row into a ContactRecord following a column mapping, or says why the row cannot be imported.
// Pure: no database access, so rows can be mapped on one thread while another writes them.
struct HeraldField;

class ContactRowMapper
{
public:
    struct Settings
    {
        const EspProfile *profile = nullptr;    // required
        const ExportKind *exportKind = nullptr; // gives the status of every row of, e.g., an unsubscribed file
        ColumnMapping mapping;
        QStringList header;
        QTimeZone fileZone = QTimeZone::utc(); // naive timestamps and the ESP's account zone
        DateOrder dateOrder = DateOrder::Unknown;
        QTimeZone workspaceZone = QTimeZone::utc();
    };

    struct Mapped
    {
        ContactRecord record;
        QList<ImportWarning> warnings;
    };

    explicit ContactRowMapper(Settings settings);

    // A record, or a reject naming line, column and reason.
    std::variant<Mapped, ImportReject> map(const CsvRecord &row) const;
    // The same into `out`, for an import's rows: a record it holds already is refilled, and the record's text members
    // are views into its own buffer (ContactRecord::text), so that a large import allocates next to nothing a row.
    // They stay valid while the record lives and is not refilled: copy one with QString(view.constData(),
    // view.size()) to keep it longer. The record never shares text with `row`, whose fields the reader refills.
    void map(const CsvRecord &row, std::variant<Mapped, ImportReject> &out) const;

    // The columns that hold dates, for inferring day/month order from the whole file before importing.
    QList<int> dateColumns() const;
    const Settings &settings() const { return m_settings; }

private:
    struct Column
    {
        int index = 0;
        MappingTarget target;
        QString key;                        // contact field key for ContactField targets
        const HeraldField *field = nullptr; // the field of `key`, looked up once
        bool keptAsCustomField = false;     // a Herald field without a column of its own
        int known = 0;                      // the key as the mapper's KnownKey (contactrowmapper.cpp)
        QHash<QString, QString> jsonKeys;
        bool fromProfile = false;
    };

    std::optional<qint64> parseDate(const QString &text, QString *reason) const;
    // Fills `mapped` (a new record, or one to reuse) from the row; a reject when the row cannot be imported. With
    // `views`, the record's text members view its buffer (see map()).
    std::optional<ImportReject> fill(const CsvRecord &row, Mapped &mapped, bool views) const;

    Settings m_settings;
    QList<Column> m_columns;
    DateTimeParser m_dates;
    const TimeZoneResolver &m_zones;
};

} // namespace herald
