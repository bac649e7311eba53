#include "domain.h"
#include "timezones/countrynames.h"
#include "timezones/timezoneresolver.h"
#include "timezones/utcoffset.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

using namespace herald;

Q_DECLARE_METATYPE(herald::TimeZoneSource)

namespace {

// The resolver judges offsets by this year's rules, so the checks do too.
QDateTime midJanuary()
{
    return QDateTime(QDate(QDate::currentDate().year(), 1, 15), QTime(12, 0), QTimeZone::utc());
}

QDateTime midJuly()
{
    return QDateTime(QDate(QDate::currentDate().year(), 7, 15), QTime(12, 0), QTimeZone::utc());
}

QString describe(const ResolvedTimeZone &resolved)
{
    QStringList problems;
    for (const TimeZoneProblem &problem : resolved.problems)
        problems.append(timeZoneSourceKey(problem.field) + u": " + problem.message);
    return QStringLiteral("%1 from %2, note '%3', problems [%4]")
        .arg(QString::fromLatin1(resolved.zone.id()), timeZoneSourceKey(resolved.source), resolved.note,
             problems.join(u"; "));
}

} // namespace

class TestTimeZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void zipWithoutCountryInUsWorkspace();
    void offsetsMatchTheContact_data();
    void offsetsMatchTheContact();
    void problems_data();
    void problems();
    void normaliseCountry_data();
    void normaliseCountry();
    void parseUtcOffset_data();
    void parseUtcOffset();
    void notesNameTheGuess();
    void zoneFromName();
    void tableZonesAreValid();
};

void TestTimeZones::initTestCase()
{
    QVERIFY(QTimeZone(QByteArrayLiteral("Europe/Paris")).isValid());
}

