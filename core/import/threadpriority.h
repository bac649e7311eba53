#pragma once

namespace herald {

// Lowers the calling thread's scheduling priority a little (a nice value of 5 above the process's). An import's
// reading and mapping threads call it: on two cores its three threads compete, and the writing thread, which the
// others can only run a few batches ahead of, should not be the one that waits for a core. Nothing else changes: a
// thread with nothing else to compete against runs as fast as before. A no-op where threads have no priority of
// their own.
void lowerCurrentThreadPriority();

} // namespace herald
