#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QStringList>

namespace herald {

class Database;

// Indexes a large import leaves for later. An import of a million contacts commits once its rows are stored, and
// the search index over them and the sort and look-up indexes it dropped are built afterwards by the background
// indexer: the window shows the new contacts at once, with a progress bar in its status bar meanwhile. Every query
// gives the same answers before, during and after; it is only slower while an index is missing (searches read the
// contacts the search index lacks from the table, see searchmatch.h).
struct PendingIndexes
{
    qint64 unsearchedContacts = 0; // contacts the search index does not hold yet
    QStringList indexes;           // names of the indexes still to build
    bool isEmpty() const { return unsearchedContacts == 0 && indexes.isEmpty(); }
};

// Records CREATE INDEX statements to run later, in the caller's transaction. Throws SqlError.
void deferIndexBuilds(Database &db, const QStringList &definitions);

// Reads a few rows whatever the workspace's size.
Result<PendingIndexes> pendingIndexes(Database &db);

struct IndexBuildReport
{
    qint64 contactsIndexed = 0; // added to the search index
    QStringList indexesBuilt;
    double seconds = 0;
};

// Builds what is pending in steps that each commit on their own: the search index 50,000 contacts at a time, then
// one index at a time, so that another writer (an import) waits for one step at most. Progress is in rows.
// Cancelling stops SQLite within the step; the steps already done stay done and the rest stays pending.
Result<IndexBuildReport> buildPendingIndexes(Database &db, const JobControl &control = {});

} // namespace herald
