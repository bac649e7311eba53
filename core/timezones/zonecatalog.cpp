#include "zonecatalog.h"

#include "logging.h"
#include "tztables.h"
#include "utcoffset.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace herald::tz {

namespace {

QString nameKey(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.replace(u' ', u'_');
    return key;
}

qint64 offsetPairKey(int standardOffset, int daylightOffset)
{
    return (qint64(standardOffset) << 32) | quint32(daylightOffset);
}

} // namespace

ZoneCatalog::ZoneCatalog()
{
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QTimeZone zone(id);
        if (zone.isValid())
            addZone(id, zone);
    }
    m_utc = find(u"UTC");
    if (m_utc < 0)
        m_utc = addZone(QByteArrayLiteral("UTC"), QTimeZone::utc());

    // Every quarter-hour offset exists up front, so even the last-resort answer never builds a zone per row.
    constexpr int quarterHour = 15 * 60;
    for (int quarters = -56; quarters <= 56; ++quarters) {
        const int offset = quarters * quarterHour;
        if (offset == 0) {
            m_fixed.insert(0, m_utc);
            continue;
        }
        int index = find(formatUtcOffset(offset)); // Qt lists "UTC-03:00" but calls QTimeZone(-10800) "UTC-03"
        if (index < 0) {
            const QTimeZone zone(offset);
            index = addZone(zone.id(), zone);
        }
        m_fixed.insert(offset, index);
    }

    QSet<QString> currentNames; // zone.tab's names stay themselves even where tzdata now links them elsewhere
    for (const QStringList &row : readTable(QStringLiteral("zone.tab")))
        if (row.size() >= 3)
            currentNames.insert(nameKey(row.at(2)));
    loadLinks(currentNames);
    loadCountries();
    loadPreferences();
    computeOffsets();
}

int ZoneCatalog::find(QStringView name) const
{
    return m_names.value(nameKey(name), -1);
}

int ZoneCatalog::fixedOffsetZone(int offsetSeconds) const
{
    return m_fixed.value(offsetSeconds, -1);
}

int ZoneCatalog::zoneForOffsets(int standardOffset, std::optional<int> daylightOffset, QStringView country,
                                int hint) const
{
    const QList<int> candidates = daylightOffset ? m_byOffsets.value(offsetPairKey(standardOffset, *daylightOffset))
                                                 : m_byStandard.value(standardOffset);
    if (candidates.isEmpty())
        return -1;
    if (hint >= 0 && candidates.contains(hint))
        return hint;
    if (!country.isEmpty()) {
        for (const int index : candidates)
            if (m_zones.at(index).country == country)
                return index;
    }
    return candidates.first();
}

std::vector<int> ZoneCatalog::namedZones() const
{
    std::vector<int> zones(m_names.cbegin(), m_names.cend());
    for (const QList<int> &countryZones : m_countryZones)
        zones.insert(zones.end(), countryZones.cbegin(), countryZones.cend());
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    return zones;
}

int ZoneCatalog::addZone(const QByteArray &id, const QTimeZone &zone)
{
    const int index = int(m_zones.size());
    m_zones.append(Zone{id, zone, {}, 0, 0, 0});
    m_names.insert(nameKey(QString::fromLatin1(id)), index);
    return index;
}

int ZoneCatalog::findOrAdd(const QString &name)
{
    const int index = find(name);
    if (index >= 0)
        return index;
    const QTimeZone zone(name.toLatin1());
    return zone.isValid() ? addZone(zone.id(), zone) : -1;
}

void ZoneCatalog::rememberUnknown(const QString &table, const QString &name)
{
    qCWarning(lcTimeZones) << "time zone" << name << "from" << table << "is unknown to this Qt; left out";
    m_unknownTableNames.append(table + u": " + name);
}

