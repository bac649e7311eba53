// The background indexer: what a large import leaves for later, searches while the search index lags, building what
// is pending, cancelling it, and the schema migration that starts a new search index empty.
#include "contacttriggers.h"
#include "database.h"
#include "import/bulkload.h"
#include "import/contactimport.h"
#include "import/eventimport.h"
#include "indexmaintenance.h"
#include "query/campaignstats.h"
#include "query/contactquery.h"
#include "query/contactqueryplan.h"
#include "query/engagement.h"
#include "schema.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace herald;

namespace {

const char *const firstNames[] = {"Ann", "Bob", "Chloé", "Dieter", "Émile", "Farid"};
const char *const lastNames[] = {"Müller", "O'Brien", "Smith", "Lefèvre", "Nguyen"};

QString writeContacts(const QString &path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("Email Address,First Name,Last Name,Company\n");
    for (int i = first; i < first + count; ++i)
        file.write(QStringLiteral("person%1@example.com,%2,%3,%4\n")
                       .arg(i)
                       .arg(QString::fromUtf8(firstNames[i % 6]), QString::fromUtf8(lastNames[i % 5]),
                            i % 3 == 0 ? QStringLiteral("Acme GmbH") : QStringLiteral("Studio Lumière"))
                       .toUtf8());
    return path;
}

QStringList indexNames(Database &db, const char *table)
{
    Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                                "AND sql IS NOT NULL ORDER BY name");
    list.bind(1, QString::fromLatin1(table));
    QStringList names;
    while (list.step())
        names.append(list.columnText(0));
    return names;
}

// FTS5's own check of the search index: that it is consistent in itself, and with `complete` that it also holds
// exactly the rows and values of the contacts table (which it does not while contacts wait for the indexer).
bool searchIndexIsSound(Database &db, bool complete = true)
{
    try {
        db.exec(complete ? "INSERT INTO contacts_search(contacts_search, rank) VALUES ('integrity-check', 1)"
                         : "INSERT INTO contacts_search(contacts_search, rank) VALUES ('integrity-check', 0)");
        return true;
    } catch (const SqlError &error) {
        qWarning() << error.message();
        return false;
    }
}

} // namespace

