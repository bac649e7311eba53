// Campaign activity import: layouts, times, campaigns, unknown addresses, re-imports, machine opens, cancel, CLI.
#include "import/datetimeparser.h"
#include "import/eventimport.h"
#include "import/eventrowmapper.h"
#include "import/importlog.h"
#include "profiles/espprofile.h"
#include "profiles/profiledetection.h"
#include "timezones/timezoneresolver.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace herald;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/events/") + QLatin1StringView(name);
}

QString shared(const char *path)
{
    return QStringLiteral(HERALD_SHARED_DATA "/") + QLatin1StringView(path);
}

qint64 utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

// Every table's rows, in a stable order, hashed: equal hashes mean the workspace holds exactly the same data.
QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.step())
        names << tables.columnText(0);
    for (const QString &name : std::as_const(names)) {
        Statement probe = db.prepare(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(name).toStdString());
        const int columns = probe.columnCount();
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        Statement rows =
            db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(name, order.join(u',')).toStdString());
        hash.addData(name.toUtf8());
        while (rows.step())
            for (int c = 0; c < columns; ++c)
                hash.addData(rows.isNull(c) ? QByteArray("\x01null") : rows.columnText(c).toUtf8() + '\x1f');
    }
    return hash.result();
}

} // namespace

class TestEventImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void detectsLayouts_data();
    void detectsLayouts();
    void importsGenericActivity();
    void asksForTheDateOrder();
    void infersTheDateOrderFromTheWholeColumn();
    void readsNaiveTimesAcrossDaylightSaving();
    void parsesTimestamps_data();
    void parsesTimestamps();
    void readsSendLogDatesDayFirst();
    void parsesNumbers_data();
    void parsesNumbers();
    void importsKlaviyoMetrics();
    void importsListmonkViewsAndClicks();
    void importsMailchimpReportAndAccountExport();
    void importsSharedMailchimpReport();
    void importsShopOrders();
    void skipsCancelledOrdersWhenAsked();
    void importsPerSendReport();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void unknownContacts_data();
    void unknownContacts();
    void optOutEventsMoveSubscribedContacts();
    void overlappingExportsCountEachEventOnce();
    void flagsOpensWhenALaterImportBringsTheSend();
    void flagsOpensWhoseSendAnEarlierImportBrought();
    void machineOpenWindowIsAnOption();
    void cancelLeavesWorkspaceUnchanged_data();
    void cancelLeavesWorkspaceUnchanged();
    void recordsTheImport();
    void cliPrintsJson();

private:
    Result<EventImportReport> run(const QString &file, const std::function<void(EventImportOptions &)> &tweak = {},
                                  const JobControl &control = {});
    qint64 number(const QString &sql);
    QString text(const QString &sql);
    void writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestEventImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("test.herald")));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
    QVERIFY(m_workspace->setTimeZone(QTimeZone("Europe/Berlin")).ok());
}

void TestEventImport::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

Result<EventImportReport> TestEventImport::run(const QString &file,
                                               const std::function<void(EventImportOptions &)> &tweak,
                                               const JobControl &control)
{
    EventImportOptions options;
    options.filePath = file;
    if (tweak)
        tweak(options);
    return importEvents(*m_workspace, options, control);
}

qint64 TestEventImport::number(const QString &sql)
{
    return m_workspace->db().scalarInt(sql.toStdString());
}

QString TestEventImport::text(const QString &sql)
{
    return m_workspace->db().scalarText(sql.toStdString());
}

void TestEventImport::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestEventImport::detectsLayouts_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("record");
    auto split = [](const char *header) { return QString::fromUtf8(header).split(u','); };
    QTest::newRow("mailchimp opens") << split("Email,Timestamp") << "mailchimp"
                                     << "opens"
                                     << "events";
    QTest::newRow("mailchimp clicks") << split("Email,Timestamp,Url") << "mailchimp"
                                      << "clicks"
                                      << "events";
    QTest::newRow("mailchimp report")
        << split("Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Soft Bounces,"
                 "Hard Bounces,Total Bounces,Times Forwarded,Forwarded Opens,Unique Opens,Open Rate,Total Opens,"
                 "Unique Clicks,Click Rate,Total Clicks,Unsubscribes,Abuse Complaints")
        << "mailchimp"
        << "campaign_report"
        << "campaigns";
    QTest::newRow("klaviyo") << split("Email,Metric,Datetime,Campaign Name,Subject,$message,URL,Client Name,$value,"
                                      "$event_id")
                             << "klaviyo"
                             << "events"
                             << "events";
    QTest::newRow("listmonk views") << split("campaign_id,campaign_name,email,created_at") << "listmonk"
                                    << "campaign_views"
                                    << "events";
    QTest::newRow("listmonk clicks") << split("campaign_id,campaign_name,email,url,created_at") << "listmonk"
                                     << "link_clicks"
                                     << "events";
    QTest::newRow("online retail") << split("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
                                            "CustomerID,Country")
                                   << "generic"
                                   << "shop_order_lines"
                                   << "events";
    QTest::newRow("generic events") << split("email,event,timestamp,campaign,url,revenue") << "generic"
                                    << ""
                                    << "events";
}

void TestEventImport::detectsLayouts()
{
    QFETCH(QStringList, header);
    QFETCH(QString, profile);
    QFETCH(QString, kind);
    QFETCH(QString, record);
    const ProfileMatch match = detectProfile(header, EspProfileRegistry::builtIn(), DetectionScope::activity());
    QCOMPARE(match.profile->id(), profile);
    QCOMPARE(match.exportKind ? match.exportKind->id : QString(), kind);
    QCOMPARE(match.exportKind ? recordKindKey(match.exportKind->record) : QStringLiteral("events"), record);
    // A contact import never mistakes an activity file for a contact file of some ESP.
    const ProfileMatch contacts = detectProfile(header);
    QVERIFY(!contacts.exportKind || contacts.exportKind->record != RecordKind::Events);
}

