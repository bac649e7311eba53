#include "eventwriter.h"

#include "timezones/countrynames.h"
#include "timezones/timezoneresolver.h"

#include <QCoreApplication>

#include <algorithm>

#include <sqlite3.h>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EventImport)
};

constexpr std::string_view insertSql =
    "INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, url, revenue, import_id, order_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

constexpr int columns = 9;

// Events of a window go in groups of this many rows per statement: starting, finishing and resetting a statement
// costs about as much as inserting a row.
constexpr std::size_t groupSize = 64;

std::string groupInsertSql()
{
    // OR IGNORE rather than ON CONFLICT DO NOTHING: the same for the natural key, and with no constraint left that
    // could abort halfway (the values bound are never NULL), SQLite keeps no statement journal for the group, which
    // on ten million events cost more than grouping saved.
    std::string sql = "INSERT OR IGNORE INTO events(contact_id, campaign_id, type, occurred_at, machine, url, "
                      "revenue, import_id, order_id) VALUES ";
    for (std::size_t row = 0; row < groupSize; ++row) {
        sql += row ? ",(" : "(";
        for (int column = 1; column <= columns; ++column) {
            sql += '?' + std::to_string(row * columns + std::size_t(column));
            sql += column < columns ? "," : ")";
        }
    }
    return sql;
}

bool isOrderLine(EventType type, const QString &orderId)
{
    return type == EventType::Purchase && !orderId.isEmpty();
}

} // namespace

EventWriter::EventWriter(Database &db, qint64 importId, const QString &esp, UnknownContacts unknownContacts,
                         const QTimeZone &workspaceZone, qint64 now, MachineOpenFinder *machineOpens,
                         std::size_t window)
    : m_db(db), m_importId(importId), m_now(now), m_unknownContacts(unknownContacts), m_workspaceZone(workspaceZone),
      m_machineOpens(machineOpens && machineOpens->enabled() ? machineOpens : nullptr), m_window(window),
      m_contactWriter(db, importId, DuplicatePolicy::Skip, ContactStatus::NonSubscribed, now),
      m_campaigns(db, esp, now), m_findContact(db.prepare("SELECT id FROM contacts WHERE email_key = ?1")),
      m_insert(db.prepare(std::string(insertSql) + " ON CONFLICT DO NOTHING")),
      m_insertGroup(db.prepare(groupInsertSql())),
      m_findEvent(db.prepare("SELECT rowid FROM events WHERE contact_id = ?1 AND occurred_at = ?2 AND type = ?3 AND "
                             "ifnull(campaign_id, 0) = ?4 AND ifnull(url, '') = ?5 AND ifnull(order_id, '') = ?6")),
      // Lines of one order that are not next to each other in the file add up; a later import of the same order
      // finds it already there.
      m_insertOrder(db.prepare(std::string(insertSql) +
                               " ON CONFLICT DO UPDATE SET revenue = ifnull(events.revenue, 0) + "
                               "ifnull(excluded.revenue, 0) WHERE events.import_id = excluded.import_id"))
{}

qint64 EventWriter::contactFor(const EventRecord &event)
{
    // Most rows: an address seen before, by its number. A bounded table; beyond it, by the address itself.
    constexpr qint64 numberedAddresses = 4'000'000;
    const qint64 number = event.addressNumber;
    if (number > 0 && number < numberedAddresses) {
        if (std::size_t(number) >= m_byAddressNumber.size())
            m_byAddressNumber.resize(std::max<std::size_t>(std::size_t(number) + 1, m_byAddressNumber.size() * 2));
        qint64 &slot = m_byAddressNumber[std::size_t(number)];
        if (slot == 0)
            slot = contactByKey(event) + 1;
        return slot - 1;
    }
    return contactByKey(event);
}

