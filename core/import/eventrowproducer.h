#pragma once

#include "eventimportplan.h"
#include "eventrowmapper.h"

#include <optional>
#include <vector>

namespace herald {

struct EventImportOptions;

// Maps the rows of one activity file on the import's parsing thread (see runImportFile). Consecutive lines of one
// order become one purchase worth their sum; a cancelled order is marked (or skipped).
class EventRowProducer
{
public:
    EventRowProducer(const EventImportPlan &plan, const EventImportOptions &options);

    void map(const CsvRecord &record, std::vector<MappedEventRow> &rows);
    // At the end of the file: the order whose lines were being read.
    void finish(std::vector<MappedEventRow> &rows);

private:
    const EventImportOptions &m_options;
    EventRowMapper m_mapper;
    std::optional<MappedEventRow> m_order; // the order whose lines are being read
};

} // namespace herald
