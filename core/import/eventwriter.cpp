#include "eventwriter.h"

#include "query/activitytally.h"

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

// ?1 is the import, the same on every row: bound once, it keeps its value between runs of a statement.
constexpr std::string_view insertSql =
    "INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, url, revenue, import_id, order_id) "
    "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1, ?9)";

constexpr int columns = 8; // bound per row

// Events of a window go in groups of this many rows per statement: starting, finishing and resetting a statement
// costs about as much as inserting a row.
constexpr std::size_t groupSize = 64;

std::string groupInsertSql()
{
    // OR IGNORE rather than ON CONFLICT DO NOTHING: the same for the natural key, and with no constraint left that
    // could abort halfway (the values bound are never NULL), SQLite keeps no statement journal for the group, which
    // on ten million events cost more than grouping saved.
    std::string sql = "INSERT OR IGNORE INTO events(contact_id, campaign_id, type, occurred_at, machine, url, "
                      "revenue, order_id, import_id) VALUES ";
    for (std::size_t row = 0; row < groupSize; ++row) {
        sql += row ? ",(" : "(";
        for (int column = 0; column < columns; ++column)
            sql += '?' + std::to_string(2 + row * columns + std::size_t(column)) + ',';
        sql += "?1)";
    }
    return sql;
}

} // namespace

EventWriter::EventWriter(Database &db, qint64 importId, const QString &esp, UnknownContacts unknownContacts,
                         const QTimeZone &workspaceZone, qint64 now, MachineOpenFinder *machineOpens,
                         std::size_t window)
    : m_db(db), m_importId(importId), m_now(now), m_unknownContacts(unknownContacts), m_workspaceZone(workspaceZone),
      m_machineOpens(machineOpens && machineOpens->enabled() ? machineOpens : nullptr),
      m_window(std::min<std::size_t>(window, 1 << 29)), // Pending::details counts to 2^30
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
{
    for (Statement *insert : {&m_insert, &m_insertGroup, &m_insertOrder})
        insert->bind(1, m_importId);
}

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
    quint32 details = 0;
    if (!event.url.isEmpty() || event.revenue || !event.orderId.isEmpty() || event.rows != 1) {
        m_pending.details.push_back({event.url, event.revenue, event.orderId, event.rows});
        details = quint32(m_pending.details.size());
    }
    m_pending.events.push_back(
        {contact, m_campaigns.resolve(event.campaign), event.occurredAt, details, event.machine, 0, event.type});
    if (m_pending.events.size() >= windowTarget()) {
        drain(m_draining.events.size()); // normally done already, a slice at a time
        sortWindow(m_pending);
        std::swap(m_pending, m_draining);
        m_drained = 0;
        ++m_windowsFilled;
    }
    return true;
}

std::size_t EventWriter::windowTarget() const
{
    // A sixteenth of the full size (2^16 rows), doubling: the first window is written about as soon as it is read.
    const std::size_t smallest = std::max<std::size_t>(1, m_window / 16);
    std::size_t target = std::min(m_window, smallest << std::min<std::size_t>(m_windowsFilled, 4));
    // Near the end, a window no larger than what is still to come: it is written while the rest is read.
    if (m_expectedMore >= 0)
        target = std::min(target, std::size_t(m_expectedMore));
    return std::max(smallest, target);
}

bool EventWriter::isOrderLine(const Pending &event) const
{
    return event.type == EventType::Purchase && event.details && !details(event)->orderId.isEmpty();
}

EventWriter::Counts EventWriter::counts() const
{
    Counts counts = m_counts;
    for (std::size_t type = 0; type < m_importedByType.size(); ++type)
        if (m_importedByType[type])
            counts.importedByType[EventType(type)] = m_importedByType[type];
    return counts;
}

void EventWriter::drain(std::size_t count)
{
    const std::vector<Pending> &events = m_draining.events;
    const std::size_t end = std::min(events.size(), m_drained + count);
    while (m_drained < end) {
        // Order lines add up when they meet (an upsert that updates), so they go one by one; they are few.
        std::size_t run = 0;
        while (run < groupSize && m_drained + run < end && !isOrderLine(events[m_drained + run]))
            ++run;
        if (run == groupSize) {
            insertGroup(&events[m_drained]);
            m_drained += groupSize;
        } else {
            insert(events[m_drained]);
            ++m_drained;
        }
    }
    if (m_drained == events.size()) {
        m_draining.events.clear();
        m_draining.details.clear();
        m_drained = 0;
    }
}

void EventWriter::drainAlong(std::size_t taken)
{
    const std::size_t left = m_draining.events.size() - m_drained;
    if (left == 0 || taken == 0)
        return;
    const std::size_t filled = m_pending.events.size();
    const std::size_t target = windowTarget();
    const std::size_t toFill = target > filled ? target - filled : 0;
    // The share of what is left of the filling that these events were: the same share of what is left to write.
    drain((left * taken + toFill + taken - 1) / (toFill + taken));
}

void EventWriter::flush()
{
    drain(m_draining.events.size());
    if (m_pending.events.empty())
        return;
    std::swap(m_pending, m_draining);
    sortWindow(m_draining);
    drain(m_draining.events.size());
}