class TestIndexMaintenance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

    Database &db() { return m_workspace->db(); }

    // New contacts by engagement, and the first ids by last activity: what the activity indexes serve.
    QList<qint64> activityAnswers()
    {
        QList<qint64> answers;
        for (const EngagementLevel level : allEngagementLevels) {
            ContactQuery query;
            query.engagement = {level};
            auto counted = query.count(db());
            answers.append(counted ? *counted : -1);
        }
        ContactQuery byActivity;
        byActivity.sort = ContactSortField::LastActivity;
        auto page = byActivity.fetchPage(db(), {}, 20);
        if (page)
            for (const ContactRow &row : std::as_const(page->rows))
                answers.append(row.id);
        return answers;
    }

    // Every search answer the tests compare before and after indexing.
    QList<qint64> searchCounts()
    {
        QList<qint64> counts;
        for (const char *text : {"ann", "muller", "o'brien", "lumiere", "person1", "person42@example.com",
                                 "chloe smith", "acme", "p", "zz"}) {
            ContactQuery query;
            query.search = QString::fromUtf8(text);
            auto counted = query.count(db());
            counts.append(counted ? *counted : -1);
            auto page = query.fetchPage(db(), {}, 500);
            counts.append(page ? page->rows.size() : -1);
        }
        return counts;
    }

    Result<ContactImportReport> import(const QString &path)
    {
        ContactImportOptions options;
        options.filePath = path;
        return importContacts(*m_workspace, options);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_dir->filePath(QStringLiteral("w.herald")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_workspace = std::move(opened).value();
        // Workspaces of a few hundred contacts behave as a million would.
        ContactBulkInsert::setDeferredSearchRowsForTests(50);
        SecondaryIndexes::setThresholdsForTests(50);
    }

    void cleanup()
    {
        ContactBulkInsert::setDeferredSearchRowsForTests(-1);
        SecondaryIndexes::setThresholdsForTests(-1);
        ContactQueryPlan::setDrivingLimitForTests(-1);
        m_workspace.reset();
        m_dir.reset();
    }

    void smallImportIndexesAtOnce()
    {
        const auto report = import(writeContacts(m_dir->filePath(QStringLiteral("a.csv")), 1, 20));
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QVERIFY(!report->indexesDeferred);
        const auto pending = pendingIndexes(db());
        QVERIFY(pending.ok());
        QVERIFY(pending->isEmpty());
        ContactQuery query;
        query.search = QStringLiteral("person1");
        QCOMPARE(*query.count(db()), 11); // person1, person10 .. person19
        QVERIFY(searchIndexIsSound(db()));
    }

    void largeImportLeavesIndexesForLater()
    {
        const QStringList sortIndexes = indexNames(db(), "contacts");
        const QStringList activityIndexes = indexNames(db(), "contact_activity");
        const auto report = import(writeContacts(m_dir->filePath(QStringLiteral("a.csv")), 1, 300));
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->counts.imported, 300);
        QVERIFY(report->indexesDeferred);

        const auto pending = pendingIndexes(db());
        QVERIFY(pending.ok());
        QCOMPARE(pending->unsearchedContacts, 300);
        // The sort and filter indexes wait, the activity sort and engagement filter's too (the unique email index,
        // which finds duplicates, is not in this list).
        QCOMPARE(indexNames(db(), "contacts"), QStringList{});
        QCOMPARE(indexNames(db(), "contact_activity"), QStringList{});
        QCOMPARE(db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_autoindex_contacts_1'"), 1);
        QStringList expectedPending = sortIndexes + activityIndexes;
        expectedPending.sort();
        QCOMPARE(expectedPending.size(), 10);
        QStringList pendingNames = pending->indexes;
        pendingNames.sort();
        QCOMPARE(pendingNames, expectedPending);

        const QList<qint64> activityBefore = activityAnswers();
        QCOMPARE(activityBefore.at(4), 300); // every new contact is New
        QCOMPARE(activityBefore.size(), 5 + 20);

        // Searches find the contacts the index lacks, as the index would; both query shapes.
        const QList<qint64> before = searchCounts();
        QCOMPARE(before.at(0), 50);  // "ann": i % 6 == 0
        QCOMPARE(before.at(2), 60);  // "muller"
        QCOMPARE(before.at(4), 60);  // "o'brien" as a phrase
        QCOMPARE(before.at(6), 200); // "lumiere" without its accent
        QCOMPARE(before.at(8), 111); // person1, 10-19, 100-199
        QCOMPARE(before.at(10), 1);
        QCOMPARE(before.at(12), 10); // Chloé (i % 6 == 2) Smith (i % 5 == 2): i % 30 == 2
        QCOMPARE(before.at(16), 300);
        QCOMPARE(before.at(18), 0);
        ContactQueryPlan::setDrivingLimitForTests(0);
        QCOMPARE(searchCounts(), before);
        ContactQueryPlan::setDrivingLimitForTests(-1);

        // Edits and deletions of contacts the index lacks leave it sound.
        db().exec("UPDATE contacts SET last_name = 'Zappa' WHERE email_key = 'person7@example.com'");
        db().exec("DELETE FROM contacts WHERE email_key = 'person8@example.com'");
        QVERIFY(searchIndexIsSound(db(), false));

        QList<QPair<qint64, qint64>> progress;
        JobControl control;
        control.progress = [&](qint64 done, qint64 total, const QString &) { progress.append({done, total}); };
        const auto built = buildPendingIndexes(db(), control);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        QCOMPARE(built->contactsIndexed, 299);
        QCOMPARE(built->indexesBuilt.size(), expectedPending.size());
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.constLast().first >= progress.constFirst().first);
        QVERIFY(progress.constLast().first <= progress.constLast().second);

        QVERIFY(pendingIndexes(db())->isEmpty());
        QCOMPARE(indexNames(db(), "contacts"), sortIndexes);
        QCOMPARE(indexNames(db(), "contact_activity"), activityIndexes);
        // person8 is gone; the rest answer as before.
        QList<qint64> activityAfter = activityAnswers();
        QCOMPARE(activityAfter.at(4), 299);
        QCOMPARE(activityAfter.mid(5, 7), activityBefore.mid(5, 7)); // ids 1..7 come first, before person8
        QVERIFY(searchIndexIsSound(db()));
        ContactQuery zappa;
        zappa.search = QStringLiteral("zappa");
        QCOMPARE(*zappa.count(db()), 1);
        QList<qint64> after = searchCounts();
        // person8 is gone: it was one of "person", "Studio Lumière" (8 % 3 != 0) and "Smith" (8 % 5 == 3: no).
        QCOMPARE(after.at(16), 299);
        QCOMPARE(after.at(6), 199);
        QCOMPARE(after.at(0), before.at(0));

        // Nothing left: a second run does nothing.
        const auto again = buildPendingIndexes(db());
        QVERIFY(again.ok());
        QCOMPARE(again->contactsIndexed, 0);
        QVERIFY(again->indexesBuilt.isEmpty());
    }

    void tagLinksIndexFollowsToo()
    {
        QFile file(m_dir->filePath(QStringLiteral("tags.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email Address,Tags\n");
        for (int i = 1; i <= 300; ++i)
            file.write(QStringLiteral("tagged%1@example.com,\"%2\"\n")
                           .arg(i)
                           .arg(i % 3 == 0 ? QStringLiteral("VIP, Blog") : QStringLiteral("Blog"))
                           .toUtf8());
        file.close();
        const auto report = import(file.fileName());
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QVERIFY(pendingIndexes(db())->indexes.contains(QStringLiteral("contact_tags_by_tag")));
        QVERIFY(!indexNames(db(), "contact_tags").contains(QStringLiteral("contact_tags_by_tag")));
        ContactQuery vip;
        vip.tags = {QStringLiteral("vip")};
        QCOMPARE(*vip.count(db()), 100);
        QVERIFY(buildPendingIndexes(db()).ok());
        QVERIFY(indexNames(db(), "contact_tags").contains(QStringLiteral("contact_tags_by_tag")));
        QCOMPARE(*vip.count(db()), 100);
    }

    void importsWhilePendingAddUp()
    {
        QVERIFY(import(writeContacts(m_dir->filePath(QStringLiteral("a.csv")), 1, 100)).ok());
        // A small import on top: still pending from the first one, so its contacts wait too.
        QVERIFY(import(writeContacts(m_dir->filePath(QStringLiteral("b.csv")), 101, 10)).ok());
        QCOMPARE(pendingIndexes(db())->unsearchedContacts, 110);
        ContactQuery query;
        query.search = QStringLiteral("person10");
        QCOMPARE(*query.count(db()), 11); // person10 and person100-109, from both imports
        QVERIFY(buildPendingIndexes(db()).ok());
        QCOMPARE(*query.count(db()), 11);
        QVERIFY(searchIndexIsSound(db()));
    }

    void cancelStopsBetweenSteps()
    {
        QVERIFY(import(writeContacts(m_dir->filePath(QStringLiteral("a.csv")), 1, 300)).ok());
        const QList<qint64> before = searchCounts();
        std::atomic_bool cancel{false};
        JobControl control;
        control.cancelFlag = &cancel;
        int reports = 0;
        control.progress = [&](qint64, qint64, const QString &) {
            if (++reports == 3)
                cancel = true;
        };
        const auto built = buildPendingIndexes(db(), control);
        QVERIFY(!built.ok());
        QVERIFY(built.error().cancelled);
        // What was done stays done, the rest is still pending, and answers did not change.
        const auto pending = pendingIndexes(db());
        QVERIFY(!pending->isEmpty());
        QVERIFY(searchIndexIsSound(db(), pending->unsearchedContacts == 0));
        QCOMPARE(searchCounts(), before);
        QVERIFY(buildPendingIndexes(db()).ok());
        QVERIFY(pendingIndexes(db())->isEmpty());
        QCOMPARE(searchCounts(), before);
    }

    void eventImportLeavesItsTimeAndCampaignIndexesForLater()
    {
        QVERIFY(import(writeContacts(m_dir->filePath(QStringLiteral("a.csv")), 1, 20)).ok());
        QFile file(m_dir->filePath(QStringLiteral("events.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,event,timestamp,campaign\n");
        for (int i = 1; i <= 20; ++i)
            file.write(QStringLiteral("person%1@example.com,send,2025-03-01T09:00:00Z,Spring sale\n").arg(i).toUtf8());
        for (int i = 0; i < 400; ++i)
            file.write(QStringLiteral("person%1@example.com,open,2025-03-%2T10:%3:00Z,Spring sale\n")
                           .arg(i % 20 + 1)
                           .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .toUtf8());
        file.close();
        EventImportOptions options;
        options.filePath = file.fileName();
        const auto report = importEvents(*m_workspace, options);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QVERIFY(report->indexesDeferred);
        QCOMPARE(pendingIndexes(db())->indexes,
                 (QStringList{QStringLiteral("events_by_campaign"), QStringLiteral("events_by_time")}));
        // The campaign's chart reads the same hours without its index as with it.
        const qint64 campaign = db().scalarInt("SELECT id FROM campaigns WHERE name = 'Spring sale'");
        const auto hoursPending = engagementByHourSinceSend(db(), campaign, 24 * 40);
        QVERIFY(hoursPending.ok());
        qint64 opens = 0;
        for (const HourlyEngagement &hour : *hoursPending)
            opens += hour.humanOpens + hour.machineOpens;
        QCOMPARE(opens, 400);
        QVERIFY(buildPendingIndexes(db()).ok());
        QVERIFY(indexNames(db(), "events").contains(QStringLiteral("events_by_time")));
        QVERIFY(indexNames(db(), "events").contains(QStringLiteral("events_by_campaign")));
        const auto hoursIndexed = engagementByHourSinceSend(db(), campaign, 24 * 40);
        QVERIFY(hoursIndexed.ok());
        QCOMPARE(hoursIndexed->size(), hoursPending->size());
        for (qsizetype hour = 0; hour < hoursIndexed->size(); ++hour) {
            QCOMPARE(hoursIndexed->at(hour).humanOpens, hoursPending->at(hour).humanOpens);
            QCOMPARE(hoursIndexed->at(hour).machineOpens, hoursPending->at(hour).machineOpens);
        }
    }

    void migrationStartsANewSearchIndex()
    {
        // A workspace written by the previous schema, with contacts in its search index.
        m_workspace.reset();
        const QString path = m_dir->filePath(QStringLiteral("v1.herald"));
        {
            Database raw;
            raw.open(path, Database::Mode::ReadWriteCreate);
            schema::migrateTo(raw, 1);
            Statement insert = raw.prepare("INSERT INTO contacts(email, email_key, first_name, last_name, "
                                           "created_at, updated_at) VALUES (?1, lower(?1), ?2, ?3, 0, 0)");
            for (int i = 1; i <= 30; ++i)
                insert.bind(1, QStringLiteral("old%1@example.com").arg(i))
                    .bind(2, QStringLiteral("Greta"))
                    .bind(3, i % 2 ? QStringLiteral("Müller") : QStringLiteral("Smith"))
                    .exec();
            QCOMPARE(raw.scalarInt("SELECT count(*) FROM contacts_search WHERE contacts_search MATCH 'muller'"), 15);
        }
        auto opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_workspace = std::move(opened).value();
        QCOMPARE(m_workspace->schemaVersion(), schema::currentVersion);
        QCOMPARE(pendingIndexes(db())->unsearchedContacts, 30);
        QVERIFY(!indexNames(db(), "events").contains(QStringLiteral("events_by_contact")));
        ContactQuery query;
        query.search = QStringLiteral("mu");
        QCOMPARE(*query.count(db()), 15);
        QVERIFY(buildPendingIndexes(db()).ok());
        QCOMPARE(*query.count(db()), 15);
        // The new index keeps one- and two-letter prefixes.
        QVERIFY(db().scalarText("SELECT sql FROM sqlite_master WHERE name = 'contacts_search'")
                    .contains(QStringLiteral("prefix='1 2'")));
        QVERIFY(searchIndexIsSound(db()));
    }
};

QTEST_GUILESS_MAIN(TestIndexMaintenance)
#include "test_indexmaintenance.moc"
