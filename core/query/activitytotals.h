#pragma once

// Working state of refreshContactActivity (activityrefresh.cpp): per-contact and per-campaign totals and the
// lookups that find them. Internal to core/query.

#include "domain.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace herald::activity {

struct ContactTotals
{
    qint32 sends = 0;
    qint32 opens = 0;
    qint32 humanOpens = 0;
    qint32 clicks = 0;
    qint32 purchases = 0;
    qint32 openedCampaigns = 0;
    qint32 clickedCampaigns = 0;
    double revenue = 0;
    qint64 lastOpen = 0;
    qint64 lastClick = 0;
    qint64 lastPurchase = 0;
};

struct CampaignTotals
{
    qint64 id = 0;
    qint64 recipients = 0;
    qint64 bounced = 0;
    qint64 softBounced = 0;
    qint64 opens = 0;
    qint64 humanOpens = 0;
    qint64 machineOpens = 0;
    qint64 openers = 0;
    qint64 humanOpeners = 0;
    qint64 responders = 0;
    qint64 clicks = 0;
    qint64 clickers = 0;
    qint64 unsubscribes = 0;
    qint64 complaints = 0;
    qint64 purchases = 0;
    double revenue = 0;
    qint64 firstSend = 0;
};

// Asks the CPU to start loading what a later step will touch.
inline void prefetch(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address, 1);
#else
    Q_UNUSED(address);
#endif
}

// Contact ids are dense in practice (INTEGER PRIMARY KEY), usually 1..N: then a contact's slot is its id minus the
// first, else a table indexed by id finds it in one step; after heavy deletion a binary search over the sorted ids
// keeps memory bounded instead.
class ContactSlots
{
public:
    ContactSlots() = default;
    explicit ContactSlots(std::vector<qint64> ids) : m_ids(std::move(ids))
    {
        if (m_ids.empty())
            return;
        m_first = m_ids.front();
        const qint64 last = m_ids.back();
        m_contiguous = last - m_first + 1 == static_cast<qint64>(m_ids.size());
        if (!m_contiguous && m_first >= 0 && last <= 8 * static_cast<qint64>(m_ids.size()) + 65536) {
            m_dense.assign(static_cast<size_t>(last) + 1, -1);
            for (size_t slot = 0; slot < m_ids.size(); ++slot)
                m_dense[static_cast<size_t>(m_ids[slot])] = static_cast<qint32>(slot);
        }
    }

    qint64 slotOf(qint64 id) const
    {
        if (m_contiguous)
            return id >= m_first && id - m_first < static_cast<qint64>(m_ids.size()) ? id - m_first : -1;
        if (!m_dense.empty())
            return id >= 0 && id < static_cast<qint64>(m_dense.size()) ? m_dense[static_cast<size_t>(id)] : -1;
        const auto found = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return found != m_ids.end() && *found == id ? found - m_ids.begin() : -1;
    }

    void prefetchSlotOf(qint64 id) const
    {
        if (!m_contiguous && id >= 0 && id < static_cast<qint64>(m_dense.size()))
            prefetch(&m_dense[static_cast<size_t>(id)]);
    }

    size_t size() const { return m_ids.size(); }
    qint64 idAt(size_t slot) const { return m_ids[slot]; }

private:
    std::vector<qint64> m_ids;
    std::vector<qint32> m_dense;
    qint64 m_first = 0;
    bool m_contiguous = false;
};

// One row of the events scan.
struct EventRow
{
    qint64 contactId;
    qint64 campaignId; // -1: none
    qint64 at;
    double revenue;
    int type;
    bool machine;
    qint64 slot;
};

// What a contact did for one campaign is collected as (campaign, contact, kind) keys; sorting them groups each
// pair, which gives unique openers, clickers, ... per campaign and opened campaigns per contact in one walk.
enum PairKind : int
{
    HumanOpen,
    MachineOpen,
    Click,
    HardBounce,
    SoftBounce,
    Unsubscribe,
    Complaint,
};
inline constexpr int kindBits = 3;
inline constexpr int contactBits = 32;

inline quint64 pairKey(qint64 campaignSlot, qint64 contactSlot, PairKind kind)
{
    return (quint64(campaignSlot) << (contactBits + kindBits)) | (quint64(contactSlot) << kindBits) | quint64(kind);
}

constexpr bool has(unsigned kinds, PairKind kind)
{
    return kinds & (1u << kind);
}

// What one event adds to its contact's totals and, when given, its campaign's; `pair(kind)` is called for the
// kinds that count once per (campaign, contact), and decides itself whether the event has a campaign.
template <typename Pair>
void addEvent(ContactTotals &contact, CampaignTotals *campaign, EventType type, qint64 at, bool machine, double revenue,
              Pair &&pair)
{
    switch (type) {
    case EventType::Send:
        ++contact.sends;
        if (campaign) {
            ++campaign->recipients;
            campaign->firstSend = campaign->firstSend ? std::min(campaign->firstSend, at) : at;
        }
        break;
    case EventType::Open:
        ++contact.opens;
        if (!machine) {
            ++contact.humanOpens;
            contact.lastOpen = std::max(contact.lastOpen, at);
        }
        if (campaign) {
            ++campaign->opens;
            ++(machine ? campaign->machineOpens : campaign->humanOpens);
        }
        pair(machine ? MachineOpen : HumanOpen);
        break;
    case EventType::Click:
        ++contact.clicks;
        contact.lastClick = std::max(contact.lastClick, at);
        if (campaign)
            ++campaign->clicks;
        pair(Click);
        break;
    case EventType::Bounce:
        pair(HardBounce);
        break;
    case EventType::Unsubscribe:
        pair(Unsubscribe);
        break;
    case EventType::Complaint:
        pair(Complaint);
        break;
    case EventType::Purchase:
        ++contact.purchases;
        contact.revenue += revenue;
        contact.lastPurchase = std::max(contact.lastPurchase, at);
        if (campaign) {
            ++campaign->purchases;
            campaign->revenue += revenue;
        }
        break;
    case EventType::SoftBounce:
        pair(SoftBounce);
        break;
    }
}

} // namespace herald::activity
