#pragma once

#include "csv/csvsniffer.h"
#include "eventrowmapper.h"
#include "importsource.h"
#include "jobcontrol.h"
#include "profiles/columnmapping.h"
#include "result.h"

#include <QTimeZone>

#include <optional>

namespace herald {

class EspProfile;
struct EventImportOptions;
struct ExportKind;

// Everything decided about one activity file or campaign report before its rows are read.
struct EventImportPlan
{
    ImportSource source;
    CsvSniffResult sniff;
    const EspProfile *profile = nullptr;
    const ExportKind *exportKind = nullptr;
    RecordKind record = RecordKind::Events;
    double confidence = 0;
    ColumnMapping mapping;
    QTimeZone fileZone;
    DateOrder dateOrder = DateOrder::Unknown;
    std::optional<EventType> fixedType; // from the layout or the file's name, when no column gives it
    QString fileCampaign;               // the campaign the file's name gives, when no column names one
    // Set when the file is neither an activity file nor a campaign report (an audience list in a ZIP of a whole
    // account export): why, so the import can skip it and say so.
    QString unusable;
};

// Sniffs the file and settles profile, layout and mapping: the user's --profile first, detection otherwise, then
// the file's name for the event type or campaign. Numeric day/month order is inferred from the whole file when the
// sample leaves it open, and an error asks the user when the file cannot settle it either.
Result<EventImportPlan> planEventImport(const ImportSource &source, const EventImportOptions &options,
                                        const QTimeZone &workspaceZone, const JobControl &control = {});

EventRowMapper::Settings eventMapperSettings(const EventImportPlan &plan);

} // namespace herald
