// bench: contact import's parsing side alone (CSV reader, row mapper, encoder), wall and CPU, no database
//
// Usage: bench_contactparse CSV [RUNS]   (e.g. the file `bench_contactimport --generate` writes)
// Runs the import's reading and mapping threads over the file with a writer that only counts the rows, so the CPU
// they need shows without SQLite's; the best of RUNS (default 3) is reported.
#include "import/contactencoder.h"
#include "import/contactimportplan.h"
#include "import/importrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

using namespace herald;
using MappedRow = MappedContactRow;

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Pass
{
    double wall = 0;
    double cpu = 0;
    qint64 rows = 0;
    qint64 rejects = 0;
};

Pass parseOnce(const ContactImportPlan &plan, const ContactImportOptions &options)
{
    const ContactRowMapper mapper(mapperSettings(plan, QTimeZone::utc()));
    ContactEncoder encoder;
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuSeconds();
    const auto sha = runImportFile<MappedRow>(
        {plan.source, plan.sniff, options.encoding, options.delimiter, true}, JobControl(), 512,
        [&](const CsvRecord &record, std::vector<MappedRow> &rows, std::vector<MappedRow> &spare) {
            mapAndEncode(mapper, encoder, record, rows, spare);
        },
        [](std::vector<MappedRow> &) {},
        [&](ImportBatch<MappedRow> &batch) {
            for (const MappedRow &row : batch.rows) {
                ++pass.rows;
                pass.rejects += std::holds_alternative<ImportReject>(row);
            }
        });
    pass.wall = timer.nsecsElapsed() / 1e9;
    pass.cpu = processCpuSeconds() - cpuBefore;
    if (!sha.ok())
        std::fprintf(stderr, "error: %s\n", qPrintable(sha.error().message));
    return pass;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_contactparse CSV [RUNS]\n");
        return 2;
    }
    ContactImportOptions options;
    options.filePath = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    auto sources = ImportSource::list(options.filePath, {});
    if (!sources.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(sources.error().message));
        return 1;
    }
    auto plan = planContactImport(sources->constFirst(), options, QTimeZone::utc(), true);
    if (!plan.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(plan.error().message));
        return 1;
    }
    Pass best;
    std::printf("%-6s %8s %8s %9s %8s\n", "run", "wall_s", "cpu_s", "rows", "rejects");
    for (int run = 1; run <= runs; ++run) {
        const Pass pass = parseOnce(plan.value(), options);
        std::printf("%-6d %8.2f %8.2f %9lld %8lld\n", run, pass.wall, pass.cpu, pass.rows, pass.rejects);
        if (run == 1 || pass.cpu < best.cpu)
            best = pass;
    }
    std::printf("RESULT wall_s=%.2f cpu_s=%.2f rows=%lld rejects=%lld\n", best.wall, best.cpu, best.rows, best.rejects);
    return 0;
}
