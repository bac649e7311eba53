#include "contacttriggers.h"

#include "database.h"

#include <QString>

#include <fmt/format.h>

#include <atomic>

namespace herald {
namespace {

// The condition for a contact the search index covers: every contact, unless a bulk import left those after an id
// to the background indexer.
std::string covered(const char *row)
{
    return fmt::format("{0}.id <= coalesce((SELECT CAST(value AS INTEGER) FROM workspace_meta "
                       "WHERE key = 'search_bulk_after'), {0}.id)",
                       row);
}

std::string insertTriggersSql()
{
    return fmt::format(R"SQL(
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts WHEN {} BEGIN
    INSERT INTO contacts_search(rowid, email, first_name, last_name, company)
    VALUES (new.id, new.email, new.first_name, new.last_name, new.company);
END;
CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO contact_activity(contact_id) VALUES (new.id);
END;
)SQL",
                       covered("new"));
}

// An FTS5 'delete' must name a row the index holds, with the values it was indexed with.
std::string changeTriggersSql()
{
    return fmt::format(R"SQL(
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts WHEN {0} BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, email, first_name, last_name, company)
    VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.company);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, first_name, last_name, company ON contacts WHEN {0}
BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, email, first_name, last_name, company)
    VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.company);
    INSERT INTO contacts_search(rowid, email, first_name, last_name, company)
    VALUES (new.id, new.email, new.first_name, new.last_name, new.company);
END;
)SQL",
                       covered("old"));
}

constexpr qint64 defaultDeferredSearchRows = 100'000;
std::atomic<qint64> deferredSearchRowsSetting{defaultDeferredSearchRows};

} // namespace

void createContactTriggers(Database &db)
{
    db.exec(insertTriggersSql());
    db.exec(changeTriggersSql());
}

void recreateContactTriggers(Database &db)
{
    for (const char *name :
         {"contacts_search_insert", "contacts_activity_insert", "contacts_search_delete", "contacts_search_update"})
        db.exec(std::string("DROP TRIGGER IF EXISTS ") + name);
    createContactTriggers(db);
}

qint64 ContactBulkInsert::deferredSearchRows()
{
    return deferredSearchRowsSetting.load(std::memory_order_relaxed);
}

void ContactBulkInsert::setDeferredSearchRowsForTests(qint64 rows)
{
    deferredSearchRowsSetting.store(rows < 0 ? defaultDeferredSearchRows : rows, std::memory_order_relaxed);
}

ContactBulkInsert::ContactBulkInsert(Database &db) : m_db(db)
{
    m_lastIdBefore = db.scalarInt("SELECT coalesce(max(id), 0) FROM contacts");
    db.exec("DROP TRIGGER IF EXISTS contacts_search_insert");
    db.exec("DROP TRIGGER IF EXISTS contacts_activity_insert");
    // Contacts added from here on are not in the index yet: the update and delete triggers leave them alone. A mark
    // left by an earlier import stays: its contacts are still missing too.
    Statement mark = db.prepare("INSERT OR IGNORE INTO workspace_meta(key, value) VALUES ('search_bulk_after', ?1)");
    mark.bind(1, QString::number(m_lastIdBefore)).exec();
}

void ContactBulkInsert::finish()
{
    if (!m_activityWritten) {
        Statement activity = m_db.prepare("INSERT OR IGNORE INTO contact_activity(contact_id) "
                                          "SELECT id FROM contacts WHERE id > ?1");
        activity.bind(1, m_lastIdBefore).exec();
    }
    const qint64 indexedThrough =
        m_db.scalarInt("SELECT CAST(value AS INTEGER) FROM workspace_meta WHERE key = 'search_bulk_after'");
    // Ids count up, so this bounds how many contacts the index lacks without reading them all.
    const qint64 unindexed = m_db.scalarInt("SELECT coalesce(max(id), 0) FROM contacts") - indexedThrough;
    m_searchDeferred = unindexed >= deferredSearchRows();
    if (!m_searchDeferred) {
        Statement index = m_db.prepare("INSERT INTO contacts_search(rowid, email, first_name, last_name, company) "
                                       "SELECT id, email, first_name, last_name, company FROM contacts WHERE id > ?1");
        index.bind(1, indexedThrough).exec();
        m_db.exec("DELETE FROM workspace_meta WHERE key = 'search_bulk_after'");
    }
    m_db.exec(insertTriggersSql());
}

} // namespace herald
