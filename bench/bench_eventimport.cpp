// bench: events import vs sqlite3 .import
//
// bench/run eventimport [EVENTS]   EVENTS defaults to 10,000,000.
// Generates EVENTS rows of a generic activity CSV (email, event, timestamp, campaign, url, revenue) over 100,000
// contacts and 400 campaigns: sends, opens (some a few seconds after the send: machine opens), clicks, purchases,
// bounces, unsubscribes. Times the sqlite3 shell's `.import --csv` of the file into an unindexed table of a new
// database file, and Herald's import of the same file into a workspace that already has the contacts (in a child
// process, so its peak RSS is the import's own). Prints where Herald's time goes, stage by stage.
// bench_eventimport --import CSV WORKSPACE   the child.
// bench_eventimport --generate CSV WORKSPACE EVENTS   writes the inputs and stops (for profiling the child).
#include "import/eventimport.h"
#include "indexmaintenance.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <random>

#include <sys/resource.h>
#include <unistd.h>

using namespace herald;

namespace {

constexpr int contactCount = 100'000;
constexpr int campaignCount = 400;

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds of the calling thread (RUSAGE_THREAD) or of the whole process (RUSAGE_SELF).
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

class CsvGenerator
{
public:
    explicit CsvGenerator(QFile &file) : m_file(file) {}

