#include "eventrowproducer.h"

#include "csv/csvreader.h"
#include "eventimport.h"
#include "hashingdevice.h"

#include <cmath>

namespace herald {
namespace {

// An invoice starting with C and digits (the Online Retail convention), or an order worth less than nothing.
bool isCancellation(const EventRecord &order)
{
    const QString &id = order.orderId;
    const bool cPrefix = id.size() > 1 && (id.front() == u'C' || id.front() == u'c') && id.at(1).isDigit();
    return cPrefix || (order.revenue && *order.revenue < 0);
}

} // namespace

EventRowProducer::EventRowProducer(const EventImportPlan &plan, const EventImportOptions &options,
                                   std::unique_ptr<QIODevice> device, BatchQueue<EventBatch> &queue)
    : m_plan(plan), m_options(options), m_device(std::move(device)), m_queue(queue)
{}

void EventRowProducer::run()
{
    HashingDevice hashing(m_device.get());
    hashing.open(QIODevice::ReadOnly);
    CsvReader reader(&hashing, csvOptionsFor(m_plan.source, m_options.encoding, m_options.delimiter));
    EventRowMapper mapper(eventMapperSettings(m_plan));
    CsvRecord record;
    bool header = m_plan.sniff.hasHeader;
    const qsizetype headerSize = m_plan.sniff.header.size();
    while (reader.next(record)) {
        if (std::exchange(header, false))
            continue;
        for (const CsvIssue &issue : std::as_const(record.issues)) {
            if (issue.kind == CsvIssue::Kind::FieldCount && record.size() > headerSize)
                continue; // the mapper rejects rows with extra fields that hold data
            m_batch.warnings.push_back({issue.line, issue.column, QString(), issue.message});
        }
        take(mapper.map(record));
        if (m_batch.rows.size() >= 1024) {
            m_batch.bytes = reader.bytesRead();
            if (!m_queue.push(std::exchange(m_batch, EventBatch{})))
                return; // the writer stopped
        }
    }
    if (reader.hasError()) {
        m_error = reader.error();
    } else {
        flushOrder();
        m_batch.bytes = reader.bytesRead();
        m_queue.push(std::move(m_batch));
        m_sha256 = hashing.finishHex();
    }
    m_queue.finish();
}

void EventRowProducer::take(MappedEventRow &&row)
{
    const bool orderLine = row.kind == MappedEventRow::Kind::Event && row.event.type == EventType::Purchase &&
                           !row.event.orderId.isEmpty();
    if (!orderLine) {
        m_batch.rows.push_back(std::move(row));
        return;
    }
    if (m_order && m_order->event.orderId == row.event.orderId && m_order->event.emailKey == row.event.emailKey) {
        EventRecord &order = m_order->event;
        if (row.event.revenue)
            order.revenue = order.revenue.value_or(0) + *row.event.revenue;
        order.rows += row.event.rows;
        for (ImportWarning &warning : row.warnings)
            m_order->warnings.append(std::move(warning));
        return;
    }
    flushOrder();
    m_order = std::move(row);
}

void EventRowProducer::flushOrder()
{
    if (!m_order)
        return;
    EventRecord &order = m_order->event;
    if (order.revenue)
        order.revenue = std::round(*order.revenue * 100.0) / 100.0; // cents, without the sum's float dust
    order.cancellation = isCancellation(order);
    if (order.cancellation && m_options.cancelledOrders == CancelledOrders::Skip)
        m_order->kind = MappedEventRow::Kind::Skipped;
    m_batch.rows.push_back(std::move(*m_order));
    m_order.reset();
}

} // namespace herald
