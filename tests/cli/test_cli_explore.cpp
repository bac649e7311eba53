#include "database.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

// herald contacts list / contacts show / campaigns list, run as a script would: exit codes and JSON.
class TestCliExplore : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run herald(QStringList arguments)
    {
        arguments << QStringLiteral("--workspace") << m_path;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HERALD_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QStringList emails(const QJsonObject &json)
    {
        QStringList list;
        for (const QJsonValue &contact : json.value(QStringLiteral("contacts")).toArray())
            list.append(contact.toObject().value(QStringLiteral("email")).toString());
        return list;
    }

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    // Five contacts, two campaigns and their activity, written straight into a workspace. No activity refresh:
    // the commands must build the summary themselves the first time.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("explore.herald"));
        auto opened = Workspace::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Database &db = (*opened)->db();
        QVERIFY((*opened)->setTimeZone(QTimeZone("Europe/Berlin")).ok());
        db.exec("INSERT INTO contacts(id, email, email_key, first_name, last_name, company, country, time_zone, "
                "status, fields, created_at, updated_at) VALUES "
                "(1, 'anna@example.com', 'anna@example.com', 'Anna', 'Müller', 'Acme', 'DE', 'Europe/Berlin', 1, "
                "'{\"plan\":\"gold\"}', 1700000000, 1700000000), "
                "(2, 'ben@example.com', 'ben@example.com', 'Ben', 'O''Brien', 'Blue Harbor', 'IE', 'Europe/Dublin', "
                "2, NULL, 1700100000, 1700100000), "
                "(3, 'chloe@example.fr', 'chloe@example.fr', 'Chloé', 'Dubois', NULL, 'FR', NULL, 1, NULL, "
                "1700200000, 1700200000), "
                "(4, 'dan@example.com', 'dan@example.com', 'Dan', 'Smith', 'Acme', 'US', 'America/Chicago', 5, NULL, "
                "1700300000, 1700300000), "
                "(5, 'eve@example.com', 'eve@example.com', 'Eve', 'Adams', NULL, 'DE', 'Europe/Berlin', 1, NULL, "
                "1700400000, 1700400000)");
        db.exec("INSERT INTO tags(id, name) VALUES (1, 'vip'), (2, 'newsletter')");
        db.exec("INSERT INTO contact_tags VALUES (1, 1), (1, 2), (3, 2), (5, 1)");
        db.exec("INSERT INTO consent_events(contact_id, status, occurred_at, source) VALUES "
                "(1, 1, 1700000000, 'import'), (2, 1, 1700100000, 'import'), (2, 2, 1710000000, 'esp')");
        db.exec("INSERT INTO campaigns(id, name, subject, sent_at, created_at) VALUES "
                "(1, 'Winter sale', 'Cosy deals', 1705312800, 0), (2, 'Spring news', 'Hello spring', 1710410400, 0)");
        // Winter sale: all five get it; Anna opens (Monday 2024-01-15 11:00 UTC = 12:00 in Berlin) and clicks,
        // Eve's mail client opens it by machine, Dan complains.
        db.exec("INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, revenue) VALUES "
                "(1, 1, 0, 1705312800, 0, NULL), (2, 1, 0, 1705312800, 0, NULL), (3, 1, 0, 1705312800, 0, NULL), "
                "(4, 1, 0, 1705312800, 0, NULL), (5, 1, 0, 1705312800, 0, NULL), "
                "(1, 1, 1, 1705316400, 0, NULL), (1, 1, 2, 1705316700, 0, NULL), (5, 1, 1, 1705312900, 1, NULL), "
                "(4, 1, 5, 1705320000, 0, NULL), (1, 1, 6, 1705320000, 0, 40.0), "
                "(1, 2, 0, 1710410400, 0, NULL), (3, 2, 0, 1710410400, 0, NULL), (3, 2, 1, 1710414000, 0, NULL)");
    }

    void helpListsExploreCommands()
    {
        const Run run = herald({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("herald contacts list"));
        QVERIFY(run.out.contains("herald contacts show EMAIL"));
        QVERIFY(run.out.contains("herald campaigns list"));
    }

    void listJsonHasTotalAndContacts()
    {
        const Run run = herald({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("total")).toInteger(), 5);
        QCOMPARE(emails(json), (QStringList{QStringLiteral("anna@example.com"), QStringLiteral("ben@example.com"),
                                            QStringLiteral("chloe@example.fr"), QStringLiteral("dan@example.com"),
                                            QStringLiteral("eve@example.com")}));
        const QJsonObject anna = json.value(QStringLiteral("contacts")).toArray().at(0).toObject();
        QCOMPARE(anna.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller"));
        QCOMPARE(anna.value(QStringLiteral("status")).toString(), QStringLiteral("subscribed"));
        QCOMPARE(anna.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("newsletter"), QStringLiteral("vip")}));
        QCOMPARE(anna.value(QStringLiteral("created_at")).toString(), QStringLiteral("2023-11-14T22:13:20Z"));
        // Built on first use: Anna's purchase is her latest activity.
        QCOMPARE(anna.value(QStringLiteral("last_activity_at")).toString(), QStringLiteral("2024-01-15T12:00:00Z"));
        QCOMPARE(anna.value(QStringLiteral("engagement")).toString(), QStringLiteral("engaged")); // 59 days before
                                                                                                  // Chloé's open
        QVERIFY(json.value(QStringLiteral("contacts"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("last_activity_at"))
                    .isNull());
    }

    void listFiltersSortsAndLimits_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QStringList>("expected");
        const QString anna = QStringLiteral("anna@example.com");
        const QString ben = QStringLiteral("ben@example.com");
        const QString chloe = QStringLiteral("chloe@example.fr");
        const QString dan = QStringLiteral("dan@example.com");
        const QString eve = QStringLiteral("eve@example.com");
        QTest::newRow("search without accents")
            << QStringList{QStringLiteral("--search"), QStringLiteral("muller")} << qint64(1) << QStringList{anna};
        QTest::newRow("search with an apostrophe")
            << QStringList{QStringLiteral("--search"), QStringLiteral("o'brien")} << qint64(1) << QStringList{ben};
        QTest::newRow("search company prefix")
            << QStringList{QStringLiteral("--search"), QStringLiteral("acm")} << qint64(2) << QStringList{anna, dan};
        QTest::newRow("hostile search") << QStringList{QStringLiteral("--search"), QStringLiteral("\"a\" OR *")}
                                        << qint64(0) << QStringList{};
        QTest::newRow("two statuses") << QStringList{QStringLiteral("--status"), QStringLiteral("unsubscribed"),
                                                     QStringLiteral("--status"), QStringLiteral("complained")}
                                      << qint64(2) << QStringList{ben, dan};
        QTest::newRow("statuses as a list")
            << QStringList{QStringLiteral("--status"), QStringLiteral("unsubscribed,complained")} << qint64(2)
            << QStringList{ben, dan};
        QTest::newRow("tag") << QStringList{QStringLiteral("--tag"), QStringLiteral("VIP")} << qint64(2)
                             << QStringList{anna, eve};
        QTest::newRow("country, any case")
            << QStringList{QStringLiteral("--country"), QStringLiteral("de")} << qint64(2) << QStringList{anna, eve};
        QTest::newRow("time zone") << QStringList{QStringLiteral("--time-zone"), QStringLiteral("America/Chicago")}
                                   << qint64(1) << QStringList{dan};
        QTest::newRow("engagement") << QStringList{QStringLiteral("--engagement"), QStringLiteral("engaged,cold")}
                                    << qint64(2) << QStringList{anna, chloe};
        QTest::newRow("engagement, none")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("highly_engaged")} << qint64(0)
            << QStringList{};
        QTest::newRow("sort by last name") << QStringList{QStringLiteral("--sort"), QStringLiteral("last_name")}
                                           << qint64(5) << QStringList{eve, chloe, anna, ben, dan};
        QTest::newRow("newest first, two")
            << QStringList{QStringLiteral("--sort"), QStringLiteral("created"), QStringLiteral("--desc"),
                           QStringLiteral("--limit"), QStringLiteral("2")}
            << qint64(5) << QStringList{eve, dan};
        QTest::newRow("last activity, latest first")
            << QStringList{QStringLiteral("--desc"), QStringLiteral("--sort"), QStringLiteral("last_activity"),
                           QStringLiteral("--limit"), QStringLiteral("2")}
            << qint64(5) << QStringList{chloe, anna};
    }

    void listFiltersSortsAndLimits()
    {
        QFETCH(QStringList, options);
        QFETCH(qint64, total);
        QFETCH(QStringList, expected);
        const Run run =
            herald(QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")} + options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("total")).toInteger(), total);
        QCOMPARE(emails(run.json()), expected);
    }

    void listRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("happy")}
                                << QByteArray("happy");
        QTest::newRow("sort") << QStringList{QStringLiteral("--sort"), QStringLiteral("shoe_size")}
                              << QByteArray("shoe_size");
        QTest::newRow("engagement") << QStringList{QStringLiteral("--engagement"), QStringLiteral("warm")}
                                    << QByteArray("warm");
        QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("0")} << QByteArray("--limit");
    }

    void listRejectsBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const Run run = herald(QStringList{QStringLiteral("contacts"), QStringLiteral("list")} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void listTextIsATable()
    {
        const Run run = herald(
            {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--tag"), QStringLiteral("vip")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY(lines.at(0).startsWith("EMAIL"));
        QVERIFY(lines.at(1).startsWith("anna@example.com"));
        QVERIFY(lines.at(2).startsWith("eve@example.com"));
        // Columns line up: every row starts its NAME cell where the header does.
        const qsizetype nameColumn = lines.at(0).indexOf("NAME");
        QCOMPARE(lines.at(1).indexOf("Anna"), nameColumn);
        QCOMPARE(lines.at(2).indexOf("Eve"), nameColumn);
        QVERIFY(run.out.contains("Showing 2 of 2 contacts"));
    }

    void showJsonHasDetailAndHeatmap()
    {
        const Run run = herald({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("Anna@Example.com"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.com"));
        QCOMPARE(json.value(QStringLiteral("fields")).toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("gold"));
        QCOMPARE(json.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("consent")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("event_count")).toInteger(), 5);
        const QJsonArray timeline = json.value(QStringLiteral("timeline")).toArray();
        QCOMPARE(timeline.size(), 5);
        QCOMPARE(timeline.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("send"));
        QCOMPARE(timeline.at(0).toObject().value(QStringLiteral("campaign")).toString(), QStringLiteral("Spring news"));
        const QJsonObject activity = json.value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("sends")).toInteger(), 2);
        QCOMPARE(activity.value(QStringLiteral("clicks")).toInteger(), 1);
        QCOMPARE(activity.value(QStringLiteral("revenue")).toDouble(), 40.0);
        const QJsonObject heatmap = json.value(QStringLiteral("heatmap")).toObject();
        QCOMPARE(heatmap.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(heatmap.value(QStringLiteral("total")).toInteger(), 2);
        const QJsonArray counts = heatmap.value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts.size(), 7);
        QCOMPARE(counts.at(0).toArray().size(), 24);
        QCOMPARE(counts.at(0).toArray().at(12).toInteger(), 2); // Monday, noon in Berlin: the open and the click
    }

    void showTextAndErrors()
    {
        Run run = herald({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("ben@example.com")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Ben O'Brien <ben@example.com>"));
        QVERIFY(run.out.contains("Consent history"));
        QVERIFY(run.out.contains("Unsubscribed"));
        run = herald({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("zoe@example.com")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("zoe@example.com"));
        run = herald({QStringLiteral("contacts"), QStringLiteral("show")});
        QCOMPARE(run.exitCode, 2);
    }

    void campaignsJsonHasStats()
    {
        const Run run = herald({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray campaigns = run.json().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 2);
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Spring news"));
        const QJsonObject winter = campaigns.at(1).toObject();
        QCOMPARE(winter.value(QStringLiteral("subject")).toString(), QStringLiteral("Cosy deals"));
        QCOMPARE(winter.value(QStringLiteral("sent_at")).toString(), QStringLiteral("2024-01-15T10:00:00Z"));
        QCOMPARE(winter.value(QStringLiteral("recipients")).toInteger(), 5);
        QCOMPARE(winter.value(QStringLiteral("human_opens")).toInteger(), 1);
        QCOMPARE(winter.value(QStringLiteral("machine_opens")).toInteger(), 1);
        QCOMPARE(winter.value(QStringLiteral("openers")).toInteger(), 2);
        QCOMPARE(winter.value(QStringLiteral("human_openers")).toInteger(), 1);
        QCOMPARE(winter.value(QStringLiteral("clickers")).toInteger(), 1);
        QCOMPARE(winter.value(QStringLiteral("complaints")).toInteger(), 1);
        QCOMPARE(winter.value(QStringLiteral("revenue")).toDouble(), 40.0);
        QCOMPARE(winter.value(QStringLiteral("open_rate")).toDouble(), 0.2);
        QCOMPARE(winter.value(QStringLiteral("click_rate")).toDouble(), 0.2);
        QCOMPARE(winter.value(QStringLiteral("click_to_open_rate")).toDouble(), 1.0);
        QCOMPARE(winter.value(QStringLiteral("unsubscribe_rate")).toDouble(), 0.0);
    }

    void campaignsTextIsATable()
    {
        const Run run = herald({QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY(lines.at(0).startsWith("SENT"));
        QVERIFY(lines.at(1).startsWith("2024-03-14  Spring news"));
        QVERIFY(lines.at(2).contains("20.0%"));
    }
};

QTEST_GUILESS_MAIN(TestCliExplore)
#include "test_cli_explore.moc"