void TestEventImport::importsGenericActivity()
{
    const auto report = run(fixture("generic_events.csv"), [](EventImportOptions &options) {
        options.dateOrder = DateOrder::DayFirst;
        options.fileZone = QTimeZone("Europe/Berlin");
    });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const EventImportCounts &counts = report->counts;
    QCOMPARE(report->files.constFirst().profileId, QStringLiteral("generic"));
    QCOMPARE(counts.rowsRead, 12);
    QCOMPARE(counts.eventsImported, 9);
    QCOMPARE(counts.rejected, 3);
    QCOMPARE(counts.contactsCreated, 4);
    QCOMPARE(counts.campaignsCreated, 1);
    QCOMPARE(counts.machineOpens, 2);
    QCOMPARE(counts.imported.value(EventType::Send), 2);
    QCOMPARE(counts.imported.value(EventType::Open), 3);
    QCOMPARE(counts.imported.value(EventType::Click), 1);
    QCOMPARE(counts.imported.value(EventType::Purchase), 1);
    QCOMPARE(counts.imported.value(EventType::Bounce), 1);
    QCOMPARE(counts.imported.value(EventType::Unsubscribe), 1);

    // Each time format, read to the same UTC second.
    auto at = [&](const char *email, int type) {
        return number(QStringLiteral("SELECT group_concat(e.occurred_at) FROM events e JOIN contacts c "
                                     "ON c.id = e.contact_id WHERE c.email = '%1' AND e.type = %2")
                          .arg(QLatin1StringView(email))
                          .arg(type));
    };
    QCOMPARE(at("ada@example.com", 0), utc(2024, 3, 5, 9, 0));      // ISO 8601 with Z
    QCOMPARE(at("ada@example.com", 2), utc(2024, 3, 5, 10, 10));    // Unix seconds
    QCOMPARE(at("ben@example.com", 0), utc(2024, 3, 5, 9, 0, 2));   // RFC 5322
    QCOMPARE(at("ben@example.com", 1), utc(2024, 3, 5, 10, 30));    // DD-MM-YYYY HH:MM in Berlin (CET)
    QCOMPARE(at("ben@example.com", 6), utc(2024, 3, 5, 11, 2, 10)); // naive ISO in Berlin
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE occurred_at = %1").arg(utc(2024, 3, 5, 9, 15))),
             1); // "+01:00" offset

    // Machine opens: four seconds after the send, and a proxy's user agent; the real read stays human.
    QCOMPARE(number(QStringLiteral("SELECT machine FROM events WHERE type = 1 AND occurred_at = %1")
                        .arg(utc(2024, 3, 5, 9, 0, 4))),
             1);
    QCOMPARE(number(QStringLiteral("SELECT machine FROM events WHERE type = 1 AND occurred_at = %1")
                        .arg(utc(2024, 3, 5, 9, 15))),
             0);
    QCOMPARE(number(QStringLiteral("SELECT machine FROM events WHERE type = 1 AND occurred_at = %1")
                        .arg(utc(2024, 3, 5, 10, 30))),
             1);
    QCOMPARE(text(QStringLiteral("SELECT url FROM events WHERE type = 2")),
             QStringLiteral("https://shop.example.com/spring?utm_source=mail"));
    QCOMPARE(m_workspace->db().scalarText("SELECT revenue FROM events WHERE type = 6").toDouble(), 59.90);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE type = 6 AND campaign_id IS NULL")), 1);
    QCOMPARE(text(QStringLiteral("SELECT name || '|' || esp FROM campaigns")), QStringLiteral("March news|generic"));

    // New addresses became contacts who never opted in, each with a ledger entry from the import.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM contacts WHERE status = %1")
                        .arg(static_cast<int>(ContactStatus::NonSubscribed))),
             4);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM consent_events WHERE source = 'import' AND status = %1")
                        .arg(static_cast<int>(ContactStatus::NonSubscribed))),
             4);

    // The contact and campaign summaries the contacts table and campaign list read are up to date.
    QCOMPARE(number(QStringLiteral("SELECT a.clicks FROM contact_activity a JOIN contacts c ON c.id = a.contact_id "
                                   "WHERE c.email = 'ada@example.com'")),
             1);
    QCOMPARE(
        text(QStringLiteral("SELECT s.recipients || '|' || s.machine_opens || '|' || s.human_opens FROM "
                            "campaign_stats s JOIN campaigns c ON c.id = s.campaign_id WHERE c.name = 'March news'")),
        QStringLiteral("2|2|1"));

    // Rejected rows keep their line, column, column name and reason.
    QCOMPARE(report->rejects.size(), 3);
    const ImportReject &email = report->rejects.at(0);
    QCOMPARE(email.line, 11);
    QCOMPARE(email.column, 1);
    QCOMPARE(email.field, QStringLiteral("email"));
    QVERIFY2(email.reason.contains(QStringLiteral("eve@example")), qPrintable(email.reason));
    const ImportReject &type = report->rejects.at(1);
    QCOMPARE(type.line, 12);
    QCOMPARE(type.column, 19);
    QCOMPARE(type.field, QStringLiteral("event"));
    QVERIFY2(type.reason.contains(QStringLiteral("teleported")) && type.reason.contains(QStringLiteral("opened")),
             qPrintable(type.reason));
    const ImportReject &date = report->rejects.at(2);
    QCOMPARE(date.line, 13);
    QCOMPARE(date.field, QStringLiteral("timestamp"));
    QVERIFY2(date.reason.contains(QStringLiteral("not a date")), qPrintable(date.reason));
    const QList<ImportReject> stored = importRejects(m_workspace->db(), report->files.constFirst().importId);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(1).line, 12);
    QCOMPARE(stored.at(1).column, 19);
}

void TestEventImport::asksForTheDateOrder()
{
    const auto report = run(fixture("generic_events.csv"));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("--date-order dmy or mdy")),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QStringLiteral("05-03-2024 11:30")), qPrintable(report.error().message));
    QCOMPARE(report.error().line, 7);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events")), 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM imports")), 0);
}

