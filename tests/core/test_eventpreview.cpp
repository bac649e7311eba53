// The activity import's preview: what a file is, how it is read, its first rows with their errors, and the
// questions the import wizard has to ask (date order), on the fixtures in tests/data/events.

#include "import/eventimport.h"
#include "import/eventpreview.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/events/") + QLatin1StringView(name);
}

QString contactFixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/contacts/") + QLatin1StringView(name);
}

const QString opensMember = QStringLiteral("granular_activity/opens/Spring sale.csv");
const QString clicksMember = QStringLiteral("granular_activity/clicks/Spring sale.csv");

} // namespace

Q_DECLARE_METATYPE(std::optional<herald::EventType>)

class TestEventPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesActivityFiles_data();
    void recognisesActivityFiles();
    void recognisesThePerSendReport();
    void contactFilesAreNotActivity_data();
    void contactFilesAreNotActivity();
    void showsRowsWithTheirErrors();
    void asksForTheDateOrderOnlyWhenTheFileCannotSettleIt();
    void settlesTheDateOrderFromTheWholeFile();
    void namesTheZoneNaiveTimesAreReadIn();
    void archiveMembersCanBeChosen();
    void estimatesTheRowsOfALargeFile();
    void cancelledPreviewSaysSo();

private:
    Result<EventImportPreview> preview(const QString &file,
                                       const std::function<void(EventImportOptions &)> &tweak = {});
    QString writeFile(const QString &name, const QByteArray &content);

    const QTimeZone m_berlin{"Europe/Berlin"};
    QTemporaryDir m_dir;
};

Result<EventImportPreview> TestEventPreview::preview(const QString &file,
                                                     const std::function<void(EventImportOptions &)> &tweak)
{
    EventImportOptions options;
    options.filePath = file;
    if (tweak)
        tweak(options);
    return previewEventImport(options, m_berlin);
}

QString TestEventPreview::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestEventPreview::recognisesActivityFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("campaigns");
    QTest::addColumn<std::optional<EventType>>("fixedType");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QString>("campaign");
    QTest::newRow("mailchimp account export")
        << fixture("mailchimp_account_export.zip") << "mailchimp"
        << "opens" << false << std::optional(EventType::Open) << qint64(4) << "Spring sale";
    QTest::newRow("mailchimp campaigns report")
        << fixture("mailchimp_campaigns_report.csv") << "mailchimp"
        << "campaign_report" << true << std::optional<EventType>() << qint64(2) << "";
    QTest::newRow("klaviyo metrics") << fixture("klaviyo_events.csv") << "klaviyo"
                                     << "events" << false << std::optional<EventType>() << qint64(10) << "";
    QTest::newRow("listmonk views") << fixture("listmonk_campaign_views.csv") << "listmonk"
                                    << "campaign_views" << false << std::optional(EventType::Open) << qint64(4) << "";
    QTest::newRow("listmonk clicks") << fixture("listmonk_link_clicks.csv") << "listmonk"
                                     << "link_clicks" << false << std::optional(EventType::Click) << qint64(2) << "";
    QTest::newRow("generic events") << fixture("generic_events.csv") << "generic"
                                    << "" << false << std::optional<EventType>() << qint64(12) << "";
}

void TestEventPreview::recognisesActivityFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, kind);
    QFETCH(bool, campaigns);
    QFETCH(std::optional<EventType>, fixedType);
    QFETCH(qint64, rows);
    QFETCH(QString, campaign);
    const auto result = preview(file, [](EventImportOptions &o) { o.dateOrder = DateOrder::DayFirst; });
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY2(result->isUsable(), qPrintable(result->unusable));
    QCOMPARE(result->profileId, profile);
    QCOMPARE(result->exportKind, kind);
    QCOMPARE(result->record == RecordKind::Campaigns, campaigns);
    QCOMPARE(result->fixedType, fixedType);
    QCOMPARE(result->rows, rows);
    QVERIFY(result->rowsExact);
    QCOMPARE(result->fileCampaign, campaign);
    QCOMPARE(result->sample.size(), rows);
    QCOMPARE(result->sniff.format.encoding, CsvEncoding::Utf8);
    QCOMPARE(result->sniff.format.delimiter, QChar(u','));
    QCOMPARE(result->hasContacts, !campaigns);
    QVERIFY(!result->contactList);
}