// Every earlier window is written by now, so what the window does not hold, the table does.
void EventWriter::sortWindow(Window &window)
{
    std::sort(window.events.begin(), window.events.end(), [](const Pending &a, const Pending &b) {
        if (a.contact != b.contact)
            return a.contact < b.contact;
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.type < b.type;
    });
    if (m_machineOpens)
        findMachineOpens(window);
}

void EventWriter::findMachineOpens(Window &sorted)
{
    std::vector<Pending> &window = sorted.events;
    const qint64 seconds = m_machineOpens->seconds();
    // Far enough ahead for the filter words to arrive from memory before their event's turn.
    constexpr std::size_t ahead = 16;
    for (std::size_t i = 0; i < window.size(); ++i) {
        if (i + ahead < window.size()) {
            const Pending &next = window[i + ahead];
            m_machineOpens->prefetchProbe(next.type, next.contact, next.campaign, next.occurredAt);
        }
        Pending &event = window[i];
        if (!event.campaign)
            continue;
        if (event.type == EventType::Send) {
            event.probe = m_machineOpens->mayFlagStoredOpens(event.contact, event.campaign, event.occurredAt);
            continue;
        }
        if (event.type != EventType::Open || event.machine)
            continue;
        // Sorted by contact, time and type: the sends that can flag this open are right before it.
        for (std::size_t j = i;
             j-- > 0 && window[j].contact == event.contact && window[j].occurredAt >= event.occurredAt - seconds;) {
            if (window[j].type == EventType::Send && window[j].campaign == event.campaign) {
                event.machine = 1;
                break;
            }
        }
        if (!event.machine)
            event.probe = m_machineOpens->mayFollowStoredSend(event.contact, event.campaign, event.occurredAt);
    }
    // Apart from the filter look-ups above, which run without waiting on each other's cache misses.
    for (Pending &event : window) {
        if (event.type == EventType::Open && event.probe) {
            event.machine = m_machineOpens->storedSendBefore(event.contact, event.campaign, event.occurredAt);
            event.probe = 0;
        }
    }
    for (std::size_t i = 0; i < window.size(); ++i) {
        if (i + ahead < window.size()) {
            const Pending &next = window[i + ahead];
            m_machineOpens->prefetchRemember(next.type, next.contact, next.campaign, next.occurredAt);
        }
        const Pending &event = window[i];
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
    ++m_importedByType[std::size_t(event.type) % m_importedByType.size()];
    m_counts.machineOpens += event.machine ? 1 : 0;
    m_optOuts.note(event.contact, event.type, event.occurredAt);
    if (m_tally) {
        const Details *more = details(event);
        m_tally->add(event.contact, event.campaign, event.type, event.occurredAt, event.machine,
                     more && more->revenue ? *more->revenue : 0.0);
    }
    if (event.probe) {
        const qint64 flagged = m_machineOpens->flagStoredOpens(event.contact, event.campaign, event.occurredAt);
        m_counts.machineOpens += flagged;
        if (m_tally)
            m_tally->opensFlagged(event.contact, event.campaign, flagged);
    }
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
    const Details *more = details(event);
    if (!more) {
        insert.bindNull(first + 5).bindNull(first + 6).bindNull(first + 7);
        return;
    }
    insert.bindNullable(first + 5, more->url);
    if (more->revenue)
        insert.bind(first + 6, *more->revenue);
    else
        insert.bindNull(first + 6);
    insert.bindNullable(first + 7, more->orderId);
}

void EventWriter::insertGroup(const Pending *events)
{
    for (std::size_t row = 0; row < groupSize; ++row) {
        bind(m_insertGroup, 2 + int(row) * columns, events[row]);
        m_counts.rowsMerged += events[row].details ? details(events[row])->rows - 1 : 0;
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
        const Details *more = details(event);
        m_findEvent.bind(1, event.contact)
            .bind(2, event.occurredAt)
            .bind(3, static_cast<int>(event.type))
            .bind(4, event.campaign)
            .bind(5, more && !more->url.isNull() ? more->url : QStringLiteral(""))
            .bind(6, more && !more->orderId.isNull() ? more->orderId : QStringLiteral(""));
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
    const bool order = isOrderLine(event);
    const qint64 rows = event.details ? details(event)->rows : 1;
    Statement &insert = order ? m_insertOrder : m_insert;
    bind(insert, 2, event);
    // An upsert that updates leaves the last insert rowid alone; rowid 0 is never an event's, so it tells the two
    // apart.
    sqlite3_set_last_insert_rowid(m_db.handle(), 0);
    insert.exec();
    if (m_db.changes() == 0) {
        ++m_counts.alreadyPresent;
        m_counts.rowsMerged += rows - 1;
    } else if (m_db.lastInsertId() == 0) {
        m_counts.rowsMerged += rows; // more lines of an order written earlier in this import
        if (m_tally) {
            const Details *more = details(event);
            m_tally->addRevenue(event.contact, event.campaign, more && more->revenue ? *more->revenue : 0.0);
        }
    } else {
        ++m_counts.imported;
        m_counts.rowsMerged += rows - 1;
        countNew(event);
    }
}

} // namespace herald
