// bench: demo workspace generation speed
//
// bench/run demo [SIZES]   SIZES is a comma-separated list of contact counts (default 10000,100000).
// Generates each size into a fresh temporary workspace and reports contacts, campaigns, events, time, events/s,
// the time spent in each stage, and the size of the resulting file.
#include "demo/demogenerator.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>

using namespace herald;

namespace {

QString label(qint64 contacts)
{
    if (contacts % 1'000'000 == 0)
        return QStringLiteral("%1m").arg(contacts / 1'000'000);
    if (contacts % 1000 == 0)
        return QStringLiteral("%1k").arg(contacts / 1000);
    return QString::number(contacts);
}

struct Run
{
    DemoReport report;
    double fileMb = 0;
    double simulateSeconds = 0; // drawing contacts, simulating them and inserting their rows
    double indexSeconds = 0;    // rebuilding the events indexes
    double commitSeconds = 0;   // committing, which checkpoints the write-ahead log into the file
};

bool generate(const QString &path, int contacts, Run &run)
{
    auto workspace = Workspace::open(path);
    if (!workspace.ok()) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(workspace.error().toString()));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QString currentStage;
    QMap<QString, qint64> stageStarted;
    JobControl control;
    control.progress = [&](qint64, qint64, const QString &stage) {
        if (stage != currentStage) {
            currentStage = stage;
            stageStarted.insert(stage, clock.nsecsElapsed());
        }
    };
    DemoOptions options;
    options.contacts = contacts;
    options.seed = 1;
    options.until = QDate(2025, 6, 2);
    auto report = generateDemo(**workspace, options, control);
    const qint64 finished = clock.nsecsElapsed();
    if (!report.ok()) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(report.error().toString()));
        return false;
    }
    run.report = report.value();
    const qint64 saving = stageStarted.value(QStringLiteral("Saving the workspace"), finished);
    const qint64 indexing = stageStarted.value(QStringLiteral("Indexing events"), saving);
    const qint64 simulating = stageStarted.value(QStringLiteral("Simulating contacts and their activity"), 0);
    run.simulateSeconds = static_cast<double>(indexing - simulating) / 1e9;
    run.indexSeconds = static_cast<double>(saving - indexing) / 1e9;
    run.commitSeconds = static_cast<double>(finished - saving) / 1e9;
    workspace->reset(); // closing checkpoints the write-ahead log into the file
    run.fileMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes = {10'000, 100'000};
    if (argc > 1) {
        sizes.clear();
        for (const QString &part : QString::fromLocal8Bit(argv[1]).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int size = part.trimmed().toInt(&ok);
            if (!ok || size < 1) {
                std::fprintf(stderr, "bench_demo: sizes are positive contact counts, as in 10000,100000\n");
                return 2;
            }
            sizes.append(size);
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_demo: cannot create a temporary folder\n");
        return 1;
    }
    std::printf("%10s %10s %12s %10s %12s %12s %10s %10s %10s\n", "contacts", "campaigns", "events", "seconds",
                "events/s", "simulate_s", "index_s", "commit_s", "file_MB");
    QStringList results;
    for (int size : sizes) {
        Run run;
        if (!generate(dir.filePath(QStringLiteral("demo-%1.herald").arg(size)), size, run))
            return 1;
        const DemoReport &r = run.report;
        std::printf("%10lld %10lld %12lld %10.2f %12.0f %12.2f %10.2f %10.2f %10.1f\n",
                    static_cast<long long>(r.contacts), static_cast<long long>(r.campaigns),
                    static_cast<long long>(r.events), r.seconds, static_cast<double>(r.events) / r.seconds,
                    run.simulateSeconds, run.indexSeconds, run.commitSeconds, run.fileMb);
        std::fflush(stdout);
        const QString key = label(size);
        results
            << QStringLiteral("contacts_%1_s=%2").arg(key).arg(r.seconds, 0, 'f', 2)
            << QStringLiteral("events_%1=%2").arg(key).arg(r.events)
            << QStringLiteral("events_per_s_%1=%2").arg(key).arg(static_cast<double>(r.events) / r.seconds, 0, 'f', 0)
            << QStringLiteral("file_%1_mb=%2").arg(key).arg(run.fileMb, 0, 'f', 1);
    }
    std::printf("RESULT %s\n", qPrintable(results.join(QLatin1Char(' '))));
    return 0;
}
