#include "regionzones.h"

#include "logging.h"
#include "tztables.h"
#include "zonecatalog.h"

namespace herald::tz {

RegionZones::RegionZones(const ZoneCatalog &catalog)
{
    for (const QStringList &row : readTable(QStringLiteral("regions.tsv"))) {
        if (row.size() < 5)
            continue;
        const int zone = catalog.find(row.at(3));
        if (zone < 0) {
            qCWarning(lcTimeZones) << "regions.tsv: unknown time zone" << row.at(3) << "for" << row.at(2);
            m_unknownTableNames.append(QStringLiteral("regions.tsv: ") + row.at(3));
            continue;
        }
        const QStringList names = row.at(2).split(u'|');
        const int index = int(m_regions.size());
        m_regions.append(Region{row.at(0), row.at(1), names.first(), zone, row.at(4) == u"1"});
        m_countries.insert(row.at(0));

        QStringList keys{foldName(row.at(1))};
        for (const QString &name : names)
            keys.append(foldName(name));
        for (const QString &key : std::as_const(keys)) {
            m_byCountryKey.insert(row.at(0) + u'|' + key, index);
            const auto other = m_anywhere.constFind(key);
            if (other == m_anywhere.cend())
                m_anywhere.insert(key, index);
            else if (*other >= 0 && *other != index && m_regions.at(*other).zone != zone)
                m_anywhere.insert(key, -1);
        }
    }
}

const RegionZones::Region *RegionZones::find(const QString &country, QStringView text) const
{
    const int index = m_byCountryKey.value(country + u'|' + foldName(text), -1);
    return index >= 0 ? &m_regions.at(index) : nullptr;
}

const RegionZones::Region *RegionZones::findAnywhere(QStringView text) const
{
    const int index = m_anywhere.value(foldName(text), -1);
    return index >= 0 ? &m_regions.at(index) : nullptr;
}

} // namespace herald::tz