void TestEventImport::infersTheDateOrderFromTheWholeColumn()
{
    // The first 30 dates read either way; line 33 settles it: day first.
    QByteArray csv = "email,event,timestamp\n";
    for (int i = 0; i < 30; ++i)
        csv += "ada@example.com,open,05-03-2024 10:" + QByteArray::number(10 + i) + "\n";
    csv += "ada@example.com,open,25-03-2024 10:00\n";
    writeFile(QStringLiteral("opens.csv"), csv);
    const auto report =
        run(m_dir->filePath(QStringLiteral("opens.csv")), [](EventImportOptions &o) { o.fileZone = QTimeZone::utc(); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.eventsImported, 31);
    QCOMPARE(number(QStringLiteral("SELECT min(occurred_at) FROM events")), utc(2024, 3, 5, 10, 10));
    QCOMPARE(number(QStringLiteral("SELECT max(occurred_at) FROM events")), utc(2024, 3, 25, 10, 0));
}

void TestEventImport::readsNaiveTimesAcrossDaylightSaving()
{
    writeFile(QStringLiteral("dst.csv"), "email,event,timestamp\n"
                                         "ada@example.com,open,2024-03-31 01:59:00\n"
                                         "ada@example.com,open,2024-03-31 02:30:00\n"
                                         "ada@example.com,open,2024-03-31 03:00:00\n"
                                         "ada@example.com,open,2024-10-27 02:30:00\n"
                                         "ada@example.com,open,2024-10-27 03:00:00\n");
    const auto report = run(m_dir->filePath(QStringLiteral("dst.csv")),
                            [](EventImportOptions &o) { o.fileZone = QTimeZone("Europe/Berlin"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.eventsImported, 5);
    Statement times = m_workspace->db().prepare("SELECT occurred_at FROM events ORDER BY occurred_at");
    QList<qint64> read;
    while (times.step())
        read << times.columnInt(0);
    // 01:59 CET; 02:30 does not exist (clocks jump to 03:00 CEST) and reads as 03:30 CEST; 03:00 CEST;
    // in October 02:30 happens twice and reads as the second, standard-time one; 03:00 CET.
    const QList<qint64> expected = {utc(2024, 3, 31, 0, 59), utc(2024, 3, 31, 1, 0), utc(2024, 3, 31, 1, 30),
                                    utc(2024, 10, 27, 1, 30), utc(2024, 10, 27, 2, 0)};
    QCOMPARE(read, expected);
}

void TestEventImport::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("expected");
    const int dmy = static_cast<int>(DateOrder::DayFirst);
    const int unknown = static_cast<int>(DateOrder::Unknown);
    QTest::newRow("offset") << "2024-05-01T09:30:00+02:00"
                            << "UTC" << unknown << utc(2024, 5, 1, 7, 30);
    QTest::newRow("postgres offset") << "2024-05-01 09:30:02.481236+02"
                                     << "UTC" << unknown << utc(2024, 5, 1, 7, 30, 2);
    QTest::newRow("naive in zone") << "2024-07-01 12:00:00"
                                   << "America/New_York" << unknown << utc(2024, 7, 1, 16, 0);
    QTest::newRow("unix") << "1714555800"
                          << "Europe/Berlin" << unknown << qint64(1714555800);
    QTest::newRow("unix ms") << "1714555800123"
                             << "UTC" << unknown << qint64(1714555800);
    QTest::newRow("rfc 5322") << "Mon, 28 Oct 2019 14:03:11 -0400"
                              << "UTC" << unknown << utc(2019, 10, 28, 18, 3, 11);
    QTest::newRow("dd-mm-yyyy") << "28-10-2019 14:03"
                                << "UTC" << unknown << utc(2019, 10, 28, 14, 3);
    QTest::newRow("ambiguous dmy") << "05-03-2024 11:30"
                                   << "Europe/Berlin" << dmy << utc(2024, 3, 5, 10, 30);
    QTest::newRow("mailchimp report") << "Jun 09, 2018 09:30 pm"
                                      << "America/New_York" << unknown << utc(2018, 6, 10, 1, 30);
    QTest::newRow("spring gap") << "2024-03-31 02:30"
                                << "Europe/Berlin" << unknown << utc(2024, 3, 31, 1, 30);
    QTest::newRow("us spring gap") << "2024-03-10 02:15"
                                   << "America/New_York" << unknown << utc(2024, 3, 10, 7, 15);
    QTest::newRow("autumn overlap") << "2024-11-03 01:30"
                                    << "America/New_York" << unknown << utc(2024, 11, 3, 6, 30);
}

void TestEventImport::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(int, order);
    QFETCH(qint64, expected);
    const DateTimeParser parser(QTimeZone(zone.toUtf8()), static_cast<DateOrder>(order));
    QString reason;
    const auto parsed = parser.parse(text, &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QCOMPARE(*parsed, expected);
}

void TestEventImport::readsSendLogDatesDayFirst()
{
    // The AV send log writes DD-MM-YYYY HH:MM; its own column settles the order.
    QFile file(shared("av-lord-of-the-machines/train_mini.csv"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the shared AV send log is not available");
    const QList<QByteArray> lines = file.readAll().split('\n');
    DateOrderInference inference;
    for (qsizetype i = 1; i < lines.size(); ++i)
        inference.add(QString::fromUtf8(lines.at(i).split(',').value(3)).trimmed(), i + 1);
    QCOMPARE(inference.result(), DateOrder::DayFirst);
    const DateTimeParser parser(QTimeZone("Asia/Kolkata"), inference.result());
    QCOMPARE(lines.at(1).split(',').value(3), QByteArray("01-09-2017 19:55"));
    QCOMPARE(parser.parse(u"01-09-2017 19:55"), utc(2017, 9, 1, 14, 25));
}

void TestEventImport::parsesNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");
    QTest::newRow("plain") << "-3" << true << -3.0 << false;
    QTest::newRow("decimal comma") << "59,90" << true << 59.9 << false;
    QTest::newRow("thousands") << "1,234" << true << 1234.0 << false;
    QTest::newRow("both, US") << "1,234.50" << true << 1234.5 << false;
    QTest::newRow("both, European") << "1.234,56" << true << 1234.56 << false;
    QTest::newRow("percent") << "27.78%" << true << 27.78 << true;
    QTest::newRow("currency") << "$ 19.99" << true << 19.99 << false;
    QTest::newRow("words") << "NL Interval" << false << 0.0 << false;
    QTest::newRow("date") << "2024-01-01" << false << 0.0 << false;
}

void TestEventImport::parsesNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    QFETCH(bool, percent);
    const auto number = parseImportNumber(text);
    QCOMPARE(number.has_value(), valid);
    if (valid) {
        QCOMPARE(number->value, value);
        QCOMPARE(number->percent, percent);
    }
}

void TestEventImport::importsKlaviyoMetrics()
{
    const auto report = run(fixture("klaviyo_events.csv"));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const EventImportCounts &counts = report->counts;
    QCOMPARE(report->files.constFirst().profileId, QStringLiteral("klaviyo"));
    QCOMPARE(counts.rowsRead, 10);
    QCOMPARE(counts.eventsImported, 9);
    QCOMPARE(counts.rowsSkipped, 1); // Dropped Email: never sent
    QCOMPARE(counts.rejected, 0);
    QCOMPARE(counts.imported.value(EventType::Send), 2);
    QCOMPARE(counts.imported.value(EventType::Open), 2);
    QCOMPARE(counts.imported.value(EventType::Click), 1);
    QCOMPARE(counts.imported.value(EventType::Purchase), 1);
    QCOMPARE(counts.imported.value(EventType::Complaint), 1);
    QCOMPARE(counts.imported.value(EventType::Bounce), 1);
    QCOMPARE(counts.imported.value(EventType::Unsubscribe), 1);
    QCOMPARE(counts.machineOpens, 1);
    QCOMPARE(counts.campaignsCreated, 1);
    QCOMPARE(text(QStringLiteral("SELECT name || '|' || subject || '|' || external_id || '|' || esp FROM campaigns")),
             QStringLiteral("April drop|New colours are in|01HT5K8Q|klaviyo"));
    QCOMPARE(number(QStringLiteral("SELECT machine FROM events WHERE type = 1 AND occurred_at = %1")
                        .arg(utc(2024, 4, 2, 16, 0, 9))),
             1);
    QCOMPARE(m_workspace->db().scalarText("SELECT revenue FROM events WHERE type = 6").toDouble(), 84.5);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE campaign_id IS NULL")), 0);
}

void TestEventImport::importsListmonkViewsAndClicks()
{
    auto views = run(fixture("listmonk_campaign_views.csv"));
    QVERIFY2(views.ok(), qPrintable(views.error().toString()));
    QCOMPARE(views->files.constFirst().exportKind, QStringLiteral("campaign_views"));
    QCOMPARE(views->counts.imported.value(EventType::Open), 4);
    QCOMPARE(views->counts.campaignsCreated, 2);
    auto clicks = run(fixture("listmonk_link_clicks.csv"));
    QVERIFY2(clicks.ok(), qPrintable(clicks.error().toString()));
    QCOMPARE(clicks->files.constFirst().exportKind, QStringLiteral("link_clicks"));
    QCOMPARE(clicks->counts.imported.value(EventType::Click), 2);
    QCOMPARE(clicks->counts.campaignsCreated, 0); // campaign 12 is known by its id
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events e JOIN campaigns c ON c.id = e.campaign_id "
                                   "WHERE c.external_id = '12'")),
             5);
    QCOMPARE(number(QStringLiteral("SELECT min(occurred_at) FROM events")), utc(2024, 5, 1, 7, 30, 2));
    QCOMPARE(number(QStringLiteral("SELECT count(DISTINCT url) FROM events WHERE type = 2")), 2);
}

