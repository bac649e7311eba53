#pragma once

#include "domain.h"

#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace herald {

class Database;
class Statement;

// One contact as the contacts table shows it.
struct ContactRow
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString country; // as stored: usually an ISO 3166 code
    QString timeZone;
    ContactStatus status = ContactStatus::Subscribed;
    qint64 createdAt = 0; // UTC epoch seconds
};

// The one place that turns what the contacts view asks for into SQL. Pages are keyset queries
// (WHERE id > last ORDER BY id LIMIT n), so the millionth row costs what the first does.
// Search, filters and sorting extend the where clause and the key here, never in the model.
class ContactsQuery
{
public:
    std::optional<ContactStatus> status; // only contacts with this status

    // Throw SqlError; the caller turns it into a message.
    qint64 count(Database &db) const;
    QList<ContactRow> page(Database &db, qint64 afterId, int limit) const;

    bool operator==(const ContactsQuery &) const = default;

private:
    std::string whereClause(bool keyset) const;
    int bindFilters(Statement &statement) const; // returns the next free parameter index
};

} // namespace herald
