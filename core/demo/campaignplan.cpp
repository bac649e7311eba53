#include "campaignplan.h"

#include "random.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace herald::demo {
namespace {

constexpr int gifts = 5;
constexpr int stationery = 4;

struct SendSlot
{
    int hour;
    int minute;
    int weight;
};

// UTC send slots: mostly mid-afternoon in Europe / morning in the Americas, with a few experiments, so that the
// history holds enough spread of send times for a send-time model to learn from.
constexpr std::array newsletterSlots = {SendSlot{13, 0, 6}, SendSlot{14, 30, 6}, SendSlot{16, 0, 4}, SendSlot{11, 0, 2},
                                        SendSlot{19, 0, 2}, SendSlot{22, 0, 2},  SendSlot{1, 30, 1}};
constexpr std::array campaignSlots = {SendSlot{14, 0, 5}, SendSlot{15, 30, 4}, SendSlot{17, 0, 3},
                                      SendSlot{12, 0, 2}, SendSlot{20, 0, 2},  SendSlot{23, 0, 1}};

template <size_t N>
qint64 sendTime(const QDate &date, const std::array<SendSlot, N> &slots, Random &random)
{
    std::array<int, N> weights{};
    for (size_t i = 0; i < N; ++i)
        weights[i] = slots[i].weight;
    const SendSlot &slot = slots[random.weighted(std::span<const int>(weights))];
    return QDateTime(date, QTime(slot.hour, slot.minute), QTimeZone::utc()).toSecsSinceEpoch();
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    const int shift = (weekday - first.dayOfWeek() + 7) % 7;
    return first.addDays(shift + 7 * (n - 1));
}

struct Calendar
{
    QDate start;
    QDate until;

    bool contains(const QDate &date) const { return date >= start && date < until; }
    // The date with this month and day inside [start, until), or an invalid date when there is none.
    QDate occurrence(int month, int day) const
    {
        for (int year = start.year(); year <= until.year(); ++year) {
            const QDate date(year, month, std::min(day, QDate(year, month, 1).daysInMonth()));
            if (contains(date))
                return date;
        }
        return {};
    }
    // The first date in the range computed by `rule` for some year.
    template <typename Rule>
    QDate occurrenceOf(Rule rule) const
    {
        for (int year = start.year(); year <= until.year(); ++year) {
            const QDate date = rule(year);
            if (contains(date))
                return date;
        }
        return {};
    }
};

double kindOpenFactor(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Newsletter:
        return 1.0;
    case CampaignKind::Promotion:
        return 1.05;
    case CampaignKind::Seasonal:
        return 1.1;
    case CampaignKind::Launch:
        return 1.05;
    case CampaignKind::Restock:
        return 1.0;
    case CampaignKind::VipPreview:
        return 1.25;
    case CampaignKind::Wholesale:
        return 1.15;
    case CampaignKind::Regional:
        return 1.05;
    case CampaignKind::WinBack:
        return 0.8;
    }
    return 1.0;
}

double kindClickFactor(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Newsletter:
        return 0.8;
    case CampaignKind::Promotion:
        return 1.4;
    case CampaignKind::Seasonal:
        return 1.5;
    case CampaignKind::Launch:
        return 1.2;
    case CampaignKind::Restock:
        return 1.3;
    case CampaignKind::VipPreview:
        return 1.6;
    case CampaignKind::Wholesale:
        return 1.3;
    case CampaignKind::Regional:
        return 1.2;
    case CampaignKind::WinBack:
        return 1.0;
    }
    return 1.0;
}

} // namespace

