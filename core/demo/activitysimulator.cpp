#include "activitysimulator.h"

#include "random.h"
#include "zoneclock.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace herald::demo {
namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;
constexpr double secondsPerYear = 365.0 * day;
constexpr int readHorizonHours = 7 * 24; // mail not read within a week is not read

} // namespace

ActivitySimulator::ActivitySimulator(const std::vector<PlannedCampaign> &plan, const ZoneClock &clock, qint64 start,
                                     qint64 until)
    : m_plan(plan), m_clock(clock), m_start(start), m_until(until), m_tallies(plan.size())
{}

void ActivitySimulator::simulate(const DemoContact &contact, Random &random, ContactActivity &activity)
{
    activity.events.clear();
    activity.consent.clear();
    activity.purchases = 0;
    activity.revenue = 0;

    switch (contact.signupStatus) {
    case ContactStatus::NonSubscribed:
        activity.consent.push_back(
            {contact.joinedAt, ContactStatus::NonSubscribed, QStringLiteral("customer without marketing consent")});
        break;
    case ContactStatus::Pending:
        activity.consent.push_back(
            {contact.joinedAt, ContactStatus::Pending, QStringLiteral("sign-up, awaiting confirmation")});
        if (contact.confirmedAt > 0 && contact.confirmedAt < m_until)
            activity.consent.push_back(
                {contact.confirmedAt, ContactStatus::Subscribed, QStringLiteral("double opt-in confirmed")});
        break;
    default:
        activity.consent.push_back({contact.joinedAt, ContactStatus::Subscribed, QStringLiteral("sign-up")});
        if (contact.leftAt > 0)
            activity.consent.push_back({contact.leftAt, contact.leftStatus,
                                        contact.leftStatus == ContactStatus::Cleaned ? QStringLiteral("hard bounce")
                                                                                     : QStringLiteral("unsubscribed")});
        break;
    }

    if (activity.status() == ContactStatus::Subscribed)
        simulateCampaigns(contact, random, activity);
    simulateOrganicPurchases(contact, random, activity);
    std::stable_sort(activity.events.begin(), activity.events.end(),
                     [](const SimulatedEvent &a, const SimulatedEvent &b) { return a.time < b.time; });
}

bool ActivitySimulator::inAudience(const DemoContact &contact, const PlannedCampaign &campaign, qint64 lastSeen) const
{
    const Audience &audience = campaign.audience;
    switch (audience.kind) {
    case Audience::Kind::Everyone:
        return true;
    case Audience::Kind::NewsletterReaders:
        return contact.tags.contains(QLatin1StringView("newsletter"));
    case Audience::Kind::Tagged:
        return contact.tags.contains(audience.tag);
    case Audience::Kind::Countries:
        return !contact.country.isEmpty() && audience.countries.contains(contact.country);
    case Audience::Kind::Inactive: {
        const qint64 window = audience.inactiveDays * day;
        return campaign.sentAt - contact.confirmedAt >= window && campaign.sentAt - lastSeen >= window;
    }
    }
    return false;
}

double ActivitySimulator::engagementAt(const DemoContact &contact, qint64 time) const
{
    const ContactTraits &traits = contact.traits;
    // New subscribers read more for a few weeks; churned ones fade out over a couple of weeks.
    const double novelty = 1.0 + 0.4 * std::exp(-static_cast<double>(time - contact.joinedAt) / (30.0 * day));
    double fade = 1.0;
    if (traits.churnedAt > 0 && time > traits.churnedAt)
        fade = std::exp(-static_cast<double>(time - traits.churnedAt) / (14.0 * day));
    return traits.engagement * novelty * fade;
}

double ActivitySimulator::timingBoost(const DemoContact &contact, qint64 delivered) const
{
    // Mail that lands just before the contact's reading hours sits near the top of the inbox when it looks.
    const std::array<double, 24> &weights = contact.traits.hourWeights;
    const double peak = *std::max_element(weights.begin(), weights.end());
    const int local = localHour(m_clock.toLocal(contact.trueZone, delivered));
    double soon = 0;
    for (int h = 0; h < 3; ++h)
        soon += weights[static_cast<size_t>((local + h) % 24)];
    return 0.8 + 0.4 * (soon / 3.0) / peak;
}

