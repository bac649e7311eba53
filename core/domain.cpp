#include "domain.h"

#include <QCoreApplication>

namespace herald {
namespace {

struct StatusName
{
    ContactStatus status;
    const char *key;
    const char *display;
};

constexpr StatusName statusNames[] = {
    {ContactStatus::Pending, "pending", QT_TRANSLATE_NOOP("herald::ContactStatus", "Pending")},
    {ContactStatus::Subscribed, "subscribed", QT_TRANSLATE_NOOP("herald::ContactStatus", "Subscribed")},
    {ContactStatus::Unsubscribed, "unsubscribed", QT_TRANSLATE_NOOP("herald::ContactStatus", "Unsubscribed")},
    {ContactStatus::Cleaned, "cleaned", QT_TRANSLATE_NOOP("herald::ContactStatus", "Cleaned")},
    {ContactStatus::Bounced, "bounced", QT_TRANSLATE_NOOP("herald::ContactStatus", "Bounced")},
    {ContactStatus::Complained, "complained", QT_TRANSLATE_NOOP("herald::ContactStatus", "Complained")},
    {ContactStatus::NonSubscribed, "non_subscribed", QT_TRANSLATE_NOOP("herald::ContactStatus", "Not subscribed")},
};

struct EventName
{
    EventType type;
    const char *key;
    const char *display;
};

constexpr EventName eventNames[] = {
    {EventType::Send, "send", QT_TRANSLATE_NOOP("herald::EventType", "Send")},
    {EventType::Open, "open", QT_TRANSLATE_NOOP("herald::EventType", "Open")},
    {EventType::Click, "click", QT_TRANSLATE_NOOP("herald::EventType", "Click")},
    {EventType::Bounce, "bounce", QT_TRANSLATE_NOOP("herald::EventType", "Bounce")},
    {EventType::Unsubscribe, "unsubscribe", QT_TRANSLATE_NOOP("herald::EventType", "Unsubscribe")},
    {EventType::Complaint, "complaint", QT_TRANSLATE_NOOP("herald::EventType", "Spam complaint")},
    {EventType::Purchase, "purchase", QT_TRANSLATE_NOOP("herald::EventType", "Purchase")},
    {EventType::SoftBounce, "soft_bounce", QT_TRANSLATE_NOOP("herald::EventType", "Soft bounce")},
};

constexpr const char *zoneSourceKeys[] = {"explicit", "esp",     "utc_offset", "postal_code",
                                          "region",   "country", "workspace"};

} // namespace

QString statusKey(ContactStatus status)
{
    for (const auto &name : statusNames)
        if (name.status == status)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<ContactStatus> statusFromKey(const QString &key)
{
    for (const auto &name : statusNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.status;
    return std::nullopt;
}

QString statusDisplayName(ContactStatus status)
{
    for (const auto &name : statusNames)
        if (name.status == status)
            return QCoreApplication::translate("herald::ContactStatus", name.display);
    return {};
}

QString eventTypeKey(EventType type)
{
    for (const auto &name : eventNames)
        if (name.type == type)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<EventType> eventTypeFromKey(const QString &key)
{
    for (const auto &name : eventNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.type;
    return std::nullopt;
}

QString eventTypeDisplayName(EventType type)
{
    for (const auto &name : eventNames)
        if (name.type == type)
            return QCoreApplication::translate("herald::EventType", name.display);
    return {};
}

QString timeZoneSourceKey(TimeZoneSource source)
{
    return QString::fromLatin1(zoneSourceKeys[static_cast<int>(source)]);
}

std::optional<TimeZoneSource> timeZoneSourceFromKey(const QString &key)
{
    for (int i = 0; i < static_cast<int>(std::size(zoneSourceKeys)); ++i)
        if (key == QLatin1StringView(zoneSourceKeys[i]))
            return static_cast<TimeZoneSource>(i);
    return std::nullopt;
}

} // namespace herald