std::vector<PlannedCampaign> planCampaigns(const QDate &start, const QDate &until, Random &random)
{
    const Calendar calendar{start, until};
    std::vector<PlannedCampaign> plan;
    auto add = [&](CampaignBrief brief, Audience audience = {}) {
        if (!calendar.contains(brief.date))
            return;
        PlannedCampaign campaign;
        campaign.brief = std::move(brief);
        campaign.audience = std::move(audience);
        plan.push_back(std::move(campaign));
    };
    auto brief = [](CampaignKind kind, const QDate &date, int category, int percent, QString tone = {},
                    QString occasion = {}) {
        CampaignBrief b;
        b.kind = kind;
        b.date = date;
        b.category = category;
        b.percentOff = percent;
        b.tone = std::move(tone);
        b.occasion = std::move(occasion);
        return b;
    };
    auto anyCategory = [&random] { return static_cast<int>(random.below(productCategoryCount)); };
    auto jitter = [&random](const QDate &date, int days) {
        return date.isValid() ? date.addDays(random.between(-days, days)) : date;
    };

    // The shop's calendar of seasonal campaigns.
    const QString sale = QStringLiteral("sale");
    const QDate blackFriday = calendar.occurrenceOf([](int y) { return nthWeekday(y, 11, 4, 4).addDays(1); });
    const QDate summerSale = calendar.occurrence(7, 8);
    const std::array seasonal = {
        brief(CampaignKind::Seasonal, calendar.occurrence(2, 7), gifts, 15, {}, QStringLiteral("Valentine's Day")),
        brief(CampaignKind::Seasonal, calendar.occurrenceOf([](int y) { return nthWeekday(y, 5, 7, 2).addDays(-6); }),
              gifts, 15, {}, QStringLiteral("Mother's Day")),
        brief(CampaignKind::Seasonal, summerSale, anyCategory(), 25, sale, QStringLiteral("Summer Sale")),
        brief(CampaignKind::Seasonal, calendar.occurrence(8, 22), stationery, 15, sale,
              QStringLiteral("Back to School sale")),
        brief(CampaignKind::Seasonal, blackFriday, anyCategory(), 30, sale, QStringLiteral("Black Friday sale")),
        brief(CampaignKind::Seasonal, blackFriday.isValid() ? blackFriday.addDays(3) : QDate(), anyCategory(), 30,
              QStringLiteral("urgent"), QStringLiteral("Cyber Monday sale")),
        brief(CampaignKind::Seasonal, calendar.occurrence(12, 2), gifts, 10, {}, QStringLiteral("Holiday")),
        brief(CampaignKind::Seasonal, calendar.occurrence(12, 15), gifts, 15, QStringLiteral("deadline"),
              QStringLiteral("Christmas")),
        brief(CampaignKind::Seasonal, calendar.occurrence(12, 27), anyCategory(), 25, sale,
              QStringLiteral("Year-End Sale")),
    };
    for (const CampaignBrief &b : seasonal)
        add(b);

    add(brief(CampaignKind::Promotion, jitter(calendar.occurrence(3, 14), 4), anyCategory(), 20));
    add(brief(CampaignKind::Promotion, jitter(calendar.occurrence(9, 24), 4), anyCategory(), 20,
              QStringLiteral("urgent")));
    add(brief(CampaignKind::Launch, jitter(calendar.occurrence(4, 9), 5), anyCategory(), 10,
              QStringLiteral("playful")));
    add(brief(CampaignKind::Restock, jitter(calendar.occurrence(6, 12), 5), anyCategory(), 0));

    const Audience vip{Audience::Kind::Tagged, QStringLiteral("VIP"), {}, 0};
    add(brief(CampaignKind::VipPreview, summerSale.isValid() ? summerSale.addDays(-2) : QDate(), anyCategory(), 25),
        vip);
    add(brief(CampaignKind::VipPreview, blackFriday.isValid() ? blackFriday.addDays(-2) : QDate(), anyCategory(), 30),
        vip);
    const Audience wholesale{Audience::Kind::Tagged, QStringLiteral("wholesale"), {}, 0};
    add(brief(CampaignKind::Wholesale, jitter(calendar.occurrence(2, 20), 3), anyCategory(), 12), wholesale);
    add(brief(CampaignKind::Wholesale, jitter(calendar.occurrence(8, 5), 3), anyCategory(), 15), wholesale);

    CampaignBrief uk = brief(CampaignKind::Regional, jitter(calendar.occurrence(5, 20), 3), anyCategory(), 0);
    uk.region = QStringLiteral("the UK and Ireland");
    add(uk, {Audience::Kind::Countries, {}, {QStringLiteral("GB"), QStringLiteral("IE")}, 0});
    CampaignBrief anz = brief(CampaignKind::Regional, jitter(calendar.occurrence(10, 20), 3), anyCategory(), 0);
    anz.region = QStringLiteral("Australia and New Zealand");
    add(anz, {Audience::Kind::Countries, {}, {QStringLiteral("AU"), QStringLiteral("NZ")}, 0});

    add(brief(CampaignKind::WinBack, jitter(calendar.occurrence(4, 22), 3), anyCategory(), 15),
        {Audience::Kind::Inactive, {}, {}, 90});
    add(brief(CampaignKind::WinBack, jitter(calendar.occurrence(10, 28), 3), anyCategory(), 20),
        {Audience::Kind::Inactive, {}, {}, 90});

    // The weekly newsletter, on Tuesdays until the shop tried Thursdays halfway through the year. No newsletter
    // in a week that already has a seasonal campaign, in two summer-break weeks, in Christmas week, and now and
    // then when the shop was simply too busy.
    int issue = 80 + random.between(0, 60);
    const int weeks = static_cast<int>(start.daysTo(until) / 7);
    for (int week = 0; week < weeks; ++week) {
        const QDate weekStart = start.addDays(7 * week);
        const int weekday = week < weeks / 2 ? 2 : 4;
        const QDate date = weekStart.addDays((weekday - weekStart.dayOfWeek() + 7) % 7);
        if (!calendar.contains(date))
            continue;
        const bool busy = std::any_of(seasonal.begin(), seasonal.end(), [&](const CampaignBrief &b) {
            return b.date.isValid() && std::abs(b.date.daysTo(date)) <= 3;
        });
        const bool summerBreak = date.month() == 8 && date.day() <= 14;
        const bool christmas = date.month() == 12 && date.day() >= 22;
        if (busy || summerBreak || christmas || random.chance(0.12))
            continue;
        const double toneDraw = random.uniform();
        const QString tone = toneDraw < 0.6    ? QString()
                             : toneDraw < 0.85 ? QStringLiteral("playful")
                                               : QStringLiteral("calm");
        CampaignBrief b = brief(CampaignKind::Newsletter, date, anyCategory(), 10, tone);
        b.issue = issue++;
        add(b, {Audience::Kind::NewsletterReaders, {}, {}, 0});
    }

    Copywriter copywriter;
    for (PlannedCampaign &campaign : plan) {
        const CampaignBrief &b = campaign.brief;
        campaign.sentAt = b.kind == CampaignKind::Newsletter ? sendTime(b.date, newsletterSlots, random)
                                                             : sendTime(b.date, campaignSlots, random);
        campaign.createdAt = campaign.sentAt - random.between(3600, 6 * 86400);
        campaign.copy = copywriter.write(b, random);
        const double occasionFactor = b.occasion == QLatin1StringView("Black Friday sale") ? 1.2 : 1.0;
        campaign.openAppeal =
            campaign.copy.subjectAppeal * kindOpenFactor(b.kind) * occasionFactor * random.logNormal(-0.007, 0.12);
        campaign.clickAppeal = kindClickFactor(b.kind) * occasionFactor * random.logNormal(-0.011, 0.15);
        campaign.conversionBoost = 1.0 + b.percentOff / 40.0;
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedCampaign &a, const PlannedCampaign &b) { return a.sentAt < b.sentAt; });
    return plan;
}

} // namespace herald::demo
