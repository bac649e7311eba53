// bench: CSV reader throughput on a generated Mailchimp-layout file (1,000,000 rows x 20 columns; arg: rows)
//
// bench_csv [ROWS]          generates ROWS and 100,000 rows, parses each in a child process (so that peak RSS is
//                           the parse's own), and times `sqlite3 .import --csv` of the big file for reference.
// bench_csv --parse FILE    the child: parses FILE with CsvReader and prints "records bytes seconds hwm0 hwm1".
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace herald;

namespace {

// Peak resident set size so far, in KiB.
qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The columns of a Mailchimp audience export (subscribed) with realistic values: quoted dates, non-ASCII names,
// a quoted NOTES cell with a comma now and then, TAGS with doubled quotes.
bool generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\"Email Address\",\"First Name\",\"Last Name\",Birthday,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,"
               "CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,"
               "TAGS\n");
    const char *first[] = {"Ann", "Bob", "José", "Zoë", "Marie-Claire", "Jürgen", "Li", "Siobhán", "Ahmed", ""};
    const char *last[] = {"Smith", "Müller", "García", "O'Brien", "Nguyen", "Dubois", "Kowalski", "Rossi", ""};
    const char *zones[] = {"America/New_York", "europe/berlin", "America/Los_Angeles", "Europe/London", ""};
    const char *countries[] = {"US", "DE", "US", "GB", "FR"};
    const char *tags[] = {"", "\"\"\"VIP\"\"\"", "\"\"\"VIP\"\",\"\"Blog\"\"\"", "Newsletter"};
    std::mt19937 random(42);
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 r = random();
        const int zone = r % 5;
        const QByteArray date = QByteArray("\"20") + QByteArray::number(15 + r % 9) + "-0" +
                                QByteArray::number(1 + r % 9) + "-1" + QByteArray::number(r % 10) + " 1" +
                                QByteArray::number(r % 10) + ":4" + QByteArray::number(r % 10) + ":47\"";
        chunk += "user" + QByteArray::number(i) + "@example.com," + first[r % 10] + ',' + last[(r >> 4) % 9] + ',' +
                 (r % 3 == 0 ? QByteArray("03/14") : QByteArray()) + ',' + QByteArray::number(1 + r % 5) + ',' + date +
                 ",192.168." + QByteArray::number(r % 256) + '.' + QByteArray::number((r >> 8) % 256) + ',' + date +
                 ",10.0.0." + QByteArray::number((r >> 16) % 256) + ",40." + QByteArray::number(r % 10000000) +
                 ",-73." + QByteArray::number((r >> 3) % 10000000) + ",-5,-4," + zones[zone] + ',' + countries[zone] +
                 ",NY," + date + ',' + QByteArray::number(r) + ',' + QByteArray::number(r ^ 0x5bd1e995u, 16) + ',' +
                 tags[(r >> 5) % 4] + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

int parseChild(const QString &path)
{
    const qint64 hwmBefore = peakRssKib();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(&file);
    CsvRecord record;
    qint64 characters = 0; // used, so that nothing is optimised away
    while (reader.next(record)) {
        for (const QString &field : record.fields)
            characters += field.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (reader.hasError()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
        return 1;
    }
    std::printf("%lld %lld %.6f %lld %lld %lld\n", reader.recordCount(), reader.bytesRead(), seconds, hwmBefore,
                peakRssKib(), characters);
    return 0;
}

struct Run
{
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 0;
    qint64 hwmBefore = 0;
    qint64 hwmAfter = 0;
    bool ok = false;
};

Run runChild(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--parse"), path});
    Run run;
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", child.readAllStandardError().constData());
        return run;
    }
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    run.rows = parts.value(0).toLongLong();
    run.bytes = parts.value(1).toLongLong();
    run.seconds = parts.value(2).toDouble();
    run.hwmBefore = parts.value(3).toLongLong();
    run.hwmAfter = parts.value(4).toLongLong();
    run.ok = true;
    return run;
}

// Best of `times` runs: the machine is shared, the minimum is the least disturbed.
Run bestOf(const QString &path, int times)
{
    Run best;
    for (int i = 0; i < times; ++i) {
        const Run run = runChild(path);
        if (run.ok && (!best.ok || run.seconds < best.seconds))
            best = run;
    }
    return best;
}

double sqliteImportSeconds(const QString &csv, const QString &db)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    QFile::remove(db);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite, {db, QStringLiteral(".import --csv '%1' contacts").arg(csv)});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1StringView("--parse"))
        return parseChild(args.at(2));

    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    if (rows <= 0 || !dir.isValid())
        return 2;
    const qint64 smallRows = std::min<qint64>(100'000, rows);
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    if (!generate(small, smallRows) || !generate(big, rows))
        return 2;

    const Run smallRun = bestOf(small, 3);
    const Run bigRun = bestOf(big, 3);
    if (!smallRun.ok || !bigRun.ok)
        return 1;
    const double sqlite = sqliteImportSeconds(big, dir.filePath(QStringLiteral("import.db")));

    std::printf("%-10s %10s %9s %9s %12s %14s %14s\n", "rows", "MB", "seconds", "MB/s", "rows/s", "RSS start MiB",
                "RSS peak MiB");
    for (const Run &run : {smallRun, bigRun}) {
        const double mb = double(run.bytes) / 1e6;
        std::printf("%-10lld %10.1f %9.3f %9.1f %12.0f %14.1f %14.1f\n", run.rows - 1, mb, run.seconds,
                    mb / run.seconds, double(run.rows - 1) / run.seconds, double(run.hwmBefore) / 1024,
                    double(run.hwmAfter) / 1024);
    }
    const double growth = double(bigRun.hwmAfter - smallRun.hwmAfter) / 1024;
    std::printf("peak RSS growth from %lld to %lld rows: %.1f MiB\n", smallRun.rows - 1, bigRun.rows - 1, growth);
    if (sqlite > 0) {
        std::printf("sqlite3 .import --csv of the %lld-row file: %.3f s (reader alone takes %.2f of that)\n",
                    bigRun.rows - 1, sqlite, bigRun.seconds / sqlite);
    }
    const double mb = double(bigRun.bytes) / 1e6;
    std::printf("RESULT rows=%lld mb=%.1f seconds=%.3f mb_per_s=%.1f rows_per_s=%.0f rss_small_mib=%.1f "
                "rss_big_mib=%.1f rss_growth_mib=%.1f sqlite_import_s=%.3f reader_vs_sqlite=%.3f\n",
                bigRun.rows - 1, mb, bigRun.seconds, mb / bigRun.seconds, double(bigRun.rows - 1) / bigRun.seconds,
                double(smallRun.hwmAfter) / 1024, double(bigRun.hwmAfter) / 1024, growth, sqlite,
                sqlite > 0 ? bigRun.seconds / sqlite : -1.0);
    return 0;
}