qint64 ActivitySimulator::drawReadTime(const DemoContact &contact, qint64 after, qint64 minimumDelay,
                                       Random &random) const
{
    const ContactTraits &traits = contact.traits;
    const int zone = contact.trueZone;
    const qint64 from = after + minimumDelay;
    const qint64 local = m_clock.toLocal(zone, from);
    // Walk whole local hours from the one holding `from`, weighting each by the contact's habits and by how
    // long the message has been waiting.
    const qint64 firstHourUtc = from - ((local % hour) + hour) % hour;
    std::array<double, readHorizonHours> weights;
    const double decayPerHour = std::exp(-1.0 / traits.openDelayHours);
    double decay = 1.0;
    double total = 0;
    for (int k = 0; k < readHorizonHours; ++k) {
        const qint64 utc = firstHourUtc + k * hour;
        const qint64 hourLocal = m_clock.toLocal(zone, utc);
        double weight = traits.hourWeights[static_cast<size_t>(localHour(hourLocal))] *
                        traits.weekdayWeights[static_cast<size_t>(localWeekday(hourLocal))] * decay;
        if (k == 0)
            weight *= static_cast<double>(utc + hour - from) / hour; // only the rest of this hour
        weights[static_cast<size_t>(k)] = weight;
        total += weight;
        decay *= decayPerHour;
    }
    if (total <= 0)
        return 0;
    const int k = static_cast<int>(random.weighted(std::span<const double>(weights)));
    const qint64 hourStart = k == 0 ? from : firstHourUtc + k * hour;
    const qint64 hourEnd = firstHourUtc + (k + 1) * hour;
    const qint64 time = hourStart + static_cast<qint64>(random.uniform() * static_cast<double>(hourEnd - hourStart));
    return time < m_until ? time : 0;
}

double ActivitySimulator::orderValue(const DemoContact &contact, int percentOff, Random &random) const
{
    const double value = contact.traits.meanOrderValue * random.logNormal(-0.06, 0.35) * (1.0 - percentOff / 100.0);
    return std::max(4.0, std::round(value * 100.0) / 100.0);
}

void ActivitySimulator::simulateCampaigns(const DemoContact &contact, Random &random, ContactActivity &activity)
{
    const ContactTraits &traits = contact.traits;
    const qint64 subscribedAt = contact.confirmedAt;
    qint64 lastSeen = subscribedAt;
    auto record = [&activity](qint64 time, EventType type, int campaign, bool machine = false, int url = -1,
                              double revenue = 0) {
        activity.events.push_back({time, type, campaign, machine, url, revenue});
    };
    auto leave = [&activity](qint64 time, ContactStatus status, const QString &note) {
        activity.consent.push_back({time, status, note});
    };

    for (size_t index = 0; index < m_plan.size(); ++index) {
        const PlannedCampaign &campaign = m_plan[index];
        if (campaign.sentAt < subscribedAt || !inAudience(contact, campaign, lastSeen))
            continue;
        const qint64 sentAt = campaign.sentAt + static_cast<qint64>(random.below(900)); // the ESP sends in batches
        if (sentAt >= m_until)
            break;
        const int c = static_cast<int>(index);
        CampaignTally &tally = m_tallies[index];
        record(sentAt, EventType::Send, c);
        ++tally.recipients;

        if (traits.addressDiesAt > 0 && sentAt >= traits.addressDiesAt) {
            const qint64 at = sentAt + random.between(2, 90);
            record(at, EventType::Bounce, c);
            ++tally.bounces;
            leave(at, ContactStatus::Cleaned, QStringLiteral("hard bounce"));
            return;
        }
        if (random.chance(traits.softBounceRate)) {
            record(sentAt + random.between(2, 600), EventType::SoftBounce, c);
            ++tally.softBounces;
            continue;
        }
        ++tally.delivered;

        bool opened = false;
        if (traits.machineOpener) {
            const qint64 at = sentAt + random.between(1, 60);
            record(at, EventType::Open, c, true);
            ++tally.opens;
            ++tally.machineOpens;
            opened = true;
            lastSeen = at;
        }

        const double engagement = engagementAt(contact, sentAt);
        const bool churnedNow = traits.churnedAt > 0 && sentAt > traits.churnedAt;
        const double readChance = std::min(0.95, engagement * campaign.openAppeal * timingBoost(contact, sentAt));
        const qint64 readAt = random.chance(readChance) ? drawReadTime(contact, sentAt, 120, random) : 0;
        if (readAt > 0) {
            // A privacy proxy already fetched the images: the real read shows only when the client fetches again.
            if (!traits.machineOpener || random.chance(0.35)) {
                record(readAt, EventType::Open, c);
                ++tally.opens;
                opened = true;
                lastSeen = std::max(lastSeen, readAt);
                if (random.chance(0.18)) {
                    if (const qint64 again = drawReadTime(contact, readAt, 1800, random); again > 0) {
                        record(again, EventType::Open, c);
                        ++tally.opens;
                    }
                }
            }
        }
        if (opened)
            ++tally.uniqueOpens;

        if (readAt > 0) {

            const double interest = std::sqrt(traits.interest[static_cast<size_t>(campaign.brief.category)]);
            const double clickChance = std::min(0.9, traits.clickiness * campaign.clickAppeal * interest);
            if (random.chance(clickChance)) {
                const qint64 clickAt = readAt + 5 + static_cast<qint64>(random.logNormal(std::log(40.0), 0.9));
                const int urls = static_cast<int>(campaign.copy.urls.size());
                const int url = random.chance(0.6) ? 0 : random.between(0, urls - 1);
                if (clickAt < m_until) {
                    record(clickAt, EventType::Click, c, false, url);
                    ++tally.clicks;
                    ++tally.uniqueClicks;
                    lastSeen = std::max(lastSeen, clickAt);
                    if (random.chance(0.25)) {
                        const qint64 second = clickAt + random.between(20, 300);
                        if (second < m_until) {
                            record(second, EventType::Click, c, false, (url + 1) % urls);
                            ++tally.clicks;
                        }
                    }
                    const double buyChance =
                        std::min(0.6, (0.03 + 0.05 * traits.purchaseRate) * campaign.conversionBoost * interest *
                                          (churnedNow ? 0.3 : 1.0));
                    if (random.chance(buyChance)) {
                        const qint64 buyAt = clickAt + 60 + static_cast<qint64>(random.logNormal(std::log(900.0), 1.0));
                        if (buyAt < m_until) {
                            const double value = orderValue(contact, campaign.brief.percentOff, random);
                            record(buyAt, EventType::Purchase, c, false, -1, value);
                            ++tally.purchases;
                            tally.revenue += value;
                            ++activity.purchases;
                            activity.revenue += value;
                        }
                    }
                }
            }

            double unsubscribeChance = 0.006 * traits.unsubscribeProneness * (churnedNow ? 3.0 : 1.0);
            if (campaign.brief.kind == CampaignKind::WinBack)
                unsubscribeChance *= 2.0; // it says how to leave, and some take the hint
            if (random.chance(unsubscribeChance)) {
                const qint64 at = readAt + 20 + static_cast<qint64>(random.logNormal(std::log(60.0), 0.8));
                if (at < m_until) {
                    record(at, EventType::Unsubscribe, c);
                    ++tally.unsubscribes;
                    leave(at, ContactStatus::Unsubscribed, QStringLiteral("unsubscribe link in a campaign"));
                    return;
                }
            }
        }

        // Marking as spam needs no open: it happens from the inbox list, mostly by people who stopped reading.
        const double complaintChance = 0.00012 * (1.0 + 4.0 * (1.0 - std::min(1.0, engagement / 0.35)));
        if (random.chance(complaintChance)) {
            const qint64 at = sentAt + 60 + static_cast<qint64>(random.logNormal(std::log(7200.0), 1.2));
            if (at < m_until) {
                record(at, EventType::Complaint, c);
                ++tally.complaints;
                leave(at, ContactStatus::Complained, QStringLiteral("spam complaint"));
                return;
            }
        }
    }
}

