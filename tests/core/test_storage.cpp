#include "database.h"
#include "schema.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsNewWorkspaceAtCurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.herald"));
        auto workspace = Workspace::open(path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        QCOMPARE((*workspace)->schemaVersion(), schema::currentVersion);
        QCOMPARE((*workspace)->db().scalarInt("PRAGMA application_id"), schema::applicationId);
        QCOMPARE((*workspace)->db().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE((*workspace)->db().scalarInt("PRAGMA foreign_keys"), 1);
        QCOMPARE((*workspace)->contactCount(), 0);
        for (const char *table :
             {"contacts", "tags", "contact_tags", "consent_events", "imports", "import_rejects", "campaigns", "events",
              "segments", "segment_members", "models", "predictions", "schedules", "schedule_items", "demo_truth"}) {
            Statement statement = (*workspace)->db().prepare("SELECT count(*) FROM sqlite_master WHERE name = ?1");
            statement.bind(1, QString::fromLatin1(table));
            QVERIFY(statement.step());
            QVERIFY2(statement.columnInt(0) == 1, table);
        }
    }

    void openExistingFailsForMissingFile()
    {
        auto workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("missing.herald")), Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(workspace.error().file.endsWith(QStringLiteral("missing.herald")));
    }

    void reopensAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.herald"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            (*workspace)
                ->db()
                .exec("INSERT INTO contacts(email, email_key, created_at, updated_at) "
                      "VALUES ('Ann@Example.com', 'ann@example.com', 1, 1)");
        }
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(workspace.ok());
        QCOMPARE((*workspace)->contactCount(), 1);
        QCOMPARE((*workspace)->contactCount(ContactStatus::Subscribed), 1);
        QCOMPARE((*workspace)->contactCount(ContactStatus::Unsubscribed), 0);
    }

    void refusesWorkspaceFromNewerHerald()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.herald"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            (*workspace)->db().exec("PRAGMA user_version = 99");
        }
        const QByteArray before = readAll(path);
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().message.contains(QStringLiteral("newer version of Herald")),
                 qPrintable(workspace.error().message));
        QVERIFY(workspace.error().message.contains(QStringLiteral("99")));
        QCOMPARE(readAll(path), before); // never silently overwritten
    }

    void refusesFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
        writeFile(path, "Email Address,First Name\nann@example.com,Ann\n");
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(QStringLiteral("not a Herald workspace")));
        QCOMPARE(readAll(path), QByteArray("Email Address,First Name\nann@example.com,Ann\n"));
    }

    void refusesForeignSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            Database db;
            db.open(path, Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)");
        }
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(QStringLiteral("not a Herald workspace")));
        Database db;
        db.open(path, Database::Mode::ReadOnly);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'contacts'"), 0);
    }

    void reportsCorruptWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.herald"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            Transaction transaction((*workspace)->db());
            Statement insert = (*workspace)
                                   ->db()
                                   .prepare("INSERT INTO contacts(email, email_key, first_name, created_at, "
                                            "updated_at) VALUES (?1, ?1, ?2, 0, 0)");
            for (int i = 0; i < 2000; ++i)
                insert.bind(1, QStringLiteral("c%1@example.com").arg(i))
                    .bind(2, QStringLiteral("Name %1").arg(i))
                    .exec();
            transaction.commit();
            (*workspace)->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8 * 4096);
        // Scribble over pages in the middle of the file, keeping the header intact.
        for (qint64 offset = 2 * 4096; offset < size - 4096; offset += 3 * 4096) {
            file.seek(offset + 100);
            file.write(QByteArray(2000, '\xA5'));
        }
        file.close();
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().message.contains(QStringLiteral("damaged")), qPrintable(workspace.error().message));
    }

    void refusesReadOnlyFile()
    {
        if (geteuid() == 0)
            QSKIP("root can write to read-only files");
        const QString path = m_dir.filePath(QStringLiteral("readonly.herald"));
        QVERIFY(Workspace::open(path).ok());
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(QStringLiteral("read-only")));
    }

    void readOnlyFileIsDetectedByPermissions()
    {
        // Runs as root too: the check looks at the permission bits before SQLite can write anything.
        const QString path = m_dir.filePath(QStringLiteral("readonly2.herald"));
        QVERIFY(Workspace::open(path).ok());
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther);
        const QFileInfo info(path);
        if (info.isWritable())
            QSKIP("this file system lets the user write to read-only files");
        auto workspace = Workspace::open(path);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(QStringLiteral("read-only")));
    }

    void migrationRollsBackWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("rollback.herald"));
        Database db;
        db.open(path, Database::Mode::ReadWriteCreate);
        // A table that collides with one the migration creates makes it fail half way.
        db.exec("CREATE TABLE events(x)");
        QVERIFY_THROWS_EXCEPTION(SqlError, schema::migrate(db));
        QCOMPARE(db.scalarInt("PRAGMA user_version"), 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name IN ('contacts', 'imports')"), 0);
    }

    void migratesOldWorkspaceOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-v0.herald"));
        {
            Database db;
            db.open(path, Database::Mode::ReadWriteCreate);
            db.exec("PRAGMA user_version = 0");
        }
        auto workspace = Workspace::open(path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        QCOMPARE((*workspace)->schemaVersion(), schema::currentVersion);
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("tx.herald")));
        QVERIFY(workspace.ok());
        Database &db = (*workspace)->db();
        {
            Transaction transaction(db);
            db.exec("INSERT INTO tags(name) VALUES ('vip')");
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM tags"), 0);
        {
            Transaction transaction(db);
            db.exec("INSERT INTO tags(name) VALUES ('vip')");
            transaction.commit();
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM tags"), 1);
    }

    void statementBindsAndRejectsMultipleStatements()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("bind.herald")));
        QVERIFY(workspace.ok());
        Database &db = (*workspace)->db();
        Statement insert = db.prepare("INSERT INTO tags(name) VALUES (?1)");
        insert.bind(1, QStringLiteral("Robert'); DROP TABLE contacts; --")).exec();
        QCOMPARE(db.scalarText("SELECT name FROM tags"), QStringLiteral("Robert'); DROP TABLE contacts; --"));
        QVERIFY_THROWS_EXCEPTION(SqlError, db.prepare("SELECT 1; DELETE FROM tags"));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM tags"), 1);
    }

    void consentLedgerIsAppendOnly()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("consent.herald")));
        QVERIFY(workspace.ok());
        Database &db = (*workspace)->db();
        db.exec("INSERT INTO contacts(id, email, email_key, created_at, updated_at) VALUES (1, 'a@example.com', "
                "'a@example.com', 0, 0)");
        db.exec("INSERT INTO consent_events(contact_id, status, occurred_at, source) VALUES (1, 2, 10, 'test')");
        QVERIFY_THROWS_EXCEPTION(SqlError, db.exec("UPDATE consent_events SET status = 1"));
        QCOMPARE(db.scalarInt("SELECT status FROM consent_events"), 2);
    }

    void foreignKeysAreEnforced()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("fk.herald")));
        QVERIFY(workspace.ok());
        QVERIFY_THROWS_EXCEPTION(SqlError, (*workspace)
                                               ->db()
                                               .exec("INSERT INTO events(contact_id, type, occurred_at) "
                                                     "VALUES (42, 1, 0)"));
    }

    void backupCopiesWorkspaceAndRefusesOverwrite()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("source.herald")));
        QVERIFY(workspace.ok());
        (*workspace)
            ->db()
            .exec("INSERT INTO contacts(email, email_key, created_at, updated_at) VALUES "
                  "('a@example.com', 'a@example.com', 0, 0), ('b@example.com', 'b@example.com', 0, 0)");
        const QString target = m_dir.filePath(QStringLiteral("backup.herald"));
        const auto result = (*workspace)->backupTo(target);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        auto copy = Workspace::open(target, Workspace::OpenMode::OpenExisting);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QCOMPARE((*copy)->contactCount(), 2);

        const auto again = (*workspace)->backupTo(target);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
    }

    void backupReportsProgressAndCancelsWithoutLeavingAFile()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("progress.herald")));
        QVERIFY(workspace.ok());
        (*workspace)
            ->db()
            .exec("INSERT INTO contacts(email, email_key, created_at, updated_at) "
                  "VALUES ('a@example.com', 'a@example.com', 0, 0)");
        const qint64 pages = (*workspace)->db().scalarInt("PRAGMA page_count");

        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        JobControl control;
        control.progress = [&](qint64 done, qint64 total, const QString &) {
            lastDone = done;
            lastTotal = total;
        };
        const QString target = m_dir.filePath(QStringLiteral("progress-backup.herald"));
        QVERIFY((*workspace)->backupTo(target, control).ok());
        QCOMPARE(lastTotal, pages);
        QCOMPARE(lastDone, pages);

        std::atomic_bool cancel{true};
        control.cancelFlag = &cancel;
        const QString cancelledTarget = m_dir.filePath(QStringLiteral("cancelled-backup.herald"));
        const auto cancelled = (*workspace)->backupTo(cancelledTarget, control);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().cancelled);
        QVERIFY(!QFile::exists(cancelledTarget));
    }

    void attachOpensACheckedWorkspaceAndStillRefusesForeignFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("attach.herald"));
        auto first = Workspace::open(path);
        QVERIFY(first.ok());
        (*first)->db().exec("INSERT INTO contacts(email, email_key, created_at, updated_at) "
                            "VALUES ('a@example.com', 'a@example.com', 0, 0)");
        auto second = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        QVERIFY2(second.ok(), qPrintable(second.error().toString()));
        QCOMPARE((*second)->contactCount(), 1);

        const QString missing = m_dir.filePath(QStringLiteral("nowhere.herald"));
        QVERIFY(!Workspace::open(missing, Workspace::OpenMode::AttachExisting).ok());
        QVERIFY(!QFile::exists(missing));
        const QString text = m_dir.filePath(QStringLiteral("text.herald"));
        writeFile(text, "just some text, long enough to have a header");
        auto foreign = Workspace::open(text, Workspace::OpenMode::AttachExisting);
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.error().message.contains(QStringLiteral("not a Herald workspace")));
    }

    void summaryCountsStatusesAndMonths()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("summary.herald")));
        QVERIFY(workspace.ok());
        Database &db = (*workspace)->db();
        db.exec("INSERT INTO contacts(id, email, email_key, status, created_at, updated_at) VALUES "
                "(1, 'a@example.com', 'a@example.com', 1, 0, 0), (2, 'b@example.com', 'b@example.com', 2, 0, 0), "
                "(3, 'c@example.com', 'c@example.com', 1, 0, 0)");
        db.exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'Spring', 0)");
        // 2025-01-15 and 2025-02-03 (UTC)
        db.exec("INSERT INTO events(contact_id, campaign_id, type, occurred_at) VALUES "
                "(1, 1, 0, 1736935200), (2, 1, 0, 1736935200), (1, 1, 1, 1736938800), (1, 1, 2, 1738580400)");
        const auto summary = (*workspace)->summary();
        QVERIFY(summary.ok());
        QCOMPARE(summary->contacts, 3);
        QCOMPARE(summary->contactsByStatus.at(ContactStatus::Subscribed), 2);
        QCOMPARE(summary->contactsByStatus.at(ContactStatus::Unsubscribed), 1);
        QCOMPARE(summary->campaigns, 1);
        QCOMPARE(summary->events, 4);
        QCOMPARE(summary->firstEvent.date(), QDate(2025, 1, 15));
        QCOMPARE(summary->lastEvent.date(), QDate(2025, 2, 3));
        QCOMPARE(summary->monthly.size(), 2);
        QCOMPARE(summary->monthly[0].month, QDate(2025, 1, 1));
        QCOMPARE(summary->monthly[0].sends, 2);
        QCOMPARE(summary->monthly[0].opens, 1);
        QCOMPARE(summary->monthly[0].clicks, 0);
        QCOMPARE(summary->monthly[1].clicks, 1);

        // The last second of January and the first of February (UTC), and a bounce: counted, but in no chart line.
        db.exec("INSERT INTO events(contact_id, campaign_id, type, occurred_at) VALUES "
                "(3, 1, 1, 1738367999), (3, 1, 2, 1738368000), (2, 1, 3, 1738368000)");
        // The same answers with the time index and while the background indexer has yet to build it.
        for (const bool indexed : {true, false}) {
            if (!indexed)
                db.exec("DROP INDEX events_by_time");
            const auto again = (*workspace)->summary();
            QVERIFY(again.ok());
            QCOMPARE(again->events, 7);
            QCOMPARE(again->monthly.size(), 2);
            QCOMPARE(again->monthly[0].opens, 2);
            QCOMPARE(again->monthly[1].clicks, 2);
            QCOMPARE(again->monthly[1].sends + again->monthly[1].opens, 0);
            QCOMPARE(again->lastEvent.date(), QDate(2025, 2, 3));
        }
    }

    void workspaceTimeZoneIsStoredInWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("zone.herald"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            QVERIFY((*workspace)->setTimeZone(QTimeZone("Europe/Berlin")).ok());
            QVERIFY(!(*workspace)->setTimeZone(QTimeZone("Mars/Olympus_Mons")).ok());
        }
        auto workspace = Workspace::open(path);
        QVERIFY(workspace.ok());
        QCOMPARE((*workspace)->timeZone().id(), QByteArray("Europe/Berlin"));
    }

    void resolvePathPrefersExplicitThenEnvironment()
    {
        qputenv("HERALD_WORKSPACE", "/tmp/from-env.herald");
        QCOMPARE(Workspace::resolvePath(QStringLiteral("/tmp/explicit.herald")),
                 QStringLiteral("/tmp/explicit.herald"));
        QCOMPARE(Workspace::resolvePath(), QStringLiteral("/tmp/from-env.herald"));
        qunsetenv("HERALD_WORKSPACE");
        QVERIFY(Workspace::resolvePath().endsWith(QStringLiteral("/default.herald")));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
