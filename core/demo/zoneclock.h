#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace herald::demo {

// UTC offsets of the demo's zones, hour by hour over the simulated period. Asking QTimeZone for every one of
// millions of simulated opens would dominate the run time; the offsets change at most twice a year.
class ZoneClock
{
public:
    // Covers [from, to) in UTC epoch seconds; times outside are clamped to the nearest covered hour.
    ZoneClock(const QList<QByteArray> &zoneIds, qint64 from, qint64 to);

    int offsetAt(int zone, qint64 utc) const
    {
        qint64 hour = (utc - m_from) / 3600;
        hour = hour < 0 ? 0 : (hour >= m_hours ? m_hours - 1 : hour);
        return m_offsets[static_cast<size_t>(zone) * static_cast<size_t>(m_hours) + static_cast<size_t>(hour)];
    }
    qint64 toLocal(int zone, qint64 utc) const { return utc + offsetAt(zone, utc); }

private:
    qint64 m_from;
    qint64 m_hours;
    std::vector<int> m_offsets; // seconds east of UTC, [zone][hour]
};

// Local hour of day (0-23) and weekday (0 = Monday) of a local "epoch" time from ZoneClock::toLocal.
inline int localHour(qint64 local)
{
    return static_cast<int>(((local % 86400) + 86400) % 86400 / 3600);
}
inline int localWeekday(qint64 local)
{
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return static_cast<int>(((days + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
}

} // namespace herald::demo
