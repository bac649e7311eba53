#include "workerworkspace.h"

#include "database.h"

#include <sqlite3.h>

namespace herald {
namespace {

int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

Result<std::unique_ptr<Workspace>> openWorkerWorkspace(const QString &path, const JobControl &control)
{
    if (control.cancelled()) {
        Error cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
    if (!workspace)
        return workspace.error();
    // The flag outlives the connection: the job's JobControl holds the runner's shared state.
    if (control.cancelFlag)
        sqlite3_progress_handler((*workspace)->db().handle(), 1000, stopWhenCancelled,
                                 const_cast<std::atomic_bool *>(control.cancelFlag));
    return workspace;
}

} // namespace herald
