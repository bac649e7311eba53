#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace herald::tz {

// Every zone Herald can assign, built once: case-insensitive names (IANA ids, tzdata's backward links, common
// abbreviations), one QTimeZone per zone so no row ever constructs one, each zone's country, and its offsets
// this year so a bare UTC offset can be turned back into a zone. Immutable after construction.
class ZoneCatalog
{
public:
    struct Zone
    {
        QByteArray id;
        QTimeZone zone;
        QString country;        // ISO alpha-2 from zone.tab; empty for UTC and fixed offsets
        int standardOffset = 0; // seconds east of UTC, the smaller of January's and July's
        int daylightOffset = 0; // the larger; equal to standardOffset where there is no daylight saving time
        int preference = 0;     // lower wins when several zones share offsets
    };

    ZoneCatalog();

    // The zone a name means, or -1. Case and spaces-for-underscores do not matter; links resolve to their target.
    int find(QStringView name) const;
    const Zone &at(int index) const { return m_zones.at(index); }
    int utcIndex() const { return m_utc; }

    // A fixed-offset zone ("UTC+05:30"); -1 unless the offset is a whole quarter hour within ±14 hours.
    int fixedOffsetZone(int offsetSeconds) const;

    // The zone matching Mailchimp-style offsets: standard offset, and daylight offset when known. Among several
    // candidates, hint wins if it matches, then zones of the given country, then the most preferred; -1 if none.
    int zoneForOffsets(int standardOffset, std::optional<int> daylightOffset, QStringView country, int hint = -1) const;

    // The zones of a country in zone.tab order, and the one assumed when nothing narrower is known.
    QList<int> countryZones(const QString &country) const { return m_countryZones.value(country); }
    int countryZone(const QString &country) const { return m_countryZone.value(country, -1); }
    // True when the country's zones do not all keep the same offsets, so the country alone is a guess.
    bool countrySpansOffsets(const QString &country) const { return m_splitCountries.contains(country); }

    // Every zone a name or a country leads to.
    std::vector<int> namedZones() const;

    // Zone names in the bundled tables that this Qt does not know (they are left out of the catalog).
    QStringList unknownTableNames() const { return m_unknownTableNames; }

private:
    int addZone(const QByteArray &id, const QTimeZone &zone);
    int findOrAdd(const QString &name);
    void loadCountries();
    void loadLinks(const QSet<QString> &currentNames);
    void loadPreferences();
    void computeOffsets();
    void rememberUnknown(const QString &table, const QString &name);

    QList<Zone> m_zones;
    QHash<QString, int> m_names; // lower-case name -> zone
    QHash<int, int> m_fixed;     // offset seconds -> zone
    QHash<QString, QList<int>> m_countryZones;
    QHash<QString, int> m_countryZone;
    QSet<QString> m_splitCountries;
    QHash<qint64, QList<int>> m_byOffsets; // (standard, daylight) -> zones, best first
    QHash<int, QList<int>> m_byStandard;   // standard -> zones, best first
    QStringList m_unknownTableNames;
    int m_utc = -1;
};

} // namespace herald::tz
