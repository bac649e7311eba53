#include "contacttriggers.h"

#include "database.h"

#include <QString>

namespace herald {
namespace {

constexpr std::string_view insertTriggersSql = R"SQL(
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_search(rowid, email, first_name, last_name, company)
    VALUES (new.id, new.email, new.first_name, new.last_name, new.company);
END;
CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO contact_activity(contact_id) VALUES (new.id);
END;
)SQL";

constexpr std::string_view changeTriggersSql = R"SQL(
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, email, first_name, last_name, company)
    VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.company);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, first_name, last_name, company ON contacts
WHEN old.id <= coalesce((SELECT CAST(value AS INTEGER) FROM workspace_meta WHERE key = 'search_bulk_after'), old.id)
BEGIN
    INSERT INTO contacts_search(contacts_search, rowid, email, first_name, last_name, company)
    VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.company);
    INSERT INTO contacts_search(rowid, email, first_name, last_name, company)
    VALUES (new.id, new.email, new.first_name, new.last_name, new.company);
END;
)SQL";

} // namespace

void createContactTriggers(Database &db)
{
    db.exec(insertTriggersSql);
    db.exec(changeTriggersSql);
}

ContactBulkInsert::ContactBulkInsert(Database &db) : m_db(db)
{
    m_lastIdBefore = db.scalarInt("SELECT coalesce(max(id), 0) FROM contacts");
    db.exec("DROP TRIGGER IF EXISTS contacts_search_insert");
    db.exec("DROP TRIGGER IF EXISTS contacts_activity_insert");
    // Contacts added from here on are not in the index yet: the update trigger leaves them to finish().
    Statement mark = db.prepare("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES ('search_bulk_after', ?1)");
    mark.bind(1, QString::number(m_lastIdBefore)).exec();
}

void ContactBulkInsert::finish()
{
    Statement index = m_db.prepare("INSERT INTO contacts_search(rowid, email, first_name, last_name, company) "
                                   "SELECT id, email, first_name, last_name, company FROM contacts WHERE id > ?1");
    index.bind(1, m_lastIdBefore).exec();
    Statement activity = m_db.prepare("INSERT OR IGNORE INTO contact_activity(contact_id) "
                                      "SELECT id FROM contacts WHERE id > ?1");
    activity.bind(1, m_lastIdBefore).exec();
    m_db.exec("DELETE FROM workspace_meta WHERE key = 'search_bulk_after'");
    m_db.exec(insertTriggersSql);
}

} // namespace herald