void TestEventPreview::recognisesThePerSendReport()
{
    const QString path = QStringLiteral(HERALD_SHARED_DATA "/subject-lines-sv-ecom/campaign_sends_2024.csv");
    if (!QFile::exists(path))
        QSKIP("the shared per-send report is not available");
    const auto result = preview(path);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result->profileId, QStringLiteral("generic"));
    QCOMPARE(result->exportKind, QStringLiteral("per_send_report"));
    QCOMPARE(result->record, RecordKind::Campaigns);
    QVERIFY(!result->rowsExact);
    // 1,330 campaign rows; the estimate from the sample's bytes per row is within a quarter of that.
    QVERIFY2(result->rows > 1000 && result->rows < 1700, qPrintable(QString::number(result->rows)));
    QVERIFY(!result->hasContacts && !result->hasOrders && !result->hasOpens);
    const MappedEventRow &first = result->sample.constFirst().mapped;
    QCOMPARE(first.kind, MappedEventRow::Kind::Campaign);
    QCOMPARE(first.campaign.campaign.externalId, QStringLiteral("27089106"));
    QCOMPARE(first.campaign.recipients, std::optional<qint64>(3285));
}

void TestEventPreview::contactFilesAreNotActivity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("kind");
    QTest::newRow("mailchimp subscribed") << contactFixture("mailchimp_subscribed.csv") << "mailchimp"
                                          << "subscribed";
    QTest::newRow("mailchimp unsubscribed") << contactFixture("mailchimp_unsubscribed.csv") << "mailchimp"
                                            << "unsubscribed";
    QTest::newRow("mailchimp audience zip") << contactFixture("mailchimp_audience_export.zip") << "mailchimp"
                                            << "subscribed";
    QTest::newRow("brevo") << contactFixture("brevo_semicolon_1252.csv") << "brevo"
                           << "herald_import";
    QTest::newRow("listmonk") << contactFixture("listmonk_bom.csv") << "listmonk"
                              << "import_file";
}

void TestEventPreview::contactFilesAreNotActivity()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, kind);
    const auto result = preview(file);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(!result->isUsable());
    QVERIFY2(!result->unusable.isEmpty(), "the preview says why");
    QVERIFY(result->files.isEmpty());
    QVERIFY(result->contactList);
    QCOMPARE(result->contactProfileId, profile);
    QCOMPARE(result->contactExportKind, kind);
    QVERIFY(result->sample.isEmpty());
}

void TestEventPreview::showsRowsWithTheirErrors()
{
    const auto result = preview(fixture("generic_events.csv"), [](EventImportOptions &o) {
        o.dateOrder = DateOrder::DayFirst;
        o.fileZone = QTimeZone("Europe/Berlin");
    });
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const QList<EventPreviewRow> &rows = result->sample;
    QCOMPARE(rows.size(), 12);
    // As the import counts them (test_eventimport: 9 events, 3 rejected).
    qsizetype events = 0, rejected = 0;
    for (const EventPreviewRow &row : rows) {
        events += row.mapped.kind == MappedEventRow::Kind::Event ? 1 : 0;
        rejected += row.mapped.kind == MappedEventRow::Kind::Rejected ? 1 : 0;
    }
    QCOMPARE(events, 9);
    QCOMPARE(rejected, 3);
    QCOMPARE(result->sampleTypes.value(EventType::Open), 3);
    QCOMPARE(result->sampleTypes.value(EventType::Send), 2);
    QVERIFY(result->hasOrders); // a purchase among the rows
    QVERIFY(result->hasOpens);

    // Each rejected row names its line, the column at fault and why.
    const ImportReject &address = rows.at(9).mapped.reject;
    QCOMPARE(address.line, 11);
    QCOMPARE(address.field, QStringLiteral("email"));
    QVERIFY2(address.reason.contains(QStringLiteral("eve@example")), qPrintable(address.reason));
    const ImportReject &word = rows.at(10).mapped.reject;
    QCOMPARE(word.field, QStringLiteral("event"));
    QVERIFY2(word.reason.contains(QStringLiteral("teleported")), qPrintable(word.reason));
    const ImportReject &time = rows.at(11).mapped.reject;
    QCOMPARE(time.field, QStringLiteral("timestamp"));
    QVERIFY(!rows.at(11).awaitsDateOrder);

    // The day-first date reads as 5 March, 11:30 in Berlin; the proxy's open is a machine's.
    const EventRecord &open = rows.at(5).mapped.event;
    QCOMPARE(open.type, EventType::Open);
    QCOMPARE(open.occurredAt, QDateTime(QDate(2024, 3, 5), QTime(11, 30), m_berlin).toSecsSinceEpoch());
    QVERIFY(open.machine);
    QCOMPARE(rows.at(6).mapped.event.revenue, std::optional<double>(59.9));
}

