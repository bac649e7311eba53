// herald import contacts, herald import events, herald export contacts
#include "command.h"

#include "csv/csvwriter.h"
#include "export/contactexport.h"
#include "import/contactimport.h"
#include "import/eventimport.h"
#include "import/eventrowmapper.h"
#include "timezones/timezoneresolver.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace herald::cli {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};

void printIndexesPending(Context &context)
{
    context.printLine(Tr::tr("The search and sort indexes for these rows are built in the background the next time "
                             "Herald's window opens this workspace, or now with: herald index"));
}

QJsonObject rejectJson(const ImportReject &reject)
{
    QJsonObject object{{QStringLiteral("line"), reject.line}, {QStringLiteral("reason"), reject.reason}};
    if (reject.column > 0)
        object.insert(QStringLiteral("column"), reject.column);
    if (!reject.field.isEmpty())
        object.insert(QStringLiteral("field"), reject.field);
    return object;
}

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

// Reads the options every import shares (contacts and events name them alike); prints a usage error and returns
// false when one is wrong.
template <typename Options>
bool readCommonImportOptions(Context &context, Options &options, int &exitCode)
{
    QCommandLineParser &parser = context.parser();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3) {
        exitCode = context.usageError(positional.value(1) == QLatin1StringView("events")
                                          ? Tr::tr("which file? herald import events FILE")
                                          : Tr::tr("which file? herald import contacts FILE"));
        return false;
    }
    options.filePath = positional.at(2);
    options.profileId = parser.value(QStringLiteral("profile"));
    options.zipMember = parser.value(QStringLiteral("member"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = csvEncodingFromKey(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            exitCode = context.usageError(Tr::tr("--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or "
                                                 "windows-1252, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("encoding"))));
            return false;
        }
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = csvDelimiterFromKey(parser.value(QStringLiteral("delimiter")));
        if (!delimiter) {
            exitCode = context.usageError(Tr::tr("--delimiter takes auto, \",\", \";\", tab or \"|\", not \"%1\".")
                                              .arg(parser.value(QStringLiteral("delimiter"))));
            return false;
        }
        options.delimiter = *delimiter;
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        auto zone = TimeZoneResolver::shared().zoneFromName(parser.value(QStringLiteral("timezone")));
        if (!zone.ok()) {
            exitCode = context.usageError(Tr::tr("--timezone: %1").arg(zone.error().message));
            return false;
        }
        options.fileZone = zone.value();
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order")).toLower();
        if (order == QLatin1StringView("dmy"))
            options.dateOrder = DateOrder::DayFirst;
        else if (order == QLatin1StringView("mdy"))
            options.dateOrder = DateOrder::MonthFirst;
        else if (order != QLatin1StringView("auto")) {
            exitCode = context.usageError(Tr::tr("--date-order takes dmy, mdy or auto, not \"%1\".").arg(order));
            return false;
        }
    }
    return true;
}

bool readImportOptions(Context &context, ContactImportOptions &options, int &exitCode)
{
    if (!readCommonImportOptions(context, options, exitCode))
        return false;
    QCommandLineParser &parser = context.parser();
    for (const QString &map : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        if (equals <= 0 || equals == map.size() - 1) {
            exitCode = context.usageError(Tr::tr("--map takes COLUMN=FIELD, not \"%1\".").arg(map));
            return false;
        }
        options.columnOverrides.append({map.left(equals), map.mid(equals + 1)});
    }
    if (parser.isSet(QStringLiteral("on-duplicate"))) {
        const auto policy = duplicatePolicyFromKey(parser.value(QStringLiteral("on-duplicate")));
        if (!policy) {
            exitCode = context.usageError(Tr::tr("--on-duplicate takes merge, overwrite or skip, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("on-duplicate"))));
            return false;
        }
        options.onDuplicate = *policy;
    }
    if (parser.isSet(QStringLiteral("default-status"))) {
        const auto status = statusFromKey(parser.value(QStringLiteral("default-status")));
        if (!status || isSuppressed(*status)) {
            exitCode = context.usageError(Tr::tr("--default-status takes subscribed, pending or non_subscribed."));
            return false;
        }
        options.defaultStatus = *status;
    }
    return true;
}

int importContactsCommand(Context &context)
{
    ContactImportOptions options;
    options.exclusive = true; // this process holds no other connection to the workspace
    int exitCode = exitOk;
    if (!readImportOptions(context, options, exitCode))
        return exitCode;
    Workspace *workspace = context.openWorkspace();
    if (!workspace)
        return exitFailure;
    const auto report = importContacts(*workspace, options, context.jobControl());
    context.endProgress();
    if (!report)
        return context.fail(report.error());

    const ContactImportFileReport &first = report->files.constFirst();
    if (context.json()) {
        QJsonArray files;
        for (const ContactImportFileReport &file : report->files)
            files.append(QJsonObject{
                {QStringLiteral("file"), file.name},
                {QStringLiteral("import_id"), file.importId},
                {QStringLiteral("profile"), file.profileId},
                {QStringLiteral("export_kind"), file.exportKind},
                {QStringLiteral("confidence"), file.confidence},
                {QStringLiteral("encoding"), csvEncodingKey(file.format.encoding)},
                {QStringLiteral("delimiter"), delimiterName(file.format.delimiter)},
                {QStringLiteral("rows_read"), file.counts.rowsRead},
                {QStringLiteral("imported"), file.counts.imported},
                {QStringLiteral("updated"), file.counts.updated},
                {QStringLiteral("duplicates"), file.counts.duplicates},
                {QStringLiteral("rejected"), file.counts.rejected},
                {QStringLiteral("consent_kept"), file.consentKept},
            });
        QJsonArray rejects;
        for (const ImportReject &reject : report->rejects.mid(0, 100))
            rejects.append(rejectJson(reject));
        QJsonObject zones;
        for (auto it = report->zoneSources.constBegin(); it != report->zoneSources.constEnd(); ++it)
            zones.insert(it.key(), it.value());
        context.printJson({
            {QStringLiteral("rows_read"), report->counts.rowsRead},
            {QStringLiteral("imported"), report->counts.imported},
            {QStringLiteral("updated"), report->counts.updated},
            {QStringLiteral("duplicates"), report->counts.duplicates},
            {QStringLiteral("rejected"), report->counts.rejected},
            {QStringLiteral("consent_kept"), report->consentKept},
            {QStringLiteral("warnings"), report->warningCount},
            {QStringLiteral("profile"), first.profileId},
            {QStringLiteral("encoding"), csvEncodingKey(first.format.encoding)},
            {QStringLiteral("delimiter"), delimiterName(first.format.delimiter)},
            {QStringLiteral("time_zone_sources"), zones},
            {QStringLiteral("files"), files},
            {QStringLiteral("rejects"), rejects},
            {QStringLiteral("indexes_pending"), report->indexesDeferred},
            {QStringLiteral("seconds"), report->seconds},
        });
        return exitOk;
    }
    const QLocale locale;
    for (const ContactImportFileReport &file : report->files)
        context.printLine(Tr::tr("%1: %2 (%3), %4, %5 delimited")
                              .arg(file.name, file.profileName,
                                   file.exportKind.isEmpty() ? Tr::tr("generic layout") : file.exportKind,
                                   csvEncodingDisplayName(file.format.encoding),
                                   csvDelimiterDisplayName(file.format.delimiter)));
    context.printLine(Tr::tr("Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)")
                          .arg(locale.toString(report->counts.rowsRead), locale.toString(report->counts.imported),
                               locale.toString(report->counts.updated), locale.toString(report->counts.duplicates),
                               locale.toString(report->counts.rejected), locale.toString(report->seconds, 'f', 1)));
    if (report->consentKept > 0)
        context.printLine(Tr::tr("%1 contacts stayed opted out although the file lists them as subscribed.")
                              .arg(locale.toString(report->consentKept)));
    for (const ImportReject &reject : report->rejects.mid(0, 20))
        context.printLine(
            Tr::tr("  rejected %1").arg(Error{reject.reason, first.name, reject.line, reject.column}.toString()));
    if (report->counts.rejected > 20)
        context.printLine(
            Tr::tr("  … and %1 more rejected rows (herald import list and herald import rejects ID show them all)")
                .arg(locale.toString(report->counts.rejected - 20)));
    if (report->indexesDeferred)
        printIndexesPending(context);
    return exitOk;
}

int exportContactsCommand(Context &context)
{
    QCommandLineParser &parser = context.parser();
    ContactExportOptions options;
    options.suppressionList = parser.isSet(QStringLiteral("suppression-list"));
    options.profileId = parser.value(QStringLiteral("profile"));
    options.outPath = parser.value(QStringLiteral("out"));
    if (options.profileId.isEmpty() && !options.suppressionList)
        return context.usageError(Tr::tr("--profile is required: which ESP will import the file?"));
    if (options.outPath.isEmpty())
        return context.usageError(Tr::tr("--out FILE is required."));
    options.segment = parser.value(QStringLiteral("segment"));
    if (parser.isSet(QStringLiteral("status"))) {
        options.status = statusFromKey(parser.value(QStringLiteral("status")));
        if (!options.status)
            return context.usageError(Tr::tr("unknown status \"%1\".").arg(parser.value(QStringLiteral("status"))));
    }
    const auto schedule = context.intOption(QStringLiteral("schedule"), 0, 0, std::numeric_limits<qint64>::max());
    if (!schedule)
        return exitUsage;
    options.scheduleId = *schedule;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = csvDelimiterFromKey(parser.value(QStringLiteral("delimiter")));
        if (!delimiter || delimiter->isNull())
            return context.usageError(Tr::tr("--delimiter takes \",\", \";\", tab or \"|\"."));
        options.delimiter = *delimiter;
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = csvEncodingFromKey(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return context.usageError(Tr::tr("--encoding takes utf-8, utf-16le, utf-16be or windows-1252."));
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("bom")))
        options.bom = true;
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    const auto report = exportContacts(*workspace, options, context.jobControl());
    context.endProgress();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("file"), report->path},
                           {QStringLiteral("profile"), report->profileId},
                           {QStringLiteral("written"), report->written},
                           {QStringLiteral("suppressed_left_out"), report->suppressedLeftOut},
                           {QStringLiteral("seconds"), report->seconds}});
        return exitOk;
    }
    const QLocale locale;
    context.printLine(Tr::tr("Wrote %1 contacts to %2.").arg(locale.toString(report->written), report->path));
    if (report->suppressedLeftOut > 0)
        context.printLine(Tr::tr("%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.")
                              .arg(locale.toString(report->suppressedLeftOut)));
    return exitOk;
}

