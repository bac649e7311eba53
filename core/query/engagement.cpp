#include "engagement.h"

#include <QCoreApplication>

namespace herald {
namespace {

struct LevelName
{
    EngagementLevel level;
    const char *key;
    const char *display;
};

constexpr LevelName levelNames[] = {
    {EngagementLevel::New, "new", QT_TRANSLATE_NOOP("herald::EngagementLevel", "New")},
    {EngagementLevel::Cold, "cold", QT_TRANSLATE_NOOP("herald::EngagementLevel", "Cold")},
    {EngagementLevel::Lapsing, "lapsing", QT_TRANSLATE_NOOP("herald::EngagementLevel", "Lapsing")},
    {EngagementLevel::Engaged, "engaged", QT_TRANSLATE_NOOP("herald::EngagementLevel", "Engaged")},
    {EngagementLevel::HighlyEngaged, "highly_engaged", QT_TRANSLATE_NOOP("herald::EngagementLevel", "Highly engaged")},
};

} // namespace

EngagementLevel engagementLevel(const EngagementInputs &inputs, qint64 asOf)
{
    using namespace engagement;
    if (inputs.lastEngagedAt <= 0)
        return inputs.sends < minimumSends ? EngagementLevel::New : EngagementLevel::Cold;
    const qint64 age = asOf - inputs.lastEngagedAt;
    if (age > lapsingWithin)
        return EngagementLevel::Cold;
    if (age > engagedWithin)
        return EngagementLevel::Lapsing;
    if (age <= highlyEngagedWithin && inputs.sends >= minimumSends) {
        const double sends = static_cast<double>(inputs.sends);
        if (inputs.openedCampaigns / sends >= highOpenRate || inputs.clickedCampaigns / sends >= highClickRate)
            return EngagementLevel::HighlyEngaged;
    }
    return EngagementLevel::Engaged;
}

QString engagementKey(EngagementLevel level)
{
    for (const auto &name : levelNames)
        if (name.level == level)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<EngagementLevel> engagementFromKey(const QString &key)
{
    for (const auto &name : levelNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.level;
    return std::nullopt;
}

QString engagementDisplayName(EngagementLevel level)
{
    for (const auto &name : levelNames)
        if (name.level == level)
            return QCoreApplication::translate("herald::EngagementLevel", name.display);
    return {};
}

} // namespace herald
