#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace herald;

namespace {

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<CsvRecord> records;
    CsvFormat format;
    bool failed = false;
    Error error;
    QList<CsvIssue> warnings;
    qint64 bytesRead = 0;
    qint64 raggedRows = 0;
};

Parsed parse(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (options.fileName.isEmpty())
        options.fileName = QStringLiteral("contacts.csv");
    CsvReader reader(&buffer, options);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        parsed.records.append(record);
        parsed.rows.append(record.fields);
        parsed.lines.append(record.line);
    }
    parsed.format = reader.format();
    parsed.failed = reader.hasError();
    parsed.error = reader.error();
    parsed.warnings = reader.warnings();
    parsed.bytesRead = reader.bytesRead();
    parsed.raggedRows = reader.raggedRowCount();
    return parsed;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list.append(QString::fromUtf8(cell));
    return list;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> table)
{
    QList<QStringList> list;
    for (const auto &cells : table)
        list.append(row(cells));
    return list;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rows({{"a", "b", "c"}, {"1", "2", "3"}})
                               << QList<qint64>{1, 2};
        QTest::newRow("no final line break")
            << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}}) << QList<qint64>{1, 2};
        QTest::newRow("quoted delimiter")
            << QByteArray("\"Smith, Ann\",x\n") << rows({{"Smith, Ann", "x"}}) << QList<qint64>{1};
        QTest::newRow("doubled quotes") << QByteArray("\"He said \"\"hi\"\"\",\"\"\"\"\n")
                                        << rows({{"He said \"hi\"", "\""}}) << QList<qint64>{1};
        QTest::newRow("empty quoted and unquoted")
            << QByteArray("\"\",,\"\"\n") << rows({{"", "", ""}}) << QList<qint64>{1};
        QTest::newRow("trailing delimiter")
            << QByteArray("a,b,\n1,2,\n") << rows({{"a", "b", ""}, {"1", "2", ""}}) << QList<qint64>{1, 2};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << rows({{" a ", " b "}}) << QList<qint64>{1};
        QTest::newRow("quoted LF moves later lines")
            << QByteArray("id,note\n1,\"first\nsecond\nthird\"\n2,after\n")
            << rows({{"id", "note"}, {"1", "first\nsecond\nthird"}, {"2", "after"}}) << QList<qint64>{1, 2, 5};
        QTest::newRow("quoted CRLF kept in value")
            << QByteArray("id,note\r\n1,\"a\r\nb\"\r\n2,x\r\n") << rows({{"id", "note"}, {"1", "a\r\nb"}, {"2", "x"}})
            << QList<qint64>{1, 2, 4};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}})
                              << QList<qint64>{1, 2, 3};
        QTest::newRow("CR only") << QByteArray("a,b\r1,2\r3,4\r") << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}})
                                 << QList<qint64>{1, 2, 3};
        QTest::newRow("mixed endings") << QByteArray("a,b\r\n1,2\n3,4\r5,6")
                                       << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}})
                                       << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("blank lines skipped but counted")
            << QByteArray("a,b\n\n\r\n1,2\n\n") << rows({{"a", "b"}, {"1", "2"}}) << QList<qint64>{1, 4};
        QTest::newRow("utf-8 text") << QByteArray("name,city\nJos\xC3\xA9,K\xC3\xB6ln \xF0\x9F\x98\x80\n")
                                    << rows({{"name", "city"}, {"José", "Köln 😀"}}) << QList<qint64>{1, 2};
        QTest::newRow("semicolon sniffed")
            << QByteArray("Name;Preis;Menge\nM\xC3\xBCller, Hans;12,50;3\nAnn;3,00;1\n")
            << rows({{"Name", "Preis", "Menge"}, {"Müller, Hans", "12,50", "3"}, {"Ann", "3,00", "1"}})
            << QList<qint64>{1, 2, 3};
        QTest::newRow("tab sniffed") << QByteArray("email\tfirst name\nann@example.com\tAnn, Marie\n")
                                     << rows({{"email", "first name"}, {"ann@example.com", "Ann, Marie"}})
                                     << QList<qint64>{1, 2};
        QTest::newRow("pipe sniffed, quoted pipe")
            << QByteArray("a|b|c\n1|\"x|y\"|3\n4|5|6\n") << rows({{"a", "b", "c"}, {"1", "x|y", "3"}, {"4", "5", "6"}})
            << QList<qint64>{1, 2, 3};
    }

    void parsesRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qint64>, lines);
        const Parsed parsed = parse(input);
        QVERIFY2(!parsed.failed, qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.rows, rows);
        QCOMPARE(parsed.lines, lines);
        QCOMPARE(parsed.bytesRead, qint64(input.size()));
    }

    void reportsFieldPositions()
    {
        const Parsed parsed = parse("id,note,x\n1,\"two\nlines\",  z\n");
        QVERIFY(!parsed.failed);
        const CsvRecord &record = parsed.records.at(1);
        QCOMPARE(record.line, 2);
        QCOMPARE(record.endLine, 3);
        QCOMPARE(record.positions.size(), 3);
        QCOMPARE(record.positions.at(0).line, 2);
        QCOMPARE(record.positions.at(0).column, 1);
        QCOMPARE(record.positions.at(1).column, 3);
        // The third field starts on the line the quoted line break led to.
        QCOMPARE(record.positions.at(2).line, 3);
        QCOMPARE(record.positions.at(2).column, 8);
    }

    void reportsLineEnding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<CsvLineEnding>("ending");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << CsvLineEnding::Lf;
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,\"x\ny\"\r\n") << CsvLineEnding::CrLf;
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << CsvLineEnding::Cr;
        QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n") << CsvLineEnding::Mixed;
        QTest::newRow("single line") << QByteArray("a,b") << CsvLineEnding::None;
    }

    void reportsLineEnding()
    {
        QFETCH(QByteArray, input);
        QFETCH(CsvLineEnding, ending);
        QCOMPARE(parse(input).format.lineEnding, ending);
    }

    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("override");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<bool>("hasBom");
        QTest::addColumn<QStringList>("firstRow");
        QTest::addColumn<QStringList>("secondRow");

        const QString text =
            QString::fromUtf8("email,name,attributes\nann@example.com,Müller €,\"{\"\"city\"\":\"\"Köln\"\"}\"\n");
        const QStringList header = row({"email", "name", "attributes"});
        const QStringList data = row({"ann@example.com", "Müller €", "{\"city\":\"Köln\"}"});
        // listmonk's import used to see "\uFEFFemail" as the first column and then found no email column.
        QTest::newRow("utf-8 BOM (listmonk)")
            << encode(text, QStringConverter::Utf8, true) << QString() << CsvEncoding::Utf8 << true << header << data;
        QTest::newRow("utf-8") << encode(text, QStringConverter::Utf8, false) << QString() << CsvEncoding::Utf8 << false
                               << header << data;
        QTest::newRow("utf-16le BOM") << encode(text, QStringConverter::Utf16LE, true) << QString()
                                      << CsvEncoding::Utf16LE << true << header << data;
        QTest::newRow("utf-16be BOM") << encode(text, QStringConverter::Utf16BE, true) << QString()
                                      << CsvEncoding::Utf16BE << true << header << data;
        QTest::newRow("utf-16le without BOM") << encode(text, QStringConverter::Utf16LE, false) << QString()
                                              << CsvEncoding::Utf16LE << false << header << data;
        QTest::newRow("windows-1252 chosen, UTF-8 BOM wins")
            << encode(text, QStringConverter::Utf8, true) << QStringLiteral("windows-1252") << CsvEncoding::Utf8 << true
            << header << data;
        QTest::newRow("utf-16 chosen, BE BOM wins")
            << encode(text, QStringConverter::Utf16BE, true) << QStringLiteral("utf-16") << CsvEncoding::Utf16BE << true
            << header << data;
        // What Excel on Western-European Windows saves: ü is 0xFC, € is 0x80 (not in Latin-1).
        QTest::newRow("windows-1252 detected")
            << QByteArray("email,name,attributes\nann@example.com,M\xFCller \x80,\"{\"\"city\"\":\"\"K\xF6ln\"\"}\"\n")
            << QString() << CsvEncoding::Windows1252 << false << header << data;
        QTest::newRow("override beats detection")
            << QByteArray("name\nM\xC3\xBCller\n") << QStringLiteral("windows-1252") << CsvEncoding::Windows1252
            << false << row({"name"}) << row({"MÃ¼ller"});
    }

    void decodesEncodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, override);
        QFETCH(CsvEncoding, encoding);
        QFETCH(bool, hasBom);
        QFETCH(QStringList, firstRow);
        QFETCH(QStringList, secondRow);
        CsvOptions options;
        options.encoding = *csvEncodingFromKey(override);
        const Parsed parsed = parse(input, options);
        QVERIFY2(!parsed.failed, qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.format.encoding, encoding);
        QCOMPARE(parsed.format.hasBom, hasBom);
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(0), firstRow);
        QCOMPARE(parsed.rows.at(1), secondRow);
        QVERIFY(!parsed.rows.at(0).at(0).startsWith(QChar::ByteOrderMark));
    }

    void warnsAboutInvalidBytesPastTheSample()
    {
        // The sample looks like UTF-8; a Windows-1252 byte turns up on line 4.
        QByteArray input("email,name\na@example.com,Ann\nb@example.com,Bob\nc@example.com,J\xFCrgen\n");
        CsvOptions options;
        options.sampleBytes = 16;
        const Parsed parsed = parse(input, options);
        QVERIFY(!parsed.failed);
        QCOMPARE(parsed.format.encoding, CsvEncoding::Utf8);
        QCOMPARE(parsed.rows.size(), 4);
        QCOMPARE(parsed.warnings.size(), 1);
        QCOMPARE(parsed.warnings.at(0).kind, CsvIssue::Kind::InvalidBytes);
        QCOMPARE(parsed.warnings.at(0).line, 4);
        QCOMPARE(parsed.warnings.at(0).column, 16);
        QVERIFY(parsed.warnings.at(0).message.contains(QStringLiteral("Windows-1252")));
    }

    void reportsRaggedRowsWithoutStopping()
    {
        const Parsed parsed = parse("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
        QVERIFY(!parsed.failed);
        QCOMPARE(parsed.rows.size(), 4);
        QCOMPARE(parsed.raggedRows, 2);
        QVERIFY(parsed.records.at(0).issues.isEmpty());
        QCOMPARE(parsed.records.at(1).issues.size(), 1);
        QCOMPARE(parsed.records.at(1).issues.at(0).kind, CsvIssue::Kind::FieldCount);
        QCOMPARE(parsed.records.at(1).issues.at(0).line, 2);
        QVERIFY2(parsed.records.at(1).issues.at(0).message.contains(QStringLiteral("Line 2 has 2 fields where 3")),
                 qPrintable(parsed.records.at(1).issues.at(0).message));
        QVERIFY(parsed.records.at(2).hasIssue(CsvIssue::Kind::FieldCount));
        QVERIFY(parsed.records.at(3).issues.isEmpty());
        QCOMPARE(parsed.records.at(1).value(2), QString());
    }

    void keepsStrayQuotesWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<qint64>("column");
        QTest::newRow("inch mark") << QByteArray("size,x\n27\" screen,y\n") << row({"27\" screen", "y"}) << qint64(3);
        QTest::newRow("text after closing quote")
            << QByteArray("size,x\n\"abc\"def,y\n") << row({"abc\"def", "y"}) << qint64(5);
    }

    void keepsStrayQuotesWithAWarning()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, row);
        QFETCH(qint64, column);
        const Parsed parsed = parse(input);
        QVERIFY(!parsed.failed);
        QCOMPARE(parsed.rows.at(1), row);
        QCOMPARE(parsed.records.at(1).issues.size(), 1);
        const CsvIssue &issue = parsed.records.at(1).issues.at(0);
        QCOMPARE(issue.kind, CsvIssue::Kind::StrayQuote);
        QCOMPARE(issue.line, 2);
        QCOMPARE(issue.column, column);

        CsvOptions strict;
        strict.strictQuotes = true;
        const Parsed refused = parse(input, strict);
        QVERIFY(refused.failed);
        QCOMPARE(refused.error.line, 2);
        QCOMPARE(refused.error.column, column);
        QCOMPARE(refused.rows.size(), 1);
    }

    void failsOnUnterminatedQuote()
    {
        const Parsed parsed = parse("email,note\na@example.com,ok\nb@example.com,\"never closed\nc@example.com,x\n");
        QVERIFY(parsed.failed);
        QCOMPARE(parsed.rows.size(), 2); // the rows before it were delivered
        QCOMPARE(parsed.error.line, 3);
        QCOMPARE(parsed.error.column, 15);
        QCOMPARE(parsed.error.file, QStringLiteral("contacts.csv"));
        QVERIFY2(parsed.error.message.contains(QStringLiteral("line 3")), qPrintable(parsed.error.message));
        QVERIFY(parsed.error.message.contains(QStringLiteral("never closed")));
        QVERIFY(parsed.error.toString().startsWith(QStringLiteral("contacts.csv:3:15: ")));
    }

    void failsOnOverlongField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::newRow("unquoted") << QByteArray("a,b\nx,") + QByteArray(40, 'z') + "\n" << qint64(2) << qint64(3);
        QTest::newRow("quoted over lines")
            << QByteArray("a,b\n\n1,\"") + QByteArray(20, 'z') + "\n" + QByteArray(20, 'z') + "\"\n"
            << qint64(3) << qint64(3);
        QTest::newRow("quote never closed")
            << QByteArray("a,b\n1,\"") + QByteArray(100, '\n') << qint64(2) << qint64(3);
    }

    void failsOnOverlongField()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        CsvOptions options;
        options.maxFieldChars = 32;
        options.chunkBytes = 7; // the limit must hold while the field is still being gathered
        options.sampleBytes = 7;
        const Parsed parsed = parse(input, options);
        QVERIFY(parsed.failed);
        QCOMPARE(parsed.error.line, line);
        QCOMPARE(parsed.error.column, column);
        QVERIFY2(parsed.error.message.contains(QStringLiteral("longer than 32 characters")),
                 qPrintable(parsed.error.message));
        QVERIFY(parsed.error.message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)));
    }

    void failsOnOverlongRecord()
    {
        QByteArray input("a,b\n1,2\n");
        for (int i = 0; i < 20; ++i)
            input += QByteArray(10, 'x') + ',';
        input += "\n";
        CsvOptions options;
        options.maxRecordChars = 100;
        options.chunkBytes = 16;
        options.sampleBytes = 16;
        const Parsed parsed = parse(input, options);
        QVERIFY(parsed.failed);
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.error.line, 3);
        QVERIFY2(parsed.error.message.contains(QStringLiteral("row starting on line 3 is longer than 100")),
                 qPrintable(parsed.error.message));
    }

    void honoursExpectedFieldCountAndEmptyLines()
    {
        CsvOptions options;
        options.expectedFieldCount = 3;
        options.skipEmptyLines = false;
        const Parsed parsed = parse("a,b\n\n1,2,3\n", options);
        QVERIFY(!parsed.failed);
        QCOMPARE(parsed.rows, rows({{"a", "b"}, {""}, {"1", "2", "3"}}));
        QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 3}));
        QVERIFY(parsed.records.at(0).hasIssue(CsvIssue::Kind::FieldCount));
        QVERIFY(parsed.records.at(1).hasIssue(CsvIssue::Kind::FieldCount));
        QVERIFY(parsed.records.at(2).issues.isEmpty());
    }

    void refusesUnreadableInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("The file is empty.");
        QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\n") << QStringLiteral("no rows");
        static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        const QByteArray png(pngHeader, sizeof(pngHeader) - 1);
        QTest::newRow("png") << png + QByteArray(200, '\0') << QStringLiteral("binary data");
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise += char((i * 7919 + 13) % 251 + 1); // no NULs, but control characters throughout
        QTest::newRow("noise without NULs") << noise << QStringLiteral("binary data");
    }

    void refusesAQuoteAsDelimiter()
    {
        CsvOptions options;
        options.delimiter = QLatin1Char('"');
        const Parsed parsed = parse("a,b\n", options);
        QVERIFY(parsed.failed);
        QVERIFY(parsed.error.message.contains(QStringLiteral("another delimiter")));
    }

    void refusesUnreadableInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        const Parsed parsed = parse(input);
        QVERIFY(parsed.failed);
        QVERIFY(parsed.rows.isEmpty());
        QVERIFY2(parsed.error.message.contains(reason), qPrintable(parsed.error.message));
        QCOMPARE(parsed.error.file, QStringLiteral("contacts.csv"));
    }

    void headerOnlyFileIsNotAnError()
    {
        const Parsed parsed = parse("\xEF\xBB\xBF\"Email Address\",\"First Name\"\r\n");
        QVERIFY(!parsed.failed);
        QCOMPARE(parsed.rows, (rows({{"Email Address", "First Name"}})));
    }

    void startReportsFormatBeforeTheFirstRecord()
    {
        QBuffer buffer;
        buffer.setData("a;b\r\n1;2\r\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        auto format = reader.start();
        QVERIFY(format.ok());
        QCOMPARE(format->delimiter, QLatin1Char(';'));
        QCOMPARE(format->encoding, CsvEncoding::Utf8);
        QCOMPARE(reader.totalBytes(), 10);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, (row({"a", "b"})));
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "test_csv.moc"