int importListCommand(Context &context)
{
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    const QList<ImportSummary> imports = listImports(workspace->db());
    if (context.json()) {
        QJsonArray list;
        for (const ImportSummary &summary : imports)
            list.append(QJsonObject{{QStringLiteral("id"), summary.id},
                                    {QStringLiteral("kind"), summary.kind},
                                    {QStringLiteral("file"), summary.fileName},
                                    {QStringLiteral("sha256"), summary.sha256},
                                    {QStringLiteral("profile"), summary.profile},
                                    {QStringLiteral("started_at"), summary.startedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("rows_read"), summary.counts.rowsRead},
                                    {QStringLiteral("imported"), summary.counts.imported},
                                    {QStringLiteral("updated"), summary.counts.updated},
                                    {QStringLiteral("duplicates"), summary.counts.duplicates},
                                    {QStringLiteral("rejected"), summary.counts.rejected}});
        context.printJson({{QStringLiteral("imports"), list}});
        return exitOk;
    }
    const QLocale locale;
    for (const ImportSummary &summary : imports)
        context.printLine(Tr::tr("#%1  %2  %3 %4 (%5): %6 read, %7 new, %8 updated, %9 duplicates, %10 rejected")
                              .arg(summary.id)
                              .arg(locale.toString(summary.startedAt.toLocalTime(), QLocale::ShortFormat), summary.kind,
                                   summary.fileName, summary.profile, locale.toString(summary.counts.rowsRead),
                                   locale.toString(summary.counts.imported), locale.toString(summary.counts.updated),
                                   locale.toString(summary.counts.duplicates))
                              .arg(locale.toString(summary.counts.rejected)));
    return exitOk;
}

