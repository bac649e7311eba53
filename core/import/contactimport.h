#pragma once

#include "contactwriter.h"
#include "csv/csvformat.h"
#include "csv/csvsniffer.h"
#include "import/contactrowmapper.h"
#include "import/datetimeparser.h"
#include "importlog.h"
#include "jobcontrol.h"
#include "profiles/columnmapping.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace herald {

class Workspace;

struct ContactImportOptions
{
    QString filePath;  // a CSV file, or a ZIP of CSV files (Mailchimp's audience export)
    QString zipMember; // with a ZIP: import only this member; empty: every CSV member in the archive
    // With a ZIP and no zipMember: import only these members (the import wizard's checked ones); empty: all.
    QStringList zipMembers;
    QString profileId; // empty or "auto": detected from the header row
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter; // null: sniffed
    // COLUMN=FIELD overrides of the proposed mapping. FIELD is a Herald field key ("email", "first_name", ...),
    // "tags", "ignore", "custom" (a custom field named after the column) or "custom:NAME".
    QList<QPair<QString, QString>> columnOverrides;
    std::optional<ColumnMapping> mapping; // a complete mapping (from the wizard or a saved one)
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    // The zone the file's times are written in when they carry no offset. Invalid: the profile's convention (UTC
    // for most ESPs), else the workspace's zone.
    QTimeZone fileZone;
    DateOrder dateOrder = DateOrder::Unknown; // for dates such as 03/04/2025; Unknown: inferred from the whole column
    ContactStatus defaultStatus = ContactStatus::Subscribed; // rows whose file and columns say nothing about consent
    int keepRejects = 1000; // rejects and warnings returned in the report (all rejects are stored)
    // The caller uses the workspace alone while the import runs (the CLI does; the GUI reads it meanwhile): a large
    // import may then write without the write-ahead log, which saves copying every page from the log into the file
    // at the end (see BulkWriteSettings).
    bool exclusive = false;
};

// What one CSV file (or ZIP member) was and what became of its rows.
struct ContactImportFileReport
{
    QString name; // file name, or "archive.zip/member.csv"
    qint64 importId = 0;
    QString profileId;
    QString profileName;
    QString exportKind;
    double confidence = 0;
    CsvFormat format;
    ImportCounts counts;
    qint64 consentKept = 0;
    qint64 warningCount = 0;
};

struct ContactImportReport
{
    QList<ContactImportFileReport> files;
    ImportCounts counts; // over all files: rowsRead = imported + updated + duplicates + rejected
    qint64 consentKept = 0;
    qint64 warningCount = 0;
    QList<ImportReject> rejects;       // the first keepRejects, with line, column and reason
    QList<ImportWarning> warnings;     // the first keepRejects
    QMap<QString, qint64> zoneSources; // time-zone source key -> new or updated contacts
    // The import was large: the search index over its contacts, or the sort indexes, are left to the background
    // indexer (indexmaintenance.h).
    bool indexesDeferred = false;
    double seconds = 0;
};

// What the import wizard shows before anything is written: the format, the detected profile, the proposed mapping
// and the first rows as they would be imported (or why not).
struct ContactImportPreview
{
    QStringList files; // CSV members of a ZIP, or the file itself
    QString file;      // the one previewed
    CsvSniffResult sniff;
    QString profileId;
    QString exportKind;
    double confidence = 0;
    ColumnMapping mapping;
    QList<std::variant<ContactRowMapper::Mapped, ImportReject>> rows;
    DateOrder dateOrder = DateOrder::Unknown;
    bool dateOrderNeedsAnswer = false; // the sample's numeric dates could be either way round
    QString ambiguousDateExample;
};

Result<ContactImportPreview> previewContactImport(const ContactImportOptions &options, const QTimeZone &workspaceZone,
                                                  int rows = 20);

// Reads, maps, validates and merges the file into the workspace in one transaction: on failure or cancel the
// workspace is exactly as before. Progress is reported in bytes.
Result<ContactImportReport> importContacts(Workspace &workspace, const ContactImportOptions &options,
                                           const JobControl &control = {});

} // namespace herald
