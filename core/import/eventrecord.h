#pragma once

#include "domain.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace herald {

// The campaign an event or a report row speaks of, as the file names it. Campaigns are found by their id at the
// ESP first, then by name; all parts may be empty (a purchase outside any campaign).
struct CampaignRef
{
    QString externalId;
    QString name;
    QString subject;
    qint64 sentAt = 0; // UTC seconds; 0: not in the file

    bool isEmpty() const { return externalId.isEmpty() && name.isEmpty(); }
};

// One event as read from an activity file, validated and normalised.
struct EventRecord
{
    qint64 line = 0;
    EventType type = EventType::Open;
    qint64 occurredAt = 0; // UTC seconds
    QString email;         // normalised address (see checkEmail), or a made-up one for a shop customer id
    QString emailKey;      // case-folded: finds the contact
    // A number for the address as written, the same on every row that writes it alike: lets the writer find the
    // contact without hashing the address again. 0 when there is none (a made-up customer address).
    qint64 addressNumber = 0;
    bool syntheticAddress = false;
    QString country; // ISO alpha-2 of the customer, used only for a contact this import creates
    CampaignRef campaign;
    QString url; // clicks only
    std::optional<double> revenue;
    QString orderId;
    bool machine = false;      // the file says a privacy proxy or a bot made this open
    qint64 rows = 1;           // file rows folded into this event: the lines of one order
    bool cancellation = false; // a cancelled order (kept with negative revenue unless the import skips them)
};

// One row of a campaign report: a campaign with its subject, send time and results.
struct CampaignRecord
{
    qint64 line = 0;
    CampaignRef campaign;
    std::optional<qint64> recipients;
    QJsonObject stats; // results by Herald key ("open_rate", as a fraction) or, for other columns, by column name
};

} // namespace herald
