// bench: contact import (Mailchimp layout) vs the sqlite3 shell's .import, time and peak memory, then the deferred
// indexes
//
// Usage: bench_contactimport [ROWS,ROWS,...]   (default 100000,1000000)
//        bench_contactimport --generate CSV ROWS   writes the input file and stops (for profiling herald on it)
//        bench_contactimport --stages CSV WORKSPACE   imports in this process and prints where the time goes
// Both importers run as child processes so their wall time and peak resident memory are measured the same way.
#include "import/contactimport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace {

struct Run
{
    double seconds = 0;
    long peakKb = 0;
    int exitCode = -1;
};

Run runChild(const QStringList &command)
{
    std::vector<QByteArray> storage;
    for (const QString &arg : command)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stdout))
            _exit(127);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.peakKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// A deterministic Mailchimp "subscribed" export with 22 columns, quoting as Mailchimp does.
void writeMailchimpFile(const QString &path, qint64 rows)
{
    static const char *first[] = {"Ann", "Bob", "Carla", "Dieter", "Emma", "Farid", "Grace", "Hiro", "Inès", "Jonas"};
    static const char *last[] = {"Lee", "Stone", "Gómez", "Müller", "Dubois", "Haddad", "Kim", "Sato", "Rossi", "Berg"};
    static const char *zones[] = {"America/New_York", "america/chicago",    "Europe/Berlin",
                                  "Europe/Paris",     "Asia/Tokyo",         "",
                                  "Australia/Sydney", "America/Los_Angeles"};
    static const char *countries[] = {"US", "US", "DE", "FR", "JP", "GB", "AU", "US"};
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray buffer;
    buffer.append("\"Email Address\",\"First Name\",\"Last Name\",\"Address\",\"Phone Number\",BIRTHDAY,MEMBER_RATING,"
                  "OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,"
                  "LAST_CHANGED,LEID,EUID,NOTES,TAGS\r\n");
    quint64 state = 42;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    for (qint64 i = 0; i < rows; ++i) {
        const auto a = next() % 10, b = next() % 10, z = next() % 8;
        const int day = int(next() % 28) + 1, month = int(next() % 12) + 1, hour = int(next() % 24);
        char line[1024];
        const int n = std::snprintf(
            line, sizeof line,
            "%s.%s%lld@example.com,%s,%s,\"%lld Main St, Springfield\",+1 555 01%02d,%02d/%02d,%d,"
            "\"2023-%02d-%02d %02d:11:00\",198.51.100.%d,\"2023-%02d-%02d %02d:12:00\",198.51.100.%d,"
            "40.%07d,-73.%07d,-5,-4,%s,%s,NY,\"2024-01-%02d 10:00:00\",%lld,e%llx,,\"\"\"VIP\"\",\"\"Blog\"\"\"\r\n",
            first[a], last[b], static_cast<long long>(i), first[a], last[b], static_cast<long long>(i % 9999),
            int(i % 100), month, day, int(next() % 5) + 1, month, day, hour, int(i % 250), month, day, hour,
            int(i % 250), int(next() % 10000000), int(next() % 10000000), zones[z], countries[z], day,
            static_cast<long long>(i), static_cast<unsigned long long>(next()));
        buffer.append(line, n);
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Wall and writer-thread CPU seconds per stage of the import, then the time to close the workspace (the WAL
// checkpoint).
int printStages(const QString &csv, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = herald::Workspace::open(path);
    if (!workspace.ok())
        return 2;
    struct Stage
    {
        QString name;
        qint64 startNs = 0;
        double cpu = 0;
    };
    QList<Stage> stages{{QStringLiteral("Opening"), 0, cpuSeconds(RUSAGE_THREAD)}};
    herald::JobControl control;
    control.progress = [&](qint64, qint64, const QString &stage) {
        QString name = stage.startsWith(QLatin1StringView("Importing")) ? QStringLiteral("Importing") : stage;
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (stages.constLast().name != name)
            stages.append({name, timer.nsecsElapsed(), cpuSeconds(RUSAGE_THREAD)});
    };
    herald::ContactImportOptions options;
    options.exclusive = true; // as `herald import contacts` runs it
    options.filePath = csv;
    const double processBefore = cpuSeconds(RUSAGE_SELF);
    const auto report = herald::importContacts(**workspace, options, control);
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 1;
    }
    stages.append({QStringLiteral("Closing"), timer.nsecsElapsed(), cpuSeconds(RUSAGE_THREAD)});
    workspace->reset();
    stages.append({QString(), timer.nsecsElapsed(), cpuSeconds(RUSAGE_THREAD)});
    std::printf("%-20s %8s %8s\n", "stage", "wall_s", "cpu_s");
    for (qsizetype i = 0; i + 1 < stages.size(); ++i)
        std::printf("%-20s %8.2f %8.2f\n", qPrintable(stages.at(i).name),
                    double(stages.at(i + 1).startNs - stages.at(i).startNs) / 1e9,
                    stages.at(i + 1).cpu - stages.at(i).cpu);
    std::printf("total %.2f s wall, %.2f s CPU (all threads), rows %lld\n", double(timer.nsecsElapsed()) / 1e9,
                cpuSeconds(RUSAGE_SELF) - processBefore, static_cast<long long>(report->counts.rowsRead));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--generate") {
        writeMailchimpFile(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
        return 0;
    }
    if (argc == 4 && QByteArray(argv[1]) == "--stages")
        return printStages(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QList<qint64> sizes = {100000, 1000000};
    if (argc > 1) {
        sizes.clear();
        for (const QString &part : QString::fromLocal8Bit(argv[1]).split(QLatin1Char(',')))
            sizes.append(part.toLongLong());
    }
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("rows"), 9)
               .arg(QStringLiteral("file_MB"), 8)
               .arg(QStringLiteral("sqlite3_s"), 10)
               .arg(QStringLiteral("herald_s"), 9)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("rows/s"), 9)
               .arg(QStringLiteral("sqlite3_MB"), 10)
               .arg(QStringLiteral("herald_MB"), 9)
               .arg(QStringLiteral("then_index_s"), 12);
    out.flush();
    QStringList result;
    QList<long> peaks;
    for (qint64 rows : sizes) {
        const QString csv = dir.filePath(QStringLiteral("mailchimp_%1.csv").arg(rows));
        writeMailchimpFile(csv, rows);
        const double megabytes = QFile(csv).size() / 1e6;
        // Each timed run starts with nothing of the steps before it still to write back to the disk.
        ::sync();
        const Run sqlite = runChild({QStringLiteral("sqlite3"), dir.filePath(QStringLiteral("ref_%1.db").arg(rows)),
                                     QStringLiteral(".import --csv ") + csv + QStringLiteral(" contacts")});
        ::sync();
        const Run herald =
            runChild({QStringLiteral(HERALD_BINARY), QStringLiteral("import"), QStringLiteral("contacts"), csv,
                      QStringLiteral("--json"), QStringLiteral("--workspace"),
                      dir.filePath(QStringLiteral("w_%1.herald").arg(rows))});
        // What a large import leaves to the background indexer, timed on its own (not in the ratio: the contacts are
        // stored, listed and searchable before).
        const Run index =
            runChild({QStringLiteral(HERALD_BINARY), QStringLiteral("index"), QStringLiteral("--workspace"),
                      dir.filePath(QStringLiteral("w_%1.herald").arg(rows))});
        if (sqlite.exitCode != 0 || herald.exitCode != 0 || index.exitCode != 0) {
            out << "a child failed: sqlite3 exit " << sqlite.exitCode << ", herald exit " << herald.exitCode
                << ", herald index exit " << index.exitCode << "\n";
            return 1;
        }
        const double ratio = herald.seconds / sqlite.seconds;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(rows, 9)
                   .arg(megabytes, 8, 'f', 1)
                   .arg(sqlite.seconds, 10, 'f', 2)
                   .arg(herald.seconds, 9, 'f', 2)
                   .arg(ratio, 6, 'f', 2)
                   .arg(qint64(rows / herald.seconds), 9)
                   .arg(sqlite.peakKb / 1024.0, 10, 'f', 1)
                   .arg(herald.peakKb / 1024.0, 9, 'f', 1)
                   .arg(index.seconds, 12, 'f', 2);
        out.flush();
        result << QStringLiteral("ratio_%1=%2").arg(rows).arg(ratio, 0, 'f', 2)
               << QStringLiteral("herald_s_%1=%2").arg(rows).arg(herald.seconds, 0, 'f', 2)
               << QStringLiteral("sqlite3_s_%1=%2").arg(rows).arg(sqlite.seconds, 0, 'f', 2)
               << QStringLiteral("peak_mb_%1=%2").arg(rows).arg(herald.peakKb / 1024.0, 0, 'f', 1)
               << QStringLiteral("index_s_%1=%2").arg(rows).arg(index.seconds, 0, 'f', 2);
        peaks.append(herald.peakKb);
        QFile::remove(csv);
    }
    if (peaks.size() >= 2)
        result << QStringLiteral("peak_growth=%1").arg(double(peaks.last()) / peaks.first(), 0, 'f', 2);
    out << "RESULT " << result.join(QLatin1Char(' ')) << "\n";
    return 0;
}
