#include "database.h"
#include "demo/demogenerator.h"
#include "demo/random.h"
#include "domain.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <cmath>
#include <memory>

using namespace herald;

namespace {

const QDate until(2024, 6, 3); // a Monday
const qint64 untilAt = QDateTime(until, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 startAt = QDateTime(until.addYears(-1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    auto workspace = Workspace::open(path);
    if (!workspace.ok())
        qFatal("%s", qPrintable(workspace.error().toString()));
    return std::move(workspace.value());
}

qint64 count(Workspace &workspace, const char *sql)
{
    return workspace.db().scalarInt(sql);
}

// Every row of the tables the demo writes, in key order, hashed: equal hashes mean identical logical content.
QByteArray contentHash(Workspace &workspace, const QStringList &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        Statement rows =
            workspace.db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table).toStdString());
        while (rows.step()) {
            for (int column = 0; column < rows.columnCount(); ++column) {
                hash.addData(rows.isNull(column) ? QByteArrayView("\x01NULL")
                                                 : QByteArrayView(rows.columnBlob(column)));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

const QStringList demoTables = {QStringLiteral("contacts"),     QStringLiteral("events"),
                                QStringLiteral("campaigns"),    QStringLiteral("consent_events"),
                                QStringLiteral("contact_tags"), QStringLiteral("tags"),
                                QStringLiteral("demo_truth")};

QString eventIndexes(Workspace &workspace)
{
    return workspace.db().scalarText("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                                     "WHERE type = 'index' AND tbl_name = 'events' ORDER BY name)");
}

int hourDistance(int a, int b)
{
    const int d = std::abs(a - b) % 24;
    return std::min(d, 24 - d);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo; // 2,000 contacts shared by the distribution tests
    DemoReport m_report;

    std::unique_ptr<Workspace> generate(const QString &name, int contacts, quint64 seed)
    {
        auto workspace = openWorkspace(m_dir.filePath(name));
        DemoOptions options;
        options.contacts = contacts;
        options.seed = seed;
        options.until = until;
        const auto report = generateDemo(*workspace, options);
        if (!report.ok())
            qFatal("%s", qPrintable(report.error().toString()));
        return workspace;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = openWorkspace(m_dir.filePath(QStringLiteral("demo.herald")));
        DemoOptions options;
        options.contacts = 2000;
        options.seed = 11;
        options.until = until;
        auto report = generateDemo(*workspace, options);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        m_report = report.value();
        m_demo = std::move(workspace);
    }

    void reportMatchesTheWorkspace()
    {
        QCOMPARE(m_report.contacts, 2000);
        QCOMPARE(m_report.contacts, m_demo->contactCount());
        QCOMPARE(m_report.campaigns, m_demo->campaignCount());
        QCOMPARE(m_report.events, m_demo->eventCount());
        QCOMPARE(m_report.purchases, count(*m_demo, "SELECT count(*) FROM events WHERE type = 6"));
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM demo_truth"), 2000);
        // The bulk load's connection settings are back to what Workspace::open set.
        auto fresh = openWorkspace(m_dir.filePath(QStringLiteral("settings.herald")));
        QCOMPARE(count(*m_demo, "PRAGMA foreign_keys"), 1);
        QCOMPARE(count(*m_demo, "PRAGMA cache_size"), count(*fresh, "PRAGMA cache_size"));
        QCOMPARE(m_demo->meta(QStringLiteral("demo_seed")), QStringLiteral("11"));
        QCOMPARE(m_demo->meta(QStringLiteral("demo_until")), QStringLiteral("2024-06-03"));
    }

    void sameSeedGivesIdenticalContent()
    {
        auto first = generate(QStringLiteral("a.herald"), 500, 42);
        auto second = generate(QStringLiteral("b.herald"), 500, 42);
        auto other = generate(QStringLiteral("c.herald"), 500, 43);
        const QByteArray firstHash = contentHash(*first, demoTables);
        QCOMPARE(contentHash(*second, demoTables), firstHash);
        QVERIFY(contentHash(*other, {QStringLiteral("contacts")}) != contentHash(*first, {QStringLiteral("contacts")}));
        QVERIFY(contentHash(*other, {QStringLiteral("events")}) != contentHash(*first, {QStringLiteral("events")}));
    }

    void campaignsCoverTheYear()
    {
        const qint64 campaigns = m_demo->campaignCount();
        QVERIFY2(campaigns >= 40 && campaigns <= 60, qPrintable(QString::number(campaigns)));
        Statement range = m_demo->db().prepare("SELECT min(sent_at), max(sent_at) FROM campaigns");
        QVERIFY(range.step());
        QVERIFY(range.columnInt(0) >= startAt);
        QVERIFY(range.columnInt(0) < startAt + 30 * 86400);
        QVERIFY(range.columnInt(1) < untilAt);
        QVERIFY(range.columnInt(1) > untilAt - 30 * 86400);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM campaigns WHERE subject = '' OR body = '' OR preheader = ''"), 0);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM campaigns WHERE subject LIKE '%{{first_name|%}}%'") > 0);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM campaigns WHERE body LIKE '%{{company%'") > 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM campaigns WHERE body LIKE '%{$%' OR subject LIKE '%{$%'"), 0);
        QVERIFY(count(*m_demo, "SELECT count(DISTINCT subject) FROM campaigns") >= campaigns - 2);
        // Some campaigns go to part of the list only (VIP, wholesale, regional, win-back).
        QVERIFY(count(*m_demo, "SELECT count(*) FROM campaigns WHERE recipients * 4 < "
                               "(SELECT max(recipients) FROM campaigns)") >= 4);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM campaigns c WHERE recipients != "
                                "(SELECT count(*) FROM events e WHERE e.campaign_id = c.id AND e.type = 0)"),
                 0);
    }

    void zonesSpanTheWorld()
    {
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE time_zone LIKE 'America/%'") > 200);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE time_zone LIKE 'Europe/%'") > 100);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE time_zone LIKE 'Asia/%' "
                               "OR time_zone LIKE 'Australia/%' OR time_zone LIKE 'Pacific/%'") > 50);
        QVERIFY(count(*m_demo, "SELECT count(DISTINCT time_zone) FROM contacts") >= 15);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE time_zone IS NULL AND country IS NULL") > 50);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE time_zone IS NULL AND country IS NOT NULL") > 50);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE postal_code IS NOT NULL AND region IS NOT NULL") >
                100);
        QCOMPARE(
            count(*m_demo, "SELECT count(*) FROM contacts WHERE (time_zone IS NULL) != (time_zone_source IS NULL)"), 0);
        for (const char *source : {"explicit", "country", "postal_code"}) {
            Statement bySource = m_demo->db().prepare("SELECT count(*) FROM contacts WHERE time_zone_source = ?1");
            bySource.bind(1, QString::fromLatin1(source));
            QVERIFY(bySource.step());
            QVERIFY2(bySource.columnInt(0) > 0, source);
        }
        // US contacts follow the population: the Eastern zone is the most common.
        Statement us = m_demo->db().prepare("SELECT time_zone FROM contacts WHERE country = 'US' AND time_zone IS NOT "
                                            "NULL GROUP BY time_zone ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(us.step());
        QCOMPARE(us.columnText(0), QStringLiteral("America/New_York"));
    }

    void statusesMixWithMostSubscribed()
    {
        const qint64 total = m_demo->contactCount();
        QVERIFY(m_demo->contactCount(ContactStatus::Subscribed) * 10 > total * 7);
        for (ContactStatus status :
             {ContactStatus::Unsubscribed, ContactStatus::Cleaned, ContactStatus::Complained, ContactStatus::Pending})
            QVERIFY2(m_demo->contactCount(status) > 0, qPrintable(statusKey(status)));
        QVERIFY(m_demo->contactCount(ContactStatus::Unsubscribed) > m_demo->contactCount(ContactStatus::Complained));
    }

    void statusIsTheLatestLedgerEntry()
    {
        QCOMPARE(count(*m_demo,
                       "SELECT count(*) FROM contacts c WHERE c.status IS NOT (SELECT status FROM consent_events "
                       "e WHERE e.contact_id = c.id ORDER BY occurred_at DESC, id DESC LIMIT 1)"),
                 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM consent_events WHERE source != 'demo'"), 0);
        // The sign-up comes first and at the contact's creation time.
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM contacts c WHERE c.created_at != (SELECT min(occurred_at) FROM "
                                "consent_events e WHERE e.contact_id = c.id)"),
                 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM contacts WHERE updated_at < created_at"), 0);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE updated_at > created_at") > 0);
    }

    void noSendsBeforeJoiningOrAfterLeaving()
    {
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events e JOIN contacts c ON c.id = e.contact_id "
                                "WHERE e.type = 0 AND e.occurred_at < c.created_at"),
                 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events e JOIN consent_events l ON l.contact_id = e.contact_id "
                                "WHERE e.type = 0 AND l.status IN (2, 3, 5) AND e.occurred_at > l.occurred_at"),
                 0);
        QCOMPARE(count(*m_demo,
                       "SELECT count(*) FROM events e JOIN contacts c ON c.id = e.contact_id "
                       "WHERE e.type = 0 AND c.status IN (0, 6) AND NOT EXISTS (SELECT 1 FROM consent_events l "
                       "WHERE l.contact_id = c.id AND l.status = 1)"),
                 0);
        // Every unsubscribe, complaint and hard bounce event left its trace in the ledger.
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type = 4"),
                 count(*m_demo, "SELECT count(*) FROM consent_events WHERE status = 2 AND occurred_at >= "
                                "(SELECT min(sent_at) FROM campaigns)"));
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type = 5"),
                 count(*m_demo, "SELECT count(*) FROM contacts WHERE status = 5"));
    }

    void eventMixLooksLikeEmail()
    {
        const qint64 sends = count(*m_demo, "SELECT count(*) FROM events WHERE type = 0");
        const qint64 opens = count(*m_demo, "SELECT count(*) FROM events WHERE type = 1");
        const qint64 clicks = count(*m_demo, "SELECT count(*) FROM events WHERE type = 2");
        QVERIFY(sends > opens);
        QVERIFY(opens > clicks);
        QVERIFY(clicks > 0);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM events WHERE type = 3") > 0); // hard bounces
        QVERIFY(count(*m_demo, "SELECT count(*) FROM events WHERE type = 7") > 0); // soft bounces
        Statement outside =
            m_demo->db().prepare("SELECT count(*) FROM events WHERE occurred_at < ?1 OR occurred_at >= ?2");
        outside.bind(1, static_cast<std::int64_t>(startAt)).bind(2, static_cast<std::int64_t>(untilAt));
        QVERIFY(outside.step());
        QCOMPARE(outside.columnInt(0), 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type = 2 AND (url IS NULL OR url NOT LIKE "
                                "'https://larkspur.example/%')"),
                 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type IN (1, 2, 3, 4, 5, 7) AND campaign_id IS NULL"),
                 0);
    }

    void machineOpensFollowTheSendWithinAMinute()
    {
        const qint64 machine = count(*m_demo, "SELECT count(*) FROM events WHERE type = 1 AND machine = 1");
        QVERIFY(machine > 0);
        QVERIFY(machine < count(*m_demo, "SELECT count(*) FROM events WHERE type = 1"));
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events o WHERE o.type = 1 AND o.machine = 1 AND NOT EXISTS ("
                                "SELECT 1 FROM events s WHERE s.type = 0 AND s.contact_id = o.contact_id AND "
                                "s.campaign_id = o.campaign_id AND o.occurred_at - s.occurred_at BETWEEN 1 AND 60)"),
                 0);
        // The machine openers are the contacts the truth says are behind a privacy proxy.
        QCOMPARE(count(*m_demo, "SELECT count(DISTINCT e.contact_id) FROM events e JOIN demo_truth t ON "
                                "t.contact_id = e.contact_id WHERE e.machine = 1 AND t.machine_opener = 0"),
                 0);
    }

    void purchasesHaveRevenueFromCampaignsAndOnTheirOwn()
    {
        QVERIFY(count(*m_demo, "SELECT count(*) FROM events WHERE type = 6") > 100);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type = 6 AND (revenue IS NULL OR revenue <= 0)"), 0);
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events WHERE type != 6 AND revenue IS NOT NULL"), 0);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM events WHERE type = 6 AND campaign_id IS NULL") > 0);
        const qint64 attributed =
            count(*m_demo, "SELECT count(*) FROM events WHERE type = 6 AND campaign_id IS NOT NULL");
        QVERIFY(attributed > 0);
        // An attributed purchase follows a click on that campaign by the same contact.
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM events p WHERE p.type = 6 AND p.campaign_id IS NOT NULL AND NOT "
                                "EXISTS (SELECT 1 FROM events c WHERE c.type = 2 AND c.contact_id = p.contact_id AND "
                                "c.campaign_id = p.campaign_id AND c.occurred_at < p.occurred_at)"),
                 0);
    }

    void emailsAreUniqueAndOnReservedDomains()
    {
        QCOMPARE(count(*m_demo, "SELECT count(DISTINCT email_key) FROM contacts"), m_demo->contactCount());
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM contacts WHERE email_key != lower(email)"), 0);
        Statement emails = m_demo->db().prepare("SELECT email_key FROM contacts");
        const QStringList reserved = {QStringLiteral("example.com"), QStringLiteral("example.net"),
                                      QStringLiteral("example.org"), QStringLiteral("example")};
        while (emails.step()) {
            const QString email = emails.columnText(0);
            const QStringList parts = email.split(QLatin1Char('@'));
            QCOMPARE(parts.size(), 2);
            QVERIFY2(!parts[0].isEmpty(), qPrintable(email));
            const QString &domain = parts[1];
            const bool ok = std::any_of(reserved.begin(), reserved.end(), [&](const QString &suffix) {
                return domain == suffix || domain.endsWith(QLatin1Char('.') + suffix);
            });
            QVERIFY2(ok, qPrintable(email));
        }
    }

    void profilesHaveFieldsTagsCompaniesAndPhones()
    {
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE company IS NOT NULL") > 50);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE phone IS NOT NULL") > 50);
        QVERIFY(count(*m_demo, "SELECT count(*) FROM contacts WHERE first_name IS NULL OR last_name IS NULL") == 0);
        QVERIFY(count(*m_demo, "SELECT count(DISTINCT last_name) FROM contacts") > 300);
        for (const char *field : {"birthday_month", "loyalty_tier", "signup_source"}) {
            Statement byName = m_demo->db().prepare(
                "SELECT count(*) FROM contacts WHERE json_extract(fields, '$.' || ?1) IS NOT NULL");
            byName.bind(1, QString::fromLatin1(field));
            QVERIFY(byName.step());
            QVERIFY2(byName.columnInt(0) > 20, field);
        }
        for (const char *tag : {"VIP", "wholesale", "newsletter", "customer", "tea"}) {
            Statement byTag = m_demo->db().prepare(
                "SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?1");
            byTag.bind(1, QString::fromLatin1(tag));
            QVERIFY(byTag.step());
            QVERIFY2(byTag.columnInt(0) > 5, tag);
        }
    }

    void humanOpensClusterAroundThePeakHour()
    {
        // Only contacts whose zone the workspace records explicitly: their local time is known exactly.
        Statement opens = m_demo->db().prepare(
            "SELECT e.occurred_at, c.time_zone, t.peak_hour, t.second_peak_hour FROM events e "
            "JOIN contacts c ON c.id = e.contact_id JOIN demo_truth t ON t.contact_id = e.contact_id "
            "WHERE e.type = 1 AND e.machine = 0 AND c.time_zone_source = 'explicit'");
        QHash<QString, QTimeZone> zones;
        qint64 total = 0;
        qint64 nearPeak = 0;
        qint64 nearEitherPeak = 0;
        while (opens.step()) {
            const QString zoneId = opens.columnText(1);
            auto zone = zones.constFind(zoneId);
            if (zone == zones.constEnd())
                zone = zones.insert(zoneId, QTimeZone(zoneId.toUtf8()));
            QVERIFY(zone->isValid());
            const int hour = QDateTime::fromSecsSinceEpoch(opens.columnInt(0), *zone).time().hour();
            const int peak = static_cast<int>(opens.columnInt(2));
            const int second = opens.isNull(3) ? peak : static_cast<int>(opens.columnInt(3));
            ++total;
            nearPeak += hourDistance(hour, peak) <= 2 ? 1 : 0;
            nearEitherPeak += std::min(hourDistance(hour, peak), hourDistance(hour, second)) <= 2 ? 1 : 0;
        }
        QVERIFY(total > 2000);
        // Five hours out of 24 would hold about 21% of opens by chance.
        QVERIFY2(nearPeak * 100 > total * 40, qPrintable(QStringLiteral("%1 of %2").arg(nearPeak).arg(total)));
        QVERIFY2(nearEitherPeak * 100 > total * 70,
                 qPrintable(QStringLiteral("%1 of %2").arg(nearEitherPeak).arg(total)));
    }

    void schemaIsUnchanged()
    {
        auto fresh = openWorkspace(m_dir.filePath(QStringLiteral("fresh.herald")));
        QCOMPARE(eventIndexes(*m_demo), eventIndexes(*fresh));
        QCOMPARE(m_demo->db().scalarText("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                                         "ORDER BY name)"),
                 fresh->db().scalarText("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                                        "ORDER BY name)"));
        QCOMPARE(m_demo->db().scalarText("PRAGMA quick_check"), QStringLiteral("ok"));
        QCOMPARE(count(*m_demo, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }

    void refusesANonEmptyWorkspace()
    {
        auto workspace = openWorkspace(m_dir.filePath(QStringLiteral("busy.herald")));
        workspace->db().exec("INSERT INTO contacts(email, email_key, created_at, updated_at) "
                             "VALUES ('ann@example.com', 'ann@example.com', 1, 1)");
        DemoOptions options;
        options.contacts = 50;
        options.until = until;
        const auto report = generateDemo(*workspace, options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QStringLiteral("not empty")), qPrintable(report.error().message));
        QVERIFY(!report.error().cancelled);
        QCOMPARE(workspace->contactCount(), 1);
        QCOMPARE(workspace->eventCount(), 0);

        // The demo workspace itself is not empty either.
        QVERIFY(!generateDemo(*m_demo, options).ok());
        QCOMPARE(m_demo->contactCount(), 2000);
    }

    void cancelLeavesTheWorkspaceEmpty_data()
    {
        QTest::addColumn<bool>("duringIndexing");
        QTest::newRow("while simulating") << false;
        QTest::newRow("while indexing") << true;
    }

    void cancelLeavesTheWorkspaceEmpty()
    {
        QFETCH(bool, duringIndexing);
        auto workspace = openWorkspace(m_dir.filePath(QStringLiteral("cancel-%1.herald").arg(duringIndexing)));
        const QString indexesBefore = eventIndexes(*workspace);
        std::atomic_bool cancel = false;
        QStringList stages;
        JobControl control;
        control.cancelFlag = &cancel;
        control.progress = [&](qint64 done, qint64 total, const QString &stage) {
            stages.append(stage);
            if (duringIndexing ? done == total : done > 0)
                cancel = true;
        };
        DemoOptions options;
        options.contacts = 1000;
        options.until = until;
        const auto report = generateDemo(*workspace, options, control);
        QVERIFY(!report.ok());
        QVERIFY(report.error().cancelled);
        QVERIFY(!stages.isEmpty());
        for (const char *table : {"contacts", "campaigns", "events", "consent_events", "tags", "demo_truth"}) {
            Statement rows = workspace->db().prepare(
                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)).toStdString());
            QVERIFY(rows.step());
            QVERIFY2(rows.columnInt(0) == 0, table);
        }
        QCOMPARE(eventIndexes(*workspace), indexesBefore);
        QVERIFY(workspace->meta(QStringLiteral("demo_seed")).isEmpty());

        // Nothing is left half-done: the same workspace takes a demo afterwards.
        DemoOptions small;
        small.contacts = 30;
        small.until = until;
        QVERIFY(generateDemo(*workspace, small).ok());
        QCOMPARE(workspace->contactCount(), 30);
    }

    void defaultUntilIsThisWeeksMonday()
    {
        const QDate monday = defaultDemoUntil();
        QCOMPARE(monday.dayOfWeek(), 1);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(monday <= today && monday.daysTo(today) < 7);
    }

    void distributionsHaveTheirMoments()
    {
        demo::Random random(7);
        constexpr int n = 200000;
        double normalSum = 0, normalSquares = 0, gammaSum = 0, betaSum = 0, poissonSmall = 0, poissonLarge = 0;
        double logNormalSum = 0;
        for (int i = 0; i < n; ++i) {
            const double x = random.normal();
            normalSum += x;
            normalSquares += x * x;
            gammaSum += random.gamma(0.5, 2.0);
            betaSum += random.beta(2.0, 6.0);
            poissonSmall += static_cast<double>(random.poisson(3.5));
            poissonLarge += static_cast<double>(random.poisson(40.0));
            logNormalSum += random.logNormal(0.0, 0.5);
        }
        QVERIFY(std::abs(normalSum / n) < 0.01);
        QVERIFY(std::abs(normalSquares / n - 1.0) < 0.02);
        QVERIFY(std::abs(gammaSum / n - 1.0) < 0.02);
        QVERIFY(std::abs(betaSum / n - 0.25) < 0.005);
        QVERIFY(std::abs(poissonSmall / n - 3.5) < 0.03);
        QVERIFY(std::abs(poissonLarge / n - 40.0) < 0.1);
        QVERIFY(std::abs(logNormalSum / n - std::exp(0.125)) < 0.01);

        // Streams of one seed differ, and a stream repeats itself.
        demo::Random a(7, 1), b(7, 2), c(7, 1);
        QVERIFY(a.next() != b.next());
        demo::Random d(7, 1);
        QCOMPARE(c.next(), d.next());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(random.below(10) < 10);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
