#pragma once

#include "database.h"

namespace herald {

// Flags as machine-made (events.machine = 1) every open that comes `seconds` or less after a send of the same
// campaign to the same contact: no person reads that fast, but privacy proxies and security scanners fetch a
// message's images as it arrives. Looks at the events after `afterRowid` (what an import just added) in both
// directions: their opens against any send, and their sends against any open, so opens imported earlier are
// flagged when a later import brings their send (when there were events before: `afterRowid` > 0). Returns the
// number of opens flagged. Throws SqlError.
qint64 flagMachineOpens(Database &db, qint64 afterRowid, int seconds);

} // namespace herald