void TestTimeZones::resolve_data()
{
    QTest::addColumn<QString>("explicitZone");
    QTest::addColumn<QString>("espZone");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("expectedZone");
    QTest::addColumn<TimeZoneSource>("expectedSource");
    QTest::addColumn<bool>("guess");

    const QString none;
    using S = TimeZoneSource;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("explicit beats everything") << "Europe/Berlin"
                                     << "america/new_york"
                                     << "US"
                                     << "CA"
                                     << "10001"
                                     << "Europe/Berlin" << S::Explicit << false;
    row("explicit, odd case") << "europe/LONDON" << none << none << none << none << "Europe/London" << S::Explicit
                              << false;
    row("explicit abbreviation") << "EST" << none << none << none << none << "America/New_York" << S::Explicit << false;
    row("explicit fixed offset") << "UTC+05:30" << none << none << none << none << "UTC+05:30" << S::Explicit << false;
    row("explicit whole-hour offset") << "gmt-3" << none << none << none << none << "UTC-03:00" << S::Explicit << false;
    row("unknown explicit falls to esp") << "Mars/Olympus"
                                         << "Asia/Tokyo" << none << none << none << "Asia/Tokyo" << S::Esp << false;
    row("esp lower case") << none << "america/new_york" << none << none << none << "America/New_York" << S::Esp
                          << false;
    row("esp backward alias") << none << "US/Eastern" << none << none << none << "America/New_York" << S::Esp << false;
    row("esp old India name") << none << "Asia/Calcutta" << none << none << none << "Asia/Kolkata" << S::Esp << false;
    row("esp spaces for underscores") << none << "America/Los Angeles" << none << none << none << "America/Los_Angeles"
                                      << S::Esp << false;
    row("esp zone.tab name kept") << none << "europe/amsterdam" << none << none << none << "Europe/Amsterdam" << S::Esp
                                  << false;

    row("zip New York") << none << none << "US" << none << "10001"
                        << "America/New_York" << S::PostalCode << false;
    row("zip Chicago") << none << none << "US" << none << "60601"
                       << "America/Chicago" << S::PostalCode << false;
    row("zip Phoenix") << none << none << "US" << none << "85001"
                       << "America/Phoenix" << S::PostalCode << false;
    row("zip Honolulu") << none << none << "US" << none << "96813"
                        << "Pacific/Honolulu" << S::PostalCode << false;
    row("zip Anchorage") << none << none << "US" << none << "99501"
                         << "America/Anchorage" << S::PostalCode << false;
    row("zip+4") << none << none << "US" << none << "10001-1234"
                 << "America/New_York" << S::PostalCode << false;
    row("zip+4 without dash") << none << none << "USA" << none << "606011234"
                              << "America/Chicago" << S::PostalCode << false;
    row("zip lost its leading zero") << none << none << "US" << none << "2134"
                                     << "America/New_York" << S::PostalCode << false;
    row("zip Puerto Rico") << none << none << "PR" << none << "00901"
                           << "America/Puerto_Rico" << S::PostalCode << false;
    row("zip El Paso, Texas's Mountain corner") << none << none << "US"
                                                << "TX"
                                                << "79901"
                                                << "America/Denver" << S::PostalCode << false;
    row("five digits without country in a French workspace") << none << none << none << none << "60601"
                                                             << "Europe/Paris" << S::Workspace << false;
    row("Canadian postal code without country") << none << none << none << none << "K1A 0B1"
                                                << "America/Toronto" << S::PostalCode << true;
    row("zip beats region") << none << none << "US"
                            << "CA"
                            << "10001"
                            << "America/New_York" << S::PostalCode << false;
    row("German postal code is no ZIP") << none << none << "DE" << none << "10115"
                                        << "Europe/Berlin" << S::Country << false;
    row("Canadian postal code, Vancouver") << none << none << "CA" << none << "V6B 1A1"
                                           << "America/Vancouver" << S::PostalCode << true;
    row("Canadian postal code, Calgary") << none << none << "Canada" << none << "t2p1j9"
                                         << "America/Edmonton" << S::PostalCode << false;
    row("Canadian postal code, Nunavut") << none << none << "CA" << none << "X0A 0H0"
                                         << "America/Iqaluit" << S::PostalCode << true;

    row("US state code") << none << none << "US"
                         << "CA" << none << "America/Los_Angeles" << S::Region << false;
    row("US state name") << none << none << "United States"
                         << "arizona" << none << "America/Phoenix" << S::Region << false;
    row("Texas spans zones") << none << none << "US"
                             << "Texas" << none << "America/Chicago" << S::Region << true;
    row("ISO 3166-2 code alone") << none << none << none << "US-HI" << none << "Pacific/Honolulu" << S::Region << false;
    row("state name without country") << none << none << none << "Oregon" << none << "America/Los_Angeles" << S::Region
                                      << true;
    row("Australian state") << none << none << "AU"
                            << "QLD" << none << "Australia/Brisbane" << S::Region << false;
    row("Canadian province in French") << none << none << "CA"
                                       << "Québec" << none << "America/Toronto" << S::Region << true;
    row("Brazilian state with accent") << none << none << "Brasil"
                                       << "São Paulo" << none << "America/Sao_Paulo" << S::Region << false;
    row("Mexican state") << none << none << "MX"
                         << "Quintana Roo" << none << "America/Cancun" << S::Region << false;

    row("country code") << none << none << "DE" << none << none << "Europe/Berlin" << S::Country << false;
    row("country name") << none << none << "Germany" << none << none << "Europe/Berlin" << S::Country << false;
    row("country local name") << none << none << "Deutschland" << none << none << "Europe/Berlin" << S::Country
                              << false;
    row("country alpha-3") << none << none << "jpn" << none << none << "Asia/Tokyo" << S::Country << false;
    row("United States is a guess") << none << none << "USA" << none << none << "America/New_York" << S::Country
                                    << true;
    row("Australia is a guess") << none << none << "Australia" << none << none << "Australia/Sydney" << S::Country
                                << true;
    row("Canada is a guess") << none << none << "CA" << none << none << "America/Toronto" << S::Country << true;
    row("Brazil is a guess") << none << none << "BR" << none << none << "America/Sao_Paulo" << S::Country << true;
    row("region of a single-zone country") << none << none << "FR"
                                           << "Bretagne" << none << "Europe/Paris" << S::Country << false;
    row("ambiguous region without country")
        << none << none << none << "WA" << none << "Europe/Paris" << S::Workspace << false;
    row("nothing known") << none << none << none << none << none << "Europe/Paris" << S::Workspace << false;
}