void TestEventImport::importsMailchimpReportAndAccountExport()
{
    const auto report = run(fixture("mailchimp_campaigns_report.csv"),
                            [](EventImportOptions &o) { o.fileZone = QTimeZone("America/New_York"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->files.constFirst().record, QStringLiteral("campaigns"));
    QCOMPARE(report->counts.campaignRows, 2);
    QCOMPARE(report->counts.campaignsCreated, 2);
    QCOMPARE(report->counts.eventsImported, 0);
    const qint64 spring = number(QStringLiteral("SELECT id FROM campaigns WHERE name = 'Spring sale'"));
    QVERIFY(spring > 0);
    QCOMPARE(number(QStringLiteral("SELECT sent_at FROM campaigns WHERE id = %1").arg(spring)),
             utc(2024, 3, 12, 13, 30)); // 09:30 am in New York, daylight saving time already
    QCOMPARE(number(QStringLiteral("SELECT recipients FROM campaigns WHERE id = %1").arg(spring)), 4);
    QCOMPARE(text(QStringLiteral("SELECT subject || '|' || external_id FROM campaigns WHERE id = %1").arg(spring)),
             QStringLiteral("Spring is here: 20% off everything|8b1f0e42aa"));
    const QJsonObject stats =
        QJsonDocument::fromJson(text(QStringLiteral("SELECT stats FROM campaigns WHERE id = %1").arg(spring)).toUtf8())
            .object();
    QCOMPARE(stats.value(QStringLiteral("open_rate")).toDouble(), 0.75);
    QCOMPARE(stats.value(QStringLiteral("click_rate")).toDouble(), 0.25);
    QCOMPARE(stats.value(QStringLiteral("opens_unique")).toDouble(), 3.0);
    QCOMPARE(stats.value(QStringLiteral("revenue")).toDouble(), 59.9);
    QCOMPARE(stats.value(QStringLiteral("Send Weekday")).toString(), QStringLiteral("Tuesday"));
    QCOMPARE(stats.value(QStringLiteral("Total Orders")).toDouble(), 1.0);

    // The account export: activity files name their campaign by file name, the audience list is skipped.
    const auto activity = run(fixture("mailchimp_account_export.zip"));
    QVERIFY2(activity.ok(), qPrintable(activity.error().toString()));
    QCOMPARE(activity->files.size(), 2);
    QCOMPARE(activity->skippedFiles.size(), 1);
    QCOMPARE(activity->skippedFiles.constFirst().first,
             QStringLiteral("mailchimp_account_export.zip/lists/Customers_members_export_8b1f.csv"));
    QCOMPARE(activity->counts.imported.value(EventType::Open), 4);
    QCOMPARE(activity->counts.imported.value(EventType::Click), 2);
    QCOMPARE(activity->counts.campaignsCreated, 0);
    QCOMPARE(activity->counts.contactsCreated, 3); // ada, ben, dora
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE campaign_id = %1").arg(spring)), 6);
    QCOMPARE(number(QStringLiteral("SELECT min(occurred_at) FROM events")), utc(2024, 3, 12, 13, 30, 7));
}

void TestEventImport::importsSharedMailchimpReport()
{
    const QString path = shared("esp-export-headers/mailchimp_campaigns_report_fixture.csv");
    if (!QFile::exists(path))
        QSKIP("the shared Mailchimp report fixture is not available");
    const auto report = run(path, [](EventImportOptions &o) { o.fileZone = QTimeZone("America/New_York"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->files.constFirst().exportKind, QStringLiteral("campaign_report"));
    QCOMPARE(report->counts.campaignsCreated, 1);
    QCOMPARE(number(QStringLiteral("SELECT sent_at FROM campaigns")), utc(2018, 6, 10, 1, 30)); // Jun 09 09:30 pm EDT
    QCOMPARE(number(QStringLiteral("SELECT recipients FROM campaigns")), 110);
    const QJsonObject stats =
        QJsonDocument::fromJson(text(QStringLiteral("SELECT stats FROM campaigns")).toUtf8()).object();
    QCOMPARE(stats.value(QStringLiteral("open_rate")).toDouble(), 0.2778);
    QCOMPARE(stats.value(QStringLiteral("click_rate")).toDouble(), 0.0648);
}

void TestEventImport::importsShopOrders()
{
    const auto report = run(fixture("online_retail_2010-12-01.csv"),
                            [](EventImportOptions &o) { o.fileZone = QTimeZone("Europe/London"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const EventImportCounts &counts = report->counts;
    QCOMPARE(report->files.constFirst().exportKind, QStringLiteral("shop_order_lines"));
    QCOMPARE(counts.rowsRead, 623);
    QCOMPARE(counts.eventsImported, 46); // one purchase per invoice
    QCOMPARE(counts.rowsMerged, 576);
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(counts.cancellations, 3);
    QCOMPARE(counts.contactsCreated, 32);
    QCOMPARE(counts.syntheticContacts, 32);
    const ImportReject &guest = report->rejects.constFirst();
    QCOMPARE(guest.line, 624);
    QCOMPARE(guest.field, QStringLiteral("CustomerID"));
    QVERIFY2(guest.reason.contains(QStringLiteral("no customer id")), qPrintable(guest.reason));

    // Revenue is quantity x price summed over the invoice's lines; cancellations count against it.
    QCOMPARE(text(QStringLiteral("SELECT revenue || '|' || occurred_at FROM events WHERE order_id = '536365'")),
             QStringLiteral("139.12|%1").arg(utc(2010, 12, 1, 8, 26)));
    QCOMPARE(m_workspace->db().scalarText("SELECT revenue FROM events WHERE order_id = 'C536391'").toDouble(), -141.48);
    QCOMPARE(m_workspace->db().scalarText("SELECT round(sum(revenue), 2) FROM events").toDouble(), 17420.05);
    // Customers known only by id get a reserved address that can never receive mail, and their country's zone.
    QCOMPARE(text(QStringLiteral("SELECT email FROM contacts WHERE email LIKE 'customer-17850@%'")),
             QStringLiteral("customer-17850@customers.invalid"));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events e JOIN contacts c ON c.id = e.contact_id "
                                   "WHERE c.email = 'customer-17850@customers.invalid'")),
             10);
    QCOMPARE(text(QStringLiteral("SELECT country || '|' || time_zone FROM contacts "
                                 "WHERE email = 'customer-12583@customers.invalid'")),
             QStringLiteral("FR|Europe/Paris"));
    QCOMPARE(syntheticCustomerAddress(QStringLiteral("17850.0")), QStringLiteral("customer-17850@customers.invalid"));
    QCOMPARE(syntheticCustomerAddress(QStringLiteral("A B")), QStringLiteral("customer-a=20b@customers.invalid"));
}

void TestEventImport::skipsCancelledOrdersWhenAsked()
{
    const auto report = run(fixture("online_retail_2010-12-01.csv"), [](EventImportOptions &o) {
        o.fileZone = QTimeZone("Europe/London");
        o.cancelledOrders = CancelledOrders::Skip;
    });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.eventsImported, 43);
    QCOMPARE(report->counts.rowsSkipped, 9); // the lines of the three cancelled invoices
    QCOMPARE(report->counts.cancellations, 3);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE revenue < 0")), 0);
    QCOMPARE(m_workspace->db().scalarText("SELECT round(sum(revenue), 2) FROM events").toDouble(), 17593.68);
}

void TestEventImport::importsPerSendReport()
{
    const QString path = shared("subject-lines-sv-ecom/campaign_sends_2024.csv");
    if (!QFile::exists(path))
        QSKIP("the shared per-send report is not available");
    const auto report = run(path, [](EventImportOptions &o) { o.fileZone = QTimeZone("Europe/Stockholm"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->files.constFirst().exportKind, QStringLiteral("per_send_report"));
    QCOMPARE(report->counts.campaignRows, 1330);
    QCOMPARE(report->counts.campaignsCreated, 1330);
    QCOMPARE(report->counts.rejected, 0);
    QCOMPARE(text(QStringLiteral("SELECT subject FROM campaigns WHERE external_id = '30808824'")),
             QStringLiteral("Premiumtryck upp till 78% rabatt!"));
    QCOMPARE(number(QStringLiteral("SELECT recipients FROM campaigns WHERE external_id = '30808824'")), 14868);
    QCOMPARE(number(QStringLiteral("SELECT sent_at FROM campaigns WHERE external_id = '30808824'")),
             utc(2023, 12, 31, 23, 0));
    const QJsonObject stats =
        QJsonDocument::fromJson(
            text(QStringLiteral("SELECT stats FROM campaigns WHERE external_id = '30808824'")).toUtf8())
            .object();
    QCOMPARE(stats.value(QStringLiteral("open_rate")).toDouble(), 0.1634);
    QCOMPARE(stats.value(QStringLiteral("revenue")).toDouble(), 536.49);
    QCOMPARE(stats.value(QStringLiteral("Category name")).toString(), QStringLiteral("NL Interval"));
    QCOMPARE(stats.value(QStringLiteral("Orders")).toDouble(), 15.0);

    const auto again = run(path, [](EventImportOptions &o) { o.fileZone = QTimeZone("Europe/Stockholm"); });
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->counts.campaignsCreated, 0);
    QCOMPARE(again->counts.campaignsUpdated, 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM campaigns")), 1330);
}

void TestEventImport::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("generic") << fixture("generic_events.csv");
    QTest::newRow("klaviyo") << fixture("klaviyo_events.csv");
    QTest::newRow("listmonk") << fixture("listmonk_link_clicks.csv");
    QTest::newRow("mailchimp zip") << fixture("mailchimp_account_export.zip");
    QTest::newRow("shop orders") << fixture("online_retail_2010-12-01.csv");
}

void TestEventImport::reimportAddsNothing()
{
    QFETCH(QString, file);
    auto options = [](EventImportOptions &o) { o.dateOrder = DateOrder::DayFirst; };
    const auto first = run(file, options);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(first->counts.eventsImported > 0);
    const qint64 events = number(QStringLiteral("SELECT count(*) FROM events"));
    const qint64 contacts = number(QStringLiteral("SELECT count(*) FROM contacts"));
    const auto second = run(file, options);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QCOMPARE(second->counts.eventsImported, 0);
    QCOMPARE(second->counts.alreadyPresent, first->counts.eventsImported);
    QCOMPARE(second->counts.contactsCreated, 0);
    QCOMPARE(second->counts.campaignsCreated, 0);
    QCOMPARE(second->counts.machineOpens, 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events")), events);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM contacts")), contacts);
}

void TestEventImport::unknownContacts_data()
{
    QTest::addColumn<bool>("reject");
    QTest::newRow("create") << false;
    QTest::newRow("reject") << true;
}

void TestEventImport::unknownContacts()
{
    QFETCH(bool, reject);
    Statement insert = m_workspace->db().prepare(
        "INSERT INTO contacts(email, email_key, status, created_at, updated_at) VALUES (?1, ?1, 1, 0, 0)");
    insert.bind(1, QStringLiteral("ada@example.com")).exec();
    const auto report = run(fixture("klaviyo_events.csv"), [&](EventImportOptions &o) {
        o.unknownContacts = reject ? UnknownContacts::Reject : UnknownContacts::Create;
    });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    if (reject) {
        QCOMPARE(report->counts.eventsImported, 5); // ada's
        QCOMPARE(report->counts.rejected, 4);       // ben twice, cleo, dan (dan's dropped mail is skipped anyway)
        QCOMPARE(report->counts.contactsCreated, 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM contacts")), 1);
        QVERIFY2(report->rejects.constFirst().reason.contains(QStringLiteral("ben@example.com")) &&
                     report->rejects.constFirst().reason.contains(QStringLiteral("--unknown-contacts create")),
                 qPrintable(report->rejects.constFirst().reason));
        QCOMPARE(report->rejects.constFirst().line, 7);
    } else {
        QCOMPARE(report->counts.eventsImported, 9);
        QCOMPARE(report->counts.rejected, 0);
        QCOMPARE(report->counts.contactsCreated, 3);
        QCOMPARE(number(QStringLiteral("SELECT status FROM contacts WHERE email = 'ada@example.com'")),
                 static_cast<int>(ContactStatus::Subscribed)); // an import of activity never changes consent
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM contacts WHERE status = %1")
                            .arg(static_cast<int>(ContactStatus::NonSubscribed))),
                 3);
    }
}

void TestEventImport::optOutEventsMoveSubscribedContacts()
{
    Database &db = m_workspace->db();
    Statement contact =
        db.prepare("INSERT INTO contacts(email, email_key, status, created_at, updated_at) VALUES (?1, ?1, ?2, 0, 0)");
    Statement ledger = db.prepare("INSERT INTO consent_events(contact_id, status, occurred_at, source) "
                                  "VALUES ((SELECT id FROM contacts WHERE email_key = ?1), ?2, ?3, 'import')");
    const auto add = [&](const char *email, ContactStatus status, qint64 since) {
        contact.bind(1, QString::fromLatin1(email)).bind(2, static_cast<int>(status)).exec();
        ledger.bind(1, QString::fromLatin1(email)).bind(2, static_cast<int>(status)).bind(3, since).exec();
    };
    const qint64 january = utc(2024, 1, 10, 12, 0);
    add("ada@example.com", ContactStatus::Subscribed, january);
    add("ben@example.com", ContactStatus::Subscribed, utc(2024, 6, 1, 12, 0)); // signed up again after the event
    add("cleo@example.com", ContactStatus::Subscribed, january);
    add("dan@example.com", ContactStatus::Unsubscribed, january); // already out: a complaint does not rewrite that
    add("eve@example.com", ContactStatus::Subscribed, january);   // a soft bounce is no opt-out
    add("fay@example.com", ContactStatus::Pending, january);
    add("gus@example.com", ContactStatus::Subscribed, january); // unsubscribed, then complained: the latest counts
    writeFile(QStringLiteral("optouts.csv"), "email,event,timestamp,campaign\n"
                                             "ada@example.com,unsubscribe,2024-03-06T08:00:00Z,March news\n"
                                             "ben@example.com,unsubscribe,2024-03-06T08:00:00Z,March news\n"
                                             "cleo@example.com,bounce,2024-03-05T09:00:03Z,March news\n"
                                             "dan@example.com,complaint,2024-03-07T08:00:00Z,March news\n"
                                             "eve@example.com,soft bounce,2024-03-05T09:00:03Z,March news\n"
                                             "fay@example.com,complaint,2024-03-06T10:00:00Z,March news\n"
                                             "gus@example.com,complaint,2024-03-09T08:00:00Z,March news\n"
                                             "gus@example.com,unsubscribe,2024-03-08T08:00:00Z,March news\n");
    const QString file = m_dir->filePath(QStringLiteral("optouts.csv"));
    const auto report = run(file);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.optOuts, 4);
    const auto status = [&](const char *email) {
        return static_cast<ContactStatus>(
            number(QStringLiteral("SELECT status FROM contacts WHERE email_key = '%1'").arg(QLatin1StringView(email))));
    };
    QCOMPARE(status("ada@example.com"), ContactStatus::Unsubscribed);
    QCOMPARE(status("ben@example.com"), ContactStatus::Subscribed);
    QCOMPARE(status("cleo@example.com"), ContactStatus::Bounced);
    QCOMPARE(status("dan@example.com"), ContactStatus::Unsubscribed);
    QCOMPARE(status("eve@example.com"), ContactStatus::Subscribed);
    QCOMPARE(status("fay@example.com"), ContactStatus::Complained);
    QCOMPARE(status("gus@example.com"), ContactStatus::Complained);
    // Each change has its ledger entry, at the event's time, naming the import it came from.
    const qint64 importId = report->files.constFirst().importId;
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM consent_events WHERE import_id = %1").arg(importId)), 4);
    QCOMPARE(text(QStringLiteral("SELECT i.file_name || '|' || ce.source || '|' || ce.occurred_at || '|' || ce.note "
                                 "FROM consent_events ce JOIN imports i ON i.id = ce.import_id JOIN contacts c ON "
                                 "c.id = ce.contact_id WHERE c.email_key = 'ada@example.com'")),
             QStringLiteral("optouts.csv|import|%1|unsubscribe event").arg(utc(2024, 3, 6, 8, 0)));
    QCOMPARE(number(QStringLiteral("SELECT ce.status FROM consent_events ce JOIN contacts c ON c.id = ce.contact_id "
                                   "WHERE c.email_key = 'gus@example.com' ORDER BY ce.occurred_at DESC LIMIT 1")),
             static_cast<int>(ContactStatus::Complained));

    // A second import of the same file finds every event present and changes nothing.
    const auto again = run(file);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->counts.optOuts, 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM consent_events")), 7 + 4);
}

