#include "eventrowproducer.h"

#include "eventimport.h"

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

EventRowProducer::EventRowProducer(const EventImportPlan &plan, const EventImportOptions &options)
    : m_options(options), m_mapper(eventMapperSettings(plan))
{}

void EventRowProducer::map(const CsvRecord &record, std::vector<MappedEventRow> &rows)
{
    MappedEventRow row = m_mapper.map(record);
    const bool orderLine = row.kind == MappedEventRow::Kind::Event && row.event.type == EventType::Purchase &&
                           !row.event.orderId.isEmpty();
    if (!orderLine) {
        rows.push_back(std::move(row));
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
    finish(rows);
    m_order = std::move(row);
}

void EventRowProducer::finish(std::vector<MappedEventRow> &rows)
{
    if (!m_order)
        return;
    EventRecord &order = m_order->event;
    if (order.revenue)
        order.revenue = std::round(*order.revenue * 100.0) / 100.0; // cents, without the sum's float dust
    order.cancellation = isCancellation(order);
    if (order.cancellation && m_options.cancelledOrders == CancelledOrders::Skip)
        m_order->kind = MappedEventRow::Kind::Skipped;
    rows.push_back(std::move(*m_order));
    m_order.reset();
}

} // namespace herald
