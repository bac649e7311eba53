#pragma once

#include "contactimport.h"
#include "importsource.h"

namespace herald {

class EspProfile;
struct ExportKind;

// Everything decided about one file before its rows are read: format, header, profile, mapping, date order.
struct ContactImportPlan
{
    ImportSource source;
    CsvSniffResult sniff;
    const EspProfile *profile = nullptr;
    const ExportKind *exportKind = nullptr;
    double confidence = 0;
    ColumnMapping mapping;
    QTimeZone fileZone;
    DateOrder dateOrder = DateOrder::Unknown;
};

// Sniffs the file and settles profile and mapping (options' choices first, detection otherwise). With
// `inferDates`, numeric day/month order is inferred from the whole file when the sample leaves it open, and an
// error asks the user when the file cannot settle it either.
Result<ContactImportPlan> planContactImport(const ImportSource &source, const ContactImportOptions &options,
                                            const QTimeZone &workspaceZone, bool inferDates,
                                            const JobControl &control = {});

ContactRowMapper::Settings mapperSettings(const ContactImportPlan &plan, const QTimeZone &workspaceZone);

} // namespace herald
