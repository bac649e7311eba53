#pragma once

#include "domain.h"
#include "engagement.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace herald {

class Database;

// One entry of the consent ledger.
struct ConsentEntry
{
    ContactStatus status = ContactStatus::Subscribed;
    qint64 at = 0; // UTC seconds
    QString source;
    qint64 importId = 0; // 0 when the change did not come from an import
    QString importFile;  // that import's file name
    QString note;
};

struct TimelineEvent
{
    qint64 id = 0;
    EventType type = EventType::Send;
    qint64 at = 0; // UTC seconds
    bool machine = false;
    qint64 campaignId = 0; // 0 when not tied to a campaign
    QString campaignName;
    QString url;
    std::optional<double> revenue;
};

// Where a timeline page ended; hand it back to loadContactTimeline for the next (older) page.
struct TimelineKey
{
    qint64 at = 0;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

struct TimelinePage
{
    QList<TimelineEvent> events; // newest first
    TimelineKey lastKey;
    bool atEnd = false;
};

// Human opens and clicks by weekday and hour in the contact's local time.
struct ActivityHeatmap
{
    QByteArray zoneId;                              // the zone used
    bool contactZone = false;                       // the contact's own zone; false: the workspace's
    std::array<std::array<qint64, 24>, 7> counts{}; // [weekday, Monday = 0][hour]
    qint64 total = 0;
};

struct ContactActivitySummary
{
    qint64 sends = 0;
    qint64 opens = 0;
    qint64 humanOpens = 0;
    qint64 clicks = 0;
    qint64 purchases = 0;
    double revenue = 0;
    qint64 openedCampaigns = 0;
    qint64 clickedCampaigns = 0;
    qint64 lastOpenAt = 0; // UTC seconds; 0: never
    qint64 lastClickAt = 0;
    qint64 lastPurchaseAt = 0;
    qint64 lastActivityAt = 0;
    EngagementLevel engagement = EngagementLevel::New;
};

struct ContactDetail
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    QString address;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString language;
    QString timeZone;
    QString timeZoneSource; // key, see timeZoneSourceKey
    ContactStatus status = ContactStatus::Subscribed;
    QJsonObject fields; // custom fields
    qint64 sourceImportId = 0;
    QString sourceImportFile;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QStringList tags;
    QList<ConsentEntry> consent;     // newest first
    ContactActivitySummary activity; // as of the last refreshContactActivity
    qint64 eventCount = 0;
    TimelinePage timeline; // the newest events
    ActivityHeatmap heatmap;
};

// Everything about one contact, with the first `timelineLimit` events of its timeline.
Result<ContactDetail> loadContactDetail(Database &db, qint64 contactId, int timelineLimit = 50);
// The contact's events older than `after` (from the newest when invalid), newest first, with campaign names.
Result<TimelinePage> loadContactTimeline(Database &db, qint64 contactId, const TimelineKey &after = {}, int limit = 50);
// The id of the contact with this address (compared as the importer stores it: case-folded).
Result<qint64> findContactByEmail(Database &db, const QString &email);

} // namespace herald
