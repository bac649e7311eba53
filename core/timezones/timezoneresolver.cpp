#include "timezoneresolver.h"

#include "countrynames.h"
#include "postalzones.h"
#include "regionzones.h"
#include "utcoffset.h"
#include "zonecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace herald {

namespace {

// lupdate files Tr::tr() calls under the enclosing class, which is this context; TimeZoneResolver is not a QObject.
// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::TimeZoneResolver)
};

// Countries whose addresses use US ZIP codes: the US, its territories and the freely associated states.
bool usesUsZipCodes(const QString &country)
{
    static const QStringList countries{
        QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("VI"), QStringLiteral("GU"), QStringLiteral("AS"),
        QStringLiteral("MP"), QStringLiteral("FM"), QStringLiteral("MH"), QStringLiteral("PW"), QStringLiteral("UM")};
    return countries.contains(country);
}

struct Subdivision
{
    QString country;
    QString region;
};

// "US-TX" (ISO 3166-2) is country "US", region "TX"; anything else is a region alone.
Subdivision splitSubdivisionCode(const QString &text)
{
    const QString prefix = text.left(2).toUpper();
    if (text.indexOf(u'-') == 2 && text.size() >= 4 && text.size() <= 6 && tz::CountryNames::shared().isCode(prefix))
        return {prefix, text.mid(3)};
    return {{}, text};
}

} // namespace

const TimeZoneResolver &TimeZoneResolver::shared()
{
    static const TimeZoneResolver resolver;
    return resolver;
}

TimeZoneResolver::TimeZoneResolver()
    : m_catalog(std::make_unique<tz::ZoneCatalog>()), m_regions(std::make_unique<tz::RegionZones>(*m_catalog)),
      m_postal(std::make_unique<tz::PostalZones>(*m_catalog, *m_regions)), m_countries(tz::CountryNames::shared())
{}

TimeZoneResolver::~TimeZoneResolver() = default;

ResolvedTimeZone TimeZoneResolver::resolve(const TimeZoneInput &input) const
{
    ResolvedTimeZone result;
    if (resolveName(input.explicitZone, TimeZoneSource::Explicit, result) ||
        resolveName(input.espZone, TimeZoneSource::Esp, result))
        return result;

    const Subdivision subdivision = splitSubdivisionCode(input.region.trimmed());
    QString country = m_countries.normalise(input.country);
    if (country.isEmpty() && !input.country.trimmed().isEmpty())
        result.problems.append({TimeZoneSource::Country, Tr::tr("unknown country '%1'").arg(input.country.trimmed())});
    if (country.isEmpty())
        country = subdivision.country;

    const Location location = locate(country, subdivision.region, input, result.problems);
    if (resolveOffsets(input, country, location, result))
        return result;
    if (location.zone >= 0) {
        result.zone = m_catalog->at(location.zone).zone;
        result.source = location.source;
        result.note = location.note;
        return result;
    }
    result.zone = input.workspaceZone.isValid() ? input.workspaceZone : QTimeZone::utc();
    result.source = TimeZoneSource::Workspace;
    return result;
}

bool TimeZoneResolver::resolveName(const QString &text, TimeZoneSource source, ResolvedTimeZone &result) const
{
    if (text.isEmpty())
        return false;
    int index = m_catalog->find(text);
    if (index < 0) {
        if (const auto offset = tz::parseUtcOffset(text, true))
            index = m_catalog->fixedOffsetZone(*offset);
    }
    if (index < 0) {
        if (!text.trimmed().isEmpty())
            result.problems.append({source, Tr::tr("unknown time zone '%1'").arg(text.trimmed())});
        return false;
    }
    result.zone = m_catalog->at(index).zone;
    result.source = source;
    return true;
}

bool TimeZoneResolver::resolveOffsets(const TimeZoneInput &input, const QString &country, const Location &location,
                                      ResolvedTimeZone &result) const
{
    const QString standardText = input.gmtOffset.trimmed();
    if (standardText.isEmpty())
        return false;
    const auto standard = tz::parseUtcOffset(standardText);
    if (!standard) {
        result.problems.append({TimeZoneSource::UtcOffset, Tr::tr("invalid UTC offset '%1'").arg(standardText)});
        return false;
    }
    const QString daylightText = input.dstOffset.trimmed();
    std::optional<int> daylight;
    if (!daylightText.isEmpty()) {
        daylight = tz::parseUtcOffset(daylightText);
        if (!daylight)
            result.problems.append(
                {TimeZoneSource::UtcOffset, Tr::tr("invalid daylight saving UTC offset '%1'").arg(daylightText)});
    }

    int index = m_catalog->zoneForOffsets(*standard, daylight, country, location.zone);
    if (index < 0 && daylight) {
        index = m_catalog->zoneForOffsets(*standard, std::nullopt, country, location.zone);
        if (index >= 0)
            result.note = Tr::tr("no time zone keeps %1 with %2 during daylight saving time; assumed %3")
                              .arg(tz::formatUtcOffset(*standard), tz::formatUtcOffset(*daylight),
                                   QString::fromLatin1(zoneId(index)));
    }
    if (index < 0) {
        index = m_catalog->fixedOffsetZone(*standard);
        result.note = Tr::tr("no time zone keeps %1; used a fixed offset without daylight saving time")
                          .arg(tz::formatUtcOffset(*standard));
    }
    if (index < 0)
        return false;
    result.zone = m_catalog->at(index).zone;
    result.source = TimeZoneSource::UtcOffset;
    return true;
}

