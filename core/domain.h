#pragma once

#include <QString>

#include <array>
#include <optional>

namespace herald {

// Stored as integers in contacts.status and consent_events.status; never renumber.
enum class ContactStatus : int
{
    Pending = 0, // signed up, not yet confirmed (double opt-in)
    Subscribed = 1,
    Unsubscribed = 2,
    Cleaned = 3, // removed by the ESP after hard bounces
    Bounced = 4,
    Complained = 5,    // marked a message as spam
    NonSubscribed = 6, // known from activity or orders, never opted in to marketing
};

inline constexpr std::array allContactStatuses = {
    ContactStatus::Subscribed, ContactStatus::Pending, ContactStatus::NonSubscribed, ContactStatus::Unsubscribed,
    ContactStatus::Cleaned,    ContactStatus::Bounced, ContactStatus::Complained,
};

// Suppressed contacts are never in a send export, and no import may make them subscribed again.
constexpr bool isSuppressed(ContactStatus status)
{
    return status == ContactStatus::Unsubscribed || status == ContactStatus::Cleaned ||
           status == ContactStatus::Bounced || status == ContactStatus::Complained;
}

// Stable machine name ("subscribed", ...), used in the CLI and in JSON.
QString statusKey(ContactStatus status);
std::optional<ContactStatus> statusFromKey(const QString &key);
// Translated name for display.
QString statusDisplayName(ContactStatus status);

// Stored as integers in events.type; never renumber.
enum class EventType : int
{
    Send = 0,
    Open = 1,
    Click = 2,
    Bounce = 3, // hard bounce
    Unsubscribe = 4,
    Complaint = 5,
    Purchase = 6,
    SoftBounce = 7,
};

QString eventTypeKey(EventType type);
std::optional<EventType> eventTypeFromKey(const QString &key);
QString eventTypeDisplayName(EventType type);

// Where a contact's time zone came from, strongest first. Stored in contacts.time_zone_source.
enum class TimeZoneSource
{
    Explicit,
    Esp,
    UtcOffset,
    PostalCode,
    Region,
    Country,
    Workspace
};
QString timeZoneSourceKey(TimeZoneSource source);
std::optional<TimeZoneSource> timeZoneSourceFromKey(const QString &key);

} // namespace herald
