#pragma once

#include "database.h"

#include <atomic>

namespace herald {

// While alive, makes SQLite abandon a long statement (the machine-open pass over millions of events) once `flag`
// is set: the statement throws SqlError and the import's transaction rolls back.
class SqliteCancelGuard
{
public:
    SqliteCancelGuard(Database &db, const std::atomic_bool *flag);
    ~SqliteCancelGuard();
    SqliteCancelGuard(const SqliteCancelGuard &) = delete;
    SqliteCancelGuard &operator=(const SqliteCancelGuard &) = delete;

private:
    Database &m_db;
};

} // namespace herald