// Large enough that the writer inserts whole groups of rows per statement, some of them mixing new events with
// events an earlier export brought and with repeats inside the file.
void TestEventImport::overlappingExportsCountEachEventOnce()
{
    QByteArray first = "email,event,timestamp,campaign\n";
    QByteArray second = first;
    const qint64 start = utc(2024, 5, 6, 9, 0);
    int firstRows = 0;
    for (int i = 0; i < 300; ++i) {
        const QByteArray email = "c" + QByteArray::number(i % 70) + "@example.com";
        const char *type = i % 3 == 0 ? "send" : i % 3 == 1 ? "open" : "click";
        const QByteArray row = email + ',' + type + ',' + QByteArray::number(start + i * 7) + ",May news\n";
        second += row;
        if (i % 5 == 0)
            second += row; // the same event twice in one file
        if (i % 4 == 0) {
            first += row;
            ++firstRows;
        }
    }
    writeFile(QStringLiteral("first.csv"), first);
    writeFile(QStringLiteral("second.csv"), second);
    const auto a = run(m_dir->filePath(QStringLiteral("first.csv")));
    QVERIFY2(a.ok(), qPrintable(a.error().toString()));
    QCOMPARE(a->counts.eventsImported, firstRows);
    const auto b = run(m_dir->filePath(QStringLiteral("second.csv")));
    QVERIFY2(b.ok(), qPrintable(b.error().toString()));
    QCOMPARE(b->counts.rowsRead, 300 + 60);
    QCOMPARE(b->counts.eventsImported, 300 - firstRows);
    QCOMPARE(b->counts.alreadyPresent, firstRows + 60);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events")), 300);
    const qint64 importId = b->files.constFirst().importId;
    for (EventType type : {EventType::Send, EventType::Open, EventType::Click})
        QCOMPARE(b->counts.imported.value(type),
                 number(QStringLiteral("SELECT count(*) FROM events WHERE import_id = %1 AND type = %2")
                            .arg(importId)
                            .arg(static_cast<int>(type))));
}

