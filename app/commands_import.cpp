// herald import contacts, herald import events, herald export contacts
#include "command.h"

#include "import/contactimport.h"
#include "import/eventimport.h"
#include "import/eventrowmapper.h"
#include "timezones/timezoneresolver.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace herald::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("herald::cli", text);
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
        exitCode = context.usageError(tr("which file? herald import %1 FILE").arg(positional.value(1)));
        return false;
    }
    options.filePath = positional.at(2);
    options.profileId = parser.value(QStringLiteral("profile"));
    options.zipMember = parser.value(QStringLiteral("member"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = csvEncodingFromKey(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            exitCode = context.usageError(tr("--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or "
                                             "windows-1252, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("encoding"))));
            return false;
        }
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = csvDelimiterFromKey(parser.value(QStringLiteral("delimiter")));
        if (!delimiter) {
            exitCode = context.usageError(tr("--delimiter takes auto, \",\", \";\", tab or \"|\", not \"%1\".")
                                              .arg(parser.value(QStringLiteral("delimiter"))));
            return false;
        }
        options.delimiter = *delimiter;
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        auto zone = TimeZoneResolver::shared().zoneFromName(parser.value(QStringLiteral("timezone")));
        if (!zone.ok()) {
            exitCode = context.usageError(tr("--timezone: %1").arg(zone.error().message));
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
            exitCode = context.usageError(tr("--date-order takes dmy, mdy or auto, not \"%1\".").arg(order));
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
            exitCode = context.usageError(tr("--map takes COLUMN=FIELD, not \"%1\".").arg(map));
            return false;
        }
        options.columnOverrides.append({map.left(equals), map.mid(equals + 1)});
    }
    if (parser.isSet(QStringLiteral("on-duplicate"))) {
        const auto policy = duplicatePolicyFromKey(parser.value(QStringLiteral("on-duplicate")));
        if (!policy) {
            exitCode = context.usageError(tr("--on-duplicate takes merge, overwrite or skip, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("on-duplicate"))));
            return false;
        }
        options.onDuplicate = *policy;
    }
    if (parser.isSet(QStringLiteral("default-status"))) {
        const auto status = statusFromKey(parser.value(QStringLiteral("default-status")));
        if (!status || isSuppressed(*status)) {
            exitCode = context.usageError(tr("--default-status takes subscribed, pending or non_subscribed."));
            return false;
        }
        options.defaultStatus = *status;
    }
    return true;
}

int importContactsCommand(Context &context)
{
    ContactImportOptions options;
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
            {QStringLiteral("seconds"), report->seconds},
        });
        return exitOk;
    }
    const QLocale locale;
    for (const ContactImportFileReport &file : report->files)
        context.printLine(tr("%1: %2 (%3), %4, %5 delimited")
                              .arg(file.name, file.profileName, file.exportKind.isEmpty() ? tr("generic layout")
                                                                                          : file.exportKind,
                                   csvEncodingDisplayName(file.format.encoding),
                                   csvDelimiterDisplayName(file.format.delimiter)));
    context.printLine(tr("Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)")
                          .arg(locale.toString(report->counts.rowsRead), locale.toString(report->counts.imported),
                               locale.toString(report->counts.updated), locale.toString(report->counts.duplicates),
                               locale.toString(report->counts.rejected), locale.toString(report->seconds, 'f', 1)));
    if (report->consentKept > 0)
        context.printLine(tr("%1 contacts stayed opted out although the file lists them as subscribed.")
                              .arg(locale.toString(report->consentKept)));
    for (const ImportReject &reject : report->rejects.mid(0, 20))
        context.printLine(tr("  rejected %1").arg(Error{reject.reason, first.name, reject.line, reject.column}.toString()));
    if (report->counts.rejected > 20)
        context.printLine(tr("  … and %1 more rejected rows (herald import rejects lists them all)")
                              .arg(locale.toString(report->counts.rejected - 20)));
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
            exitCode = context.usageError(tr("--unknown-contacts takes create or reject, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("unknown-contacts"))));
            return false;
        }
        options.unknownContacts = *policy;
    }
    if (parser.isSet(QStringLiteral("cancelled-orders"))) {
        const auto policy = cancelledOrdersFromKey(parser.value(QStringLiteral("cancelled-orders")));
        if (!policy) {
            exitCode = context.usageError(tr("--cancelled-orders takes negative or skip, not \"%1\".")
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
            {QStringLiteral("cancellations"), counts.cancellations},
            {QStringLiteral("events_by_type"), byType},
            {QStringLiteral("warnings"), counts.warnings},
            {QStringLiteral("profile"), first.profileId},
            {QStringLiteral("export_kind"), first.exportKind},
            {QStringLiteral("files"), files},
            {QStringLiteral("skipped_files"), skipped},
            {QStringLiteral("rejects"), rejects},
            {QStringLiteral("seconds"), report->seconds},
        });
        return exitOk;
    }
    const QLocale locale;
    for (const EventImportFileReport &file : report->files)
        context.printLine(
            tr("%1: %2 (%3)")
                .arg(file.name, file.profileName, file.exportKind.isEmpty() ? tr("generic layout") : file.exportKind));
    for (const auto &[name, reason] : report->skippedFiles)
        context.printLine(tr("%1: skipped, %2").arg(name, reason));
    context.printLine(tr("Rows read %1: %2 new events, %3 already present, %4 rejected (%5 s)")
                          .arg(locale.toString(counts.rowsRead), locale.toString(counts.eventsImported),
                               locale.toString(counts.alreadyPresent), locale.toString(counts.rejected),
                               locale.toString(report->seconds, 'f', 1)));
    if (counts.rowsMerged > 0 || counts.cancellations > 0)
        context.printLine(tr("%1 order lines added up into their orders; %2 cancelled orders (%3).")
                              .arg(locale.toString(counts.rowsMerged), locale.toString(counts.cancellations),
                                   options.cancelledOrders == CancelledOrders::Skip ? tr("left out")
                                                                                    : tr("kept as negative revenue")));
    if (counts.contactsCreated > 0)
        context.printLine(tr("%1 contacts added as not subscribed for addresses new to the workspace.")
                              .arg(locale.toString(counts.contactsCreated)));
    if (counts.syntheticContacts > 0)
        context.printLine(tr("%1 of them are shop customers known only by id, with addresses such as "
                             "customer-17850@%2 (.invalid is reserved: no mail can ever reach it).")
                              .arg(locale.toString(counts.syntheticContacts), QString(syntheticAddressDomain)));
    if (counts.campaignsCreated > 0 || counts.campaignsUpdated > 0)
        context.printLine(tr("Campaigns: %1 new, %2 updated.")
                              .arg(locale.toString(counts.campaignsCreated), locale.toString(counts.campaignsUpdated)));
    if (counts.machineOpens > 0)
        context.printLine(tr("%1 opens flagged as machine-made (privacy proxies, scanners).")
                              .arg(locale.toString(counts.machineOpens)));
    for (const ImportReject &reject : report->rejects.mid(0, 20))
        context.printLine(
            tr("  rejected %1").arg(Error{reject.reason, first.name, reject.line, reject.column}.toString()));
    if (counts.rejected > 20)
        context.printLine(tr("  … and %1 more rejected rows").arg(locale.toString(counts.rejected - 20)));
    return exitOk;
}

} // namespace

void addImportExportCommands(QList<Command> &commands)
{
    commands.append(
        {{QStringLiteral("import"), QStringLiteral("contacts")},
         QStringLiteral("FILE"),
         tr("Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept."),
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
         tr("Import campaign activity (opens, clicks, sends, bounces, purchases) or campaign reports from an ESP or "
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
}

} // namespace herald::cli
