#include "dateorderscan.h"

#include "csv/csvreader.h"

#include <QCoreApplication>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Import)
};

} // namespace

Result<DateOrderInference> inferDateOrder(const ImportSource &source, const CsvSniffResult &sniff,
                                          const QList<int> &columns, CsvEncoding encoding, QChar delimiter,
                                          const JobControl &control)
{
    DateOrderInference sample;
    for (qsizetype r = 0; r < sniff.sampleRows.size(); ++r)
        for (int c : columns)
            sample.add(sniff.sampleRows.at(r).value(c), sniff.sampleLines.value(r));
    if (!sample.needsAnswer() && !sample.isContradictory() &&
        (sniff.reachedEnd || sample.result() == DateOrder::Unknown))
        return sample;

    DateOrderInference whole;
    auto device = source.open();
    if (!device.ok())
        return device.error();
    CsvReader reader(device->get(), csvOptionsFor(source, encoding, delimiter));
    CsvRecord record;
    bool header = sniff.hasHeader;
    while (reader.next(record)) {
        if (std::exchange(header, false))
            continue;
        for (int c : columns)
            whole.add(record.value(c), record.line);
        if ((record.number & 0x3fff) == 0) {
            if (control.cancelled())
                return Error{Tr::tr("Import cancelled; the workspace is unchanged."), {}, 0, 0, true};
            control.report(reader.bytesRead(), reader.totalBytes(), Tr::tr("Checking dates"));
        }
    }
    if (reader.hasError())
        return reader.error();
    return whole;
}

Result<DateOrder> scanDateOrder(const ImportSource &source, const CsvSniffResult &sniff, const QList<int> &columns,
                                CsvEncoding encoding, QChar delimiter, const JobControl &control)
{
    auto inferred = inferDateOrder(source, sniff, columns, encoding, delimiter, control);
    if (!inferred.ok())
        return inferred.error();
    const DateOrderInference &whole = inferred.value();
    if (whole.isContradictory())
        return Error{Tr::tr("the dates in this file are written both day-first and month-first; choose the order "
                            "(--date-order dmy or mdy)"),
                     source.displayName()};
    if (whole.needsAnswer())
        return Error{Tr::tr("every date could be day/month or month/day (for example \"%1\"); choose the order "
                            "(--date-order dmy or mdy)")
                         .arg(whole.ambiguousExample()),
                     source.displayName(), whole.ambiguousExampleLine()};
    return whole.result();
}

} // namespace herald
