#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace herald {

namespace tz {
class CountryNames;
class PostalZones;
class RegionZones;
class ZoneCatalog;
} // namespace tz

// What an imported row says about where a contact lives. Every field may be empty.
struct TimeZoneInput
{
    QString explicitZone;    // a column the user mapped to the time zone: "Europe/Berlin", "america/new_york", "EST"
    QString espZone;         // Mailchimp TIMEZONE, often lower-case or an old name such as "US/Eastern"
    QString gmtOffset;       // Mailchimp GMTOFF: hours from UTC outside daylight saving time ("-5", "5.5")
    QString dstOffset;       // Mailchimp DSTOFF: hours from UTC during daylight saving time ("-4")
    QString country;         // "DE", "DEU", "Germany", "Deutschland"
    QString region;          // "TX", "Texas", "US-TX", "Québec", "NSW"
    QString postalCode;      // US ZIP ("10001", "10001-1234") or Canadian postal code ("K1A 0B1")
    QTimeZone workspaceZone; // the answer when nothing else is known
};

// An input that was present but could not be used, and why, for the import's report.
struct TimeZoneProblem
{
    TimeZoneSource field; // the input at fault: Explicit, Esp, UtcOffset, PostalCode, Region or Country
    QString message;      // "unknown time zone 'Mars/Olympus'"
};

struct ResolvedTimeZone
{
    QTimeZone zone;
    TimeZoneSource source = TimeZoneSource::Workspace;
    QString note; // set when the zone is a guess from coarse evidence: "Texas spans several time zones; ..."
    QList<TimeZoneProblem> problems;

    bool isGuess() const { return !note.isEmpty(); }
};

// A contact's time zone from the strongest evidence its row has: an explicit zone, the ESP's zone, the ESP's UTC
// offsets, the postal code, the region, the country, and finally the workspace's zone. Tables are built once (about
// 0.1 s); resolve() is then a few hash look-ups, safe to call from any thread on the shared instance.
class TimeZoneResolver
{
public:
    static const TimeZoneResolver &shared();

    TimeZoneResolver();
    ~TimeZoneResolver();
    TimeZoneResolver(const TimeZoneResolver &) = delete;
    TimeZoneResolver &operator=(const TimeZoneResolver &) = delete;

    ResolvedTimeZone resolve(const TimeZoneInput &input) const;

    // A zone the user typed (e.g. `--timezone`): IANA id in any case, old name, abbreviation or "UTC+05:30".
    Result<QTimeZone> zoneFromName(const QString &name) const;

    // Every zone a name, country, region or postal code can resolve to.
    QList<QByteArray> tableZoneIds() const;
    // Zone names in the bundled tables that this Qt does not know; empty when every table is usable.
    QStringList tableProblems() const;

private:
    struct Location
    {
        int zone = -1;
        TimeZoneSource source = TimeZoneSource::Workspace;
        QString note;
    };

    bool resolveName(const QString &text, TimeZoneSource source, ResolvedTimeZone &result) const;
    bool resolveOffsets(const TimeZoneInput &input, const QString &country, const Location &location,
                        ResolvedTimeZone &result) const;
    Location locate(const QString &country, const QString &region, const TimeZoneInput &input,
                    QList<TimeZoneProblem> &problems) const;
    Location locateByPostalCode(const QString &country, const QString &postalCode, const QTimeZone &workspaceZone,
                                QList<TimeZoneProblem> &problems) const;
    Location locateByRegion(const QString &country, const QString &region, QList<TimeZoneProblem> &problems) const;
    QString homeCountry(const QTimeZone &workspaceZone) const;
    QByteArray zoneId(int index) const;

    std::unique_ptr<tz::ZoneCatalog> m_catalog;
    std::unique_ptr<tz::RegionZones> m_regions;
    std::unique_ptr<tz::PostalZones> m_postal;
    const tz::CountryNames &m_countries;
};

} // namespace herald
