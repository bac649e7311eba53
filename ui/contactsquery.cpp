#include "contactsquery.h"

#include "database.h"

namespace herald {

std::string ContactsQuery::whereClause(bool keyset) const
{
    // Only fixed SQL fragments here; every value is bound, in the order the fragments are added.
    std::string where;
    const auto add = [&where](const char *condition) {
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
    };
    if (status)
        add("status = ?");
    if (keyset)
        add("id > ?");
    return where;
}

int ContactsQuery::bindFilters(Statement &statement) const
{
    int next = 1;
    if (status)
        statement.bind(next++, static_cast<int>(*status));
    return next;
}

qint64 ContactsQuery::count(Database &db) const
{
    Statement statement = db.prepare("SELECT count(*) FROM contacts" + whereClause(false));
    bindFilters(statement);
    return statement.step() ? statement.columnInt(0) : 0;
}

QList<ContactRow> ContactsQuery::page(Database &db, qint64 afterId, int limit) const
{
    Statement statement = db.prepare("SELECT id, email, first_name, last_name, company, country, time_zone, status, "
                                     "created_at FROM contacts" +
                                     whereClause(true) + " ORDER BY id LIMIT ?");
    const int next = bindFilters(statement);
    statement.bind(next, std::int64_t{afterId}).bind(next + 1, limit);
    QList<ContactRow> rows;
    rows.reserve(limit);
    while (statement.step()) {
        ContactRow row;
        row.id = statement.columnInt(0);
        row.email = statement.columnText(1);
        row.firstName = statement.columnText(2);
        row.lastName = statement.columnText(3);
        row.company = statement.columnText(4);
        row.country = statement.columnText(5);
        row.timeZone = statement.columnText(6);
        row.status = static_cast<ContactStatus>(statement.columnInt(7));
        row.createdAt = statement.columnInt(8);
        rows.append(row);
    }
    return rows;
}

} // namespace herald
