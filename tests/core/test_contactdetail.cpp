#include "database.h"
#include "query/activityrefresh.h"
#include "query/contactdetail.h"
#include "query/engagement.h"
#include "workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace herald;

namespace {

constexpr qint64 day = 86400;

qint64 utc(const char *isoDateTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoDateTime), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class TestContactDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<Workspace> newWorkspace()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_workspaces)));
        if (!opened)
            qWarning() << opened.error().toString();
        return opened ? std::move(opened).value() : nullptr;
    }

    static qint64 addContact(Database &db, const QString &email, const QString &zone = {})
    {
        Statement insert = db.prepare("INSERT INTO contacts(email, email_key, time_zone, created_at, updated_at) "
                                      "VALUES (?1, lower(?1), ?2, 1, 1)");
        insert.bind(1, email).bindNullable(2, zone).exec();
        return db.lastInsertId();
    }

    static void addEvent(Database &db, qint64 contact, EventType type, qint64 at, bool machine = false,
                         qint64 campaign = 0)
    {
        Statement insert = db.prepare("INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, contact);
        if (campaign)
            insert.bind(2, campaign);
        else
            insert.bindNull(2);
        insert.bind(3, int(type)).bind(4, at).bind(5, machine ? 1 : 0).exec();
    }

    static EngagementLevel storedLevel(Database &db, qint64 contact)
    {
        Statement statement = db.prepare("SELECT engagement FROM contact_activity WHERE contact_id = ?1");
        statement.bind(1, contact);
        return statement.step() ? EngagementLevel(statement.columnInt(0)) : EngagementLevel(-1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void engagementRules_data()
    {
        QTest::addColumn<qint64>("sends");
        QTest::addColumn<qint64>("opened");
        QTest::addColumn<qint64>("clicked");
        QTest::addColumn<qint64>("daysSinceEngaged"); // -1: never
        QTest::addColumn<EngagementLevel>("expected");
        QTest::newRow("nothing yet") << qint64(0) << qint64(0) << qint64(0) << qint64(-1) << EngagementLevel::New;
        QTest::newRow("two sends, no reaction")
            << qint64(2) << qint64(0) << qint64(0) << qint64(-1) << EngagementLevel::New;
        QTest::newRow("three sends, no reaction")
            << qint64(3) << qint64(0) << qint64(0) << qint64(-1) << EngagementLevel::Cold;
        QTest::newRow("181 days") << qint64(20) << qint64(10) << qint64(5) << qint64(181) << EngagementLevel::Cold;
        QTest::newRow("180 days") << qint64(20) << qint64(10) << qint64(5) << qint64(180) << EngagementLevel::Lapsing;
        QTest::newRow("91 days") << qint64(20) << qint64(10) << qint64(5) << qint64(91) << EngagementLevel::Lapsing;
        QTest::newRow("90 days") << qint64(20) << qint64(10) << qint64(5) << qint64(90) << EngagementLevel::Engaged;
        QTest::newRow("31 days, high rates")
            << qint64(20) << qint64(20) << qint64(5) << qint64(31) << EngagementLevel::Engaged;
        QTest::newRow("30 days, opens half")
            << qint64(20) << qint64(10) << qint64(0) << qint64(30) << EngagementLevel::HighlyEngaged;
        QTest::newRow("recent, opens under half")
            << qint64(20) << qint64(9) << qint64(1) << qint64(2) << EngagementLevel::Engaged;
        QTest::newRow("recent, clicks one in ten")
            << qint64(20) << qint64(2) << qint64(2) << qint64(2) << EngagementLevel::HighlyEngaged;
        QTest::newRow("recent, too few sends to judge rates")
            << qint64(2) << qint64(2) << qint64(2) << qint64(1) << EngagementLevel::Engaged;
        QTest::newRow("recent purchase, never sent")
            << qint64(0) << qint64(0) << qint64(0) << qint64(1) << EngagementLevel::Engaged;
    }

    void engagementRules()
    {
        QFETCH(qint64, sends);
        QFETCH(qint64, opened);
        QFETCH(qint64, clicked);
        QFETCH(qint64, daysSinceEngaged);
        QFETCH(EngagementLevel, expected);
        const qint64 asOf = 1720000000;
        const EngagementInputs inputs{sends, opened, clicked, daysSinceEngaged < 0 ? 0 : asOf - daysSinceEngaged * day};
        QCOMPARE(engagementLevel(inputs, asOf), expected);
    }

    void engagementLevelKeys()
    {
        for (const EngagementLevel level : allEngagementLevels) {
            QCOMPARE(engagementFromKey(engagementKey(level)), level);
            QVERIFY(!engagementDisplayName(level).isEmpty());
        }
        QVERIFY(!engagementFromKey(QStringLiteral("lukewarm")));
    }

    // The stored level comes from real events: human opens, clicks and purchases count; machine opens do not;
    // recency runs back from the workspace's latest event, not from today.
    void refreshStoresLevelsFromEvents()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        Database &db = workspace->db();
        const qint64 now = utc("2023-05-01T12:00:00Z"); // the latest event, long before the test runs
        db.exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'A', 0), (2, 'B', 0), (3, 'C', 0), "
                "(4, 'D', 0), (5, 'E', 0), (6, 'F', 0), (7, 'G', 0), (8, 'H', 0), (9, 'I', 0), (10, 'J', 0)");
        auto sendAll = [&](qint64 contact, int campaigns) {
            for (int c = 1; c <= campaigns; ++c)
                addEvent(db, contact, EventType::Send, now - 200 * day + c, false, c);
        };
        const qint64 fresh = addContact(db, QStringLiteral("fresh@x.example"));
        sendAll(fresh, 2);
        const qint64 ignores = addContact(db, QStringLiteral("ignores@x.example"));
        sendAll(ignores, 3);
        const qint64 machineOnly = addContact(db, QStringLiteral("machine@x.example"));
        sendAll(machineOnly, 5);
        for (int c = 1; c <= 5; ++c)
            addEvent(db, machineOnly, EventType::Open, now - day, true, c);
        const qint64 old = addContact(db, QStringLiteral("old@x.example"));
        sendAll(old, 4);
        addEvent(db, old, EventType::Open, now - 200 * day, false, 1);
        const qint64 lapsing = addContact(db, QStringLiteral("lapsing@x.example"));
        sendAll(lapsing, 4);
        addEvent(db, lapsing, EventType::Click, now - 120 * day, false, 2);
        const qint64 engaged = addContact(db, QStringLiteral("engaged@x.example"));
        sendAll(engaged, 10);
        addEvent(db, engaged, EventType::Open, now - 5 * day, false, 3); // 1 in 10 opened: not "highly"
        const qint64 opener = addContact(db, QStringLiteral("opener@x.example"));
        sendAll(opener, 4);
        addEvent(db, opener, EventType::Open, now - 3 * day, false, 1);
        addEvent(db, opener, EventType::Open, now - 2 * day, false, 1); // the same campaign twice
        addEvent(db, opener, EventType::Open, now - 2 * day, false, 2);
        const qint64 clicker = addContact(db, QStringLiteral("clicker@x.example"));
        sendAll(clicker, 10);
        addEvent(db, clicker, EventType::Click, now - 4 * day, false, 7); // a click proves an open
        const qint64 buyer = addContact(db, QStringLiteral("buyer@x.example"));
        addEvent(db, buyer, EventType::Purchase, now - 10 * day);
        const qint64 silent = addContact(db, QStringLiteral("silent@x.example"));
        addEvent(db, silent, EventType::Send, now, false, 1); // the latest event of the workspace

        auto report = refreshContactActivity(db);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->asOf, now);
        QCOMPARE(workspace->meta(QStringLiteral("activity_as_of")), QString::number(now));
        QCOMPARE(storedLevel(db, fresh), EngagementLevel::New);
        QCOMPARE(storedLevel(db, ignores), EngagementLevel::Cold);
        QCOMPARE(storedLevel(db, machineOnly), EngagementLevel::Cold);
        QCOMPARE(storedLevel(db, old), EngagementLevel::Cold);
        QCOMPARE(storedLevel(db, lapsing), EngagementLevel::Lapsing);
        QCOMPARE(storedLevel(db, engaged), EngagementLevel::Engaged);
        QCOMPARE(storedLevel(db, opener), EngagementLevel::HighlyEngaged);
        QCOMPARE(storedLevel(db, clicker), EngagementLevel::HighlyEngaged);
        QCOMPARE(storedLevel(db, buyer), EngagementLevel::Engaged);
        QCOMPARE(storedLevel(db, silent), EngagementLevel::New);

        auto detail = loadContactDetail(db, opener);
        QVERIFY(detail.ok());
        QCOMPARE(detail->activity.sends, 4);
        QCOMPARE(detail->activity.opens, 3);
        QCOMPARE(detail->activity.humanOpens, 3);
        QCOMPARE(detail->activity.openedCampaigns, 2);
        QCOMPARE(detail->activity.lastOpenAt, now - 2 * day);
        QCOMPARE(detail->activity.lastActivityAt, now - 2 * day);
        detail = loadContactDetail(db, machineOnly);
        QVERIFY(detail.ok());
        QCOMPARE(detail->activity.opens, 5);
        QCOMPARE(detail->activity.humanOpens, 0);
        QCOMPARE(detail->activity.lastActivityAt, 0);

        // A second refresh with nothing new rewrites nothing; a new event moves the clock and the levels.
        report = refreshContactActivity(db);
        QVERIFY(report.ok());
        QCOMPARE(report->contactsChanged, 0);
        addEvent(db, silent, EventType::Send, now + 61 * day, false, 2);
        report = refreshContactActivity(db);
        QVERIFY(report.ok());
        QCOMPARE(storedLevel(db, opener), EngagementLevel::Engaged); // 63 days ago now
        QCOMPARE(storedLevel(db, engaged), EngagementLevel::Engaged);
        QCOMPARE(storedLevel(db, buyer), EngagementLevel::Engaged);
        QCOMPARE(storedLevel(db, lapsing), EngagementLevel::Cold); // 181 days
    }

    void cancelledRefreshChangesNothing()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        Database &db = workspace->db();
        const qint64 contact = addContact(db, QStringLiteral("a@x.example"));
        db.exec("BEGIN");
        for (int i = 0; i < 70000; ++i)
            addEvent(db, contact, EventType::Open, 1000 + i);
        db.exec("COMMIT");
        std::atomic_bool cancel{true};
        JobControl control;
        control.cancelFlag = &cancel;
        auto report = refreshContactActivity(db, control);
        QVERIFY(!report.ok());
        QVERIFY(report.error().cancelled);
        QCOMPARE(db.scalarInt("SELECT opens FROM contact_activity"), 0);
        QVERIFY(workspace->meta(QStringLiteral("activity_as_of")).isEmpty());
        // And it works inside a caller's transaction, which then decides.
        db.exec("BEGIN");
        report = refreshContactActivity(db);
        QVERIFY(report.ok());
        QCOMPARE(db.scalarInt("SELECT opens FROM contact_activity"), 70000);
        db.exec("ROLLBACK");
        QCOMPARE(db.scalarInt("SELECT opens FROM contact_activity"), 0);
    }

    void detailHasEverything()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        Database &db = workspace->db();
        db.exec("INSERT INTO imports(id, kind, file_name, file_sha256, started_at) "
                "VALUES (7, 'contacts', 'mailchimp-export.csv', 'ab', 100)");
        db.exec("INSERT INTO contacts(id, email, email_key, first_name, last_name, company, phone, city, country, "
                "language, time_zone, time_zone_source, status, fields, source_import_id, created_at, updated_at) "
                "VALUES (5, 'Ann.Lee@Example.com', 'ann.lee@example.com', 'Ann', 'Lee', 'Lee & Co', '+49 30 1', "
                "'Berlin', 'DE', 'de', 'Europe/Berlin', 'explicit', 2, '{\"plan\":\"gold\",\"shoe\":\"42\"}', 7, "
                "1000, 2000)");
        db.exec("INSERT INTO tags(id, name) VALUES (1, 'zeta'), (2, 'Alpha'), (3, 'beta')");
        db.exec("INSERT INTO contact_tags VALUES (5, 1), (5, 2), (5, 3)");
        db.exec("INSERT INTO consent_events(contact_id, status, occurred_at, source, import_id, note) VALUES "
                "(5, 0, 1000, 'import', 7, NULL), (5, 1, 1500, 'import', 7, 'confirmed'), "
                "(5, 2, 3000, 'esp', NULL, 'too many emails')");
        db.exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'Spring sale', 0)");
        for (int i = 0; i < 25; ++i)
            addEvent(db, 5, i % 2 ? EventType::Open : EventType::Send, 10000 + (i / 2) * 100, false, 1);
        db.exec("INSERT INTO events(contact_id, type, occurred_at, revenue, url) "
                "VALUES (5, 6, 20000, 49.5, 'https://shop.example/p/1')");
        QVERIFY(refreshContactActivity(db).ok());

        auto found = findContactByEmail(db, QStringLiteral("  ANN.LEE@example.COM "));
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(*found, 5);
        QVERIFY(!findContactByEmail(db, QStringLiteral("nobody@example.com")).ok());

        auto detail = loadContactDetail(db, 5, 10);
        QVERIFY2(detail.ok(), qPrintable(detail.error().toString()));
        QCOMPARE(detail->email, QStringLiteral("Ann.Lee@Example.com"));
        QCOMPARE(detail->company, QStringLiteral("Lee & Co"));
        QCOMPARE(detail->phone, QStringLiteral("+49 30 1"));
        QCOMPARE(detail->language, QStringLiteral("de"));
        QCOMPARE(detail->timeZoneSource, QStringLiteral("explicit"));
        QCOMPARE(detail->status, ContactStatus::Unsubscribed);
        QCOMPARE(detail->fields.value(QStringLiteral("plan")).toString(), QStringLiteral("gold"));
        QCOMPARE(detail->fields.value(QStringLiteral("shoe")).toString(), QStringLiteral("42"));
        QCOMPARE(detail->sourceImportFile, QStringLiteral("mailchimp-export.csv"));
        QCOMPARE(detail->tags, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
        QCOMPARE(detail->consent.size(), 3);
        QCOMPARE(detail->consent.at(0).status, ContactStatus::Unsubscribed);
        QCOMPARE(detail->consent.at(0).note, QStringLiteral("too many emails"));
        QCOMPARE(detail->consent.at(0).importId, 0);
        QCOMPARE(detail->consent.at(2).status, ContactStatus::Pending);
        QCOMPARE(detail->consent.at(2).importFile, QStringLiteral("mailchimp-export.csv"));
        QCOMPARE(detail->eventCount, 26);
        QCOMPARE(detail->activity.purchases, 1);
        QCOMPARE(detail->activity.revenue, 49.5);

        // Timeline: newest first, paged without gaps or repeats, with campaign names.
        QCOMPARE(detail->timeline.events.size(), 10);
        QCOMPARE(detail->timeline.events.at(0).type, EventType::Purchase);
        QCOMPARE(detail->timeline.events.at(0).revenue.value_or(0), 49.5);
        QCOMPARE(detail->timeline.events.at(0).url, QStringLiteral("https://shop.example/p/1"));
        QCOMPARE(detail->timeline.events.at(1).campaignName, QStringLiteral("Spring sale"));
        QList<qint64> seen;
        TimelinePage page = detail->timeline;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (;;) {
            for (const TimelineEvent &event : std::as_const(page.events)) {
                QVERIFY(event.at <= previous);
                previous = event.at;
                QVERIFY(!seen.contains(event.id));
                seen.append(event.id);
            }
            if (page.atEnd)
                break;
            auto next = loadContactTimeline(db, 5, page.lastKey, 10);
            QVERIFY(next.ok());
            page = *next;
        }
        QCOMPARE(seen.size(), 26); // events share timestamps in pairs: the key's id breaks the ties
    }

    // Opens and clicks by weekday and hour in the contact's zone, across the spring DST change in Berlin
    // (2024-03-31 02:00 CET -> 03:00 CEST), and in the workspace zone for a contact without one.
    void heatmapUsesLocalTimeAcrossDst()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        Database &db = workspace->db();
        QVERIFY(workspace->setTimeZone(QTimeZone("America/New_York")).ok());
        const qint64 berlin = addContact(db, QStringLiteral("berlin@x.example"), QStringLiteral("Europe/Berlin"));
        addEvent(db, berlin, EventType::Open, utc("2024-03-30T09:30:00Z"));       // Sat 10:30 CET
        addEvent(db, berlin, EventType::Open, utc("2024-04-01T09:30:00Z"));       // Mon 11:30 CEST
        addEvent(db, berlin, EventType::Click, utc("2024-03-31T00:30:00Z"));      // Sun 01:30 CET
        addEvent(db, berlin, EventType::Click, utc("2024-03-31T01:30:00Z"));      // Sun 03:30 CEST
        addEvent(db, berlin, EventType::Open, utc("2024-03-31T01:40:00Z"));       // Sun 03:40 CEST
        addEvent(db, berlin, EventType::Open, utc("2024-03-31T01:45:00Z"), true); // machine: left out
        addEvent(db, berlin, EventType::Send, utc("2024-03-31T01:00:00Z"));       // not engagement
        addEvent(db, berlin, EventType::Purchase, utc("2024-03-31T01:00:00Z"));   // not an open or click

        auto detail = loadContactDetail(db, berlin);
        QVERIFY(detail.ok());
        const ActivityHeatmap &map = detail->heatmap;
        QCOMPARE(map.zoneId, QByteArray("Europe/Berlin"));
        QVERIFY(map.contactZone);
        QCOMPARE(map.total, 5);
        QCOMPARE(map.counts[5][10], 1);
        QCOMPARE(map.counts[0][11], 1);
        QCOMPARE(map.counts[6][1], 1);
        QCOMPARE(map.counts[6][3], 2);
        QCOMPARE(map.counts[6][2], 0); // 02:00-03:00 did not exist that night

        // New York springs forward on 2024-03-10 at 02:00 EST.
        const qint64 nowhere = addContact(db, QStringLiteral("nowhere@x.example"));
        addEvent(db, nowhere, EventType::Open, utc("2024-03-10T06:30:00Z"));  // Sun 01:30 EST
        addEvent(db, nowhere, EventType::Open, utc("2024-03-10T07:30:00Z"));  // Sun 03:30 EDT
        addEvent(db, nowhere, EventType::Click, utc("2024-03-11T16:00:00Z")); // Mon 12:00 EDT
        detail = loadContactDetail(db, nowhere);
        QVERIFY(detail.ok());
        QCOMPARE(detail->heatmap.zoneId, QByteArray("America/New_York"));
        QVERIFY(!detail->heatmap.contactZone);
        QCOMPARE(detail->heatmap.counts[6][1], 1);
        QCOMPARE(detail->heatmap.counts[6][3], 1);
        QCOMPARE(detail->heatmap.counts[0][12], 1);
        QCOMPARE(detail->heatmap.total, 3);
    }

    void missingContactIsAnError()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        auto detail = loadContactDetail(workspace->db(), 999);
        QVERIFY(!detail.ok());
        QVERIFY(detail.error().message.contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestContactDetail)
#include "test_contactdetail.moc"
