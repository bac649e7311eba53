#pragma once

#include "jobcontrol.h"
#include "result.h"

namespace herald {

class ActivityTally;
class Database;

struct ActivityRefreshReport
{
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 events = 0;
    qint64 contactsChanged = 0; // activity rows rewritten
    qint64 asOf = 0; // the latest event (UTC seconds): what engagement recency is measured from; 0 without events
    double seconds = 0;
};

// Recomputes contact_activity (counts, last activity and engagement level of every contact) and campaign_stats
// from the events table, and records the time they describe in workspace_meta 'activity_as_of'. Imports and the
// demo call it at the end of their transaction; it works inside the caller's transaction or on its own, and a
// failure or a cancel leaves both tables as they were.
//
// One sequential pass over the events in storage order, aggregated in memory (about 64 bytes per contact plus
// 8 per open, click, bounce or unsubscribe event), then a rewrite of the rows that changed. On 9.6 M events and
// 1 M contacts (bench_explore) that is about 8 s of CPU when every row changes and 3 s when none does; SQL's
// GROUP BY contact_id took 28 to 40 s there, as it must either sort every event or look each one up at random.
//
// `tally`, when given and complete, holds the totals of every event in the table (an import that found no events kept
// it as it wrote them): the pass over the events is skipped, and the tally is used up.
Result<ActivityRefreshReport> refreshContactActivity(Database &db, const JobControl &control = {},
                                                     ActivityTally *tally = nullptr);

} // namespace herald
