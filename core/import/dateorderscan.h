#pragma once

#include "csv/csvsniffer.h"
#include "import/datetimeparser.h"
#include "importsource.h"
#include "jobcontrol.h"
#include "result.h"

#include <QList>

namespace herald {

// The order of numeric dates (03/04/2025) in the date `columns` of a file: from the sniffed sample when it settles
// it, else from every value in the file. An error asks the user (--date-order dmy or mdy) when the file writes every
// date both ways round or contradicts itself. Shared by the contact and activity imports.
Result<DateOrder> scanDateOrder(const ImportSource &source, const CsvSniffResult &sniff, const QList<int> &columns,
                                CsvEncoding encoding, QChar delimiter, const JobControl &control = {});

// What scanDateOrder decides from: the sample's inference when it settles the order, else the whole file's. For a
// caller that asks the user itself (the import wizard's preview) rather than failing.
Result<DateOrderInference> inferDateOrder(const ImportSource &source, const CsvSniffResult &sniff,
                                          const QList<int> &columns, CsvEncoding encoding, QChar delimiter,
                                          const JobControl &control = {});

} // namespace herald
