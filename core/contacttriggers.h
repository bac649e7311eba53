#pragma once

#include <QtGlobal>

#include <string_view>

namespace herald {

class Database;

// Creates the triggers that keep data derived from contacts in step: the FTS5 index over email, names and company
// (contacts_search) and each contact's row in contact_activity. Called by the schema.
//
// The search index may lag behind: while workspace_meta holds 'search_bulk_after' = N, contacts with an id above N
// are not in it yet (a large import left them to the background indexer, see indexmaintenance.h) and the triggers
// leave them alone; searches read them from the table instead.
void createContactTriggers(Database &db);
// Drops and recreates them, for a schema migration that changes them.
void recreateContactTriggers(Database &db);

// For bulk writers (imports, the demo), inside their transaction: a trigger on every inserted contact costs a
// statement journal per row, so the insert triggers are dropped here and finish() does their work for all new
// contacts in one statement each, then puts the triggers back. A rollback restores everything.
class ContactBulkInsert
{
public:
    explicit ContactBulkInsert(Database &db);
    // Contact rows for new contacts; the search index for them too when the contacts it lacks are few (fewer than
    // deferredSearchRows()), else it is left to the background indexer.
    void finish(); // throws SqlError

    // The writer gave every contact it added its contact_activity row already (ContactWriter does): finish() need not
    // look for them.
    void setActivityWritten() { m_activityWritten = true; }

    // Whether finish() left contacts out of the search index.
    bool searchDeferred() const { return m_searchDeferred; }

    // Below this many contacts missing from the search index, finish() indexes them itself (a second or less).
    static qint64 deferredSearchRows();
    static void setDeferredSearchRowsForTests(qint64 rows); // < 0 restores the default

private:
    Database &m_db;
    qint64 m_lastIdBefore = 0;
    bool m_searchDeferred = false;
    bool m_activityWritten = false;
};

} // namespace herald