    void row(int contact, const char *event, qint64 at, int campaign, const QByteArray &url = {}, double revenue = 0)
    {
        char line[256];
        const QDateTime time = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
        const QDate date = time.date();
        const QTime clock = time.time();
        int n = std::snprintf(line, sizeof line, "contact%d@example.com,%s,%04d-%02d-%02dT%02d:%02d:%02dZ,Campaign %d,",
                              contact, event, date.year(), date.month(), date.day(), clock.hour(), clock.minute(),
                              clock.second(), campaign);
        m_buffer.append(line, n);
        m_buffer.append(url);
        if (revenue > 0) {
            n = std::snprintf(line, sizeof line, ",%.2f\n", revenue);
            m_buffer.append(line, n);
        } else {
            m_buffer.append(",\n");
        }
        ++m_rows;
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
    qint64 rows() const { return m_rows; }

private:
    QFile &m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

// Campaign by campaign, each to a random fifth of the contacts, as an ESP's activity export lists them.
bool generate(const QString &path, qint64 events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("email,event,timestamp,campaign,url,revenue\n");
    CsvGenerator out(file);
    std::mt19937_64 random(7);
    auto uniform = [&](qint64 low, qint64 high) {
        return low + static_cast<qint64>(random() % static_cast<quint64>(high - low + 1));
    };
    auto chance = [&](double p) { return static_cast<double>(random() % 1'000'000) < p * 1e6; };
    const qint64 start = QDateTime(QDate(2023, 1, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 perCampaign = std::max<qint64>(1, events / campaignCount);
    for (int campaign = 0; out.rows() < events; ++campaign) {
        const qint64 sentAt = start + qint64(campaign % 1000) * 86'400;
        const qint64 until = std::min(events, out.rows() + perCampaign);
        while (out.rows() < until) {
            const int contact = static_cast<int>(uniform(0, contactCount - 1));
            const qint64 send = sentAt + uniform(0, 1800);
            out.row(contact, "send", send, campaign);
            if (chance(0.005)) {
                out.row(contact, "bounce", send + uniform(2, 60), campaign);
                continue;
            }
            if (!chance(0.30))
                continue;
            const qint64 open = chance(0.15) ? send + uniform(1, 8) : send + uniform(120, 172'800);
            out.row(contact, "open", open, campaign);
            if (chance(0.002))
                out.row(contact, "unsubscribe", open + uniform(20, 300), campaign);
            if (!chance(0.25))
                continue;
            const qint64 click = open + uniform(10, 600);
            out.row(contact, "click", click, campaign,
                    "https://shop.example.com/p/" + QByteArray::number(uniform(1, 40)));
            if (chance(0.10))
                out.row(contact, "purchase", click + uniform(300, 7200), campaign, {},
                        static_cast<double>(uniform(500, 30'000)) / 100.0);
        }
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

bool prepareWorkspace(const QString &path)
{
    auto workspace = Workspace::open(path);
    if (!workspace.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return false;
    }
    Database &db = (*workspace)->db();
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT INTO contacts(email, email_key, status, created_at, updated_at) "
                                  "VALUES (?1, ?1, 1, 1700000000, 1700000000)");
    for (int i = 0; i < contactCount; ++i)
        insert.bind(1, QStringLiteral("contact%1@example.com").arg(i)).exec();
    transaction.commit();
    return true;
}

int importChild(const QString &csv, const QString &path)
{
    auto workspace = Workspace::open(path);
    if (!workspace.ok())
        return 2;
    QElapsedTimer timer;
    timer.start();
    struct Stage
    {
        QString name;
        qint64 startNs = 0;
        double writerCpu = 0; // the calling (writing) thread's CPU seconds when the stage began
    };
    QList<Stage> stages; // "Importing <file>" folded into one
    JobControl control;
    control.progress = [&](qint64, qint64, const QString &stage) {
        const QString name = stage.startsWith(QLatin1StringView("Importing")) ? QStringLiteral("Importing") : stage;
        if (stages.isEmpty() || stages.constLast().name != name)
            stages.append({name, timer.nsecsElapsed(), cpuSeconds(RUSAGE_THREAD)});
    };
    EventImportOptions options;
    options.exclusive = true; // as `herald import events` runs it
    options.filePath = csv;
    options.fileZone = QTimeZone::utc();
    const double mainBefore = cpuSeconds(RUSAGE_THREAD);
    const double processBefore = cpuSeconds(RUSAGE_SELF);
    const auto report = importEvents(**workspace, options, control);
    const qint64 total = timer.nsecsElapsed();
    const double mainCpu = cpuSeconds(RUSAGE_THREAD) - mainBefore;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - processBefore;
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 1;
    }
    const long long importPeakKib = peakRssKib();
    const double writerEnd = cpuSeconds(RUSAGE_THREAD);
    // What the import left to the background indexer (indexmaintenance.h), timed on its own.
    timer.restart();
    const auto indexed = buildPendingIndexes((*workspace)->db());
    if (!indexed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(indexed.error().toString()));
        return 1;
    }
    std::printf("deferred %.3f %lld\n", double(timer.nsecsElapsed()) / 1e9,
                static_cast<long long>(indexed->indexesBuilt.size()));
    const EventImportCounts &counts = report->counts;
    std::printf("total %.3f\n", double(total) / 1e9);
    std::printf("cpu %.3f %.3f\n", mainCpu, processCpu - mainCpu);
    std::printf("counts %lld %lld %lld %lld %lld\n", counts.rowsRead, counts.eventsImported, counts.alreadyPresent,
                counts.machineOpens, importPeakKib);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const bool last = i + 1 == stages.size();
        const qint64 end = last ? total : stages.at(i + 1).startNs;
        const double cpuEnd = last ? writerEnd : stages.at(i + 1).writerCpu;
        std::printf("stage %.3f %.3f %s\n", double(end - stages.at(i).startNs) / 1e9, cpuEnd - stages.at(i).writerCpu,
                    qPrintable(QString(stages.at(i).name).replace(u' ', u'_')));
    }
    return 0;
}

// Wall and CPU seconds of the sqlite3 shell importing the file into a new database file (not :memory:).
std::pair<double, double> sqliteImportSeconds(const QString &csv, const QString &db)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return {-1, -1};
    QFile::remove(db);
    QProcess process;
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.start();
    process.start(sqlite, {db, QStringLiteral(".import --csv '%1' t").arg(csv)});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
        return {-1, -1};
    }
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1StringView("--import"))
        return importChild(args.at(2), args.at(3));
    if (args.size() == 5 && args.at(1) == QLatin1StringView("--generate"))
        return generate(args.at(2), args.at(4).toLongLong()) && prepareWorkspace(args.at(3)) ? 0 : 2;

    const qint64 events = args.size() > 1 ? args.at(1).toLongLong() : 10'000'000;
    QTemporaryDir dir;
    if (events <= 0 || !dir.isValid())
        return 2;
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const QString workspace = dir.filePath(QStringLiteral("bench.herald"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(csv, events) || !prepareWorkspace(workspace))
        return 2;
    std::fprintf(stderr, "generated %.1f MB and %d contacts in %.1f s\n", double(QFileInfo(csv).size()) / 1e6,
                 contactCount, double(timer.nsecsElapsed()) / 1e9);

    // Each timed run starts with nothing of the steps before it still to write back to the disk.
    ::sync();
    const auto [sqlite, sqliteCpu] = sqliteImportSeconds(csv, dir.filePath(QStringLiteral("sqlite.db")));
    QFile::remove(dir.filePath(QStringLiteral("sqlite.db")));
    ::sync();

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import"), csv, workspace});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "herald import failed\n");
        return 1;
    }
    double herald = 0, writerCpu = 0, parserCpu = 0, deferred = 0;
    qint64 deferredIndexes = 0;
    qint64 rows = 0, imported = 0, present = 0, machine = 0, rssKib = 0;
    struct Stage
    {
        QByteArray name;
        double seconds = 0;
        double writerCpu = 0;
    };
    QList<Stage> stages;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.value(0) == "total") {
            herald = parts.value(1).toDouble();
        } else if (parts.value(0) == "deferred") {
            deferred = parts.value(1).toDouble();
            deferredIndexes = parts.value(2).toLongLong();
        } else if (parts.value(0) == "cpu") {
            writerCpu = parts.value(1).toDouble();
            parserCpu = parts.value(2).toDouble();
        } else if (parts.value(0) == "counts") {
            rows = parts.value(1).toLongLong();
            imported = parts.value(2).toLongLong();
            present = parts.value(3).toLongLong();
            machine = parts.value(4).toLongLong();
            rssKib = parts.value(5).toLongLong();
        } else if (parts.value(0) == "stage") {
            stages.append({parts.value(3), parts.value(1).toDouble(), parts.value(2).toDouble()});
        }
    }
    const double mb = double(QFileInfo(csv).size()) / 1e6;
    const double ratio = sqlite > 0 ? herald / sqlite : -1;
    std::printf("%-24s %9s %9s %9s %11s %9s\n", "import", "seconds", "CPU s", "MB/s", "rows/s", "peak MiB");
    std::printf("%-24s %9.2f %9.2f %9.1f %11.0f %9s\n", "sqlite3 .import --csv", sqlite, sqliteCpu, mb / sqlite,
                double(rows) / sqlite, "-");
    std::printf("%-24s %9.2f %9.2f %9.1f %11.0f %9.1f\n", "herald import events", herald, writerCpu + parserCpu,
                mb / herald, double(rows) / herald, double(rssKib) / 1024);
    std::printf("ratio herald / sqlite3: %.2f wall (target <= 1.5), %.2f CPU; CPU by thread: writer %.2f s, "
                "parser %.2f s\n",
                ratio, sqliteCpu > 0 ? (writerCpu + parserCpu) / sqliteCpu : -1.0, writerCpu, parserCpu);
    std::printf("rows %lld (%.1f MB), events imported %lld, already present %lld, machine opens %lld\n", rows, mb,
                imported, present, machine);
    std::printf("where Herald's time goes (wall s, writer-thread CPU s; the parser thread runs during Importing):\n");
    for (const Stage &stage : std::as_const(stages))
        std::printf("  %-32s %8.2f %8.2f\n", stage.name.constData(), stage.seconds, stage.writerCpu);
    std::printf("then the background indexer: %.2f s for %lld index(es) the import left to it (not in the ratio: "
                "the workspace is complete and usable before)\n",
                deferred, static_cast<long long>(deferredIndexes));
    std::printf("RESULT events=%lld mb=%.1f sqlite_s=%.3f herald_s=%.3f ratio=%.3f sqlite_cpu_s=%.3f "
                "herald_writer_cpu_s=%.3f herald_parser_cpu_s=%.3f peak_rss_mib=%.1f imported=%lld "
                "machine_opens=%lld deferred_index_s=%.3f\n",
                rows, mb, sqlite, herald, ratio, sqliteCpu, writerCpu, parserCpu, double(rssKib) / 1024, imported,
                machine, deferred);
    return 0;
}
