#pragma once

#include "batchqueue.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "hashingdevice.h"
#include "importlog.h"
#include "importsource.h"
#include "jobcontrol.h"
#include "result.h"
#include "threadpriority.h"

#include <QIODevice>

#include <iterator>
#include <memory>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace herald {

// What the thread that maps hands the writing thread: mapped rows, warnings about the file's text, and how far into
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
    // Map on a thread of its own rather than on the reading thread, so that reading, mapping and writing share the
    // cores. Only for rows that keep no text of the records (no QString shared with a field): the reader refills
    // its fields in place, and a shared one would be copied there and freed by the other thread, which costs more
    // than mapping on the reading thread.
    bool mapOnOwnThread = false;
};

// Records as the reading thread parsed them, on their way to the mapping thread. The records stay when the batch
// comes back to be refilled (only the first `count` are this batch's), so that their fields keep their capacity.
struct CsvRecordBatch
{
    std::vector<CsvRecord> records;
    std::vector<qint64> bytes; // bytes read from the file once the record at the same index was parsed
    std::size_t count = 0;
};

// Reads one file on a thread of its own (or two: see ImportFileReading::mapOnOwnThread) while the calling thread
// writes the rows, in constant memory (a few batches in flight). The thread that maps calls `map(record, rows)` for
// each data row in file order (it may add no row, or hold one back, as order lines are) and `finish(rows)` at the end
// of the file; the calling thread gets every batch, in order, through `take(batch)`. `map` may take a third argument,
// `spare`: rows of batches already written, to be refilled rather than built anew (it takes them from the back, or
// leaves them). Returns the file's SHA-256, or the reader's error, or an Error with `cancelled` set (and no message:
// the caller words it) when `control` was cancelled. An exception from `take` (SqlError) stops the threads and
// propagates.
template <typename Row, typename Map, typename Finish, typename Take>
Result<QString> runImportFile(const ImportFileReading &reading, const JobControl &control, std::size_t batchRows,
                              Map &&map, Finish &&finish, Take &&take)
{
    auto device = reading.source.open();
    if (!device.ok())
        return device.error();
    using Batch = ImportBatch<Row>;
    constexpr bool mapTakesSpare =
        std::is_invocable_v<Map &, const CsvRecord &, std::vector<Row> &, std::vector<Row> &>;
    constexpr std::size_t recordsPerBatch = 256;
    BatchQueue<CsvRecordBatch> parsed;
    BatchQueue<Batch> mapped;
    // Batches go back to the thread that filled them, which empties and refills them: what a thread allocated it
    // frees (glibc frees memory of another thread's arena slowly, under a lock), and the vectors keep their capacity.
    // At most the batches in flight wait here, so the capacity never blocks.
    BatchQueue<CsvRecordBatch> spentRecords(64);
    BatchQueue<Batch> spent(64);
    // Written by the reading thread before it finishes `parsed`, read after: the queue's lock orders them.
    std::optional<Error> readError;
    QString sha256;
    qint64 endBytes = 0;

    // The mapping side's state: used by the mapping thread, or by the reading thread when it maps too.
    Batch batch;
    std::vector<Row> spare;
    bool header = reading.sniff.hasHeader;
    const qsizetype headerSize = reading.sniff.header.size();
    // Maps one record; false once the writer stopped.
    const auto mapRecord = [&](const CsvRecord &record, qint64 bytes) {
        if (std::exchange(header, false))
            return true;
        for (const CsvIssue &issue : std::as_const(record.issues)) {
            if (issue.kind == CsvIssue::Kind::FieldCount && record.size() > headerSize)
                continue; // the mappers reject rows with extra fields that hold data
            batch.warnings.push_back({issue.line, issue.column, QString(), issue.message});
        }
        if constexpr (mapTakesSpare)
            map(record, batch.rows, spare);
        else
            map(record, batch.rows);
        if (batch.rows.size() < batchRows)
            return true;
        batch.bytes = bytes;
        Batch next;
        if (auto reused = spent.tryPop()) {
            next = std::move(*reused);
            if constexpr (mapTakesSpare)
                std::move(next.rows.begin(), next.rows.end(), std::back_inserter(spare));
            next.rows.clear();
            next.warnings.clear();
            next.bytes = 0;
        }
        return mapped.push(std::exchange(batch, std::move(next)));
    };
    const auto finishMapping = [&] {
        if (!readError) {
            finish(batch.rows);
            batch.bytes = endBytes;
            mapped.push(std::move(batch));
        }
        mapped.finish();
    };

    std::thread reader([&, source = std::move(device).value()] {
        lowerCurrentThreadPriority();
        HashingDevice hashing(source.get());
        hashing.open(QIODevice::ReadOnly);
        CsvReader csv(&hashing, csvOptionsFor(reading.source, reading.encoding, reading.delimiter));
        const auto end = [&] {
            if (csv.hasError()) {
                readError = csv.error();
            } else {
                endBytes = csv.bytesRead();
                sha256 = hashing.finishHex();
            }
        };
        if (!reading.mapOnOwnThread) {
            CsvRecord record;
            while (csv.next(record))
                if (!mapRecord(record, csv.bytesRead()))
                    return; // the writer stopped
            end();
            finishMapping();
            return;
        }
        CsvRecordBatch records;
        for (;;) {
            if (records.count == records.records.size()) {
                records.records.emplace_back();
                records.bytes.push_back(0);
            }
            if (!csv.next(records.records[records.count]))
                break;
            records.bytes[records.count++] = csv.bytesRead();
            if (records.count < recordsPerBatch)
                continue;
            CsvRecordBatch next;
            if (auto reused = spentRecords.tryPop())
                next = std::move(*reused);
            next.count = 0;
            if (!parsed.push(std::exchange(records, std::move(next))))
                return; // the mapping thread stopped
        }
        end();
        if (!readError && records.count > 0)
            parsed.push(std::move(records));
        parsed.finish();
    });

    std::thread mapper;
    if (reading.mapOnOwnThread) {
        mapper = std::thread([&] {
            lowerCurrentThreadPriority();
            while (auto records = parsed.pop()) {
                for (std::size_t i = 0; i < records->count; ++i) {
                    if (!mapRecord(records->records[i], records->bytes[i])) {
                        parsed.close(); // the writer stopped: so does the reading thread
                        return;
                    }
                }
                spentRecords.push(std::move(*records));
            }
            if (parsed.isClosed())
                return; // the writer stopped; the reading thread may still be about
            finishMapping();
        });
    }

    struct Joiner
    {
        std::thread &reader;
        std::thread &mapper;
        BatchQueue<CsvRecordBatch> &parsed;
        BatchQueue<Batch> &mapped;
        ~Joiner()
        {
            mapped.close();
            parsed.close();
            for (std::thread *thread : {&mapper, &reader})
                if (thread->joinable())
                    thread->join();
        }
    } joiner{reader, mapper, parsed, mapped};

    while (auto batch = mapped.pop()) {
        if (control.cancelled())
            return Error{QString(), {}, 0, 0, true};
        take(*batch);
        spent.push(std::move(*batch));
    }
    for (std::thread *thread : {&mapper, &reader})
        if (thread->joinable())
            thread->join();
    if (readError)
        return *readError;
    return sha256;
}

} // namespace herald
