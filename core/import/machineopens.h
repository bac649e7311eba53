#pragma once

#include "database.h"
#include "domain.h"

#include <vector>

namespace herald {

// Finds machine-made opens while an import writes its events, instead of in a pass over the new rows afterwards.
// An open is machine-made (events.machine = 1) when it comes `seconds` or less after a send of the same campaign to
// the same contact: no person reads that fast, but privacy proxies and security scanners fetch a message's images as
// it arrives. The rule runs both ways: a new open against any send, and a new send against the opens already stored
// (an earlier import's, or an earlier window's of this one).
//
// The event writer decides what it can within each window of rows it holds in memory (sorted by contact and time, a
// send is right before its opens) and asks here about the rest: one index probe for an open whose send may be stored,
// one update for a send whose opens may be stored. Two fixed-size bit filters remember which (contact, campaign,
// time slot) had sends or human opens in the earlier windows of this import, so that in a workspace without earlier
// events almost no probe runs; they can only say "maybe", never a wrong "no". One per import, across its files.
// Throws SqlError.
class MachineOpenFinder
{
public:
    // `seconds` < 0 turns the rule off. Call before the import writes its first event.
    MachineOpenFinder(Database &db, int seconds);

    bool enabled() const { return m_seconds >= 0; }
    int seconds() const { return m_seconds; }

    // For an open the window holds no matching send for: whether a stored send may make it a machine open (no when
    // the import's earlier windows had no such send and the workspace had no events before), and then whether one
    // does (an index probe).
    bool mayFollowStoredSend(qint64 contact, qint64 campaign, qint64 openedAt) const
    {
        return m_eventsBefore || mayHold(m_sends, contact, campaign, openedAt - m_seconds, openedAt);
    }
    bool storedSendBefore(qint64 contact, qint64 campaign, qint64 openedAt);
    // For a send: whether it may flag human opens stored outside its window; after it was written (when new), flags
    // them. Returns how many.
    bool mayFlagStoredOpens(qint64 contact, qint64 campaign, qint64 sentAt) const
    {
        return m_eventsBefore || mayHold(m_opens, contact, campaign, sentAt, sentAt + m_seconds);
    }
    qint64 flagStoredOpens(qint64 contact, qint64 campaign, qint64 sentAt);
    // Starts loading what mayFollowStoredSend() (an open) or mayFlagStoredOpens() (a send) will read for this event,
    // and rememberSend() or rememberHumanOpen(): called some events ahead, so that the filters' cache misses overlap.
    void prefetchProbe(EventType type, qint64 contact, qint64 campaign, qint64 at) const;
    void prefetchRemember(EventType type, qint64 contact, qint64 campaign, qint64 at) const;
    // A window's sends and the opens it leaves human, remembered once the window is decided.
    void rememberSend(qint64 contact, qint64 campaign, qint64 sentAt) { m_sends.add(key(contact, campaign, sentAt)); }
    void rememberHumanOpen(qint64 contact, qint64 campaign, qint64 openedAt)
    {
        m_opens.add(key(contact, campaign, openedAt));
    }

private:
    // A Bloom filter of 64-bit keys in a fixed amount of memory.
    class Filter
    {
    public:
        void add(quint64 key);
        bool mayHold(quint64 key) const;
        void prefetch(quint64 key) const;

    private:
        std::vector<quint64> m_bits;
    };

    // (contact, campaign, slot of `slotSeconds`): a send and an open it can flag are in the same or adjacent slots.
    quint64 key(qint64 contact, qint64 campaign, qint64 at) const;
    bool mayHold(const Filter &filter, qint64 contact, qint64 campaign, qint64 from, qint64 to) const;

    Database &m_db;
    int m_seconds;
    qint64 m_slotSeconds;
    bool m_eventsBefore; // events stored before this import: the filters do not know them
    Filter m_sends;
    Filter m_opens;
    Statement m_findSend;
    Statement m_flagOpens;
};

} // namespace herald
