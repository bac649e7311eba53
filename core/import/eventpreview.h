#pragma once

#include "csv/csvsniffer.h"
#include "eventimport.h"
#include "eventrowmapper.h"
#include "jobcontrol.h"
#include "profiles/columnmapping.h"
#include "profiles/heraldfields.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace herald {

// One sample row as the activity import would read it.
struct EventPreviewRow
{
    QStringList fields; // as the file writes them
    MappedEventRow mapped;
    // Rejected only because nobody has said yet whether 05-03-2024 is 5 March or 3 May.
    bool awaitsDateOrder = false;
};

// What the import wizard shows about an activity file or campaign report before anything is written: what it is,
// how it is read, and its first rows as the import would read them (or why it is not an activity file at all).
struct EventImportPreview
{
    QStringList files;                           // the activity files an import would read (ZIP members, or the file)
    QList<QPair<QString, QString>> skippedFiles; // ZIP members that are not activity files, and why
    QString file;                                // the one previewed
    qint64 fileSize = -1;                        // bytes of the previewed file; -1 when unknown
    CsvSniffResult sniff;
    QString profileId;
    QString exportKind; // the layout's id; empty for a generic file
    RecordKind record = RecordKind::Events;
    double confidence = 0;
    ColumnMapping mapping;
    std::optional<EventType> fixedType; // every row is this event (no column says which)
    QString fileCampaign;               // the campaign the file's name gives
    // The zone times without an offset are read in, and whether that is the ESP's convention (UTC) rather than the
    // user's choice or the workspace's zone.
    QTimeZone fileZone;
    bool fileZoneIsConvention = false;
    // Data rows: exact when the sample reached the end, else estimated from the file's size.
    qint64 rows = 0;
    bool rowsExact = false;
    QList<EventPreviewRow> sample;
    QMap<EventType, int> sampleTypes; // events among the sample rows, by type
    bool hasOrders = false;           // shop orders: the cancelled-orders choice applies
    bool hasOpens = false;            // opens may be made by machines: the machine-open window applies
    bool hasContacts = false;         // rows name contacts: the unknown-addresses choice applies
    DateOrder dateOrder = DateOrder::Unknown;
    bool dateOrderNeedsAnswer = false; // every numeric date in the file could be day- or month-first
    QString ambiguousDateExample;      // such a date, for the question
    qint64 ambiguousDateLine = 0;

    // Set when no file is an activity file or campaign report: why. `contactList` then says whether the file reads
    // as a contact list instead, named by `contactProfileId` and `contactExportKind`.
    QString unusable;
    bool contactList = false;
    QString contactProfileId;
    QString contactExportKind;

    bool isUsable() const { return unusable.isEmpty(); }
};

// Reads the head of `options.filePath` (the first activity file of a ZIP, or `options.zipMember`) and says what it
// is and how its first `rows` rows would be imported. Numeric dates that the sample leaves open are settled from the
// whole file, as the import would; only then is the preview slower than a glance.
Result<EventImportPreview> previewEventImport(const EventImportOptions &options, const QTimeZone &workspaceZone,
                                              int rows = 20, const JobControl &control = {});

} // namespace herald
