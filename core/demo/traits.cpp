#include "traits.h"

#include "random.h"

#include <array>
#include <cmath>

namespace herald::demo {
namespace {

struct Persona
{
    const char *name;
    int peak;
    int secondPeak; // -1: one peak
    double firstShare;
    int weight;
};

constexpr std::array personas = {
    Persona{"early riser", 6, -1, 1.0, 13},         Persona{"commuter", 8, 18, 0.55, 12},
    Persona{"lunch break", 12, -1, 1.0, 15},        Persona{"afternoon", 15, -1, 1.0, 11},
    Persona{"evening reader", 20, -1, 1.0, 20},     Persona{"night owl", 23, -1, 1.0, 9},
    Persona{"morning and evening", 7, 21, 0.6, 12}, Persona{"weekend browser", 10, -1, 1.0, 8},
};

constexpr double hourBaseline = 0.15; // share of reading at any hour, outside the peaks

int wrapHour(int hour)
{
    return ((hour % 24) + 24) % 24;
}

std::array<double, 24> peakShape(int peak, double width)
{
    std::array<double, 24> shape{};
    double sum = 0;
    for (int h = 0; h < 24; ++h) {
        const int distance = std::min(wrapHour(h - peak), wrapHour(peak - h));
        shape[static_cast<size_t>(h)] = std::exp(-0.5 * distance * distance / (width * width));
        sum += shape[static_cast<size_t>(h)];
    }
    for (double &value : shape)
        value /= sum;
    return shape;
}

qint64 uniformTime(Random &random, qint64 from, qint64 to)
{
    return from + static_cast<qint64>(random.uniform() * static_cast<double>(to - from));
}

} // namespace

ContactTraits drawTraits(Random &random, const TraitContext &context)
{
    ContactTraits traits;
    std::array<int, personas.size()> weights{};
    for (size_t i = 0; i < personas.size(); ++i)
        weights[i] = personas[i].weight;
    const Persona &persona = personas[random.weighted(std::span<const int>(weights))];
    traits.persona = QString::fromLatin1(persona.name);
    traits.peakHour = wrapHour(persona.peak + static_cast<int>(std::lround(random.normal(0, 0.8))));
    const double width = random.uniform(0.8, 1.6);
    const std::array<double, 24> first = peakShape(traits.peakHour, width);
    std::array<double, 24> second{};
    if (persona.secondPeak >= 0) {
        traits.secondPeakHour = wrapHour(persona.secondPeak + static_cast<int>(std::lround(random.normal(0, 0.8))));
        if (traits.secondPeakHour == traits.peakHour)
            traits.secondPeakHour = -1;
        else
            second = peakShape(traits.secondPeakHour, width);
    }
    const double firstShare = traits.secondPeakHour < 0 ? 1.0 : persona.firstShare;
    for (size_t h = 0; h < 24; ++h)
        traits.hourWeights[h] =
            hourBaseline / 24.0 + (1.0 - hourBaseline) * (firstShare * first[h] + (1.0 - firstShare) * second[h]);

    // Weekday habits: a working week, weekends, or no preference, each with some personal noise.
    const double style = random.uniform();
    const bool weekendStyle = qstrcmp(persona.name, "weekend browser") == 0 || style < 0.15;
    const bool workweekStyle = !weekendStyle && style < 0.6;
    double weekdaySum = 0;
    for (size_t d = 0; d < 7; ++d) {
        const bool weekend = d >= 5;
        const double base = weekendStyle ? (weekend ? 1.6 : 0.8) : workweekStyle ? (weekend ? 0.6 : 1.15) : 1.0;
        traits.weekdayWeights[d] = base * random.gamma(10.0, 0.1);
        weekdaySum += traits.weekdayWeights[d];
    }
    for (double &weight : traits.weekdayWeights)
        weight /= weekdaySum;

    traits.engagement = random.beta(1.2, 2.8);
    traits.clickiness = random.beta(1.5, 12.0);
    if (context.wholesale) {
        traits.engagement = std::min(0.95, traits.engagement * 1.2);
        traits.purchaseRate = random.gamma(2.0, 2.0);
        traits.meanOrderValue = random.logNormal(std::log(320.0), 0.5);
    } else {
        traits.purchaseRate = random.gamma(0.5, 1.6);
        traits.meanOrderValue = random.logNormal(std::log(38.0), 0.45);
    }
    traits.machineOpener = random.chance(0.20);
    traits.openDelayHours = random.logNormal(std::log(14.0), 0.45);
    traits.softBounceRate = random.chance(0.04) ? 0.08 : 0.003;
    traits.unsubscribeProneness = random.logNormal(0.0, 0.6);

    const qint64 activeFrom = std::max(context.joinedAt, context.start);
    const qint64 horizon = context.until + 90 * 86400;
    if (random.chance(0.30)) {
        const qint64 churn = uniformTime(random, activeFrom, horizon);
        traits.churnedAt = churn < context.until ? churn : 0;
    }
    const double addressDraw = random.uniform();
    if (addressDraw < 0.01) {
        traits.addressDiesAt = context.joinedAt; // a typo at sign-up: the first send bounces
    } else if (addressDraw < 0.03) {
        const qint64 dies = uniformTime(random, activeFrom, context.until + 180 * 86400);
        traits.addressDiesAt = dies < context.until ? dies : 0;
    }

    double interestSum = 0;
    for (double &affinity : traits.interest) {
        affinity = random.gamma(0.7);
        interestSum += affinity;
    }
    for (double &affinity : traits.interest)
        affinity *= productCategoryCount / interestSum;
    return traits;
}

} // namespace herald::demo
