#pragma once

#include "jobcontrol.h"
#include "result.h"
#include "workspace.h"

#include <memory>

namespace herald {

// A background job's own connection to a workspace the window already has open. SQLite stops the statement
// that is running as soon as the job is cancelled, so that a query nobody waits for any more (a search the user
// has typed past) frees its thread within milliseconds instead of running to its end.
Result<std::unique_ptr<Workspace>> openWorkerWorkspace(const QString &path, const JobControl &control);

} // namespace herald
