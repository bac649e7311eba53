#include "csv/csvencoding.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace herald;

namespace {

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list.append(QString::fromUtf8(cell));
    return list;
}

Result<CsvSniffResult> sniffBytes(const QByteArray &bytes, const CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvSniffer::sniff(buffer, options);
}

QString espHeaders(const char *file)
{
    return QStringLiteral(HERALD_SHARED_DATA "/esp-export-headers/") + QLatin1StringView(file);
}

} // namespace

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsDelimiter_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',');
        QTest::newRow("semicolon with decimal commas")
            << QStringLiteral("Name;Preis;Menge\nAnn;12,50;3\nBob;3,00;1\n") << QChar(u';');
        QTest::newRow("tab with commas in text")
            << QStringLiteral("email\tname\tnote\na@x.org\tSmith, Ann\thi, there\n") << QChar(u'\t');
        QTest::newRow("pipe") << QStringLiteral("a|b\n1|2\n") << QChar(u'|');
        // Quoted content does not count: the semicolons here are inside quotes.
        QTest::newRow("semicolons only inside quotes")
            << QStringLiteral("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n") << QChar(u',');
        QTest::newRow("commas only inside quotes")
            << QStringLiteral("a;b\n\"Smith, Ann\";1\n\"Doe, Jo, Jr\";2\n") << QChar(u';');
        QTest::newRow("quoted line break") << QStringLiteral("id;note\n1;\"a,b\nc,d,e\"\n2;x\n") << QChar(u';');
        QTest::newRow("one column") << QStringLiteral("email\na@x.org\n") << QChar(u',');
    }

    void sniffsDelimiter()
    {
        QFETCH(QString, sample);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvSniffer::sniffDelimiter(sample, true), delimiter);
    }

    void ignoresTheCutOffLastLineOfASample()
    {
        // The sample ends mid-line; that line would make ';' look inconsistent.
        QCOMPARE(CsvSniffer::sniffDelimiter(u"a;b;c\n1;2;3\n4;5", false), QChar(u';'));
    }

    void detectsHeader_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("next");
        QTest::addColumn<bool>("header");
        QTest::newRow("names") << row({"Email Address", "First Name"}) << row({"a@x.org", "Ann"}) << true;
        QTest::newRow("email in first row") << row({"a@x.org", "Ann"}) << row({"b@x.org", "Bob"}) << false;
        QTest::newRow("numbers") << row({"1", "2.5"}) << row({"3", "4"}) << false;
        QTest::newRow("date") << row({"name", "2015-03-16 14:40:47"}) << row({"x", "y"}) << false;
        QTest::newRow("repeated names") << row({"name", "Name"}) << row({"a", "b"}) << false;
        QTest::newRow("values repeat in their columns") << row({"Berlin", "x"}) << row({"Berlin", "y"}) << false;
        QTest::newRow("one name repeats as a value")
            << row({"Title", "List", "Opens"}) << row({"Spring sale", "List", "30"}) << true;
        QTest::newRow("all empty") << row({"", ""}) << row({"a", "b"}) << false;
        QTest::newRow("one unnamed column") << row({"email", ""}) << row({"a@x.org", "1"}) << true;
    }

    void detectsHeader()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, next);
        QFETCH(bool, header);
        QCOMPARE(CsvSniffer::looksLikeHeader(first, {next}), header);
    }

    void sniffsRealEspExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("firstColumn");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<int>("dataRows");
        QTest::addColumn<QString>("firstValue");
        QTest::newRow("mailchimp subscribed")
            << espHeaders("mailchimp_subscribed_fixture.csv") << QStringLiteral("Email Address") << 19 << 1
            << QStringLiteral("mail@example.com");
        QTest::newRow("mailchimp campaigns") << espHeaders("mailchimp_campaigns_report_fixture.csv")
                                             << QStringLiteral("Title") << 20 << 1 << QStringLiteral("Complete 1");
        QTest::newRow("brevo contacts") << espHeaders("brevo_contacts_template.csv") << QStringLiteral("CONTACT_ID")
                                        << 7 << 3 << QStringLiteral("123456");
    }

    void sniffsRealEspExports()
    {
        QFETCH(QString, file);
        QFETCH(QString, firstColumn);
        QFETCH(int, fieldCount);
        QFETCH(int, dataRows);
        QFETCH(QString, firstValue);
        auto sniffed = CsvSniffer::sniff(file);
        QVERIFY2(sniffed.ok(), qPrintable(sniffed.error().toString()));
        QCOMPARE(sniffed->format.encoding, CsvEncoding::Utf8);
        QCOMPARE(sniffed->format.delimiter, QChar(u','));
        QVERIFY(sniffed->hasHeader);
        QCOMPARE(sniffed->header.value(0), firstColumn);
        QCOMPARE(sniffed->fieldCount, fieldCount);
        QVERIFY(sniffed->reachedEnd);
        QCOMPARE(sniffed->sampleRows.size(), dataRows);
        QCOMPARE(sniffed->sampleRows.at(0).value(0), firstValue);
        QCOMPARE(sniffed->sampleRows.at(0).size(), fieldCount);
        QVERIFY(sniffed->issues.isEmpty());
    }

    void readsMultiLineCellsOfTheHeaderSurvey()
    {
        // esp_header_layouts.csv quotes whole header rows, with "" escapes and line breaks, inside its cells.
        const QString path = espHeaders("esp_header_layouts.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.seek(0);
        CsvReader reader(&file);
        CsvRecord record;
        qint64 previousEnd = 0;
        qint64 records = 0;
        bool sawMailchimp = false;
        while (reader.next(record)) {
            ++records;
            QCOMPARE(record.size(), 6);
            QVERIFY(record.issues.isEmpty());
            QCOMPARE(record.line, previousEnd + 1);
            previousEnd = record.endLine;
            if (record.at(0) == QStringLiteral("Mailchimp") &&
                record.at(1).startsWith(QStringLiteral("Audience export - subscribed"))) {
                sawMailchimp = true;
                QVERIFY(record.at(2).startsWith(QStringLiteral("\"Email Address\",\"First Name\"")));
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QVERIFY(sawMailchimp);
        QVERIFY(records > 5);
        const qint64 lines = bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1);
        QVERIFY(records < lines);     // multi-line cells
        QCOMPARE(previousEnd, lines); // and the last record ends on the file's last line
    }

    void reportsHeaderOnlyFile()
    {
        auto sniffed = sniffBytes("\"Email Address\",\"First Name\",\"Last Name\"\r\n");
        QVERIFY(sniffed.ok());
        QVERIFY(sniffed->hasHeader);
        QVERIFY(sniffed->headerOnly());
        QCOMPARE(sniffed->header, row({"Email Address", "First Name", "Last Name"}));
        QCOMPARE(sniffed->format.lineEnding, CsvLineEnding::CrLf);
    }

    void reportsFormatOfAnExcelFile()
    {
        auto sniffed = sniffBytes("\xEF\xBB\xBF"
                                  "E-Mail;Vorname;Nachname\r\nann@example.com;Ann;M\xC3\xBCller\r\n");
        QVERIFY(sniffed.ok());
        QCOMPARE(sniffed->format.encoding, CsvEncoding::Utf8);
        QVERIFY(sniffed->format.hasBom);
        QCOMPARE(sniffed->format.delimiter, QChar(u';'));
        QCOMPARE(sniffed->format.lineEnding, CsvLineEnding::CrLf);
        QCOMPARE(sniffed->header.value(0), QStringLiteral("E-Mail"));
        QCOMPARE(sniffed->sampleRows.value(0), row({"ann@example.com", "Ann", "Müller"}));
        QVERIFY(!sniffed->headerOnly());
    }

    void fileWithoutHeaderKeepsItsFirstRow()
    {
        auto sniffed = sniffBytes("ann@example.com,Ann\nbob@example.com,Bob\n");
        QVERIFY(sniffed.ok());
        QVERIFY(!sniffed->hasHeader);
        QVERIFY(sniffed->header.isEmpty());
        QCOMPARE(sniffed->sampleRows.size(), 2);
        QCOMPARE(sniffed->sampleLines, (QList<qint64>{1, 2}));
    }

    void sniffPutsASeekableDeviceBack()
    {
        QBuffer buffer;
        buffer.setData("skip me\na;b\n1;2\n");
        buffer.open(QIODevice::ReadOnly);
        buffer.seek(8);
        auto sniffed = CsvSniffer::sniff(buffer);
        QVERIFY(sniffed.ok());
        QCOMPARE(sniffed->format.delimiter, QChar(u';'));
        QCOMPARE(buffer.pos(), 8);
    }

    void sniffFailsClearly()
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("herald-no-such-file.csv"));
        auto sniffed = CsvSniffer::sniff(missing);
        QVERIFY(!sniffed.ok());
        QVERIFY(sniffed.error().message.contains(QStringLiteral("cannot be opened")));
        QCOMPARE(sniffed.error().file, QDir::toNativeSeparators(missing));
        auto empty = sniffBytes({});
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("truncatedEndAllowed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << false << true;
        QTest::newRow("two to four bytes") << QByteArray("\xC3\xBC \xE2\x82\xAC \xF0\x9F\x98\x80") << false << true;
        QTest::newRow("latin-1 byte") << QByteArray("M\xFCller") << false << false;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << false;
        QTest::newRow("cut by the sample") << QByteArray("ab\xE2\x82") << true << true;
        QTest::newRow("cut at end of file") << QByteArray("ab\xE2\x82") << false << false;
    }

    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, truncatedEndAllowed);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes, truncatedEndAllowed), valid);
    }

    void builtinWindows1252MatchesQt()
    {
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all += char(b);
        CsvTextDecoder builtin(CsvEncoding::Windows1252, true);
        QVERIFY(builtin.usesBuiltinTable());
        QString fromTable(all.size(), Qt::Uninitialized);
        fromTable.resize(builtin.appendToBuffer(fromTable.data(), all) - fromTable.constData());
        QCOMPARE(fromTable.at(0x80 - 1), QChar(0x20AC)); // €
        QCOMPARE(fromTable.at(0xFC - 1), QChar(0xFC));   // ü
        QCOMPARE(fromTable.at(0x93 - 1), QChar(0x201C)); // “
        for (int b = 1; b < 256; ++b)
            QCOMPARE(windows1252::fromUnicode(fromTable.at(b - 1).unicode()), b);
        QCOMPARE(windows1252::fromUnicode(0x4E2D), -1);
        CsvTextDecoder qt(CsvEncoding::Windows1252);
        if (qt.usesBuiltinTable())
            QSKIP("This Qt has no ICU codec for windows-1252; the built-in table is what reads such files.");
        QString fromQt(all.size() * 2, Qt::Uninitialized);
        fromQt.resize(qt.appendToBuffer(fromQt.data(), all) - fromQt.constData());
        QCOMPARE(fromTable, fromQt);
    }
};

QTEST_APPLESS_MAIN(TestCsvSniffer)
#include "test_csvsniffer.moc"
