#pragma once

#include "batchqueue.h"
#include "eventimportplan.h"
#include "eventrowmapper.h"

#include <QIODevice>

#include <memory>
#include <optional>
#include <vector>

namespace herald {

struct EventImportOptions;

// What the parsing thread hands the writer: mapped rows, file-level warnings, and how far into the file it is.
struct EventBatch
{
    std::vector<MappedEventRow> rows;
    std::vector<ImportWarning> warnings; // about the file's text rather than a field
    qint64 bytes = 0;
};

// Reads and maps the rows of one file on its own thread, handing batches to the writer through `queue`.
// Consecutive lines of one order become one purchase worth their sum; a cancelled order is marked (or skipped).
class EventRowProducer
{
public:
    EventRowProducer(const EventImportPlan &plan, const EventImportOptions &options, std::unique_ptr<QIODevice> device,
                     BatchQueue<EventBatch> &queue);

    void run();

    const std::optional<Error> &error() const { return m_error; }
    const QString &sha256() const { return m_sha256; }

private:
    void take(MappedEventRow &&row);
    void flushOrder();

    const EventImportPlan &m_plan;
    const EventImportOptions &m_options;
    std::unique_ptr<QIODevice> m_device;
    BatchQueue<EventBatch> &m_queue;
    EventBatch m_batch;
    std::optional<MappedEventRow> m_order; // the order whose lines are being read
    std::optional<Error> m_error;
    QString m_sha256;
};

} // namespace herald
