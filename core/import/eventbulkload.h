#pragma once

#include "database.h"

#include <QStringList>

namespace herald {

// Connection settings for a large import, restored afterwards. Foreign keys are not checked row by row: every id an
// import writes comes from a look-up or an insert of the same import. PRAGMA foreign_keys only changes outside a
// transaction, so this lives longer than the import's transaction.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(Database &db);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    Database &m_db;
    qint64 m_foreignKeys;
    qint64 m_cacheSize;
};

// The events indexes a large import rebuilds instead of keeping up to date. The writer adds rows in windows sorted by
// contact and time, so the natural key (which finds events already present) and events_by_campaign (rows of one
// campaign go to the end of its run) are cheap to keep; events_by_contact and events_by_time would take every row at
// a random place, which costs more than sorting them afresh at the end (measured on 10 M events: keeping them all
// took about 40 % more CPU). They are rebuilt from their own stored definitions, so the workspace ends with exactly
// the schema it started with, inside the import's transaction, so a failed or cancelled import leaves them as they
// were. Throws SqlError.
class SecondaryEventIndexes
{
public:
    explicit SecondaryEventIndexes(Database &db) : m_db(db) {}

    // Whether dropping and rebuilding is cheaper than keeping them up to date: when the import adds about as many
    // events as the workspace has.
    static bool worthDropping(qint64 expectedNewEvents, qint64 existingEvents);

    void drop();
    void rebuild();
    bool dropped() const { return !m_definitions.isEmpty(); }

private:
    Database &m_db;
    QStringList m_definitions;
};

} // namespace herald
