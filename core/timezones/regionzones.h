#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace herald::tz {

class ZoneCatalog;

// States, provinces and territories of countries that span several zones (regions.tsv): codes and names,
// matched after folding case, accents and punctuation. Immutable after construction.
class RegionZones
{
public:
    struct Region
    {
        QString country;    // ISO alpha-2
        QString code;       // "TX", "QC", "NSW"
        QString name;       // "Texas", for messages
        int zone = -1;      // index into the ZoneCatalog
        bool split = false; // the region itself spans zones, so its zone is the majority's
    };

    explicit RegionZones(const ZoneCatalog &catalog);

    // The region of a known country, by code or name; nullptr when the country has no such region.
    const Region *find(const QString &country, QStringView text) const;
    // The region when the country is not known: only when the text names exactly one region (or several that
    // share a zone); "Texas" works, "WA" (Washington or Western Australia) does not.
    const Region *findAnywhere(QStringView text) const;
    bool hasRegions(const QString &country) const { return m_countries.contains(country); }

    const QList<Region> &regions() const { return m_regions; }
    QStringList unknownTableNames() const { return m_unknownTableNames; }

private:
    QList<Region> m_regions;
    QHash<QString, int> m_byCountryKey; // country + '|' + folded code or name -> region
    QHash<QString, int> m_anywhere;     // folded code or name -> region; -1 when it names several
    QSet<QString> m_countries;
    QStringList m_unknownTableNames;
};

} // namespace herald::tz
