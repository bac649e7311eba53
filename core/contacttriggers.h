#pragma once

#include <QtGlobal>

#include <string_view>

namespace herald {

class Database;

// Creates the triggers that keep data derived from contacts in step: the FTS5 index over email, names and company
// (contacts_search) and each contact's row in contact_activity. Called by the schema.
void createContactTriggers(Database &db);

// For bulk writers (imports, the demo), inside their transaction: a trigger on every inserted contact costs a
// statement journal per row, so the insert triggers are dropped here and finish() does their work for all new
// contacts in one statement each, then puts the triggers back. A rollback restores everything.
class ContactBulkInsert
{
public:
    explicit ContactBulkInsert(Database &db);
    void finish(); // throws SqlError

private:
    Database &m_db;
    qint64 m_lastIdBefore = 0;
};

} // namespace herald
