// bench: contact time-zone inference: table build time and rows/s per kind of evidence (1,000,000 rows each)
#include "timezones/timezoneresolver.h"

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace herald;

namespace {

constexpr int rowsPerKind = 1'000'000;

// Inputs cycle through realistic variety so that hashing and parsing do real work, not a cached answer.
QList<TimeZoneInput> makeInputs(const std::function<void(TimeZoneInput &, int)> &fill, int variety)
{
    QList<TimeZoneInput> inputs(variety);
    for (int i = 0; i < variety; ++i) {
        inputs[i].workspaceZone = QTimeZone::utc();
        fill(inputs[i], i);
    }
    return inputs;
}

double nanosecondsPerRow(const QList<TimeZoneInput> &inputs, qint64 &checksum)
{
    const TimeZoneResolver &resolver = TimeZoneResolver::shared();
    QElapsedTimer timer;
    timer.start();
    for (int row = 0; row < rowsPerKind; ++row) {
        const ResolvedTimeZone resolved = resolver.resolve(inputs.at(row % inputs.size()));
        checksum += int(resolved.source) + resolved.problems.size();
    }
    return double(timer.nsecsElapsed()) / rowsPerKind;
}

} // namespace

int main()
{
    QElapsedTimer build;
    build.start();
    const TimeZoneResolver &resolver = TimeZoneResolver::shared();
    const double buildMs = double(build.nsecsElapsed()) / 1e6;

    const QStringList espZones{QStringLiteral("america/new_york"),    QStringLiteral("europe/berlin"),
                               QStringLiteral("US/Eastern"),          QStringLiteral("asia/kolkata"),
                               QStringLiteral("America/Los_Angeles"), QStringLiteral("australia/sydney")};
    const QStringList offsets{QStringLiteral("-5"),  QStringLiteral("-6"), QStringLiteral("1"),
                              QStringLiteral("5.5"), QStringLiteral("10"), QStringLiteral("-8")};
    const QStringList dstOffsets{QStringLiteral("-4"),  QStringLiteral("-5"), QStringLiteral("2"),
                                 QStringLiteral("5.5"), QStringLiteral("11"), QStringLiteral("-7")};
    const QStringList states{QStringLiteral("CA"),      QStringLiteral("Texas"), QStringLiteral("ny"),
                             QStringLiteral("Florida"), QStringLiteral("WA"),    QStringLiteral("Illinois")};
    const QStringList countries{QStringLiteral("Germany"), QStringLiteral("DE"),     QStringLiteral("United Kingdom"),
                                QStringLiteral("USA"),     QStringLiteral("France"), QStringLiteral("España")};

    struct Kind
    {
        const char *name;
        QList<TimeZoneInput> inputs;
    };
    const QList<Kind> kinds{
        {"esp zone", makeInputs([&](TimeZoneInput &in, int i) { in.espZone = espZones.at(i % 6); }, 600)},
        {"gmt/dst offsets", makeInputs(
                                [&](TimeZoneInput &in, int i) {
                                    in.gmtOffset = offsets.at(i % 6);
                                    in.dstOffset = dstOffsets.at(i % 6);
                                },
                                600)},
        {"us zip", makeInputs(
                       [](TimeZoneInput &in, int i) {
                           in.country = QStringLiteral("US");
                           in.postalCode = QStringLiteral("%1").arg((i * 7919) % 99000 + 1000, 5, 10, QLatin1Char('0'));
                       },
                       4096)},
        {"us state", makeInputs(
                         [&](TimeZoneInput &in, int i) {
                             in.country = QStringLiteral("US");
                             in.region = states.at(i % 6);
                         },
                         600)},
        {"country name", makeInputs([&](TimeZoneInput &in, int i) { in.country = countries.at(i % 6); }, 600)},
        {"nothing", makeInputs([](TimeZoneInput &, int) {}, 1)},
    };

    std::printf("%-18s %12s %12s\n", "evidence", "ns/row", "rows/s");
    qint64 checksum = 0;
    double worst = 0;
    for (const Kind &kind : kinds) {
        const double ns = nanosecondsPerRow(kind.inputs, checksum);
        worst = std::max(worst, ns);
        std::printf("%-18s %12.0f %12.0f\n", kind.name, ns, 1e9 / ns);
    }
    std::printf("table build: %.1f ms, %lld zones in tables (checksum %lld)\n", buildMs,
                static_cast<long long>(resolver.tableZoneIds().size()), static_cast<long long>(checksum));
    std::printf("RESULT build_ms=%.1f worst_ns_per_row=%.0f worst_rows_per_s=%.0f\n", buildMs, worst, 1e9 / worst);
    return 0;
}
