#pragma once

#include "csv/csvformat.h"
#include "domain.h"
#include "jobcontrol.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace herald {

class Workspace;

struct ContactExportOptions
{
    QString profileId; // whose import layout to write
    QString outPath;
    QString segment;                     // only the members of this segment; empty: every contact
    std::optional<ContactStatus> status; // only contacts with this status (never a suppressed one for a send list)
    qint64 scheduleId = 0;               // write each contact's scheduled send time; 0: none
    // Export the suppressed contacts (unsubscribed, cleaned, bounced, complained) as a suppression list instead
    // of a send list, for ESPs that accept one.
    bool suppressionList = false;
    QChar delimiter;                          // null: the layout's
    CsvEncoding encoding = CsvEncoding::Auto; // Auto: the layout's
    std::optional<bool> bom;                  // unset: the layout's
};

struct ContactExportReport
{
    QString path;
    QString profileId;
    qint64 written = 0;
    qint64 suppressedLeftOut = 0; // matched the selection but may not be sent to
    double seconds = 0;
};

// What an export with these options would write, for the export dialog's preview.
struct ContactExportCount
{
    qint64 toWrite = 0;           // rows of the file
    qint64 suppressedLeftOut = 0; // matched the selection but may not be sent to (send lists only)
};

// Counts what exportContacts would write with `options` (output path and format are not needed). Reads the
// selection once: run it off the GUI thread on a large workspace.
Result<ContactExportCount> countContactExport(Workspace &workspace, const ContactExportOptions &options);

// The names of the workspace's segments, by name, for choosing what to export.
Result<QStringList> exportSegmentNames(Workspace &workspace);

// Writes the selected contacts in the ESP's contact import layout. The file appears whole or not at all: a
// failure or cancel leaves any earlier file at that path untouched. Suppressed contacts are never in a send list.
Result<ContactExportReport> exportContacts(Workspace &workspace, const ContactExportOptions &options,
                                           const JobControl &control = {});

} // namespace herald