void ZoneCatalog::loadLinks(const QSet<QString> &currentNames)
{
    for (const QStringList &row : readTable(QStringLiteral("backward"))) {
        if (row.size() < 3 || row.at(0) != u"Link")
            continue;
        const QString &target = row.at(1);
        const QString key = nameKey(row.at(2));
        if (currentNames.contains(key) && m_names.contains(key))
            continue;
        const bool universal = target == u"Etc/UTC" || target == u"Etc/GMT";
        int index = universal ? m_utc : findOrAdd(target);
        if (index < 0)
            index = findOrAdd(row.at(2)); // an older tzdata may lack the new target but still have the old name
        if (index < 0) {
            rememberUnknown(QStringLiteral("backward"), target);
            continue;
        }
        m_names.insert(key, index);
    }
    for (const char *name : {"etc/utc", "etc/gmt", "utc", "gmt"})
        m_names.insert(QString::fromLatin1(name), m_utc);
    // POSIX signs are inverted: Etc/GMT+5 is five hours behind UTC.
    for (int hours = 1; hours <= 14; ++hours) {
        m_names.insert(QStringLiteral("etc/gmt+%1").arg(hours), m_fixed.value(-hours * 3600));
        m_names.insert(QStringLiteral("etc/gmt-%1").arg(hours), m_fixed.value(hours * 3600));
    }
    for (const QStringList &row : readTable(QStringLiteral("zone_aliases.tsv"))) {
        if (row.size() < 2)
            continue;
        const int index = findOrAdd(row.at(1));
        if (index < 0)
            rememberUnknown(QStringLiteral("zone_aliases.tsv"), row.at(1));
        else
            m_names.insert(nameKey(row.at(0)), index);
    }
}

void ZoneCatalog::loadCountries()
{
    for (const QStringList &row : readTable(QStringLiteral("zone.tab"))) {
        if (row.size() < 3)
            continue;
        const int index = findOrAdd(row.at(2));
        if (index < 0) {
            rememberUnknown(QStringLiteral("zone.tab"), row.at(2));
            continue;
        }
        if (m_zones[index].country.isEmpty())
            m_zones[index].country = row.at(0);
        m_countryZones[row.at(0)].append(index);
    }
    for (const QStringList &row : readTable(QStringLiteral("country_zones.tsv"))) {
        if (row.size() < 2)
            continue;
        const int index = findOrAdd(row.at(1));
        if (index < 0)
            rememberUnknown(QStringLiteral("country_zones.tsv"), row.at(1));
        else
            m_countryZone.insert(row.at(0), index);
    }
    for (auto it = m_countryZones.cbegin(); it != m_countryZones.cend(); ++it)
        if (!m_countryZone.contains(it.key()))
            m_countryZone.insert(it.key(), it.value().first());
}

void ZoneCatalog::loadPreferences()
{
    constexpr int countryZonePreference = 1000;
    constexpr int otherPreference = 2000;
    for (Zone &zone : m_zones)
        zone.preference = otherPreference;
    for (const int index : std::as_const(m_countryZone))
        m_zones[index].preference = countryZonePreference;
    int rank = 0;
    for (const QStringList &row : readTable(QStringLiteral("preferred_zones.txt"))) {
        const int index = findOrAdd(row.at(0));
        if (index < 0)
            rememberUnknown(QStringLiteral("preferred_zones.txt"), row.at(0));
        else
            m_zones[index].preference = std::min(m_zones[index].preference, rank++);
    }
}

void ZoneCatalog::computeOffsets()
{
    // This year's rules: a contact's GMTOFF/DSTOFF describe the zone as it is now, not as it was in 1990.
    const int year = QDate::currentDate().year();
    const QDateTime january(QDate(year, 1, 15), QTime(12, 0), QTimeZone::utc());
    const QDateTime july(QDate(year, 7, 15), QTime(12, 0), QTimeZone::utc());
    for (int index = 0; index < m_zones.size(); ++index) {
        Zone &zone = m_zones[index];
        if (zone.country.isEmpty() && index != m_utc)
            continue; // fixed offsets and bare links are answers of last resort, never candidates
        const int inJanuary = zone.zone.offsetFromUtc(january);
        const int inJuly = zone.zone.offsetFromUtc(july);
        zone.standardOffset = std::min(inJanuary, inJuly);
        zone.daylightOffset = std::max(inJanuary, inJuly);
        m_byOffsets[offsetPairKey(zone.standardOffset, zone.daylightOffset)].append(index);
        m_byStandard[zone.standardOffset].append(index);
    }
    const auto better = [this](int a, int b) {
        const Zone &left = m_zones.at(a);
        const Zone &right = m_zones.at(b);
        return left.preference != right.preference ? left.preference < right.preference : left.id < right.id;
    };
    for (QList<int> &candidates : m_byOffsets)
        std::sort(candidates.begin(), candidates.end(), better);
    for (QList<int> &candidates : m_byStandard)
        std::sort(candidates.begin(), candidates.end(), better);

    for (auto it = m_countryZones.cbegin(); it != m_countryZones.cend(); ++it) {
        const Zone &first = m_zones.at(it.value().first());
        for (const int index : it.value()) {
            const Zone &zone = m_zones.at(index);
            if (zone.standardOffset != first.standardOffset || zone.daylightOffset != first.daylightOffset) {
                m_splitCountries.insert(it.key());
                break;
            }
        }
    }
}

} // namespace herald::tz