void TestEventPreview::asksForTheDateOrderOnlyWhenTheFileCannotSettleIt()
{
    const auto asked = preview(fixture("generic_events.csv"));
    QVERIFY2(asked.ok(), qPrintable(asked.error().toString()));
    QVERIFY(asked->dateOrderNeedsAnswer);
    QCOMPARE(asked->dateOrder, DateOrder::Unknown);
    QCOMPARE(asked->ambiguousDateExample, QStringLiteral("05-03-2024 11:30"));
    QCOMPARE(asked->ambiguousDateLine, 7);
    // Ben's open waits for the answer; the unreadable "not a date" does not.
    QCOMPARE(asked->sample.at(5).mapped.kind, MappedEventRow::Kind::Rejected);
    QVERIFY(asked->sample.at(5).awaitsDateOrder);
    QVERIFY(!asked->sample.at(11).awaitsDateOrder);

    const auto answered =
        preview(fixture("generic_events.csv"), [](EventImportOptions &o) { o.dateOrder = DateOrder::MonthFirst; });
    QVERIFY2(answered.ok(), qPrintable(answered.error().toString()));
    QVERIFY(!answered->dateOrderNeedsAnswer);
    QCOMPARE(answered->dateOrder, DateOrder::MonthFirst);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(answered->sample.at(5).mapped.event.occurredAt, m_berlin).date(),
             QDate(2024, 5, 3));

    const auto iso = preview(fixture("online_retail_2010-12-01.csv"));
    QVERIFY2(iso.ok(), qPrintable(iso.error().toString()));
    QVERIFY(!iso->dateOrderNeedsAnswer);
    QCOMPARE(iso->exportKind, QStringLiteral("shop_order_lines"));
    QCOMPARE(iso->fixedType, std::optional(EventType::Purchase));
    QVERIFY(iso->hasOrders);
    QVERIFY(!iso->hasOpens);
}

void TestEventPreview::settlesTheDateOrderFromTheWholeFile()
{
    // The sample's dates could be either way; one far down the file cannot.
    QByteArray csv = "email,event,date\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("p%1@example.com,open,03/04/2024 10:00\n").arg(i).toUtf8();
    csv += "late@example.com,open,04/25/2024 10:00\n";
    const QString path = writeFile(QStringLiteral("opens_long.csv"), csv);
    const auto result = preview(path);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(!result->rowsExact);
    QVERIFY(!result->dateOrderNeedsAnswer);
    QCOMPARE(result->dateOrder, DateOrder::MonthFirst);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(result->sample.at(0).mapped.event.occurredAt, m_berlin).date(),
             QDate(2024, 3, 4));
}

