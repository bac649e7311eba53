#pragma once

#include "batchqueue.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "hashingdevice.h"
#include "importlog.h"
#include "importsource.h"
#include "jobcontrol.h"
#include "result.h"

#include <QIODevice>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace herald {

// What the parsing thread hands the writing thread: mapped rows, warnings about the file's text, and how far into
// the file it is (bytes, for progress).
template <typename Row>
struct ImportBatch
{
    std::vector<Row> rows;
    std::vector<ImportWarning> warnings;
    qint64 bytes = 0;
};

// How to read one file of an import: the source, what sniffing found, and the user's encoding and delimiter.
struct ImportFileReading
{
    const ImportSource &source;
    const CsvSniffResult &sniff;
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter;
};

// Reads one file on a thread of its own while the calling thread writes the rows, so both cores work, in constant
// memory (a few batches in flight). The parsing thread calls `map(record, rows)` for each data row (it may add no
// row, or hold one back, as order lines are) and `finish(rows)` at the end of the file; the calling thread gets every
// batch through `take(batch)`. Returns the file's SHA-256, or the reader's error, or an Error with `cancelled` set
// (and no message: the caller words it) when `control` was cancelled. An exception from `take` (SqlError) stops the
// parsing thread and propagates.
template <typename Row, typename Map, typename Finish, typename Take>
Result<QString> runImportFile(const ImportFileReading &reading, const JobControl &control, std::size_t batchRows,
                              Map &&map, Finish &&finish, Take &&take)
{
    auto device = reading.source.open();
    if (!device.ok())
        return device.error();
    using Batch = ImportBatch<Row>;
    BatchQueue<Batch> queue;
    // Written batches go back to the parsing thread, which empties and refills them: what it allocated it frees
    // (glibc frees memory of another thread's arena slowly, under a lock), and the vectors keep their capacity. At
    // most the batches in flight wait here, so the capacity never blocks the writer.
    BatchQueue<Batch> spent(64);
    std::optional<Error> readError;
    QString sha256;
    std::thread thread([&, source = std::move(device).value()] {
        HashingDevice hashing(source.get());
        hashing.open(QIODevice::ReadOnly);
        CsvReader reader(&hashing, csvOptionsFor(reading.source, reading.encoding, reading.delimiter));
        CsvRecord record;
        Batch batch;
        bool header = reading.sniff.hasHeader;
        const qsizetype headerSize = reading.sniff.header.size();
        while (reader.next(record)) {
            if (std::exchange(header, false))
                continue;
            for (const CsvIssue &issue : std::as_const(record.issues)) {
                if (issue.kind == CsvIssue::Kind::FieldCount && record.size() > headerSize)
                    continue; // the mappers reject rows with extra fields that hold data
                batch.warnings.push_back({issue.line, issue.column, QString(), issue.message});
            }
            map(record, batch.rows);
            if (batch.rows.size() >= batchRows) {
                batch.bytes = reader.bytesRead();
                Batch next;
                if (auto reused = spent.tryPop()) {
                    next = std::move(*reused);
                    next.rows.clear();
                    next.warnings.clear();
                    next.bytes = 0;
                }
                if (!queue.push(std::exchange(batch, std::move(next))))
                    return; // the writer stopped
            }
        }
        if (reader.hasError()) {
            readError = reader.error();
        } else {
            finish(batch.rows);
            batch.bytes = reader.bytesRead();
            queue.push(std::move(batch));
            sha256 = hashing.finishHex();
        }
        queue.finish();
    });
    struct Joiner
    {
        std::thread &thread;
        BatchQueue<Batch> &queue;
        ~Joiner()
        {
            queue.close();
            if (thread.joinable())
                thread.join();
        }
    } joiner{thread, queue};

    while (auto batch = queue.pop()) {
        if (control.cancelled())
            return Error{QString(), {}, 0, 0, true};
        take(*batch);
        spent.push(std::move(*batch));
    }
    queue.close();
    thread.join();
    if (readError)
        return *readError;
    return sha256;
}

} // namespace herald
