#pragma once

#include "activitytotals.h"
#include "domain.h"

#include <algorithm>
#include <vector>

namespace herald {

// The activity totals of the events an import adds, kept as it writes them. When the workspace had no events before
// the import, they are the totals of the whole table, and refreshContactActivity() takes them instead of reading every
// event back: on 10 M events that read was about 2.2 s of a 19 s import, and the tally costs the writer a fraction of
// it. With events already there, the import does not keep one: unique openers and the like would need to know which
// (campaign, contact) pairs the older events had, and the refresh reads the table as before.
//
// Exact by construction: it sees every row the writer adds (not the rows the natural key turns away), each order line
// that adds up on its order's event, and each stored open a later send makes machine-made. A contact whose stored opens
// changed so is recounted from its own events at the end, through the natural key's (contact_id, ...) prefix.
//
// Indexed by contact and campaign id, which are dense in practice; an id too large for that stops the tally, and the
// refresh reads the table instead.
class ActivityTally
{
public:
    // Contact ids past `contactIdLimit` stop the tally: the caller passes about twice the ids the workspace has, so
    // that the table by id stays the size of the refresh's own.
    explicit ActivityTally(qint64 contactIdLimit = maxContactId)
        : m_contactIdLimit(std::min(contactIdLimit, maxContactId))
    {}

    // An event the writer added (campaignId 0: none).
    void add(qint64 contactId, qint64 campaignId, EventType type, qint64 at, bool machine, double revenue);
    // Revenue that an order line added to its order's event, already added.
    void addRevenue(qint64 contactId, qint64 campaignId, double revenue);
    // `count` human opens of this contact and campaign that were added earlier are machine-made after all.
    void opensFlagged(qint64 contactId, qint64 campaignId, qint64 count);

    bool complete() const { return m_complete; }
    qint64 events() const { return m_events; }
    qint64 asOf() const { return m_asOf; }

    // For the refresh, which takes them over (the tally is empty afterwards).
    std::vector<activity::ContactTotals> takeContacts() { return std::move(m_contacts); } // by contact id
    const activity::CampaignTotals *campaign(qint64 id) const;                            // nullptr: no event of it
    // (campaign id, contact id, kind) keys, laid out as activity::pairKey().
    std::vector<quint64> takePairs() { return std::move(m_pairs); }
    // Contacts to count again from their events: some of their opens changed after they were added. Sorted, unique.
    std::vector<qint64> takeRecount();

    // Beyond these ids, complete() turns false (64 bytes per contact id: 4 GiB at the limit, far past any real list).
    static constexpr qint64 maxContactId = qint64(1) << 26;
    static constexpr qint64 maxCampaignId = qint64(1) << 22;

private:
    activity::ContactTotals *contact(qint64 id);
    activity::CampaignTotals *campaignSlot(qint64 id);
    // Both totals, made if new; false when the tally stopped (now or before).
    bool find(qint64 contactId, qint64 campaignId, activity::ContactTotals *&contactTotals,
              activity::CampaignTotals *&campaignTotals);
    void stop();

    qint64 m_contactIdLimit;
    bool m_complete = true;
    qint64 m_events = 0;
    qint64 m_asOf = 0;
    std::vector<activity::ContactTotals> m_contacts;
    std::vector<activity::CampaignTotals> m_campaigns; // id 0 unused
    std::vector<quint64> m_pairs;
    std::vector<qint64> m_recount;
};

} // namespace herald
