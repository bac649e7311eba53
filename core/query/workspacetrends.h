#pragma once

#include "result.h"

#include <QDate>
#include <QList>

namespace herald {

class Database;

// List growth in one calendar month (UTC, like the workspace summary).
struct MonthlyListGrowth
{
    QDate month;                // the first day
    qint64 newContacts = 0;     // created that month
    qint64 unsubscribes = 0;    // consent changes to unsubscribed or complained
    qint64 cleaned = 0;         // consent changes to cleaned or bounced
    qint64 subscribedAtEnd = 0; // contacts subscribed when the month ended, from the consent ledger
};

// Engagement of the campaigns sent in one month, from campaign_stats (see refreshContactActivity).
struct MonthlyEngagement
{
    QDate month;
    qint64 campaigns = 0;
    qint64 delivered = 0;
    qint64 humanOpeners = 0;
    qint64 clickers = 0;
    double openRate = 0;  // humanOpeners / delivered
    double clickRate = 0; // clickers / delivered
};

struct WorkspaceTrends
{
    QList<MonthlyListGrowth> growth;     // every month from the first to the last with data, gaps as zeros
    QList<MonthlyEngagement> engagement; // every month from the first to the last campaign, gaps as zeros
};

// For the Home charts. Reads every contact and consent entry once: run it off the GUI thread on big lists.
Result<WorkspaceTrends> workspaceTrends(Database &db);

} // namespace herald
