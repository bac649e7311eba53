#pragma once

#include "database.h"

#include <QStringList>

namespace herald {

// About how many rows a table has: its largest rowid, or a count for a table without rowids. Throws SqlError.
qint64 tableRowsEstimate(Database &db, const QString &table);

// Connection settings for a large import, restored afterwards. Foreign keys are not checked row by row: every id an
// import writes comes from a look-up or an insert of the same import. A larger page cache (cacheKib > 0) keeps the
// pages of indexes that take rows at random places in memory. (Sort threads for the index rebuilds were tried: on
// 10 M events they saved a little CPU and cost a third more peak memory.) PRAGMA foreign_keys only changes outside a
// transaction, so this lives longer than the import's transaction.
//
// Without the log (`withoutLog`, for a caller that uses the workspace alone, such as the CLI): the import writes
// through a rollback journal instead of the write-ahead log, and the workspace returns to the log afterwards. In the
// log, every page a large import writes is written twice, to the log and then, at the checkpoint after the commit,
// into the file; with a rollback journal, new pages go straight into the file and only the few existing pages the
// import changes are journaled. Measured: 1 M contacts, commit 1.4-2.1 s -> 0.25-0.3 s and no checkpoint at close;
// 10 M events, commit 1.1-1.2 s -> 0.3 s. A failed or cancelled import rolls back as before, and a crash leaves a
// journal that SQLite rolls back when the workspace is next opened. The journal is synced as in FULL mode meanwhile.
// The switch needs the workspace to itself: when another connection has it open (the GUI, another process), it
// fails at once and the import keeps the log; other connections that open it meanwhile wait for the import, which
// is why the GUI, which reads while it imports, does not ask for this.
class BulkWriteSettings
{
public:
    BulkWriteSettings(Database &db, qint64 cacheKib, bool withoutLog = false);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

    bool withoutLog() const { return m_withoutLog; }
    // Imports of files smaller than this keep the log: the commit is short anyway. 8 MiB; < 0 restores that.
    static qint64 withoutLogBytes();
    static void setWithoutLogBytesForTests(qint64 bytes);

private:
    void leaveLog();

    Database &m_db;
    qint64 m_foreignKeys;
    qint64 m_cacheSize;
    qint64 m_synchronous = -1;
    bool m_withoutLog = false;
};

// Secondary indexes of one table that a large import rebuilds instead of keeping up to date. An index whose key
// arrives in random order takes every row at a random place, which costs more than sorting all rows afresh at the end
// (CREATE INDEX sorts); an index the rows arrive in order for is cheap to keep and listed in `keep`. They are rebuilt
// from their own stored definitions, so the workspace ends with exactly the schema it started with, inside the
// import's transaction, so a failed or cancelled import leaves them as they were. Unique constraints (automatic
// indexes) are always kept: they are what finds a row already present. Throws SqlError.
class SecondaryIndexes
{
public:
    SecondaryIndexes(Database &db, const char *table, QStringList keep = {})
        : m_db(db), m_table(QString::fromLatin1(table)), m_keep(std::move(keep))
    {}

    // Whether dropping and rebuilding is cheaper than keeping them up to date: when the import adds about as many
    // rows as the table has.
    static bool worthDropping(qint64 expectedNewRows, qint64 existingRows);

    void drop();
    void rebuild();
    // Leaves the dropped indexes to the background indexer (indexmaintenance.h): they are recorded in the workspace,
    // in the caller's transaction, and queries work without them meanwhile, only slower.
    void defer();
    // Rebuilds the dropped indexes now when the table is small enough for that to take a moment (fewer than
    // deferredIndexRows() rows), else defers them. Returns whether they were deferred.
    bool rebuildOrDefer();
    bool dropped() const { return !m_definitions.isEmpty(); }

    static qint64 deferredIndexRows();
    // Both worthDropping()'s minimum and deferredIndexRows(), so that small tables behave as large ones; < 0
    // restores the defaults.
    static void setThresholdsForTests(qint64 rows);

private:
    Database &m_db;
    QString m_table;
    QStringList m_keep;
    QStringList m_definitions;
};

} // namespace herald