void TestTimeZones::resolve()
{
    QFETCH(QString, explicitZone);
    QFETCH(QString, espZone);
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QString, postalCode);
    QFETCH(QString, expectedZone);
    QFETCH(TimeZoneSource, expectedSource);
    QFETCH(bool, guess);

    TimeZoneInput input;
    input.explicitZone = explicitZone;
    input.espZone = espZone;
    input.country = country;
    input.region = region;
    input.postalCode = postalCode;
    input.workspaceZone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    const ResolvedTimeZone resolved = TimeZoneResolver::shared().resolve(input);
    QVERIFY2(resolved.zone.isValid(), qPrintable(describe(resolved)));
    QCOMPARE(QString::fromLatin1(resolved.zone.id()), expectedZone);
    QVERIFY2(resolved.source == expectedSource, qPrintable(describe(resolved)));
    QVERIFY2(resolved.isGuess() == guess, qPrintable(describe(resolved)));
}

void TestTimeZones::zipWithoutCountryInUsWorkspace()
{
    TimeZoneInput input;
    input.postalCode = QStringLiteral("85001");
    input.workspaceZone = QTimeZone(QByteArrayLiteral("America/Chicago"));
    const ResolvedTimeZone resolved = TimeZoneResolver::shared().resolve(input);
    QCOMPARE(resolved.zone.id(), QByteArrayLiteral("America/Phoenix"));
    QVERIFY(resolved.source == TimeZoneSource::PostalCode);
    QCOMPARE(resolved.note, QStringLiteral("read '85001' as a US ZIP code"));
}

void TestTimeZones::offsetsMatchTheContact_data()
{
    QTest::addColumn<QString>("gmtOffset");
    QTest::addColumn<QString>("dstOffset");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("expectedZone"); // empty: any zone with the offsets will do
    QTest::addColumn<QString>("idPrefix");
    QTest::addColumn<int>("januaryHours"); // in hundredths of an hour, so that 5.5 hours fits
    QTest::addColumn<int>("julyHours");
    QTest::addColumn<bool>("guess");

    QTest::newRow("US Eastern") << "-5"
                                << "-4"
                                << ""
                                << ""
                                << ""
                                << "America/" << -500 << -400 << false;
    QTest::newRow("US Eastern, preferred") << "-5"
                                           << "-4"
                                           << ""
                                           << ""
                                           << "America/New_York"
                                           << "" << -500 << -400 << false;
    QTest::newRow("Eastern in Canada") << "-5"
                                       << "-4"
                                       << "Canada"
                                       << ""
                                       << "America/Toronto"
                                       << "" << -500 << -400 << false;
    QTest::newRow("Arizona has no DST") << "-7"
                                        << "-7"
                                        << ""
                                        << ""
                                        << "America/Phoenix"
                                        << "" << -700 << -700 << false;
    QTest::newRow("Mountain in Boise by ZIP") << "-7"
                                              << "-6"
                                              << "US"
                                              << "83702"
                                              << "America/Boise"
                                              << "" << -700 << -600 << false;
    QTest::newRow("India") << "5.5"
                           << "5.5"
                           << ""
                           << ""
                           << "Asia/Kolkata"
                           << "" << 550 << 550 << false;
    QTest::newRow("India, hhmm") << "+0530"
                                 << "+05:30"
                                 << ""
                                 << ""
                                 << "Asia/Kolkata"
                                 << "" << 550 << 550 << false;
    QTest::newRow("Central Europe, France") << "1"
                                            << "2"
                                            << "FR"
                                            << ""
                                            << "Europe/Paris"
                                            << "" << 100 << 200 << false;
    QTest::newRow("Central Europe") << "1"
                                    << "2"
                                    << ""
                                    << ""
                                    << "Europe/Berlin"
                                    << "" << 100 << 200 << false;
    QTest::newRow("Sydney, southern summer") << "10"
                                             << "11"
                                             << ""
                                             << ""
                                             << "Australia/Sydney"
                                             << "" << 1100 << 1000 << false;
    QTest::newRow("Adelaide") << "9.5"
                              << "10.5"
                              << ""
                              << ""
                              << "Australia/Adelaide"
                              << "" << 1050 << 950 << false;
    QTest::newRow("no DSTOFF") << "-3"
                               << ""
                               << "BR"
                               << ""
                               << "America/Sao_Paulo"
                               << "" << -300 << -300 << false;
    QTest::newRow("impossible DST falls back to standard") << "5.5"
                                                           << "6.5"
                                                           << ""
                                                           << ""
                                                           << "Asia/Kolkata"
                                                           << "" << 550 << 550 << true;
    QTest::newRow("no zone at all: fixed offset") << "4.75"
                                                  << "4.75"
                                                  << ""
                                                  << ""
                                                  << "UTC+04:45"
                                                  << "" << 475 << 475 << true;
}