qint64 EventWriter::contactByKey(const EventRecord &event)
{
    if (const auto cached = m_contactIds.constFind(event.emailKey); cached != m_contactIds.cend())
        return *cached;
    qint64 id = 0;
    m_findContact.bind(1, event.emailKey);
    if (m_findContact.step())
        id = m_findContact.columnInt(0);
    m_findContact.reset();
    if (!id && m_unknownContacts == UnknownContacts::Create) {
        // Known from activity or orders only: never opted in to marketing, so non_subscribed, with a ledger entry
        // that says an import added it.
        ContactRecord record;
        record.line = event.line;
        record.email = event.email;
        record.emailKey = event.emailKey;
        record.status = ContactStatus::NonSubscribed;
        if (!event.country.isEmpty()) {
            record.country = normaliseCountry(event.country);
            TimeZoneInput input;
            input.country = record.country;
            input.workspaceZone = m_workspaceZone;
            const ResolvedTimeZone zone = TimeZoneResolver::shared().resolve(input);
            if (zone.source != TimeZoneSource::Workspace) {
                record.timeZone = QString::fromUtf8(zone.zone.id());
                record.timeZoneSource = zone.source;
            }
        }
        m_contactWriter.write(record);
        m_findContact.bind(1, event.emailKey);
        if (m_findContact.step())
            id = m_findContact.columnInt(0);
        m_findContact.reset();
        ++m_contactsCreated;
        m_syntheticContacts += event.syntheticAddress ? 1 : 0;
    }
    if (m_contactIds.size() > 2'000'000)
        m_contactIds.clear(); // bounds memory on huge workspaces; a miss costs one indexed look-up
    m_contactIds.insert(event.emailKey, id);
    return id;
}

bool EventWriter::write(const EventRecord &event, QString *reason)
{
    const qint64 contact = contactFor(event);
    if (!contact) {
        if (reason)
            *reason = Tr::tr("%1 is not a contact in this workspace (--unknown-contacts create would add it as not "
                             "subscribed)")
                          .arg(event.email);
        return false;
    }
    m_pending.push_back({contact, m_campaigns.resolve(event.campaign), event.occurredAt, event.type, event.machine,
                         event.url, event.revenue, event.orderId, event.rows});
    if (m_pending.size() >= m_window) {
        drain(m_draining.size()); // normally done already, a slice at a time
        sortWindow(m_pending);
        std::swap(m_pending, m_draining);
        m_drained = 0;
    }
    return true;
}

void EventWriter::drain(std::size_t count)
{
    const std::size_t end = std::min(m_draining.size(), m_drained + count);
    while (m_drained < end) {
        // Order lines add up when they meet (an upsert that updates), so they go one by one; they are few.
        std::size_t run = 0;
        while (run < groupSize && m_drained + run < end &&
               !isOrderLine(m_draining[m_drained + run].type, m_draining[m_drained + run].orderId))
            ++run;
        if (run == groupSize) {
            insertGroup(&m_draining[m_drained]);
            m_drained += groupSize;
        } else {
            insert(m_draining[m_drained]);
            ++m_drained;
        }
    }
    if (m_drained == m_draining.size()) {
        m_draining.clear();
        m_drained = 0;
    }
}

void EventWriter::flush()
{
    drain(m_draining.size());
    if (m_pending.empty())
        return;
    m_draining.reserve(m_pending.size());
    std::swap(m_pending, m_draining);
    sortWindow(m_draining);
    drain(m_draining.size());
}

// Every earlier window is written by now, so what the window does not hold, the table does.
void EventWriter::sortWindow(std::vector<Pending> &window)
{
    std::sort(window.begin(), window.end(), [](const Pending &a, const Pending &b) {
        if (a.contact != b.contact)
            return a.contact < b.contact;
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.type < b.type;
    });
    if (m_machineOpens)
        findMachineOpens(window);
}

void EventWriter::findMachineOpens(std::vector<Pending> &window)
{
    const qint64 seconds = m_machineOpens->seconds();
    for (std::size_t i = 0; i < window.size(); ++i) {
        Pending &open = window[i];
        if (open.type != EventType::Open || open.machine || !open.campaign)
            continue;
        // Sorted by contact, time and type: the sends that can flag this open are right before it.
        for (std::size_t j = i;
             j-- > 0 && window[j].contact == open.contact && window[j].occurredAt >= open.occurredAt - seconds;) {
            if (window[j].type == EventType::Send && window[j].campaign == open.campaign) {
                open.machine = true;
                break;
            }
        }
        if (!open.machine)
            open.machine = m_machineOpens->storedSendBefore(open.contact, open.campaign, open.occurredAt);
    }
    for (const Pending &event : window) {
        if (!event.campaign)
            continue;
        if (event.type == EventType::Send)
            m_machineOpens->rememberSend(event.contact, event.campaign, event.occurredAt);
        else if (event.type == EventType::Open && !event.machine)
            m_machineOpens->rememberHumanOpen(event.contact, event.campaign, event.occurredAt);
    }
}

