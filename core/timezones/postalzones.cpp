#include "postalzones.h"

#include "logging.h"
#include "regionzones.h"
#include "tztables.h"
#include "zonecatalog.h"

#include <algorithm>

namespace herald::tz {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Canada Post's first letters; X is split further by the second character.
QStringView provinceOfLetter(QChar letter, QChar digit, QChar third)
{
    switch (letter.toUpper().unicode()) {
    case u'A':
        return u"NL";
    case u'B':
        return u"NS";
    case u'C':
        return u"PE";
    case u'E':
        return u"NB";
    case u'G':
    case u'H':
    case u'J':
        return u"QC";
    case u'K':
    case u'L':
    case u'M':
    case u'N':
    case u'P':
        return u"ON";
    case u'R':
        return u"MB";
    case u'S':
        return u"SK";
    case u'T':
        return u"AB";
    case u'V':
        return u"BC";
    case u'X': // X0A, X0B and X0C are Nunavut; the rest of X is the Northwest Territories
        return digit == u'0' && QStringView(u"ABC").contains(third.toUpper()) ? QStringView(u"NU") : QStringView(u"NT");
    case u'Y':
        return u"YT";
    default:
        return {};
    }
}

} // namespace

PostalZones::PostalZones(const ZoneCatalog &catalog, const RegionZones &regions) : m_regions(regions)
{
    for (const QStringList &row : readTable(QStringLiteral("us_zip_zones.tsv"))) {
        if (row.size() < 3)
            continue;
        const int zone = catalog.find(row.at(2));
        if (zone < 0) {
            qCWarning(lcTimeZones) << "us_zip_zones.tsv: unknown time zone" << row.at(2);
            m_unknownTableNames.append(QStringLiteral("us_zip_zones.tsv: ") + row.at(2));
            continue;
        }
        m_ranges.push_back(Range{row.at(0).toInt(), row.at(1).toInt(), zone});
    }
    std::sort(m_ranges.begin(), m_ranges.end(), [](const Range &a, const Range &b) { return a.first < b.first; });
}

PostalZones::Match PostalZones::usZip(QStringView text, bool allowShort) const
{
    text = text.trimmed();
    int digits = 0;
    int zip = 0;
    qsizetype i = 0;
    for (; i < text.size() && isDigit(text.at(i)); ++i, ++digits)
        if (digits < 5) // ZIP+4's last four digits narrow the delivery route, never the zone
            zip = zip * 10 + text.at(i).digitValue();
    const bool plainZip = digits == 5 && i == text.size();
    const bool zipPlusFour = (digits == 9 && i == text.size()) ||
                             (digits == 5 && text.size() == 10 && (text.at(5) == u'-' || text.at(5) == u' ') &&
                              std::all_of(text.begin() + 6, text.end(), isDigit));
    const bool shortZip = allowShort && (digits == 3 || digits == 4) && i == text.size();
    if (!plainZip && !zipPlusFour && !shortZip)
        return {};

    auto after = std::upper_bound(m_ranges.begin(), m_ranges.end(), zip,
                                  [](int value, const Range &range) { return value < range.first; });
    if (after == m_ranges.begin() || std::prev(after)->last < zip)
        return Match{Match::Unknown};
    return Match{Match::Found, std::prev(after)->zone};
}

PostalZones::Match PostalZones::canadianPostalCode(QStringView text) const
{
    QString compact;
    for (const QChar c : text.trimmed())
        if (c != u' ' && c != u'-')
            compact.append(c);
    const bool fsa = compact.size() == 3;
    if (!fsa && compact.size() != 6)
        return {};
    for (int j = 0; j < compact.size(); ++j)
        if (j % 2 == 0 ? !isLetter(compact.at(j)) : !isDigit(compact.at(j)))
            return {};
    const QStringView province = provinceOfLetter(compact.at(0), compact.at(1), compact.at(2));
    const RegionZones::Region *region = province.isEmpty() ? nullptr : m_regions.find(QStringLiteral("CA"), province);
    if (!region)
        return Match{Match::Unknown};
    return Match{Match::Found, region->zone, region->split};
}

std::vector<int> PostalZones::zones() const
{
    std::vector<int> zones;
    for (const Range &range : m_ranges)
        zones.push_back(range.zone);
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    return zones;
}

} // namespace herald::tz
