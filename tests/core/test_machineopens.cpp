// Machine opens found while events are written: the same opens as a pass over the finished table, across windows,
// files and imports, with events already present. The activity totals kept while the first import writes (see
// ActivityTally) are those of a refresh that reads the table.
#include "csv/csvformat.h"
#include "import/eventwriter.h"
#include "import/importlog.h"
#include "import/machineopens.h"
#include "query/activityrefresh.h"
#include "query/activitytally.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <random>

using namespace herald;

namespace {

constexpr int seconds = 10;

// The rule as one pass over the table once an import wrote its rows after `afterRowid`: its opens against every send,
// then its sends against the opens stored before. What the import flagged as it wrote must equal this.
qint64 flagAfterwards(Database &db, qint64 afterRowid)
{
    Statement newOpens =
        db.prepare("UPDATE events SET machine = 1 "
                   "WHERE rowid > ?1 AND type = 1 AND machine = 0 AND campaign_id IS NOT NULL AND EXISTS ("
                   "    SELECT 1 FROM events AS s WHERE s.contact_id = events.contact_id"
                   "    AND s.occurred_at BETWEEN events.occurred_at - ?2 AND events.occurred_at"
                   "    AND s.type = 0 AND s.campaign_id = events.campaign_id)");
    newOpens.bind(1, afterRowid).bind(2, seconds).exec();
    qint64 flagged = db.changes();
    Statement earlierOpens =
        db.prepare("UPDATE events SET machine = 1 WHERE rowid IN ("
                   "    SELECT o.rowid FROM events AS s JOIN events AS o"
                   "    ON o.contact_id = s.contact_id AND o.occurred_at BETWEEN s.occurred_at AND s.occurred_at + ?2"
                   "    WHERE s.rowid > ?1 AND s.type = 0 AND s.campaign_id IS NOT NULL"
                   "    AND o.type = 1 AND o.machine = 0 AND o.campaign_id = s.campaign_id)");
    earlierOpens.bind(1, afterRowid).bind(2, seconds).exec();
    return flagged + db.changes();
}

EventRecord eventOf(int contact, EventType type, qint64 at, int campaign, bool machine = false)
{
    EventRecord record;
    record.type = type;
    record.occurredAt = at;
    record.email = QStringLiteral("c%1@example.com").arg(contact);
    record.emailKey = record.email;
    record.addressNumber = contact + 1;
    if (campaign)
        record.campaign.name = QStringLiteral("Campaign %1").arg(campaign);
    record.machine = machine;
    return record;
}

using Import = QList<QList<EventRecord>>; // files of one import

// Every contact's activity row and every campaign's stats, revenue to the cent (sums in another order).
QStringList activityTables(Database &db)
{
    QStringList out;
    Statement contacts = db.prepare(
        "SELECT contact_id, sends, opens, human_opens, clicks, purchases, printf('%.2f', revenue), opened_campaigns, "
        "clicked_campaigns, last_open_at, last_click_at, last_purchase_at, last_activity_at, engagement "
        "FROM contact_activity ORDER BY contact_id");
    Statement campaigns = db.prepare(
        "SELECT campaign_id, recipients, bounced, soft_bounced, opens, human_opens, machine_opens, openers, "
        "human_openers, responders, clicks, clickers, unsubscribes, complaints, purchases, printf('%.2f', revenue), "
        "first_send_at FROM campaign_stats ORDER BY campaign_id");
    for (Statement *rows : {&contacts, &campaigns}) {
        while (rows->step()) {
            QStringList row;
            for (int column = 0; column < rows->columnCount(); ++column)
                row << rows->columnText(column);
            out << row.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out;
}

} // namespace

class TestMachineOpens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void flagsWithinAWindow();
    void flagsAcrossWindowsFilesAndImports_data();
    void flagsAcrossWindowsFilesAndImports();
    void offWhenSecondsAreNegative();
    void tallyOfEveryKind_data();
    void tallyOfEveryKind();

private:
    // Writes each import in its own transaction, `window` events per window; returns the opens each one flagged.
    void write(Workspace &workspace, const QList<Import> &imports, std::size_t window, bool inline_,
               QList<qint64> *flagged);
    // contact|time|type|campaign|machine of every event, in order.
    QStringList events(Workspace &workspace);
    std::unique_ptr<Workspace> open(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_tallyLimit = ActivityTally::maxContactId;
};

void TestMachineOpens::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tallyLimit = ActivityTally::maxContactId;
}

void TestMachineOpens::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Workspace> TestMachineOpens::open(const QString &name)
{
    auto workspace = Workspace::open(m_dir->filePath(name));
    if (!workspace.ok())
        qFatal("%s", qPrintable(workspace.error().toString()));
    return std::move(workspace).value();
}

void TestMachineOpens::write(Workspace &workspace, const QList<Import> &imports, std::size_t window, bool inline_,
                             QList<qint64> *flagged)
{
    Database &db = workspace.db();
    for (const Import &import : imports) {
        Transaction transaction(db);
        const qint64 before = db.scalarInt("SELECT ifnull(max(rowid), 0) FROM events");
        MachineOpenFinder finder(db, inline_ ? seconds : -1);
        // As the import does: a tally only when the workspace has no events yet.
        std::optional<ActivityTally> tally;
        if (inline_ && before == 0)
            tally.emplace(m_tallyLimit);
        qint64 machine = 0;
        for (const QList<EventRecord> &file : import) {
            ImportLog log(db, startImportSummary(QStringLiteral("events"), QStringLiteral("events.csv"),
                                                 QStringLiteral("generic"), CsvFormat{}, {}));
            EventWriter writer(db, log.id(), QStringLiteral("generic"), UnknownContacts::Create, QTimeZone::utc(), 1,
                               &finder, window);
            writer.tallyInto(tally ? &*tally : nullptr);
            // As the import drives it: windows grow, then shrink to what the file still holds, and each one is
            // written along with the filling of the next.
            for (qsizetype i = 0; i < file.size(); ++i) {
                writer.write(file.at(i), nullptr);
                writer.expectMore(file.size() - i - 1);
                writer.drainAlong(1);
            }
            writer.flush();
            machine += writer.counts().machineOpens;
        }
        if (!inline_) {
            // The files' own flags, then the pass.
            machine =
                db.scalarInt("SELECT count(*) FROM events WHERE machine = 1 AND rowid > " + std::to_string(before));
            machine += flagAfterwards(db, before);
        }
        if (tally) {
            // The totals kept while writing are those of a pass over the table.
            // A tally that met a contact id past its limit stopped: the refresh reads the table instead.
            QCOMPARE(tally->complete(), m_tallyLimit == ActivityTally::maxContactId);
            const qint64 events = db.scalarInt("SELECT count(*) FROM events");
            if (tally->complete())
                QCOMPARE(tally->events(), events);
            auto tallied = refreshContactActivity(db, {}, &*tally);
            QVERIFY(tallied.ok());
            QCOMPARE(tallied->events, events);
            const QStringList fromTally = activityTables(db);
            auto read = refreshContactActivity(db);
            QVERIFY(read.ok());
            QCOMPARE(read->asOf, tallied->asOf);
            QCOMPARE(fromTally, activityTables(db));
        }
        transaction.commit();
        *flagged << machine;
    }
}

QStringList TestMachineOpens::events(Workspace &workspace)
{
    Statement rows = workspace.db().prepare(
        "SELECT c.email, e.occurred_at, e.type, ifnull(k.name, ''), e.machine FROM events e JOIN contacts c ON "
        "c.id = e.contact_id LEFT JOIN campaigns k ON k.id = e.campaign_id ORDER BY 1, 2, 3, 4");
    QStringList out;
    while (rows.step())
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(rows.columnText(0))
                   .arg(rows.columnInt(1))
                   .arg(rows.columnInt(2))
                   .arg(rows.columnText(3))
                   .arg(rows.columnInt(4));
    return out;
}

void TestMachineOpens::flagsWithinAWindow()
{
    auto workspace = open(QStringLiteral("w.herald"));
    const Import import{{eventOf(1, EventType::Send, 1000, 1), eventOf(1, EventType::Open, 1004, 1),
                         eventOf(1, EventType::Open, 1011, 1), eventOf(1, EventType::Open, 1005, 2),
                         eventOf(2, EventType::Open, 1003, 1), eventOf(2, EventType::Send, 1000, 1),
                         eventOf(3, EventType::Open, 1002, 1, true), eventOf(3, EventType::Send, 1000, 1)}};
    QList<qint64> flagged;
    write(*workspace, {import}, 1 << 18, true, &flagged);
    QCOMPARE(flagged, QList<qint64>{3});
    QCOMPARE(workspace->db().scalarText("SELECT group_concat(occurred_at) FROM (SELECT occurred_at FROM events "
                                        "WHERE machine = 1 ORDER BY 1)"),
             QStringLiteral("1002,1003,1004")); // not 11 s later, nor another campaign's open
}

void TestMachineOpens::flagsAcrossWindowsFilesAndImports_data()
{
    QTest::addColumn<int>("window");
    QTest::newRow("a window per few rows") << 5;
    QTest::newRow("grouped inserts") << 150;
    QTest::newRow("one window") << (1 << 18);
}

void TestMachineOpens::flagsAcrossWindowsFilesAndImports()
{
    QFETCH(int, window);
    // Few contacts, campaigns and seconds, so sends and opens meet often: in one window, across windows, across the
    // files of an import (opens file first), across imports in both orders, and again (already present).
    std::mt19937 random(11);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    auto randomEvents = [&](int count, std::optional<EventType> only) {
        QList<EventRecord> out;
        for (int i = 0; i < count; ++i) {
            const EventType type = only ? *only : (pick(3) == 0 ? EventType::Send : EventType::Open);
            out << eventOf(pick(6), type, 1000 + pick(80), pick(4), type == EventType::Open && pick(10) == 0);
        }
        return out;
    };
    const QList<EventRecord> opens = randomEvents(300, EventType::Open);
    const QList<EventRecord> sends = randomEvents(120, EventType::Send);
    const QList<EventRecord> mixed = randomEvents(400, std::nullopt);
    QList<EventRecord> repeated = mixed.mid(0, 150) + randomEvents(200, std::nullopt);
    std::shuffle(repeated.begin(), repeated.end(), random);
    // The first import finds an empty workspace: only what it remembers of its earlier windows and files tells it
    // where to look.
    const QList<Import> imports{Import{mixed, opens.mid(0, 150), sends.mid(0, 60)}, Import{opens.mid(150)},
                                Import{sends.mid(60)}, Import{repeated}};

    auto inlineWorkspace = open(QStringLiteral("inline.herald"));
    auto passWorkspace = open(QStringLiteral("pass.herald"));
    QList<qint64> inlineFlagged;
    QList<qint64> passFlagged;
    write(*inlineWorkspace, imports, std::size_t(window), true, &inlineFlagged);
    QVERIFY(!QTest::currentTestFailed());
    write(*passWorkspace, imports, std::size_t(window), false, &passFlagged);
    QCOMPARE(inlineFlagged, passFlagged);
    QCOMPARE(events(*inlineWorkspace), events(*passWorkspace));
    QVERIFY(inlineWorkspace->db().scalarInt("SELECT count(*) FROM events WHERE machine = 1") > 20);
    QVERIFY(inlineWorkspace->db().scalarInt("SELECT count(*) FROM events WHERE machine = 0 AND type = 1") > 20);
}

void TestMachineOpens::offWhenSecondsAreNegative()
{
    auto workspace = open(QStringLiteral("w.herald"));
    Database &db = workspace->db();
    Transaction transaction(db);
    MachineOpenFinder finder(db, -1);
    QVERIFY(!finder.enabled());
    ImportLog log(db, startImportSummary(QStringLiteral("events"), QStringLiteral("events.csv"),
                                         QStringLiteral("generic"), CsvFormat{}, {}));
    EventWriter writer(db, log.id(), QStringLiteral("generic"), UnknownContacts::Create, QTimeZone::utc(), 1, &finder);
    writer.write(eventOf(1, EventType::Send, 1000, 1), nullptr);
    writer.write(eventOf(1, EventType::Open, 1001, 1), nullptr);
    writer.flush();
    QCOMPARE(writer.counts().machineOpens, 0);
    QCOMPARE(db.scalarInt("SELECT count(*) FROM events WHERE machine = 1"), 0);
}

void TestMachineOpens::tallyOfEveryKind_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("limited");
    QTest::newRow("a window per few rows") << 7 << false;
    QTest::newRow("grouped inserts") << 150 << false;
    QTest::newRow("ids past the tally's limit") << 150 << true;
}

