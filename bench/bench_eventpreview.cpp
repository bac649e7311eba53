// bench: activity import preview (what the wizard waits for after a file is chosen) on a large file, against reading it
//
// The wizard's first look at a file runs previewEventImport. For most files it reads a sample and returns; when the
// sample's numeric dates could be day- or month-first it reads the whole date column, as the import would. This
// program measures both cases on a generated opens file and compares them with one plain CsvReader pass over the
// same file (the least any whole-file look can cost).
//   bench_eventpreview [ROWS]   (default 1,000,000)

#include "csv/csvreader.h"
#include "import/eventpreview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace herald;

namespace {

// Opens of many contacts; `ambiguous`: every date reads both ways (day and month at most 12) but the last.
bool writeOpens(const QString &path, qint64 rows, bool ambiguous)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("email,event,timestamp,campaign\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const int day = 1 + int(i % 12);
        const int month = 1 + int((i / 12) % 12);
        line = ambiguous ? QStringLiteral("person%1@example.com,open,%2/%3/2024 09:%4,News %5\n")
                               .arg(i % 200000)
                               .arg(day, 2, 10, QLatin1Char('0'))
                               .arg(month, 2, 10, QLatin1Char('0'))
                               .arg(int(i % 60), 2, 10, QLatin1Char('0'))
                               .arg(i % 40)
                               .toUtf8()
                         : QStringLiteral("person%1@example.com,open,2024-%2-%3T09:%4:00Z,News %5\n")
                               .arg(i % 200000)
                               .arg(month, 2, 10, QLatin1Char('0'))
                               .arg(day, 2, 10, QLatin1Char('0'))
                               .arg(int(i % 60), 2, 10, QLatin1Char('0'))
                               .arg(i % 40)
                               .toUtf8();
        file.write(line);
    }
    if (ambiguous)
        file.write("last@example.com,open,25/12/2024 09:00,News 1\n"); // settles it: day first
    return true;
}

double previewMs(const QString &path, EventImportPreview *out)
{
    EventImportOptions options;
    options.filePath = path;
    QElapsedTimer timer;
    timer.start();
    auto preview = previewEventImport(options, QTimeZone::utc());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!preview.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.error().toString()));
        return -1;
    }
    *out = std::move(preview).value();
    return ms;
}

double readMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(&file, CsvOptions());
    CsvRecord record;
    qint64 rows = 0;
    while (reader.next(record))
        ++rows;
    return rows > 0 ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("opens_iso.csv"));
    const QString ambiguous = dir.filePath(QStringLiteral("opens_ambiguous.csv"));
    if (!writeOpens(plain, rows, false) || !writeOpens(ambiguous, rows, true))
        return 1;

    EventImportPreview isoPreview, ambiguousPreview;
    const double iso = previewMs(plain, &isoPreview);
    const double scanned = previewMs(ambiguous, &ambiguousPreview);
    const double read = readMs(ambiguous);
    if (iso < 0 || scanned < 0 || read < 0)
        return 1;
    const bool settled = ambiguousPreview.dateOrder == DateOrder::DayFirst && !ambiguousPreview.dateOrderNeedsAnswer;

    QTextStream out(stdout);
    out << QStringLiteral("Activity preview of %L1 rows (%2 MB)\n")
               .arg(rows)
               .arg(QFile(ambiguous).size() / 1e6, 0, 'f', 1);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("case"), -44).arg(QStringLiteral("ms"), 10);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("preview, ISO dates (sample only)"), -44).arg(iso, 10, 'f', 1);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("preview, ambiguous dates (whole-file scan)"), -44)
               .arg(scanned, 10, 'f', 1);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("one CsvReader pass over the same file"), -44)
               .arg(read, 10, 'f', 1);
    out << QStringLiteral("rows estimated from the sample: %L1 (exact %L2); date order settled by the last row: %3\n")
               .arg(isoPreview.rows)
               .arg(rows)
               .arg(settled ? QStringLiteral("yes") : QStringLiteral("no"));
    out << QStringLiteral(
               "RESULT rows=%1 sample_ms=%2 scan_ms=%3 read_ms=%4 scan_ratio=%5 estimate_error=%6 settled=%7\n")
               .arg(rows)
               .arg(iso, 0, 'f', 1)
               .arg(scanned, 0, 'f', 1)
               .arg(read, 0, 'f', 1)
               .arg(scanned / read, 0, 'f', 2)
               .arg(double(isoPreview.rows - rows) / double(rows), 0, 'f', 3)
               .arg(settled ? 1 : 0);
    return settled ? 0 : 1;
}
