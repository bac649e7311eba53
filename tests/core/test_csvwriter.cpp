#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
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

QByteArray writeRows(const QList<QStringList> &rows, const CsvWriteOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    for (const QStringList &cells : rows) {
        auto written = writer.writeRow(cells);
        if (!written)
            qFatal("writeRow failed: %s", qPrintable(written.error().toString()));
    }
    auto finished = writer.finish();
    if (!finished)
        qFatal("finish failed: %s", qPrintable(finished.error().toString()));
    return buffer.data();
}

QList<QStringList> readRows(const QByteArray &bytes, CsvFormat *format = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(record.fields);
    if (reader.hasError())
        qWarning("read failed: %s", qPrintable(reader.error().toString()));
    if (format)
        *format = reader.format();
    return rows;
}

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return text.left(text.indexOf(QStringLiteral("\r\n")));
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<CsvLineEnding>("lineEnding");
        QTest::newRow("utf-8 comma CRLF") << QChar(u',') << CsvEncoding::Utf8 << false << CsvLineEnding::CrLf;
        QTest::newRow("utf-8 BOM semicolon LF") << QChar(u';') << CsvEncoding::Utf8 << true << CsvLineEnding::Lf;
        QTest::newRow("utf-16le tab CRLF") << QChar(u'\t') << CsvEncoding::Utf16LE << true << CsvLineEnding::CrLf;
        QTest::newRow("utf-16be pipe LF") << QChar(u'|') << CsvEncoding::Utf16BE << true << CsvLineEnding::Lf;
        QTest::newRow("windows-1252 comma CR") << QChar(u',') << CsvEncoding::Windows1252 << false << CsvLineEnding::Cr;
    }

    void roundTrips()
    {
        QFETCH(QChar, delimiter);
        QFETCH(CsvEncoding, encoding);
        QFETCH(bool, bom);
        QFETCH(CsvLineEnding, lineEnding);
        QList<QStringList> rows = {
            row({"Email Address", "First Name", "Notes", "Tags"}),
            row({"ann@example.com", "Smith, Ann", "said \"hi\"", "\"VIP\",\"Blog\""}),
            row({"bob@example.com", "", "two\r\nlines", " padded "}),
            row({"cy@example.com", "Müller €", "one\nline\rbreak", "a;b|c\td"}),
            row({"", "", "", ""}),
            row({"'quoted", "=not escaped when off", "-12.5", "@home"}),
            row({""}),
            row({"last"}),
        };
        if (encoding != CsvEncoding::Windows1252)
            rows.append(row({"dee@example.com", "日本語", "😀", "\u00A0nbsp"}));
        CsvWriteOptions options;
        options.delimiter = delimiter;
        options.encoding = encoding;
        options.writeBom = bom;
        options.lineEnding = lineEnding;
        options.escapeFormulas = false;
        const QByteArray bytes = writeRows(rows, options);
        CsvFormat format;
        QCOMPARE(readRows(bytes, &format), rows);
        QCOMPARE(format.encoding, encoding);
        QCOMPARE(format.delimiter, delimiter);
        QCOMPARE(format.hasBom, bom);
        QCOMPARE(format.lineEnding, lineEnding);
    }

    void escapesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("DDE payload") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus expression") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("minus expression") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("formula with comma")
            << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("phone with spaces") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
        // Plain numbers are data, not formulas: a spreadsheet must still see them as numbers.
        QTest::newRow("negative decimal") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::newRow("negative decimal comma") << QStringLiteral("-12,5") << QStringLiteral("\"-12,5\"");
        QTest::newRow("plus integer") << QStringLiteral("+4915112345678") << QStringLiteral("+4915112345678");
        QTest::newRow("exponent") << QStringLiteral("-1.5e-3") << QStringLiteral("-1.5e-3");
        QTest::newRow("not at the start") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void escapesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const QByteArray bytes = writeRows({{cell, QStringLiteral("x")}}, {});
        QCOMPARE(firstLine(bytes), written + QStringLiteral(",x"));
        QCOMPARE(CsvWriter::needsFormulaEscape(cell), written.contains(u'\''));
        // Switched off, the cell is written as it is (quoted only where CSV needs it).
        CsvWriteOptions plain;
        plain.escapeFormulas = false;
        QCOMPARE(readRows(writeRows({{cell, QStringLiteral("x")}}, plain)).value(0).value(0), cell);
    }

    void quotesOnlyWhereNeeded()
    {
        const QByteArray bytes =
            writeRows({row({"plain", "a,b", "q\"q", " lead", "trail ", "line\nbreak", "semi;colon"})}, {});
        QCOMPARE(bytes, QByteArray("plain,\"a,b\",\"q\"\"q\",\" lead\",\"trail \",\"line\nbreak\",semi;colon\r\n"));
        CsvWriteOptions semicolon;
        semicolon.delimiter = QLatin1Char(';');
        semicolon.lineEnding = CsvLineEnding::Lf;
        QCOMPARE(writeRows({row({"a,b", "semi;colon"})}, semicolon), QByteArray("a,b;\"semi;colon\"\n"));
    }

    void writesEncodingBytes_data()
    {
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8") << CsvEncoding::Utf8 << false << QByteArray("\xE2\x82\xAC,\xC3\xBC\r\n");
        QTest::newRow("utf-8 BOM") << CsvEncoding::Utf8 << true << QByteArray("\xEF\xBB\xBF\xE2\x82\xAC,\xC3\xBC\r\n");
        QTest::newRow("utf-16le") << CsvEncoding::Utf16LE << false
                                  << QByteArray("\xFF\xFE\xAC\x20,\0\xFC\0\r\0\n\0", 12);
        QTest::newRow("utf-16be") << CsvEncoding::Utf16BE << false
                                  << QByteArray("\xFE\xFF\x20\xAC\0,\0\xFC\0\r\0\n", 12);
        QTest::newRow("windows-1252") << CsvEncoding::Windows1252 << false << QByteArray("\x80,\xFC\r\n");
        QTest::newRow("windows-1252 never has a BOM")
            << CsvEncoding::Windows1252 << true << QByteArray("\x80,\xFC\r\n");
    }

    void writesEncodingBytes()
    {
        QFETCH(CsvEncoding, encoding);
        QFETCH(bool, bom);
        QFETCH(QByteArray, bytes);
        CsvWriteOptions options;
        options.encoding = encoding;
        options.writeBom = bom;
        QCOMPARE(writeRows({row({"€", "ü"})}, options), bytes);
    }

    void refusesUnencodableCharacters()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriteOptions options;
        options.encoding = CsvEncoding::Windows1252;
        options.fileName = QStringLiteral("export.csv");
        CsvWriter writer(&buffer, options);
        QVERIFY(writer.writeRow(row({"email", "name"})).ok());
        auto refused = writer.writeRow(row({"li@example.com", "李 Li"}));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Row 2, column 2")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("U+674E")));
        QCOMPARE(refused.error().file, QStringLiteral("export.csv"));
        QVERIFY(writer.finish().ok());
        QCOMPARE(buffer.data(), QByteArray("email,name\r\n")); // no half row
        QCOMPARE(writer.rowsWritten(), 1);
    }

    void replacesUnencodableCharactersWhenAsked()
    {
        CsvWriteOptions options;
        options.encoding = CsvEncoding::Windows1252;
        options.unencodable = CsvUnencodable::Replace;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, options);
        QVERIFY(writer.writeRow(row({"李 Li", "😀", "Müller"})).ok());
        QVERIFY(writer.finish().ok());
        QCOMPARE(buffer.data(), QByteArray("? Li,?,M\xFCller\r\n"));
        QCOMPARE(writer.replacedCharacters(), 2);
    }

    void reportsWriteFailure()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly); // cannot be written to
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRow(row({"a", "b"})).ok()); // buffered
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        auto finished = writer.finish();
        QVERIFY(!finished.ok());
        QVERIFY(finished.error().message.contains(QStringLiteral("could not be written")));
        QVERIFY(!writer.writeRow(row({"c"})).ok());
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
