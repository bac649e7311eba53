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
    // A worker's connection is new for each task, so its page cache starts empty: reading the pages through a memory
    // map instead of a read() call per page halves a search's first page on a large workspace (1 M contacts, the
    // "x" search with 19,233 matches, sorted by email: 105 -> 55 ms in bench_guiopen; the first rows after opening
    // the window: 100-130 -> 40-47 ms). SQLite only reads through the map (writes still go through write()), and
    // limits it to its build's maximum (2 GB on Debian); pages past that are read as before.
    (*workspace)->db().exec("PRAGMA mmap_size = 4294967296");
    // The flag outlives the connection: the job's JobControl holds the runner's shared state.
    if (control.cancelFlag)
        sqlite3_progress_handler((*workspace)->db().handle(), 1000, stopWhenCancelled,
                                 const_cast<std::atomic_bool *>(control.cancelFlag));
    return workspace;
}

} // namespace herald