void TestMachineOpens::tallyOfEveryKind()
{
    QFETCH(int, window);
    QFETCH(bool, limited);
    m_tallyLimit = limited ? 4 : ActivityTally::maxContactId; // contacts 1..9
    // Every event type, events without a campaign, purchases with revenue, order lines that add up (apart in the
    // file), and repeated rows that the natural key turns away: write() checks the tally against a refresh.
    std::mt19937 random(5);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    QList<EventRecord> file;
    for (int i = 0; i < 600; ++i) {
        const auto type = EventType(pick(8));
        EventRecord event = eventOf(pick(9), type, 1000 + pick(200), pick(5), type == EventType::Open && !pick(8));
        if (type == EventType::Purchase) {
            event.revenue = double(pick(10000)) / 100.0;
            if (pick(2))
                event.orderId = QStringLiteral("order-%1").arg(pick(30));
        }
        file << event;
        if (!pick(10))
            file << file.at(pick(int(file.size()))); // a row seen before
    }
    auto workspace = open(QStringLiteral("w.herald"));
    QList<qint64> flagged;
    write(*workspace, {Import{file, file.mid(0, 100)}}, std::size_t(window), true, &flagged);
    QVERIFY(!QTest::currentTestFailed());
    Database &db = workspace->db();
    QVERIFY(db.scalarInt("SELECT count(*) FROM events WHERE type = 6 AND order_id IS NOT NULL") > 5);
    QVERIFY(db.scalarInt("SELECT count(*) FROM events WHERE campaign_id IS NULL") > 50);
    QVERIFY(db.scalarInt("SELECT count(DISTINCT type) FROM events") == 8);
    QVERIFY(db.scalarInt("SELECT sum(revenue) FROM events") > 0);
}

QTEST_GUILESS_MAIN(TestMachineOpens)
#include "test_machineopens.moc"
