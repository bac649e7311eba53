#include "zoneclock.h"

#include <QDateTime>
#include <QTimeZone>

namespace herald::demo {

ZoneClock::ZoneClock(const QList<QByteArray> &zoneIds, qint64 from, qint64 to)
    : m_from(from - from % 3600), m_hours((to - m_from) / 3600 + 1)
{
    m_offsets.resize(static_cast<size_t>(zoneIds.size()) * static_cast<size_t>(m_hours));
    const QDateTime begin = QDateTime::fromSecsSinceEpoch(m_from, QTimeZone::utc());
    const QDateTime end = QDateTime::fromSecsSinceEpoch(m_from + m_hours * 3600, QTimeZone::utc());
    for (qsizetype z = 0; z < zoneIds.size(); ++z) {
        const QTimeZone zone(zoneIds[z]);
        int offset = zone.isValid() ? zone.offsetFromUtc(begin) : 0;
        const QTimeZone::OffsetDataList transitions =
            zone.isValid() ? zone.transitions(begin, end) : QTimeZone::OffsetDataList();
        qsizetype next = 0;
        int *row = m_offsets.data() + static_cast<size_t>(z) * static_cast<size_t>(m_hours);
        for (qint64 hour = 0; hour < m_hours; ++hour) {
            const qint64 utc = m_from + hour * 3600;
            while (next < transitions.size() && transitions[next].atUtc.toSecsSinceEpoch() <= utc)
                offset = transitions[next++].offsetFromUtc;
            row[hour] = offset;
        }
    }
}

} // namespace herald::demo
