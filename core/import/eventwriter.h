#pragma once

#include "campaignwriter.h"
#include "contactwriter.h"
#include "database.h"
#include "eventimport.h"
#include "eventrecord.h"
#include "machineopens.h"
#include "optouts.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <array>
#include <vector>

namespace herald {

class ActivityTally;

// Writes events into the workspace inside the caller's transaction: finds (or creates, as non_subscribed) the
// contact, finds or creates the campaign, and adds the event unless the workspace already has it. Order lines
// that arrive apart add up on their order's event. Throws SqlError.
//
// Events are held back in windows of about a million and written in the order of the natural-key index
// (contact, time): an export lists events campaign by campaign with contacts in random order, and inserting into
// the index in its own order costs a fraction of inserting at random places. Each window passes over the whole index
// once its pages outgrow the page cache, so fewer, larger windows are cheaper (10 M events: 2^20 rows per window
// took an eighth less CPU than 2^18); a window row is 32 bytes, so memory stays bounded as before. The first windows
// and the last ones are smaller: a window is written while the next one is read, so the writing starts soon after
// the reading does and little is left when it stops. Machine opens are decided per window as it is sorted (see
// MachineOpenFinder).
class EventWriter
{
public:
    struct Counts
    {
        qint64 imported = 0;
        qint64 alreadyPresent = 0; // the same event (contact, time, type, campaign, link, order) was there
        qint64 rowsMerged = 0;     // order lines folded into their order's event
        qint64 machineOpens = 0;   // opens the file marks as machine-made, or that the timing rule flagged
        QMap<EventType, qint64> importedByType;
    };

    // `machineOpens`, when given, flags machine opens as the rows are written (see MachineOpenFinder).
    EventWriter(Database &db, qint64 importId, const QString &esp, UnknownContacts unknownContacts,
                const QTimeZone &workspaceZone, qint64 now, MachineOpenFinder *machineOpens = nullptr,
                std::size_t window = 1 << 20);

    // False, with the reason, when the address is not in the workspace and the import rejects those.
    bool write(const EventRecord &event, QString *reason);
    // Writes up to `count` events of the last full window.
    void drain(std::size_t count);
    // After `taken` more events were given to write(): writes a share of the last full window in proportion, so that
    // it is written just as the next one fills. The caller calls it after every batch it takes from the parsing
    // thread: the writing is spread evenly, and neither thread waits for the other in turns (10 M events, draining
    // two events per event taken instead: the reading thread waited 6.9 s in all and the writing one 4.7 s).
    void drainAlong(std::size_t taken);
    // Writes everything held back; call at the end of each file.
    void flush();
    // How many more events the caller expects before flush() (from the bytes left to read), or -1 if it cannot tell.
    // Windows shrink as the end nears, so that little is left to write after the reading stops.
    void expectMore(qint64 events) { m_expectedMore = events; }
    // After flush(): the file's unsubscribes, complaints and hard bounces opt their contacts out (see OptOutEvents).
    // Returns the contacts whose status changed.
    qint64 applyOptOuts() { return m_optOuts.apply(m_db, m_importId, m_now); }

    // Adds every event this writer adds, each order line's revenue and each stored open it flags to `tally` (see
    // ActivityTally); nullptr: none.
    void tallyInto(ActivityTally *tally) { m_tally = tally; }

    CampaignWriter &campaigns() { return m_campaigns; }
    Counts counts() const;
    qint64 contactsCreated() const { return m_contactsCreated; }
    qint64 syntheticContacts() const { return m_syntheticContacts; }

private:
    // What few events carry besides who, what and when: kept apart so that the window sorts and holds small rows.
    struct Details
    {
        QString url;
        std::optional<double> revenue;
        QString orderId;
        qint64 rows = 1;
    };
    struct Pending
    {
        qint64 contact = 0;
        qint64 campaign = 0;
        qint64 occurredAt = 0;
        quint32 details : 30 = 0; // index + 1 into the window's details; 0: none
        quint32 machine : 1 = 0;
        // A send: may flag opens stored outside its window. An open (until decided): may follow a stored send.
        quint32 probe : 1 = 0;
        EventType type = EventType::Open;
    };
    static_assert(sizeof(Pending) == 32);
    struct Window
    {
        std::vector<Pending> events;
        std::vector<Details> details;
    };

    std::size_t windowTarget() const;
    qint64 contactFor(const EventRecord &event);
    void sortWindow(Window &window);
    void findMachineOpens(Window &window);
    const Details *details(const Pending &event) const
    {
        return event.details ? &m_draining.details[event.details - 1] : nullptr;
    }
    bool isOrderLine(const Pending &event) const;
    void countNew(const Pending &event);
    qint64 contactByKey(const EventRecord &event);
    void bind(Statement &insert, int first, const Pending &event) const;
    void insert(const Pending &event);
    void insertGroup(const Pending *events); // groupSize events, none of them an order line

    Database &m_db;
    qint64 m_importId;
    qint64 m_now;
    UnknownContacts m_unknownContacts;
    QTimeZone m_workspaceZone;
    MachineOpenFinder *m_machineOpens;
    std::size_t m_window;
    std::size_t m_windowsFilled = 0;
    qint64 m_expectedMore = -1;
    ContactWriter m_contactWriter;
    CampaignWriter m_campaigns;
    QHash<QString, qint64> m_contactIds;   // email key -> contact id (0: unknown and not created)
    std::vector<qint64> m_byAddressNumber; // EventRecord::addressNumber -> contact id + 1 (0: not looked up yet)
    Window m_pending;                      // the window being filled
    Window m_draining;                     // the last full window, sorted, being written
    std::size_t m_drained = 0;
    Statement m_findContact;
    Statement m_insert;
    Statement m_insertGroup;
    Statement m_findEvent;
    Statement m_insertOrder;
    Counts m_counts;
    std::array<qint64, 8> m_importedByType{}; // by EventType, into m_counts when asked
    OptOutEvents m_optOuts;
    ActivityTally *m_tally = nullptr;
    qint64 m_contactsCreated = 0;
    qint64 m_syntheticContacts = 0;
};

} // namespace herald
