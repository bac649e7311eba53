#include "machineopens.h"

namespace herald {

qint64 flagMachineOpens(Database &db, qint64 afterRowid, int seconds)
{
    if (seconds < 0)
        return 0;
    // The events' own type numbers (domain.h): 0 send, 1 open.
    Statement newOpens =
        db.prepare("UPDATE events SET machine = 1 "
                   "WHERE rowid > ?1 AND type = 1 AND machine = 0 AND campaign_id IS NOT NULL AND EXISTS ("
                   "    SELECT 1 FROM events AS s WHERE s.contact_id = events.contact_id"
                   "    AND s.occurred_at BETWEEN events.occurred_at - ?2 AND events.occurred_at"
                   "    AND s.type = 0 AND s.campaign_id = events.campaign_id)");
    newOpens.bind(1, afterRowid).bind(2, seconds).exec();
    qint64 flagged = db.changes();
    if (afterRowid == 0)
        return flagged; // no earlier opens to look at

    Statement earlierOpens =
        db.prepare("UPDATE events SET machine = 1 WHERE rowid IN ("
                   "    SELECT o.rowid FROM events AS s JOIN events AS o"
                   "    ON o.contact_id = s.contact_id AND o.occurred_at BETWEEN s.occurred_at AND s.occurred_at + ?2"
                   "    WHERE s.rowid > ?1 AND s.type = 0 AND s.campaign_id IS NOT NULL"
                   "    AND o.type = 1 AND o.machine = 0 AND o.campaign_id = s.campaign_id)");
    earlierOpens.bind(1, afterRowid).bind(2, seconds).exec();
    flagged += db.changes();
    return flagged;
}

} // namespace herald
