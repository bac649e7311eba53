#pragma once

#include <QString>

#include <array>
#include <optional>

namespace herald {

// How engaged a contact is, judged from its own history. Stored as integers in contact_activity.engagement;
// never renumber.
//
// The rules, applied in order. "Engaged" means a human open, a click or a purchase; recency is measured back
// from the workspace's latest event (imported history may end months before today), and rates are over the
// campaigns the contact was sent:
//   New             never engaged and fewer than 3 campaigns received: too little history to judge
//   Cold            never engaged (3+ campaigns received), or last engaged more than 180 days ago
//   Lapsing         last engaged 91 to 180 days ago
//   HighlyEngaged   engaged within 30 days, 3+ campaigns received, and opened at least half of them or clicked
//                   at least one in ten
//   Engaged         engaged within 90 days
enum class EngagementLevel : int
{
    New = 0,
    Cold = 1,
    Lapsing = 2,
    Engaged = 3,
    HighlyEngaged = 4,
};

inline constexpr std::array allEngagementLevels = {EngagementLevel::HighlyEngaged, EngagementLevel::Engaged,
                                                   EngagementLevel::Lapsing, EngagementLevel::Cold,
                                                   EngagementLevel::New};

namespace engagement {
inline constexpr qint64 daySeconds = 24 * 3600;
inline constexpr qint64 highlyEngagedWithin = 30 * daySeconds;
inline constexpr qint64 engagedWithin = 90 * daySeconds;
inline constexpr qint64 lapsingWithin = 180 * daySeconds;
inline constexpr qint64 minimumSends = 3;
inline constexpr double highOpenRate = 0.5;
inline constexpr double highClickRate = 0.1;
} // namespace engagement

// What the rules look at, per contact.
struct EngagementInputs
{
    qint64 sends = 0;
    qint64 openedCampaigns = 0; // with a human open or a click
    qint64 clickedCampaigns = 0;
    qint64 lastEngagedAt = 0; // UTC seconds of the latest human open, click or purchase; 0: never
};

// `asOf`: the time recency is measured from (UTC seconds).
EngagementLevel engagementLevel(const EngagementInputs &inputs, qint64 asOf);

// Stable machine name ("highly_engaged", ...), used in the CLI and in JSON.
QString engagementKey(EngagementLevel level);
std::optional<EngagementLevel> engagementFromKey(const QString &key);
// Translated name for display.
QString engagementDisplayName(EngagementLevel level);

} // namespace herald
