#pragma once

namespace herald {
class Database;

namespace schema {

// The schema version this build of Herald writes. A workspace with a higher PRAGMA user_version is refused.
inline constexpr int currentVersion = 2;

// PRAGMA application_id of every Herald workspace ("HRLD").
inline constexpr int applicationId = 0x48524C44;

// Brings the database from its PRAGMA user_version to currentVersion in one transaction that rolls back whole.
// Throws SqlError on failure; the database is then unchanged.
void migrate(Database &db);

// Runs migrations up to and including `targetVersion` only; for tests of the migration path.
void migrateTo(Database &db, int targetVersion);

} // namespace schema
} // namespace herald