int importRejectsCommand(Context &context)
{
    const QStringList positional = context.parser().positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(Tr::tr("which import? herald import rejects ID (herald import list shows the ids)"));
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    const QList<ImportReject> rejects = importRejects(workspace->db(), id);
    const QString out = context.parser().value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(Error{file.errorString(), out});
        CsvWriter writer(&file);
        (void)writer.writeRow({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("field"),
                               QStringLiteral("reason"), QStringLiteral("row")});
        for (const ImportReject &reject : rejects)
            (void)writer.writeRow({QString::number(reject.line),
                                   reject.column > 0 ? QString::number(reject.column) : QString(), reject.field,
                                   reject.reason, reject.raw});
        if (auto finished = writer.finish(); !finished.ok())
            return context.fail(finished.error());
        if (!file.commit())
            return context.fail(Error{file.errorString(), out});
    }
    if (context.json()) {
        QJsonArray list;
        for (const ImportReject &reject : rejects)
            list.append(rejectJson(reject));
        context.printJson({{QStringLiteral("import_id"), id}, {QStringLiteral("rejects"), list}});
    } else if (out.isEmpty()) {
        for (const ImportReject &reject : rejects)
            context.printLine(reject.column > 0 ? Tr::tr("line %1, column %2 (%3): %4")
                                                      .arg(reject.line)
                                                      .arg(reject.column)
                                                      .arg(reject.field, reject.reason)
                                                : Tr::tr("line %1: %2").arg(reject.line).arg(reject.reason));
    } else {
        context.printLine(Tr::tr("Wrote %1 rejected rows to %2.").arg(rejects.size()).arg(out));
    }
    return exitOk;
}