void TestEventImport::flagsOpensWhenALaterImportBringsTheSend()
{
    writeFile(QStringLiteral("opens.csv"), "email,event,timestamp,campaign\n"
                                           "ada@example.com,open,2024-03-05T09:00:05Z,March news\n"
                                           "ada@example.com,open,2024-03-05T09:00:20Z,March news\n"
                                           "ada@example.com,open,2024-03-05T09:00:06Z,Other news\n");
    writeFile(QStringLiteral("sends.csv"), "email,event,timestamp,campaign\n"
                                           "ada@example.com,send,2024-03-05T09:00:00Z,March news\n");
    const auto opens = run(m_dir->filePath(QStringLiteral("opens.csv")));
    QVERIFY2(opens.ok(), qPrintable(opens.error().toString()));
    QCOMPARE(opens->counts.machineOpens, 0);
    const auto sends = run(m_dir->filePath(QStringLiteral("sends.csv")));
    QVERIFY2(sends.ok(), qPrintable(sends.error().toString()));
    QCOMPARE(sends->counts.machineOpens, 1);
    QCOMPARE(number(QStringLiteral("SELECT group_concat(occurred_at) FROM events WHERE machine = 1")),
             utc(2024, 3, 5, 9, 0, 5)); // not the read 20 s later, nor the open of another campaign
}

