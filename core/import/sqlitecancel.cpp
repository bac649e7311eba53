#include "sqlitecancel.h"

#include <sqlite3.h>

namespace herald {
namespace {

int cancelHandler(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

SqliteCancelGuard::SqliteCancelGuard(Database &db, const std::atomic_bool *flag) : m_db(db)
{
    if (flag)
        sqlite3_progress_handler(db.handle(), 10000, cancelHandler, const_cast<std::atomic_bool *>(flag));
}

SqliteCancelGuard::~SqliteCancelGuard()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

} // namespace herald