void ActivitySimulator::simulateOrganicPurchases(const DemoContact &contact, Random &random,
                                                 ContactActivity &activity) const
{
    const ContactTraits &traits = contact.traits;
    const qint64 from = std::max(contact.joinedAt, m_start);
    if (from >= m_until || traits.purchaseRate <= 0)
        return;
    const qint64 churn = traits.churnedAt > 0 ? std::clamp(traits.churnedAt, from, m_until) : m_until;
    // Orders keep coming at the contact's own rate until it churns, then at a tenth of it.
    auto ordersIn = [&](qint64 begin, qint64 end, double rate) {
        if (end <= begin)
            return;
        const std::int64_t count = random.poisson(rate * static_cast<double>(end - begin) / secondsPerYear);
        for (std::int64_t i = 0; i < count; ++i) {
            const qint64 when = begin + static_cast<qint64>(random.uniform() * static_cast<double>(end - begin));
            // Shoppers buy at their own hours too: move the order to an hour the contact likes, that local day.
            const int offset = m_clock.offsetAt(contact.trueZone, when);
            const qint64 local = when + offset;
            const qint64 midnight = local - ((local % day) + day) % day;
            const auto hourOfDay = static_cast<qint64>(random.weighted(std::span<const double>(traits.hourWeights)));
            const qint64 at = midnight + hourOfDay * hour + static_cast<qint64>(random.below(3600)) - offset;
            if (at < begin || at >= end)
                continue;
            const double value = orderValue(contact, 0, random);
            activity.events.push_back({at, EventType::Purchase, -1, false, -1, value});
            ++activity.purchases;
            activity.revenue += value;
        }
    };
    ordersIn(from, churn, traits.purchaseRate);
    ordersIn(churn, m_until, traits.purchaseRate * 0.1);
}

} // namespace herald::demo