void TestEventImport::flagsOpensWhoseSendAnEarlierImportBrought()
{
    writeFile(QStringLiteral("sends.csv"), "email,event,timestamp,campaign\n"
                                           "ada@example.com,send,2024-03-05T09:00:00Z,March news\n"
                                           "bob@example.com,send,2024-03-05T09:00:00Z,March news\n");
    writeFile(QStringLiteral("opens.csv"), "email,event,timestamp,campaign\n"
                                           "ada@example.com,open,2024-03-05T09:00:05Z,March news\n"
                                           "ada@example.com,open,2024-03-05T09:00:20Z,March news\n"
                                           "bob@example.com,open,2024-03-05T09:00:04Z,Other news\n"
                                           "bob@example.com,open,2024-03-05T09:00:09Z,March news\n");
    const auto sends = run(m_dir->filePath(QStringLiteral("sends.csv")));
    QVERIFY2(sends.ok(), qPrintable(sends.error().toString()));
    QCOMPARE(sends->counts.machineOpens, 0);
    const auto opens = run(m_dir->filePath(QStringLiteral("opens.csv")));
    QVERIFY2(opens.ok(), qPrintable(opens.error().toString()));
    QCOMPARE(opens->counts.machineOpens, 2);
    QCOMPARE(text(QStringLiteral("SELECT group_concat(occurred_at) FROM (SELECT occurred_at FROM events "
                                 "WHERE machine = 1 ORDER BY 1)")),
             QStringLiteral("%1,%2").arg(utc(2024, 3, 5, 9, 0, 5)).arg(utc(2024, 3, 5, 9, 0, 9)));
    // The contacts table reads its counts from the summary the import refreshes.
    QCOMPARE(number(QStringLiteral("SELECT sum(machine_opens) FROM campaign_stats")), 2);
}

void TestEventImport::machineOpenWindowIsAnOption()
{
    const auto report = run(fixture("klaviyo_events.csv"), [](EventImportOptions &o) { o.machineOpenSeconds = 3; });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    // Four seconds after the send is now too late for the timing rule; the privacy-proxy client still counts.
    QCOMPARE(report->counts.machineOpens, 1);
    writeFile(QStringLiteral("late.csv"), "email,event,timestamp,campaign\n"
                                          "zoe@example.com,send,2024-03-05T09:00:00Z,March news\n"
                                          "zoe@example.com,open,2024-03-05T09:00:04Z,March news\n");
    const auto late =
        run(m_dir->filePath(QStringLiteral("late.csv")), [](EventImportOptions &o) { o.machineOpenSeconds = 3; });
    QVERIFY2(late.ok(), qPrintable(late.error().toString()));
    QCOMPARE(late->counts.machineOpens, 0);
}

