#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace herald {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a thread has its own nice value, set through its thread id; raising it needs no privilege.
    const id_t thread = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, qMin(current + 5, 19));
#endif
}

} // namespace herald