void TestTimeZones::offsetsMatchTheContact()
{
    QFETCH(QString, gmtOffset);
    QFETCH(QString, dstOffset);
    QFETCH(QString, country);
    QFETCH(QString, postalCode);
    QFETCH(QString, expectedZone);
    QFETCH(QString, idPrefix);
    QFETCH(int, januaryHours);
    QFETCH(int, julyHours);
    QFETCH(bool, guess);

    TimeZoneInput input;
    input.gmtOffset = gmtOffset;
    input.dstOffset = dstOffset;
    input.country = country;
    input.postalCode = postalCode;
    input.workspaceZone = QTimeZone::utc();
    const ResolvedTimeZone resolved = TimeZoneResolver::shared().resolve(input);
    const QString id = QString::fromLatin1(resolved.zone.id());
    QVERIFY2(resolved.source == TimeZoneSource::UtcOffset, qPrintable(describe(resolved)));
    if (!expectedZone.isEmpty())
        QCOMPARE(id, expectedZone);
    QVERIFY2(id.startsWith(idPrefix), qPrintable(id));
    QCOMPARE(resolved.zone.offsetFromUtc(midJanuary()), januaryHours * 36);
    QCOMPARE(resolved.zone.offsetFromUtc(midJuly()), julyHours * 36);
    QVERIFY2(resolved.isGuess() == guess, qPrintable(describe(resolved)));
}

void TestTimeZones::problems_data()
{
    QTest::addColumn<QString>("explicitZone");
    QTest::addColumn<QString>("gmtOffset");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<TimeZoneSource>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<TimeZoneSource>("fallbackSource");

    using S = TimeZoneSource;
    QTest::newRow("unknown zone") << "Mars/Olympus"
                                  << ""
                                  << ""
                                  << ""
                                  << "" << S::Explicit << "unknown time zone 'Mars/Olympus'" << S::Workspace;
    QTest::newRow("bare number is no zone") << "5"
                                            << ""
                                            << ""
                                            << ""
                                            << "" << S::Explicit << "unknown time zone '5'" << S::Workspace;
    QTest::newRow("unknown country") << ""
                                     << ""
                                     << "Narnia"
                                     << ""
                                     << "" << S::Country << "unknown country 'Narnia'" << S::Workspace;
    QTest::newRow("bad offset") << ""
                                << "abc"
                                << "DE"
                                << ""
                                << "" << S::UtcOffset << "invalid UTC offset 'abc'" << S::Country;
    QTest::newRow("offset beyond 14 hours") << ""
                                            << "-15"
                                            << ""
                                            << ""
                                            << "" << S::UtcOffset << "invalid UTC offset '-15'" << S::Workspace;
    QTest::newRow("unused ZIP") << ""
                                << ""
                                << "US"
                                << ""
                                << "00000" << S::PostalCode << "no time zone is known for ZIP code '00000'"
                                << S::Country;
    QTest::newRow("not a ZIP") << ""
                               << ""
                               << "US"
                               << ""
                               << "SW1A 1AA" << S::PostalCode << "'SW1A 1AA' is not a US ZIP code" << S::Country;
    QTest::newRow("unknown state") << ""
                                   << ""
                                   << "US"
                                   << "Atlantis"
                                   << "" << S::Region << "unknown region 'Atlantis' in United States" << S::Country;
}