TimeZoneResolver::Location TimeZoneResolver::locate(const QString &country, const QString &region,
                                                    const TimeZoneInput &input, QList<TimeZoneProblem> &problems) const
{
    const QString postalCode = input.postalCode.trimmed();
    if (!postalCode.isEmpty()) {
        Location location = locateByPostalCode(country, postalCode, input.workspaceZone, problems);
        if (location.zone >= 0)
            return location;
    }
    if (!region.isEmpty()) {
        Location location = locateByRegion(country, region, problems);
        if (location.zone >= 0)
            return location;
    }
    if (country.isEmpty())
        return {};
    const int zone = m_catalog->countryZone(country);
    if (zone < 0) {
        problems.append({TimeZoneSource::Country, Tr::tr("no time zone is known for %1").arg(countryName(country))});
        return {};
    }
    Location location{zone, TimeZoneSource::Country, {}};
    if (m_catalog->countrySpansOffsets(country))
        location.note = Tr::tr("%1 spans several time zones; assumed %2")
                            .arg(countryName(country), QString::fromLatin1(zoneId(zone)));
    return location;
}

TimeZoneResolver::Location TimeZoneResolver::locateByPostalCode(const QString &country, const QString &postalCode,
                                                                const QTimeZone &workspaceZone,
                                                                QList<TimeZoneProblem> &problems) const
{
    // Five digits alone could be a ZIP, a PLZ, a code postal or a CAP: without a country, trust them as a ZIP only
    // when the workspace itself is in the US.
    const bool assumeUs = country.isEmpty() && usesUsZipCodes(homeCountry(workspaceZone));
    if (usesUsZipCodes(country) || assumeUs) {
        const tz::PostalZones::Match zip = m_postal->usZip(postalCode, !country.isEmpty());
        if (zip.status == tz::PostalZones::Match::Found) {
            Location location{zip.zone, TimeZoneSource::PostalCode, {}};
            if (country.isEmpty())
                location.note = Tr::tr("read '%1' as a US ZIP code").arg(postalCode);
            return location;
        }
        if (zip.status == tz::PostalZones::Match::Unknown)
            problems.append(
                {TimeZoneSource::PostalCode, Tr::tr("no time zone is known for ZIP code '%1'").arg(postalCode)});
        else if (!country.isEmpty())
            problems.append({TimeZoneSource::PostalCode, Tr::tr("'%1' is not a US ZIP code").arg(postalCode)});
    }
    if (country.isEmpty() || country == u"CA") { // "K1A 0B1" is unmistakable, whatever the workspace
        const tz::PostalZones::Match code = m_postal->canadianPostalCode(postalCode);
        if (code.status == tz::PostalZones::Match::Found) {
            Location location{code.zone, TimeZoneSource::PostalCode, {}};
            if (code.split)
                location.note = Tr::tr("the province of postal code '%1' spans several time zones; assumed %2")
                                    .arg(postalCode, QString::fromLatin1(zoneId(code.zone)));
            else if (country.isEmpty())
                location.note = Tr::tr("read '%1' as a Canadian postal code").arg(postalCode);
            return location;
        }
        if (country == u"CA")
            problems.append({TimeZoneSource::PostalCode, Tr::tr("'%1' is not a Canadian postal code").arg(postalCode)});
    }
    return {};
}

TimeZoneResolver::Location TimeZoneResolver::locateByRegion(const QString &country, const QString &region,
                                                            QList<TimeZoneProblem> &problems) const
{
    const tz::RegionZones::Region *found =
        country.isEmpty() ? m_regions->findAnywhere(region) : m_regions->find(country, region);
    if (!found) {
        // Only a country split across zones needs its regions; elsewhere the region adds nothing to check.
        if (m_regions->hasRegions(country) && m_catalog->countrySpansOffsets(country))
            problems.append(
                {TimeZoneSource::Region, Tr::tr("unknown region '%1' in %2").arg(region, countryName(country))});
        return {};
    }
    Location location{found->zone, TimeZoneSource::Region, {}};
    if (found->split)
        location.note = Tr::tr("%1 spans several time zones; assumed %2")
                            .arg(found->name, QString::fromLatin1(zoneId(found->zone)));
    else if (country.isEmpty())
        location.note = Tr::tr("read '%1' as %2, %3").arg(region, found->name, countryName(found->country));
    return location;
}

Result<QTimeZone> TimeZoneResolver::zoneFromName(const QString &name) const
{
    ResolvedTimeZone result;
    if (resolveName(name, TimeZoneSource::Explicit, result))
        return result.zone;
    return Error{Tr::tr("unknown time zone '%1'").arg(name.trimmed())};
}

QList<QByteArray> TimeZoneResolver::tableZoneIds() const
{
    std::vector<int> zones = m_catalog->namedZones();
    for (const tz::RegionZones::Region &region : m_regions->regions())
        zones.push_back(region.zone);
    const std::vector<int> postal = m_postal->zones();
    zones.insert(zones.end(), postal.begin(), postal.end());
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    QList<QByteArray> ids;
    for (const int zone : zones)
        ids.append(zoneId(zone));
    return ids;
}

QStringList TimeZoneResolver::tableProblems() const
{
    return m_catalog->unknownTableNames() + m_regions->unknownTableNames() + m_postal->unknownTableNames();
}

QString TimeZoneResolver::homeCountry(const QTimeZone &workspaceZone) const
{
    const int index = workspaceZone.isValid() ? m_catalog->find(QString::fromLatin1(workspaceZone.id())) : -1;
    return index >= 0 ? m_catalog->at(index).country : QString();
}

QByteArray TimeZoneResolver::zoneId(int index) const
{
    return m_catalog->at(index).id;
}

} // namespace herald
