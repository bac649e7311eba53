#pragma once

#include "csv/csvformat.h"
#include "import/contactrowmapper.h"
#include "import/datetimeparser.h"
#include "importlog.h"
#include "jobcontrol.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace herald {

class Workspace;

// What to do with an event whose address is not in the workspace.
enum class UnknownContacts
{
    Create, // add the contact as non_subscribed (with a consent-ledger entry), so no history is lost
    Reject, // reject the row with a reason
};

// Cancelled orders (an invoice number starting with C, or an order whose lines add up to less than nothing).
enum class CancelledOrders
{
    Negative, // kept as a purchase with negative revenue, so revenue per contact nets out
    Skip,     // left out (counted as skipped rows)
};

QString unknownContactsKey(UnknownContacts policy);
std::optional<UnknownContacts> unknownContactsFromKey(const QString &key);
QString cancelledOrdersKey(CancelledOrders policy);
std::optional<CancelledOrders> cancelledOrdersFromKey(const QString &key);

struct EventImportOptions
{
    QString filePath;  // a CSV file, or a ZIP of CSV files (a whole account export: non-activity members are skipped)
    QString zipMember; // with a ZIP: only this member
    // With a ZIP and no zipMember: only these members (the import wizard's checked ones); empty: all.
    QStringList zipMembers;
    QString profileId; // empty or "auto": detected from the header row
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter; // null: sniffed
    // The zone of times written without an offset. Invalid: the profile's convention (UTC for most ESPs), else the
    // workspace's zone.
    QTimeZone fileZone;
    DateOrder dateOrder = DateOrder::Unknown; // Unknown: inferred from the whole column, or the import asks
    UnknownContacts unknownContacts = UnknownContacts::Create;
    CancelledOrders cancelledOrders = CancelledOrders::Negative;
    // An open this many seconds or less after a send of the same campaign to the same contact is a machine open.
    int machineOpenSeconds = 10;
    int keepRejects = 1000; // rejects and warnings returned in the report (all rejects are stored)
    // The caller uses the workspace alone while the import runs (the CLI does; the GUI reads it meanwhile): a large
    // import may then write without the write-ahead log, which saves copying every page from the log into the file
    // at the end (see BulkWriteSettings).
    bool exclusive = false;
};

struct EventImportCounts
{
    qint64 rowsRead = 0;       // data rows: events + already present + merged + skipped + rejected + campaign rows
    qint64 eventsImported = 0; // new events written
    qint64 alreadyPresent = 0; // events the workspace already had (an earlier import of the same export)
    qint64 rowsMerged = 0;     // order lines folded into their order's purchase event
    qint64 rowsSkipped = 0;    // rows the profile skips (never-sent mail) and cancellations when skipped
    qint64 rejected = 0;
    qint64 contactsCreated = 0;   // addresses new to the workspace, added as non_subscribed
    qint64 syntheticContacts = 0; // of those, shop customers known only by id (customer-<id>@customers.invalid)
    qint64 campaignsCreated = 0;
    qint64 campaignsUpdated = 0; // report rows that filled in or changed a known campaign
    qint64 campaignRows = 0;     // rows of campaign reports
    qint64 machineOpens = 0;     // opens flagged as machine-made by this import, including earlier opens
    qint64 cancellations = 0;    // cancelled orders (kept with negative revenue or skipped, as chosen)
    qint64 optOuts = 0; // subscribed contacts this import's unsubscribes, complaints and hard bounces opted out
    QMap<EventType, qint64> imported; // new events by type
    qint64 warnings = 0;

    void add(const EventImportCounts &other);
};

struct EventImportFileReport
{
    QString name; // file name, or "archive.zip/member.csv"
    qint64 importId = 0;
    QString profileId;
    QString profileName;
    QString exportKind;
    QString record; // "events" or "campaigns"
    double confidence = 0;
    CsvFormat format;
    EventImportCounts counts;
};

struct EventImportReport
{
    QList<EventImportFileReport> files;
    QList<QPair<QString, QString>> skippedFiles; // ZIP members that are not activity files, and why
    EventImportCounts counts;                    // over all files
    QList<ImportReject> rejects;                 // the first keepRejects
    QList<ImportWarning> warnings;               // the first keepRejects
    bool indexesDeferred = false;                // left to the background indexer (indexmaintenance.h)
    double seconds = 0;
};

// Reads activity files (opens, clicks, sends, bounces, unsubscribes, complaints, purchases) and campaign reports
// into the workspace in one transaction: on failure or cancel the workspace is exactly as before. Events of
// unknown addresses create non_subscribed contacts (or are rejected); campaigns are found by id or name, or
// created; an event already in the workspace is not added again; opens a few seconds after their send are flagged
// machine-made. Progress is reported in bytes.
Result<EventImportReport> importEvents(Workspace &workspace, const EventImportOptions &options,
                                       const JobControl &control = {});

} // namespace herald