void TestEventImport::cancelLeavesWorkspaceUnchanged_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("eventsBefore"); // without: the summary comes from the import's tally (ActivityTally)
    QTest::newRow("while importing") << "Importing" << true;
    QTest::newRow("while indexing") << "Indexing events" << true;
    QTest::newRow("while summarising activity") << "Summarising activity" << true;
    QTest::newRow("while importing, first events") << "Importing" << false;
    QTest::newRow("while summarising activity, first events") << "Summarising activity" << false;
}

void TestEventImport::cancelLeavesWorkspaceUnchanged()
{
    QFETCH(QString, stage);
    QFETCH(bool, eventsBefore);
    if (eventsBefore) {
        const auto before = run(fixture("klaviyo_events.csv"));
        QVERIFY2(before.ok(), qPrintable(before.error().toString()));
    }
    // Big enough to take several batches and to rebuild the events indexes.
    QByteArray csv = "email,event,timestamp,campaign,url\n";
    for (int i = 0; i < 20'000; ++i)
        csv += "user" + QByteArray::number(i % 500) + "@example.com," + (i % 3 ? "open" : "send") + ",2024-04-0" +
               QByteArray::number(1 + i % 9) + "T1" + QByteArray::number(i % 10) + ":" +
               QByteArray::number(10 + i % 50) + ":" + QByteArray::number(10 + i % 49) + "Z,Campaign " +
               QByteArray::number(i % 7) + ",\n";
    writeFile(QStringLiteral("big.csv"), csv);
    const QByteArray hash = contentHash(m_workspace->db());

    std::atomic_bool cancel = false;
    QStringList stages;
    JobControl control;
    control.cancelFlag = &cancel;
    control.progress = [&](qint64, qint64, const QString &current) {
        stages << current;
        if (current.startsWith(stage))
            cancel = true;
    };
    const auto report = run(m_dir->filePath(QStringLiteral("big.csv")), {}, control);
    QVERIFY2(stages.filter(stage).size() > 0, qPrintable(stages.join(u';')));
    QVERIFY(!report.ok());
    QVERIFY(report.error().cancelled);
    QCOMPARE(contentHash(m_workspace->db()), hash);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")),
             3);
    QCOMPARE(m_workspace->db().scalarInt("PRAGMA foreign_keys"), 1);

    // And the same file imports fine afterwards.
    const auto after = run(m_dir->filePath(QStringLiteral("big.csv")));
    QVERIFY2(after.ok(), qPrintable(after.error().toString()));
    QCOMPARE(after->counts.eventsImported + after->counts.alreadyPresent, 20'000);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")),
             3);
}

void TestEventImport::recordsTheImport()
{
    const auto report = run(fixture("online_retail_2010-12-01.csv"),
                            [](EventImportOptions &o) { o.fileZone = QTimeZone("Europe/London"); });
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QList<ImportSummary> imports = listImports(m_workspace->db());
    QCOMPARE(imports.size(), 1);
    const ImportSummary &logged = imports.constFirst();
    QCOMPARE(logged.kind, QStringLiteral("events"));
    QCOMPARE(logged.fileName, QStringLiteral("online_retail_2010-12-01.csv"));
    QCOMPARE(logged.profile, QStringLiteral("generic"));
    QCOMPARE(logged.sha256.size(), 64);
    QCOMPARE(logged.counts.rowsRead, 623);
    QCOMPARE(logged.counts.imported, 46);
    QCOMPARE(logged.counts.rejected, 1);
    const QJsonObject result = logged.options.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("synthetic_contacts")).toInt(), 32);
    QCOMPARE(result.value(QStringLiteral("rows_merged")).toInt(), 576);
    QCOMPARE(logged.options.value(QStringLiteral("cancelled_orders")).toString(), QStringLiteral("negative"));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM events WHERE import_id = %1").arg(logged.id)), 46);
}

void TestEventImport::cliPrintsJson()
{
    const QString workspace = m_dir->filePath(QStringLiteral("cli.herald"));
    auto herald = [&](const QStringList &arguments, int *exitCode) {
        QProcess process;
        process.start(QStringLiteral(HERALD_BINARY), QStringList{QStringLiteral("import"), QStringLiteral("events")} +
                                                         arguments +
                                                         QStringList{QStringLiteral("--workspace"), workspace});
        if (!process.waitForFinished(120'000))
            return QByteArray();
        *exitCode = process.exitCode();
        return process.exitCode() == 0 ? process.readAllStandardOutput() : process.readAllStandardError();
    };
    const QStringList arguments = {fixture("generic_events.csv"),  QStringLiteral("--json"),
                                   QStringLiteral("--date-order"), QStringLiteral("dmy"),
                                   QStringLiteral("--timezone"),   QStringLiteral("Europe/Berlin")};
    int exitCode = -1;
    QJsonObject json = QJsonDocument::fromJson(herald(arguments, &exitCode)).object();
    QCOMPARE(exitCode, 0);
    QCOMPARE(json.value(QStringLiteral("rows_read")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("events_imported")).toInt(), 9);
    QCOMPARE(json.value(QStringLiteral("already_present")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("contacts_created")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("campaigns_created")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("machine_opens")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("generic"));
    QCOMPARE(json.value(QStringLiteral("rejects")).toArray().at(1).toObject().value(QStringLiteral("line")).toInt(),
             12);

    json = QJsonDocument::fromJson(herald(arguments, &exitCode)).object();
    QCOMPARE(exitCode, 0);
    QCOMPARE(json.value(QStringLiteral("events_imported")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("already_present")).toInt(), 9);

    const QByteArray ambiguous = herald({fixture("generic_events.csv")}, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(ambiguous.contains("--date-order dmy or mdy"), ambiguous.constData());
    const QByteArray usage = herald(
        {fixture("klaviyo_events.csv"), QStringLiteral("--unknown-contacts"), QStringLiteral("ignore")}, &exitCode);
    QCOMPARE(exitCode, 2);
    QVERIFY2(usage.contains("--unknown-contacts takes create or reject"), usage.constData());
}

QTEST_GUILESS_MAIN(TestEventImport)
#include "test_eventimport.moc"