bool readEventImportOptions(Context &context, EventImportOptions &options, int &exitCode)
{
    if (!readCommonImportOptions(context, options, exitCode))
        return false;
    QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("unknown-contacts"))) {
        const auto policy = unknownContactsFromKey(parser.value(QStringLiteral("unknown-contacts")));
        if (!policy) {
            exitCode = context.usageError(Tr::tr("--unknown-contacts takes create or reject, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("unknown-contacts"))));
            return false;
        }
        options.unknownContacts = *policy;
    }
    if (parser.isSet(QStringLiteral("cancelled-orders"))) {
        const auto policy = cancelledOrdersFromKey(parser.value(QStringLiteral("cancelled-orders")));
        if (!policy) {
            exitCode = context.usageError(Tr::tr("--cancelled-orders takes negative or skip, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("cancelled-orders"))));
            return false;
        }
        options.cancelledOrders = *policy;
    }
    if (parser.isSet(QStringLiteral("machine-open-seconds"))) {
        const auto seconds = context.intOption(QStringLiteral("machine-open-seconds"), 10, 0, 3600);
        if (!seconds) {
            exitCode = exitUsage;
            return false;
        }
        options.machineOpenSeconds = static_cast<int>(*seconds);
    }
    return true;
}

int importEventsCommand(Context &context)
{
    EventImportOptions options;
    options.exclusive = true; // this process holds no other connection to the workspace
    int exitCode = exitOk;
    if (!readEventImportOptions(context, options, exitCode))
        return exitCode;
    Workspace *workspace = context.openWorkspace();
    if (!workspace)
        return exitFailure;
    const auto report = importEvents(*workspace, options, context.jobControl());
    context.endProgress();
    if (!report)
        return context.fail(report.error());

    const EventImportCounts &counts = report->counts;
    const EventImportFileReport &first = report->files.constFirst();
    if (context.json()) {
        QJsonObject byType;
        for (auto it = counts.imported.cbegin(); it != counts.imported.cend(); ++it)
            byType.insert(eventTypeKey(it.key()), it.value());
        QJsonArray files;
        for (const EventImportFileReport &file : report->files)
            files.append(QJsonObject{
                {QStringLiteral("file"), file.name},
                {QStringLiteral("import_id"), file.importId},
                {QStringLiteral("profile"), file.profileId},
                {QStringLiteral("export_kind"), file.exportKind},
                {QStringLiteral("record"), file.record},
                {QStringLiteral("confidence"), file.confidence},
                {QStringLiteral("rows_read"), file.counts.rowsRead},
                {QStringLiteral("events_imported"), file.counts.eventsImported},
                {QStringLiteral("already_present"), file.counts.alreadyPresent},
                {QStringLiteral("rejected"), file.counts.rejected},
            });
        QJsonArray skipped;
        for (const auto &[name, reason] : report->skippedFiles)
            skipped.append(QJsonObject{{QStringLiteral("file"), name}, {QStringLiteral("reason"), reason}});
        QJsonArray rejects;
        for (const ImportReject &reject : report->rejects.mid(0, 100))
            rejects.append(rejectJson(reject));
        context.printJson({
            {QStringLiteral("rows_read"), counts.rowsRead},
            {QStringLiteral("events_imported"), counts.eventsImported},
            {QStringLiteral("already_present"), counts.alreadyPresent},
            {QStringLiteral("rows_merged"), counts.rowsMerged},
            {QStringLiteral("rows_skipped"), counts.rowsSkipped},
            {QStringLiteral("rejected"), counts.rejected},
            {QStringLiteral("contacts_created"), counts.contactsCreated},
            {QStringLiteral("synthetic_contacts"), counts.syntheticContacts},
            {QStringLiteral("synthetic_domain"), QString(syntheticAddressDomain)},
            {QStringLiteral("campaigns_created"), counts.campaignsCreated},
            {QStringLiteral("campaigns_updated"), counts.campaignsUpdated},
            {QStringLiteral("campaign_rows"), counts.campaignRows},
            {QStringLiteral("machine_opens"), counts.machineOpens},
            {QStringLiteral("opt_outs"), counts.optOuts},
            {QStringLiteral("cancellations"), counts.cancellations},
            {QStringLiteral("events_by_type"), byType},
            {QStringLiteral("warnings"), counts.warnings},
            {QStringLiteral("profile"), first.profileId},
            {QStringLiteral("export_kind"), first.exportKind},
            {QStringLiteral("files"), files},
            {QStringLiteral("skipped_files"), skipped},
            {QStringLiteral("rejects"), rejects},
            {QStringLiteral("indexes_pending"), report->indexesDeferred},
            {QStringLiteral("seconds"), report->seconds},
        });
        return exitOk;
    }
    const QLocale locale;
    for (const EventImportFileReport &file : report->files)
        context.printLine(Tr::tr("%1: %2 (%3)")
                              .arg(file.name, file.profileName,
                                   file.exportKind.isEmpty() ? Tr::tr("generic layout") : file.exportKind));
    for (const auto &[name, reason] : report->skippedFiles)
        context.printLine(Tr::tr("%1: skipped, %2").arg(name, reason));
    context.printLine(Tr::tr("Rows read %1: %2 new events, %3 already present, %4 rejected (%5 s)")
                          .arg(locale.toString(counts.rowsRead), locale.toString(counts.eventsImported),
                               locale.toString(counts.alreadyPresent), locale.toString(counts.rejected),
                               locale.toString(report->seconds, 'f', 1)));
    if (counts.rowsMerged > 0 || counts.cancellations > 0)
        context.printLine(Tr::tr("%1 order lines added up into their orders; %2 cancelled orders (%3).")
                              .arg(locale.toString(counts.rowsMerged), locale.toString(counts.cancellations),
                                   options.cancelledOrders == CancelledOrders::Skip
                                       ? Tr::tr("left out")
                                       : Tr::tr("kept as negative revenue")));
    if (counts.contactsCreated > 0)
        context.printLine(Tr::tr("%1 contacts added as not subscribed for addresses new to the workspace.")
                              .arg(locale.toString(counts.contactsCreated)));
    if (counts.syntheticContacts > 0)
        context.printLine(Tr::tr("%1 of them are shop customers known only by id, with addresses such as "
                                 "customer-17850@%2 (.invalid is reserved: no mail can ever reach it).")
                              .arg(locale.toString(counts.syntheticContacts), QString(syntheticAddressDomain)));
    if (counts.campaignsCreated > 0 || counts.campaignsUpdated > 0)
        context.printLine(Tr::tr("Campaigns: %1 new, %2 updated.")
                              .arg(locale.toString(counts.campaignsCreated), locale.toString(counts.campaignsUpdated)));
    if (counts.machineOpens > 0)
        context.printLine(Tr::tr("%1 opens flagged as machine-made (privacy proxies, scanners).")
                              .arg(locale.toString(counts.machineOpens)));
    if (counts.optOuts > 0)
        context.printLine(
            Tr::tr("%1 subscribed contacts opted out: the file has their unsubscribe, spam complaint or hard "
                   "bounce (recorded in their consent history).")
                .arg(locale.toString(counts.optOuts)));
    for (const ImportReject &reject : report->rejects.mid(0, 20))
        context.printLine(
            Tr::tr("  rejected %1").arg(Error{reject.reason, first.name, reject.line, reject.column}.toString()));
    if (counts.rejected > 20)
        context.printLine(Tr::tr("  … and %1 more rejected rows").arg(locale.toString(counts.rejected - 20)));
    if (report->indexesDeferred)
        printIndexesPending(context);
    return exitOk;
}

} // namespace

void addImportExportCommands(QList<Command> &commands)
{
    commands.append(
        {{QStringLiteral("import"), QStringLiteral("contacts")},
         QStringLiteral("FILE"),
         Tr::tr("Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept."),
         {QCommandLineOption(QStringLiteral("profile"), QString(), QStringLiteral("auto|ESP")),
          QCommandLineOption(QStringLiteral("encoding"), QString(), QStringLiteral("auto|utf-8|utf-16|windows-1252")),
          QCommandLineOption(QStringLiteral("delimiter"), QString(), QStringLiteral("auto|,|;|tab||")),
          QCommandLineOption(QStringLiteral("map"), QString(), QStringLiteral("COLUMN=FIELD")),
          QCommandLineOption(QStringLiteral("on-duplicate"), QString(), QStringLiteral("merge|overwrite|skip")),
          QCommandLineOption(QStringLiteral("timezone"), QString(), QStringLiteral("ZONE")),
          QCommandLineOption(QStringLiteral("date-order"), QString(), QStringLiteral("auto|dmy|mdy")),
          QCommandLineOption(QStringLiteral("member"), QString(), QStringLiteral("ZIP-MEMBER")),
          QCommandLineOption(QStringLiteral("default-status"), QString(), QStringLiteral("STATUS"))},
         true,
         importContactsCommand});
    commands.append(
        {{QStringLiteral("import"), QStringLiteral("events")},
         QStringLiteral("FILE"),
         Tr::tr(
             "Import campaign activity (opens, clicks, sends, bounces, purchases) or campaign reports from an ESP or "
             "shop export; re-importing adds nothing twice."),
         {QCommandLineOption(QStringLiteral("profile"), QString(), QStringLiteral("auto|ESP")),
          QCommandLineOption(QStringLiteral("timezone"), QString(), QStringLiteral("ZONE")),
          QCommandLineOption(QStringLiteral("date-order"), QString(), QStringLiteral("auto|dmy|mdy")),
          QCommandLineOption(QStringLiteral("unknown-contacts"), QString(), QStringLiteral("create|reject")),
          QCommandLineOption(QStringLiteral("cancelled-orders"), QString(), QStringLiteral("negative|skip")),
          QCommandLineOption(QStringLiteral("machine-open-seconds"), QString(), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("encoding"), QString(), QStringLiteral("auto|utf-8|utf-16|windows-1252")),
          QCommandLineOption(QStringLiteral("delimiter"), QString(), QStringLiteral("auto|,|;|tab||")),
          QCommandLineOption(QStringLiteral("member"), QString(), QStringLiteral("ZIP-MEMBER"))},
         true,
         importEventsCommand});
    commands.append({{QStringLiteral("import"), QStringLiteral("list")},
                     {},
                     Tr::tr("List every import with its file, SHA-256 and counts."),
                     {},
                     true,
                     importListCommand});
    commands.append({{QStringLiteral("import"), QStringLiteral("rejects")},
                     QStringLiteral("ID"),
                     Tr::tr("Show the rows an import rejected, with line, column and reason (--out writes a CSV)."),
                     {QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"))},
                     true,
                     importRejectsCommand});
    commands.append(
        {{QStringLiteral("export"), QStringLiteral("contacts")},
         {},
         Tr::tr("Write contacts in an ESP's import layout. Suppressed contacts are never in a send list; "
                "--suppression-list writes them on their own."),
         {QCommandLineOption(QStringLiteral("profile"), QString(), QStringLiteral("ESP")),
          QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("segment"), QString(), QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("status"), QString(), QStringLiteral("STATUS")),
          QCommandLineOption(QStringLiteral("schedule"), QString(), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("delimiter"), QString(), QStringLiteral("D")),
          QCommandLineOption(QStringLiteral("encoding"), QString(), QStringLiteral("E")),
          QCommandLineOption(QStringLiteral("bom")), QCommandLineOption(QStringLiteral("suppression-list"))},
         true,
         exportContactsCommand});
}

} // namespace herald::cli
