// The reader sees a file chunk by chunk: every record, quote, CRLF and multi-byte character must survive being cut
// at any byte.
#include "csv/csvencoding.h"
#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

struct Table
{
    QByteArray bytes;
    QList<QStringList> rows;
    QList<qint64> lines;
};

QString quoted(const QString &cell)
{
    const bool needs = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r') ||
                       (!cell.isEmpty() && (cell.front() == u' ' || cell.back() == u' '));
    if (!needs)
        return cell;
    QString out = cell;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray encodeText(const QString &text, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE:
        return QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(text);
    case CsvEncoding::Utf16BE:
        return QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom).encode(text);
    case CsvEncoding::Windows1252: {
        QByteArray bytes;
        for (QChar c : text)
            bytes += char(windows1252::fromUnicode(c.unicode()));
        return bytes;
    }
    default:
        return text.toUtf8();
    }
}

// Rows mixing quoted delimiters, doubled quotes, quoted CRLF/LF, empty cells and non-ASCII text, with LF and CRLF
// record ends, and the physical line each row starts on.
Table makeTable(int rowCount, CsvEncoding encoding)
{
    QStringList pool = {
        QStringLiteral("plain"),        QStringLiteral("Smith, Ann"), QStringLiteral("say \"hi\""),
        QStringLiteral("two\r\nlines"), QStringLiteral("one\nmore"),  QString(),
        QStringLiteral(" spaced "),     QString::fromUtf8("Müller"),  QString::fromUtf8("€ 12,50"),
        QString::fromUtf8("ünïcödé"),   QStringLiteral("\"\""),       QStringLiteral("a\r\n\r\nb"),
    };
    if (encoding != CsvEncoding::Windows1252)
        pool += {QString::fromUtf8("😀 smile"), QString::fromUtf8("日本語")};
    Table table;
    QString text;
    qint64 line = 1;
    for (int r = 0; r < rowCount; ++r) {
        QStringList row;
        for (int c = 0; c < 5; ++c)
            row.append(pool.at((r * 3 + c * 7 + r / 5) % pool.size()));
        row[0] = QString::number(r); // never an all-empty row, which would be an empty line
        QStringList cells;
        qint64 breaks = 0;
        for (const QString &cell : row) {
            cells.append(quoted(cell));
            breaks += cell.count(u'\n');
        }
        text += cells.join(u',') + (r % 3 == 0 ? QStringLiteral("\n") : QStringLiteral("\r\n"));
        table.rows.append(row);
        table.lines.append(line);
        line += 1 + breaks;
    }
    table.bytes = encodeText(text, encoding);
    return table;
}

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    bool failed = false;
    QString error;
    CsvFormat format;
};

Parsed parse(const QByteArray &bytes, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        parsed.rows.append(record.fields);
        parsed.lines.append(record.line);
    }
    parsed.failed = reader.hasError();
    parsed.error = reader.error().toString();
    parsed.format = reader.format();
    return parsed;
}

} // namespace

class TestCsvStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesAnyChunkBoundary_data()
    {
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("detect");
        for (CsvEncoding encoding :
             {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252}) {
            for (int chunk : {1, 2, 3, 4, 5, 7, 13, 64, 4096}) {
                for (bool detect : {false, true}) {
                    const QString name = csvEncodingKey(encoding) + QStringLiteral(" chunk ") + QString::number(chunk) +
                                         (detect ? QStringLiteral(" detect") : QString());
                    QTest::newRow(qPrintable(name)) << encoding << chunk << detect;
                }
            }
        }
    }

    void survivesAnyChunkBoundary()
    {
        QFETCH(CsvEncoding, encoding);
        QFETCH(int, chunk);
        QFETCH(bool, detect);
        const Table table = makeTable(300, encoding);
        CsvOptions options;
        options.chunkBytes = chunk;
        if (detect) {
            // Detection needs a sample with some non-ASCII text in it; the rest still arrives in small chunks.
            options.sampleBytes = 1024;
        } else {
            options.sampleBytes = chunk;
            options.encoding = encoding;
            options.delimiter = QLatin1Char(',');
        }
        const Parsed parsed = parse(table.bytes, options);
        QVERIFY2(!parsed.failed, qPrintable(parsed.error));
        QCOMPARE(parsed.format.encoding, encoding);
        QCOMPARE(parsed.format.delimiter, QLatin1Char(','));
        QCOMPARE(parsed.format.lineEnding, CsvLineEnding::Mixed);
        QCOMPARE(parsed.rows.size(), table.rows.size());
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            QCOMPARE(parsed.rows.at(i), table.rows.at(i));
            QCOMPARE(parsed.lines.at(i), table.lines.at(i));
        }
    }

    void crlfSplitAcrossChunksIsOneLineBreak()
    {
        CsvOptions options;
        options.chunkBytes = 4;
        options.sampleBytes = 4; // "a,b\r" | "\n1,2" | "\r" ...
        options.delimiter = QLatin1Char(',');
        const Parsed parsed = parse("a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n4,5\r\n", options);
        QVERIFY2(!parsed.failed, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 4);
        QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 3, 5}));
        QCOMPARE(parsed.rows.at(2).at(1), QStringLiteral("x\r\ny"));
        QCOMPARE(parsed.format.lineEnding, CsvLineEnding::CrLf);
    }

    void multiByteCharacterSplitAcrossChunks()
    {
        CsvOptions options;
        options.chunkBytes = 5;
        options.sampleBytes = 5;
        // "na,J" | "\xC3\xA9" split as "...\xC3" | "\xA9..." and a 4-byte emoji split 1+3.
        const QByteArray input("na,Jo\xC3\xA9z,\xF0\x9F\x98\x80!\n");
        const Parsed parsed = parse(input, options);
        QVERIFY2(!parsed.failed, qPrintable(parsed.error));
        QCOMPARE(parsed.format.encoding, CsvEncoding::Utf8);
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.rows.at(0),
                 (QStringList{QStringLiteral("na"), QString::fromUtf8("Joéz"), QString::fromUtf8("😀!")}));
    }

    void streamsALargeFileWithProgress()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\"Email Address\",\"First Name\",\"Last Name\",NOTES\r\n");
        const int rows = 50000;
        for (int i = 0; i < rows; ++i) {
            file.write(QStringLiteral("user%1@example.com,Ann,\"M%2ller, Jr.\",\"note %1\nsecond line\"\r\n")
                           .arg(i)
                           .arg(QChar(0xFC))
                           .toUtf8());
        }
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvOptions options;
        options.chunkBytes = 4093; // odd, so records and CRLFs land across boundaries everywhere
        CsvReader reader(&file, options);
        CsvRecord record;
        qint64 records = 0;
        qint64 lastProgress = 0;
        bool progressMoved = false;
        while (reader.next(record)) {
            ++records;
            QVERIFY(reader.bytesRead() >= lastProgress);
            QVERIFY(reader.bytesRead() <= reader.totalBytes());
            progressMoved = progressMoved || (lastProgress > 0 && reader.bytesRead() > lastProgress);
            lastProgress = reader.bytesRead();
            if (records > 1) {
                const qint64 row = records - 2;
                QCOMPARE(record.line, 2 + 2 * row); // each row spans two physical lines
                QCOMPARE(record.at(0), QStringLiteral("user%1@example.com").arg(row));
                QCOMPARE(record.at(2), QString::fromUtf8("Müller, Jr."));
                QCOMPARE(record.at(3), QStringLiteral("note %1\nsecond line").arg(row));
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QCOMPARE(records, rows + 1);
        QCOMPARE(reader.recordCount(), rows + 1);
        QCOMPARE(reader.bytesRead(), file.size());
        QVERIFY(progressMoved);
        QCOMPARE(reader.raggedRowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestCsvStreaming)
#include "test_csvstreaming.moc"
