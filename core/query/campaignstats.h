#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace herald {

class Database;

// One campaign's results, from campaign_stats (see refreshContactActivity). "Unique" counts are contacts,
// the others events.
struct CampaignStats
{
    qint64 id = 0;
    QString name;
    QString subject;
    qint64 sentAt = 0; // UTC seconds: the campaign's sent time, else its first send event; 0 when unknown

    qint64 recipients = 0;  // send events, or the campaign's recorded recipients when the history has none
    qint64 bounced = 0;     // unique, hard
    qint64 softBounced = 0; // unique, soft only
    qint64 delivered = 0;   // recipients - bounced - softBounced
    qint64 opens = 0;       // every open
    qint64 humanOpens = 0;
    qint64 machineOpens = 0; // made by mail clients or scanners, not people
    qint64 openers = 0;      // unique, any open
    qint64 humanOpeners = 0; // unique
    qint64 responders = 0;   // unique: a human open or a click (a click proves an open)
    qint64 clicks = 0;
    qint64 clickers = 0;     // unique
    qint64 unsubscribes = 0; // unique
    qint64 complaints = 0;   // unique
    qint64 purchases = 0;
    double revenue = 0;

    // Fractions (0.25 = 25 %); 0 when the denominator is 0.
    double openRate = 0;        // humanOpeners / delivered: machine opens say nothing about people
    double clickRate = 0;       // clickers / delivered
    double clickToOpenRate = 0; // clickers / responders
    double unsubscribeRate = 0; // unsubscribes / delivered
    double bounceRate = 0;      // (bounced + softBounced) / recipients
};

// Every campaign, newest first (by sent time, then id).
Result<QList<CampaignStats>> listCampaigns(Database &db);

struct HourlyEngagement
{
    int hour = 0; // whole hours after the contact's own send (or the campaign's sent time)
    qint64 humanOpens = 0;
    qint64 machineOpens = 0;
    qint64 clicks = 0;
};

// Opens and clicks per hour after send, hours 0 .. hours-1 (all present, zeros included). Each event is measured
// from the send event of the same contact and campaign when there is one, else from the campaign's sent time;
// events before the send or after the window are left out.
Result<QList<HourlyEngagement>> engagementByHourSinceSend(Database &db, qint64 campaignId, int hours = 72);

} // namespace herald
