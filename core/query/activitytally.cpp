#include "activitytally.h"

#include <algorithm>

namespace herald {

using namespace activity;

ContactTotals *ActivityTally::contact(qint64 id)
{
    if (id <= 0 || id >= m_contactIdLimit) {
        stop();
        return nullptr;
    }
    if (std::size_t(id) >= m_contacts.size())
        m_contacts.resize(std::max<std::size_t>(std::size_t(id) + 1, m_contacts.size() * 3 / 2));
    return &m_contacts[std::size_t(id)];
}

CampaignTotals *ActivityTally::campaignSlot(qint64 id)
{
    if (id == 0)
        return nullptr;
    if (id < 0 || id >= maxCampaignId) {
        stop();
        return nullptr;
    }
    if (std::size_t(id) >= m_campaigns.size())
        m_campaigns.resize(std::max<std::size_t>(std::size_t(id) + 1, m_campaigns.size() * 3 / 2));
    CampaignTotals &campaign = m_campaigns[std::size_t(id)];
    campaign.id = id;
    return &campaign;
}

void ActivityTally::stop()
{
    m_complete = false;
    std::vector<ContactTotals>().swap(m_contacts);
    std::vector<CampaignTotals>().swap(m_campaigns);
    std::vector<quint64>().swap(m_pairs);
    std::vector<qint64>().swap(m_recount);
}

bool ActivityTally::find(qint64 contactId, qint64 campaignId, ContactTotals *&contactTotals,
                         CampaignTotals *&campaignTotals)
{
    if (!m_complete)
        return false;
    contactTotals = contact(contactId);
    campaignTotals = campaignSlot(campaignId);
    return m_complete;
}

void ActivityTally::add(qint64 contactId, qint64 campaignId, EventType type, qint64 at, bool machine, double revenue)
{
    ContactTotals *totals = nullptr;
    CampaignTotals *campaign = nullptr;
    if (!find(contactId, campaignId, totals, campaign))
        return;
    ++m_events;
    m_asOf = std::max(m_asOf, at);
    addEvent(*totals, campaign, type, at, machine, revenue, [&](PairKind kind) {
        if (campaign)
            m_pairs.push_back(pairKey(campaignId, contactId, kind));
    });
}

void ActivityTally::addRevenue(qint64 contactId, qint64 campaignId, double revenue)
{
    ContactTotals *totals = nullptr;
    CampaignTotals *campaign = nullptr;
    if (!find(contactId, campaignId, totals, campaign))
        return;
    totals->revenue += revenue;
    if (campaign)
        campaign->revenue += revenue;
}

void ActivityTally::opensFlagged(qint64 contactId, qint64 campaignId, qint64 count)
{
    ContactTotals *totals = nullptr;
    CampaignTotals *campaign = nullptr;
    if (count <= 0 || !find(contactId, campaignId, totals, campaign))
        return;
    // The campaign's counts move from human to machine here. The contact's last human open and its pairs (an opener
    // that was human may be machine-only now) depend on which opens are left: it is counted again at the end.
    if (campaign) {
        campaign->humanOpens -= count;
        campaign->machineOpens += count;
    }
    m_recount.push_back(contactId);
}

const CampaignTotals *ActivityTally::campaign(qint64 id) const
{
    return id > 0 && std::size_t(id) < m_campaigns.size() && m_campaigns[std::size_t(id)].id == id
               ? &m_campaigns[std::size_t(id)]
               : nullptr;
}

std::vector<qint64> ActivityTally::takeRecount()
{
    std::vector<qint64> recount = std::move(m_recount);
    std::sort(recount.begin(), recount.end());
    recount.erase(std::unique(recount.begin(), recount.end()), recount.end());
    return recount;
}

} // namespace herald
