#pragma once

#include "eventrecord.h"
#include "import/contactrowmapper.h"
#include "import/datetimeparser.h"
#include "importlog.h"
#include "importvalues.h"
#include "profiles/columnmapping.h"
#include "profiles/heraldfields.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace herald {

class EspProfile;
struct CsvRecord;
struct ExportKind;

// What one row of an activity file or campaign report became.
struct MappedEventRow
{
    enum class Kind
    {
        Event,
        Campaign,
        Skipped, // a row the profile says to pass over (Klaviyo's "Dropped Email"), or a cancellation left out
        Rejected,
    };
    Kind kind = Kind::Skipped;
    EventRecord event;
    CampaignRecord campaign;
    ImportReject reject;
    QList<ImportWarning> warnings;
};

// Turns CSV rows of an activity file (or a campaign report) into events (or campaigns), following a column mapping.
// No database access, so rows are mapped on the parsing thread. Not thread-safe: it caches checked addresses and
// event words, which repeat on nearly every row of a large export.
class EventRowMapper
{
public:
    struct Settings
    {
        const EspProfile *profile = nullptr; // required
        const ExportKind *exportKind = nullptr;
        RecordKind record = RecordKind::Events;
        ColumnMapping mapping;
        QStringList header;
        QTimeZone fileZone = QTimeZone::utc(); // naive timestamps
        DateOrder dateOrder = DateOrder::Unknown;
        std::optional<EventType> fixedType; // the file's single event type, when no column gives it
        QString fileCampaign;               // the campaign named by the file's name, when no column names one
    };

    explicit EventRowMapper(Settings settings);

    MappedEventRow map(const CsvRecord &row);

    // Columns holding dates, for inferring the day/month order before importing.
    QList<int> dateColumns() const;
    // Whether the mapping has what an event needs: a time, a contact, and a type (from a column or the file).
    // The message names what is missing.
    std::optional<QString> missingForEvents() const;
    bool mapsField(const QString &key) const;
    const Settings &settings() const { return m_settings; }

private:
    struct Column
    {
        int index = 0;
        QString key; // Herald field key; empty for a custom column (a campaign report keeps it in the stats)
        QString name;
        int field = 0; // the key as a number (eventrowmapper.cpp), so the per-row loop compares no strings
    };
    struct CheckedAddress
    {
        QString address;
        QString key;
        QString reason; // set when invalid
        qint64 number = 0;
    };
    struct CheckedWord
    {
        std::optional<EventType> type; // nullopt: a word whose rows are skipped
        QString reason;                // set when the word is unknown
    };

    MappedEventRow mapEvent(const CsvRecord &row);
    MappedEventRow mapCampaign(const CsvRecord &row);
    std::optional<qint64> parseTime(const QString &text, QString *reason) const;
    const CheckedAddress &checkAddress(const QString &text);
    const CheckedWord &eventType(const QString &word);
    ImportReject rejectRow(const CsvRecord &row, int index, const QString &reason) const;
    void shareCampaignText(CampaignRef &campaign);

    Settings m_settings;
    QList<Column> m_columns;
    DateTimeParser m_dates;
    QHash<QString, CheckedAddress> m_addresses;
    qint64 m_nextAddressNumber = 1;
    QHash<QString, CheckedWord> m_words;
    CampaignRef m_lastCampaign; // its text, shared by the rows that name it alike
};

} // namespace herald
