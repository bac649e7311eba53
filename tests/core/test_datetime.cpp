#include "import/datetimeparser.h"

#include <QDateTime>
#include <QTest>

using namespace herald;

namespace {
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

class TestDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommonLayouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("order");
        QTest::addColumn<qint64>("expected");
        const int unknown = int(DateOrder::Unknown);
        QTest::newRow("mailchimp iso") << u"2015-03-16 14:40:47"_qs << QByteArray("UTC") << unknown
                                       << utc(2015, 3, 16, 14, 40, 47);
        QTest::newRow("iso T Z") << u"2024-05-01T09:30:00Z"_qs << QByteArray("America/New_York") << unknown
                                 << utc(2024, 5, 1, 9, 30);
        QTest::newRow("iso offset colon")
            << u"2024-05-01T09:30:00+02:00"_qs << QByteArray("UTC") << unknown << utc(2024, 5, 1, 7, 30);
        QTest::newRow("iso offset compact")
            << u"2024-05-01 09:30:00-0400"_qs << QByteArray("UTC") << unknown << utc(2024, 5, 1, 13, 30);
        QTest::newRow("iso fraction") << u"2024-05-01T09:30:00.123456Z"_qs << QByteArray("UTC") << unknown
                                      << utc(2024, 5, 1, 9, 30);
        QTest::newRow("date only") << u"2024-05-01"_qs << QByteArray("UTC") << unknown << utc(2024, 5, 1);
        QTest::newRow("naive in zone") << u"2024-01-15 09:00"_qs << QByteArray("Europe/Berlin") << unknown
                                       << utc(2024, 1, 15, 8, 0);
        QTest::newRow("naive in zone summer")
            << u"2024-07-15 09:00"_qs << QByteArray("Europe/Berlin") << unknown << utc(2024, 7, 15, 7, 0);
        QTest::newRow("unix seconds") << u"1700000000"_qs << QByteArray("Asia/Tokyo") << unknown << qint64(1700000000);
        QTest::newRow("unix millis") << u"1700000000123"_qs << QByteArray("UTC") << unknown << qint64(1700000000);
        QTest::newRow("rfc 5322") << u"Mon, 28 Oct 2019 14:03:11 -0400"_qs << QByteArray("UTC") << unknown
                                  << utc(2019, 10, 28, 18, 3, 11);
        QTest::newRow("rfc 5322 comment")
            << u"Tue, 29 Oct 2019 09:00:00 +0000 (UTC)"_qs << QByteArray("UTC") << unknown << utc(2019, 10, 29, 9);
        QTest::newRow("rfc 5322 named zone")
            << u"28 Oct 2019 14:03 PDT"_qs << QByteArray("UTC") << unknown << utc(2019, 10, 28, 21, 3);
        QTest::newRow("mailchimp report")
            << u"Jun 09, 2018 09:30 pm"_qs << QByteArray("UTC") << unknown << utc(2018, 6, 9, 21, 30);
        QTest::newRow("noon pm") << u"Jun 09, 2018 12:05 pm"_qs << QByteArray("UTC") << unknown
                                 << utc(2018, 6, 9, 12, 5);
        QTest::newRow("midnight am") << u"Jun 09, 2018 12:05 am"_qs << QByteArray("UTC") << unknown
                                     << utc(2018, 6, 9, 0, 5);
        QTest::newRow("day month name") << u"9 June 2018"_qs << QByteArray("UTC") << unknown << utc(2018, 6, 9);
        QTest::newRow("dd-mmm-yyyy") << u"09-Jun-2018 10:00"_qs << QByteArray("UTC") << unknown << utc(2018, 6, 9, 10);
        QTest::newRow("dd-mm-yyyy hh:mm settled by day")
            << u"28-10-2019 14:03"_qs << QByteArray("UTC") << unknown << utc(2019, 10, 28, 14, 3);
        QTest::newRow("german dots") << u"16.03.2015 14:40"_qs << QByteArray("UTC") << unknown
                                     << utc(2015, 3, 16, 14, 40);
        QTest::newRow("online retail month first")
            << u"12/1/2010 8:26"_qs << QByteArray("UTC") << int(DateOrder::MonthFirst) << utc(2010, 12, 1, 8, 26);
        QTest::newRow("ambiguous day first")
            << u"03/04/2025"_qs << QByteArray("UTC") << int(DateOrder::DayFirst) << utc(2025, 4, 3);
        QTest::newRow("ambiguous month first")
            << u"03/04/2025"_qs << QByteArray("UTC") << int(DateOrder::MonthFirst) << utc(2025, 3, 4);
        QTest::newRow("same day and month") << u"04/04/2025"_qs << QByteArray("UTC") << unknown << utc(2025, 4, 4);
        QTest::newRow("two digit year") << u"28/10/19"_qs << QByteArray("UTC") << unknown << utc(2019, 10, 28);
    }

    void parsesCommonLayouts()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, zone);
        QFETCH(int, order);
        QFETCH(qint64, expected);
        const DateTimeParser parser(QTimeZone(zone), static_cast<DateOrder>(order));
        QString reason;
        const auto parsed = parser.parse(text, &reason);
        QVERIFY2(parsed.has_value(), qPrintable(reason));
        QCOMPARE(*parsed, expected);
    }

    void rejectsWithReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << u"  "_qs << u"empty"_qs;
        QTest::newRow("words") << u"next tuesday"_qs << u"not a date"_qs;
        QTest::newRow("ambiguous") << u"03/04/2025"_qs << u"day/month or month/day"_qs;
        QTest::newRow("february 30") << u"2025-02-30"_qs << u"not a valid date"_qs;
        QTest::newRow("hour 25") << u"2025-02-03 25:00"_qs << u"not a valid time"_qs;
        QTest::newRow("trailing junk") << u"2025-02-03 10:00 banana"_qs << u"not a date"_qs;
        QTest::newRow("both over 12") << u"13/14/2025"_qs << u"not a valid date"_qs;
    }

    void rejectsWithReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        QString reason;
        QVERIFY(!DateTimeParser().parse(text, &reason).has_value());
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void dstTransitions()
    {
        const DateTimeParser berlin(QTimeZone("Europe/Berlin"));
        // Clocks go forward at 02:00 on 2024-03-31: 01:30 is CET, 03:30 is CEST.
        QCOMPARE(*berlin.parse(u"2024-03-31 01:30"), utc(2024, 3, 31, 0, 30));
        QCOMPARE(*berlin.parse(u"2024-03-31 03:30"), utc(2024, 3, 31, 1, 30));
        // 02:30 does not exist that night; it is read as a valid instant between the two.
        const qint64 gap = *berlin.parse(u"2024-03-31 02:30");
        QVERIFY(gap >= utc(2024, 3, 31, 0, 30) && gap <= utc(2024, 3, 31, 1, 30));
        // Clocks go back at 03:00 on 2024-10-27: 02:30 happens twice; either reading is within the hour.
        const qint64 twice = *berlin.parse(u"2024-10-27 02:30");
        QVERIFY(twice == utc(2024, 10, 27, 0, 30) || twice == utc(2024, 10, 27, 1, 30));
        const DateTimeParser newYork(QTimeZone("America/New_York"));
        QCOMPARE(*newYork.parse(u"2024-03-10 01:59"), utc(2024, 3, 10, 6, 59));
        QCOMPARE(*newYork.parse(u"2024-03-10 03:00"), utc(2024, 3, 10, 7, 0));
        QCOMPARE(*newYork.parse(u"2024-11-03 12:00"), utc(2024, 11, 3, 17, 0));
    }

    void inferenceSettlesOrderFromOneValue()
    {
        DateOrderInference inference;
        inference.add(u"03/04/2025 10:00", 2);
        inference.add(u"05/06/2025", 3);
        QVERIFY(inference.needsAnswer());
        QCOMPARE(inference.ambiguousExample(), u"03/04/2025 10:00"_qs);
        QCOMPARE(inference.ambiguousExampleLine(), 2);
        inference.add(u"25/03/2025", 4);
        QCOMPARE(inference.result(), DateOrder::DayFirst);
        QVERIFY(!inference.needsAnswer());

        DateOrderInference american;
        american.add(u"12/1/2010 8:26", 2);
        american.add(u"12/13/2010 9:00", 3);
        QCOMPARE(american.result(), DateOrder::MonthFirst);

        DateOrderInference mixed;
        mixed.add(u"25/03/2025", 2);
        mixed.add(u"03/25/2025", 3);
        QVERIFY(mixed.isContradictory());
        QCOMPARE(mixed.result(), DateOrder::Unknown);

        DateOrderInference iso;
        iso.add(u"2025-03-04", 2);
        QVERIFY(!iso.needsAnswer());
    }
};

QTEST_APPLESS_MAIN(TestDateTime)
#include "test_datetime.moc"
