#pragma once

#include <QtGlobal>

#include <string_view>

namespace herald {

class Database;

// The FTS5 index over contact email, names and company (table contacts_search) is kept in step with contacts by
// triggers. These are they; the schema creates them.
extern const std::string_view contactSearchTriggersSql;

// For bulk writers (imports, the demo), inside their transaction: indexing each inserted contact through the
// trigger costs a statement journal per row, so the insert trigger is dropped here and the new contacts are
// indexed in one statement by finish(), which puts the trigger back. A rollback restores everything.
class ContactSearchBulkInsert
{
public:
    explicit ContactSearchBulkInsert(Database &db);
    void finish(); // throws SqlError

private:
    Database &m_db;
    qint64 m_lastIdBefore = 0;
};

} // namespace herald