void TestTimeZones::problems()
{
    QFETCH(QString, explicitZone);
    QFETCH(QString, gmtOffset);
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QString, postalCode);
    QFETCH(TimeZoneSource, field);
    QFETCH(QString, message);
    QFETCH(TimeZoneSource, fallbackSource);

    TimeZoneInput input;
    input.explicitZone = explicitZone;
    input.gmtOffset = gmtOffset;
    input.country = country;
    input.region = region;
    input.postalCode = postalCode;
    input.workspaceZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    const ResolvedTimeZone resolved = TimeZoneResolver::shared().resolve(input);
    QCOMPARE(resolved.problems.size(), 1);
    QVERIFY(resolved.problems.first().field == field);
    QCOMPARE(resolved.problems.first().message, message);
    QVERIFY2(resolved.source == fallbackSource, qPrintable(describe(resolved)));
    if (fallbackSource == TimeZoneSource::Workspace)
        QCOMPARE(resolved.zone.id(), QByteArrayLiteral("Asia/Tokyo"));
}

void TestTimeZones::normaliseCountry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const QList<std::pair<const char *, const char *>> cases{
        {"DE", "DE"},
        {"de", "DE"},
        {" Germany ", "DE"},
        {"Deutschland", "DE"},
        {"DEU", "DE"},
        {"USA", "US"},
        {"U.S.A.", "US"},
        {"usa", "US"},
        {"United States", "US"},
        {"United States of America", "US"},
        {"US", "US"},
        {"UK", "GB"},
        {"Great Britain", "GB"},
        {"England", "GB"},
        {"United Kingdom", "GB"},
        {"GBR", "GB"},
        {"España", "ES"},
        {"Espana", "ES"},
        {"Brasil", "BR"},
        {"BRA", "BR"},
        {"Österreich", "AT"},
        {"Schweiz", "CH"},
        {"Suisse", "CH"},
        {"Nederland", "NL"},
        {"The Netherlands", "NL"},
        {"Holland", "NL"},
        {"Japan", "JP"},
        {"日本", "JP"},
        {"Россия", "RU"},
        {"South Korea", "KR"},
        {"Côte d'Ivoire", "CI"},
        {"Ivory Coast", "CI"},
        {"Bosnia & Herzegovina", "BA"},
        {"Bosnia and Herzegovina", "BA"},
        {"Czech Republic", "CZ"},
        {"México", "MX"},
        {"Türkiye", "TR"},
        {"The Bahamas", "BS"},
        {"Narnia", ""},
        {"", ""},
        {"XX", ""},
        {"Congo", "CG"},
        {"Korea (North)", "KP"},
    };
    for (const auto &[text, code] : cases)
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(code);
}

void TestTimeZones::normaliseCountry()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(herald::normaliseCountry(text), code);
}

