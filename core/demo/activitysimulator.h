#pragma once

#include "campaignplan.h"
#include "domain.h"
#include "population.h"

#include <QString>

#include <vector>

namespace herald::demo {

class Random;
class ZoneClock;

struct SimulatedEvent
{
    qint64 time = 0;
    EventType type = EventType::Send;
    int campaign = -1; // index into the plan; -1 for organic purchases
    bool machine = false;
    int url = -1; // index into the campaign's urls
    double revenue = 0;
};

struct ConsentChange
{
    qint64 time = 0;
    ContactStatus status = ContactStatus::Subscribed;
    QString note;
};

// What one contact did over the year. Reused between contacts to avoid reallocating.
struct ContactActivity
{
    std::vector<SimulatedEvent> events; // chronological
    std::vector<ConsentChange> consent; // chronological; the last one is the contact's status
    int purchases = 0;
    double revenue = 0;

    ContactStatus status() const { return consent.empty() ? ContactStatus::Subscribed : consent.back().status; }
};

// Per-campaign totals, written into campaigns.recipients and campaigns.stats as an ESP report would.
struct CampaignTally
{
    qint64 recipients = 0;
    qint64 delivered = 0;
    qint64 opens = 0;
    qint64 uniqueOpens = 0;
    qint64 machineOpens = 0;
    qint64 clicks = 0;
    qint64 uniqueClicks = 0;
    qint64 bounces = 0;
    qint64 softBounces = 0;
    qint64 unsubscribes = 0;
    qint64 complaints = 0;
    qint64 purchases = 0;
    double revenue = 0;
};

// Plays one contact through the year: which campaigns reach it, when (in its own local time) it reads them,
// what it clicks and buys, when it leaves, and what it buys on its own.
class ActivitySimulator
{
public:
    ActivitySimulator(const std::vector<PlannedCampaign> &plan, const ZoneClock &clock, qint64 start, qint64 until);

    void simulate(const DemoContact &contact, Random &random, ContactActivity &activity);
    const std::vector<CampaignTally> &tallies() const { return m_tallies; }

private:
    bool inAudience(const DemoContact &contact, const PlannedCampaign &campaign, qint64 lastSeen) const;
    double engagementAt(const DemoContact &contact, qint64 time) const;
    double timingBoost(const DemoContact &contact, qint64 delivered) const;
    // A moment after `after + minimumDelay` when the contact gets to its mail, near its preferred local hours
    // and weekdays and sooner rather than later; 0 when that falls after the end of the simulated year.
    qint64 drawReadTime(const DemoContact &contact, qint64 after, qint64 minimumDelay, Random &random) const;
    void simulateCampaigns(const DemoContact &contact, Random &random, ContactActivity &activity);
    void simulateOrganicPurchases(const DemoContact &contact, Random &random, ContactActivity &activity) const;
    double orderValue(const DemoContact &contact, int percentOff, Random &random) const;

    const std::vector<PlannedCampaign> &m_plan;
    const ZoneClock &m_clock;
    qint64 m_start;
    qint64 m_until;
    std::vector<CampaignTally> m_tallies;
};

} // namespace herald::demo