void TestEventPreview::namesTheZoneNaiveTimesAreReadIn()
{
    const auto mailchimp = preview(fixture("mailchimp_account_export.zip"));
    QVERIFY2(mailchimp.ok(), qPrintable(mailchimp.error().toString()));
    QCOMPARE(mailchimp->fileZone, QTimeZone::utc());
    QVERIFY(mailchimp->fileZoneIsConvention);
    // 13:30:07 in the file is 13:30:07 UTC.
    QCOMPARE(mailchimp->sample.constFirst().mapped.event.occurredAt,
             QDateTime(QDate(2024, 3, 12), QTime(13, 30, 7), QTimeZone::utc()).toSecsSinceEpoch());

    const auto chosen = preview(fixture("mailchimp_account_export.zip"),
                                [](EventImportOptions &o) { o.fileZone = QTimeZone("America/New_York"); });
    QVERIFY2(chosen.ok(), qPrintable(chosen.error().toString()));
    QCOMPARE(chosen->fileZone, QTimeZone("America/New_York"));
    QVERIFY(!chosen->fileZoneIsConvention);
    QCOMPARE(chosen->sample.constFirst().mapped.event.occurredAt,
             QDateTime(QDate(2024, 3, 12), QTime(13, 30, 7), QTimeZone("America/New_York")).toSecsSinceEpoch());

    // A shop's order lines carry no convention: the workspace's zone.
    const auto shop = preview(fixture("online_retail_2010-12-01.csv"));
    QVERIFY2(shop.ok(), qPrintable(shop.error().toString()));
    QCOMPARE(shop->fileZone, m_berlin);
    QVERIFY(!shop->fileZoneIsConvention);
}

void TestEventPreview::archiveMembersCanBeChosen()
{
    const auto whole = preview(fixture("mailchimp_account_export.zip"));
    QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
    QCOMPARE(whole->files.size(), 2);
    QCOMPARE(whole->file, QStringLiteral("mailchimp_account_export.zip/") + opensMember);
    QCOMPARE(whole->skippedFiles.size(), 1);
    QVERIFY(whole->skippedFiles.constFirst().first.endsWith(QStringLiteral("Customers_members_export_8b1f.csv")));

    const auto clicks =
        preview(fixture("mailchimp_account_export.zip"), [](EventImportOptions &o) { o.zipMembers = {clicksMember}; });
    QVERIFY2(clicks.ok(), qPrintable(clicks.error().toString()));
    QCOMPARE(clicks->files, QStringList{QStringLiteral("mailchimp_account_export.zip/") + clicksMember});
    QCOMPARE(clicks->fixedType, std::optional(EventType::Click));
    QCOMPARE(clicks->sample.constFirst().mapped.event.url, QStringLiteral("https://shop.example.com/sale"));

    // The import reads the same choice: only the clicks.
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("members.herald")));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
    EventImportOptions options;
    options.filePath = fixture("mailchimp_account_export.zip");
    options.zipMembers = {clicksMember};
    const auto report = importEvents(**workspace, options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->files.size(), 1);
    QCOMPARE(report->counts.eventsImported, 2);
    QCOMPARE(report->counts.imported.value(EventType::Click), 2);
    QCOMPARE(report->counts.imported.value(EventType::Open), 0);
}

void TestEventPreview::estimatesTheRowsOfALargeFile()
{
    const auto result = preview(fixture("online_retail_2010-12-01.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(!result->rowsExact);
    QCOMPARE(result->sample.size(), 20);
    // 623 order lines; the estimate is within a fifth.
    QVERIFY2(result->rows > 500 && result->rows < 750, qPrintable(QString::number(result->rows)));
}

void TestEventPreview::cancelledPreviewSaysSo()
{
    std::atomic_bool cancel{true};
    JobControl control;
    control.cancelFlag = &cancel;
    EventImportOptions options;
    options.filePath = fixture("mailchimp_account_export.zip");
    const auto result = previewEventImport(options, m_berlin, 20, control);
    QVERIFY(!result.ok());
    QVERIFY(result.error().cancelled);
}

QTEST_GUILESS_MAIN(TestEventPreview)
#include "test_eventpreview.moc"
