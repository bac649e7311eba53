#pragma once

#include "domain.h"
#include "engagement.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>

namespace herald {

class Database;

enum class ContactSortField
{
    Email,
    FirstName,
    LastName,
    Company,
    Country,
    TimeZone,
    Status,
    Created,
    LastActivity,
};

inline constexpr std::array allContactSortFields = {
    ContactSortField::Email,   ContactSortField::FirstName, ContactSortField::LastName,
    ContactSortField::Company, ContactSortField::Country,   ContactSortField::TimeZone,
    ContactSortField::Status,  ContactSortField::Created,   ContactSortField::LastActivity,
};

// Stable machine name ("last_activity", ...) for the CLI and settings; translated name for display.
QString contactSortFieldKey(ContactSortField field);
std::optional<ContactSortField> contactSortFieldFromKey(const QString &key);
QString contactSortFieldDisplayName(ContactSortField field);

// Where a page ended: the sort value and id of its last row. Opaque to callers: hand it back to fetchPage.
struct ContactPageKey
{
    QVariant value; // text or integer, as the sort field stores it
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// One row of the contacts table.
struct ContactRow
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString country;
    QString timeZone;
    ContactStatus status = ContactStatus::Subscribed;
    qint64 createdAt = 0;      // UTC seconds
    qint64 lastActivityAt = 0; // UTC seconds of the latest human open, click or purchase; 0: never
    EngagementLevel engagement = EngagementLevel::New;
    QString tags; // names, sorted, ", "-separated
};

struct ContactPage
{
    QList<ContactRow> rows;
    ContactPageKey lastKey; // pass to the next fetchPage; invalid when the page is empty
    bool atEnd = false;     // no rows follow this page
};

// The contacts table's filter and sort. Filters combine with AND; within one list any value matches; an empty
// list does not filter. Text sorts ignore ASCII case and put contacts without a value first (ascending); ties are
// ordered by id, so every row has exactly one place and paging never skips or repeats one.
struct ContactQuery
{
    QString search; // words matched as prefixes of email, first/last name, company (accents ignored)
    QList<ContactStatus> statuses;
    QStringList tags;      // tag names, any of, ignoring case
    QStringList countries; // as stored (ISO 3166 alpha-2)
    QStringList timeZones; // IANA ids as stored
    QList<EngagementLevel> engagement;
    ContactSortField sort = ContactSortField::Email;
    Qt::SortOrder order = Qt::AscendingOrder;

    // Up to `limit` rows after `after` (from the start when it is invalid), by keyset: a page deep into a
    // million contacts costs what the first one does.
    Result<ContactPage> fetchPage(Database &db, const ContactPageKey &after = {}, int limit = 100) const;
    Result<qint64> count(Database &db) const;

private:
    // Which filter drives the query (see ContactQueryPlan), remembered while the filters stay the same so that
    // paging does not probe again: a probe of a one-letter search costs as much as the search. Not thread-safe:
    // use one ContactQuery per thread.
    friend class ContactQueryPlan;
    mutable QString m_planKey;
    mutable int m_planDriver = -1;
    mutable bool m_planDenseSearch = false;
};

} // namespace herald