// A row the table did not have. A new send flags the human opens stored before its window (the window's own were
// decided with it).
void EventWriter::countNew(const Pending &event)
{
    ++m_counts.importedByType[event.type];
    m_counts.machineOpens += event.machine ? 1 : 0;
    m_optOuts.note(event.contact, event.type, event.occurredAt);
    if (m_machineOpens && event.type == EventType::Send && event.campaign)
        m_counts.machineOpens += m_machineOpens->flagStoredOpens(event.contact, event.campaign, event.occurredAt);
}

void EventWriter::bind(Statement &insert, int first, const Pending &event) const
{
    insert.bind(first, event.contact);
    if (event.campaign)
        insert.bind(first + 1, event.campaign);
    else
        insert.bindNull(first + 1);
    insert.bind(first + 2, static_cast<int>(event.type))
        .bind(first + 3, event.occurredAt)
        .bind(first + 4, event.machine ? 1 : 0);
    insert.bindNullable(first + 5, event.url);
    if (event.revenue)
        insert.bind(first + 6, *event.revenue);
    else
        insert.bindNull(first + 6);
    insert.bind(first + 7, m_importId).bindNullable(first + 8, event.orderId);
}

void EventWriter::insertGroup(const Pending *events)
{
    for (std::size_t row = 0; row < groupSize; ++row) {
        bind(m_insertGroup, int(row) * columns + 1, events[row]);
        m_counts.rowsMerged += events[row].rows - 1;
    }
    m_insertGroup.exec();
    const qint64 added = m_db.changes();
    m_counts.imported += added;
    m_counts.alreadyPresent += qint64(groupSize) - added;
    if (added == 0)
        return;
    if (added == qint64(groupSize)) {
        for (std::size_t row = 0; row < groupSize; ++row)
            countNew(events[row]);
        return;
    }
    // Some were there already (an overlapping export): the new ones are those whose event now has one of the rowids
    // this statement gave out, which are consecutive; the first of two equal rows in the group took it.
    const qint64 last = m_db.lastInsertId();
    std::vector<qint64> claimed;
    for (std::size_t row = 0; row < groupSize; ++row) {
        const Pending &event = events[row];
        m_findEvent.bind(1, event.contact)
            .bind(2, event.occurredAt)
            .bind(3, static_cast<int>(event.type))
            .bind(4, event.campaign)
            .bind(5, event.url.isNull() ? QStringLiteral("") : event.url)
            .bind(6, event.orderId.isNull() ? QStringLiteral("") : event.orderId);
        const qint64 rowid = m_findEvent.step() ? m_findEvent.columnInt(0) : 0;
        m_findEvent.reset();
        if (rowid > last - added && rowid <= last &&
            std::find(claimed.begin(), claimed.end(), rowid) == claimed.end()) {
            claimed.push_back(rowid);
            countNew(event);
        }
    }
}

void EventWriter::insert(const Pending &event)
{
    const bool order = isOrderLine(event.type, event.orderId);
    Statement &insert = order ? m_insertOrder : m_insert;
    bind(insert, 1, event);
    // An upsert that updates leaves the last insert rowid alone; rowid 0 is never an event's, so it tells the two
    // apart.
    sqlite3_set_last_insert_rowid(m_db.handle(), 0);
    insert.exec();
    if (m_db.changes() == 0) {
        ++m_counts.alreadyPresent;
        m_counts.rowsMerged += event.rows - 1;
    } else if (m_db.lastInsertId() == 0) {
        m_counts.rowsMerged += event.rows; // more lines of an order written earlier in this import
    } else {
        ++m_counts.imported;
        m_counts.rowsMerged += event.rows - 1;
        countNew(event);
    }
}

} // namespace herald