void TestTimeZones::parseUtcOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireMarker");
    QTest::addColumn<int>("minutes"); // -9999: refused

    constexpr int refused = -9999;
    QTest::newRow("hours") << "-5" << false << -300;
    QTest::newRow("positive hours") << "9" << false << 540;
    QTest::newRow("decimal hours") << "5.5" << false << 330;
    QTest::newRow("decimal comma") << "-3,5" << false << -210;
    QTest::newRow("hhmm") << "+0530" << false << 330;
    QTest::newRow("hh:mm") << "+05:45" << false << 345;
    QTest::newRow("UTC prefix") << "UTC-03:00" << true << -180;
    QTest::newRow("GMT prefix") << "gmt+2" << true << 120;
    QTest::newRow("bare UTC") << "UTC" << true << 0;
    QTest::newRow("zero") << "0" << false << 0;
    QTest::newRow("bare number refused when marked needed") << "5" << true << refused;
    QTest::newRow("signed number accepted as zone") << "+5" << true << 300;
    QTest::newRow("beyond 14 hours") << "+15" << false << refused;
    QTest::newRow("not a quarter hour") << "5.3" << false << refused;
    QTest::newRow("bad minutes") << "+0575" << false << refused;
    QTest::newRow("text") << "east" << false << refused;
    QTest::newRow("empty") << "" << false << refused;
}

void TestTimeZones::parseUtcOffset()
{
    QFETCH(QString, text);
    QFETCH(bool, requireMarker);
    QFETCH(int, minutes);
    const std::optional<int> seconds = tz::parseUtcOffset(text, requireMarker);
    QCOMPARE(seconds ? *seconds / 60 : -9999, minutes);
}

void TestTimeZones::notesNameTheGuess()
{
    TimeZoneInput input;
    input.gmtOffset = QStringLiteral("5.5");
    input.dstOffset = QStringLiteral("6.5");
    QCOMPARE(TimeZoneResolver::shared().resolve(input).note,
             QStringLiteral(
                 "no time zone keeps UTC+05:30 with UTC+06:30 during daylight saving time; assumed Asia/Kolkata"));
    input = {};
    input.country = QStringLiteral("Russia");
    QCOMPARE(TimeZoneResolver::shared().resolve(input).note,
             QStringLiteral("Russia spans several time zones; assumed Europe/Moscow"));
    input.country = QStringLiteral("Kazakhstan"); // several zone.tab zones, one offset since 2024
    QCOMPARE(TimeZoneResolver::shared().resolve(input).note, QString());
    QCOMPARE(tz::formatUtcOffset(-9 * 3600 - 1800), QStringLiteral("UTC-09:30"));
}

void TestTimeZones::zoneFromName()
{
    const TimeZoneResolver &resolver = TimeZoneResolver::shared();
    const Result<QTimeZone> known = resolver.zoneFromName(QStringLiteral("america/chicago"));
    QVERIFY(known.ok());
    QCOMPARE(known->id(), QByteArrayLiteral("America/Chicago"));
    const Result<QTimeZone> utc = resolver.zoneFromName(QStringLiteral("Etc/GMT+5"));
    QVERIFY(utc.ok());
    QCOMPARE(utc->offsetFromUtc(midJuly()), -5 * 3600);
    const Result<QTimeZone> unknown = resolver.zoneFromName(QStringLiteral(" Mars/Olympus "));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("unknown time zone 'Mars/Olympus'"));
}

void TestTimeZones::tableZonesAreValid()
{
    const TimeZoneResolver &resolver = TimeZoneResolver::shared();
    QCOMPARE(resolver.tableProblems(), QStringList());
    const QList<QByteArray> ids = resolver.tableZoneIds();
    QVERIFY2(ids.size() > 300, qPrintable(QString::number(ids.size())));
    for (const QByteArray &id : ids) {
        QVERIFY2(QTimeZone(id).isValid(), id.constData());
        const Result<QTimeZone> again = resolver.zoneFromName(QString::fromLatin1(id));
        QVERIFY2(again.ok() && again->id() == id, id.constData());
    }
}

QTEST_APPLESS_MAIN(TestTimeZones)
#include "test_timezones.moc"
