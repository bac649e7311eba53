// herald contacts show EMAIL: one contact as JSON or as a readable report.
#include "command.h"
#include <QCoreApplication>

#include "explorehelpers.h"
#include "query/contactdetail.h"
#include "texttable.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace herald::cli {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};

const char *const weekdayKeys[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

QJsonObject detailJson(const ContactDetail &d)
{
    QJsonArray consent;
    for (const ConsentEntry &entry : d.consent) {
        consent.append(QJsonObject{
            {QStringLiteral("status"), statusKey(entry.status)},
            {QStringLiteral("at"), isoTime(entry.at)},
            {QStringLiteral("source"), entry.source},
            {QStringLiteral("import_id"), entry.importId ? QJsonValue(entry.importId) : QJsonValue()},
            {QStringLiteral("import_file"), entry.importFile.isEmpty() ? QJsonValue() : QJsonValue(entry.importFile)},
            {QStringLiteral("note"), entry.note.isEmpty() ? QJsonValue() : QJsonValue(entry.note)},
        });
    }
    QJsonArray timeline;
    for (const TimelineEvent &event : d.timeline.events) {
        timeline.append(QJsonObject{
            {QStringLiteral("type"), eventTypeKey(event.type)},
            {QStringLiteral("at"), isoTime(event.at)},
            {QStringLiteral("machine"), event.machine},
            {QStringLiteral("campaign_id"), event.campaignId ? QJsonValue(event.campaignId) : QJsonValue()},
            {QStringLiteral("campaign"), event.campaignName.isEmpty() ? QJsonValue() : QJsonValue(event.campaignName)},
            {QStringLiteral("url"), event.url.isEmpty() ? QJsonValue() : QJsonValue(event.url)},
            {QStringLiteral("revenue"), event.revenue ? QJsonValue(*event.revenue) : QJsonValue()},
        });
    }
    QJsonArray counts;
    for (const auto &day : d.heatmap.counts) {
        QJsonArray hours;
        for (const qint64 count : day)
            hours.append(count);
        counts.append(hours);
    }
    QJsonArray weekdays;
    for (const char *key : weekdayKeys)
        weekdays.append(QString::fromLatin1(key));
    const ContactActivitySummary &a = d.activity;
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("email"), d.email},
        {QStringLiteral("first_name"), d.firstName},
        {QStringLiteral("last_name"), d.lastName},
        {QStringLiteral("company"), d.company},
        {QStringLiteral("phone"), d.phone},
        {QStringLiteral("address"), d.address},
        {QStringLiteral("city"), d.city},
        {QStringLiteral("region"), d.region},
        {QStringLiteral("postal_code"), d.postalCode},
        {QStringLiteral("country"), d.country},
        {QStringLiteral("language"), d.language},
        {QStringLiteral("time_zone"), d.timeZone},
        {QStringLiteral("time_zone_source"), d.timeZoneSource},
        {QStringLiteral("status"), statusKey(d.status)},
        {QStringLiteral("fields"), d.fields},
        {QStringLiteral("source_import"), d.sourceImportFile.isEmpty() ? QJsonValue() : QJsonValue(d.sourceImportFile)},
        {QStringLiteral("created_at"), isoTime(d.createdAt)},
        {QStringLiteral("updated_at"), isoTime(d.updatedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
        {QStringLiteral("consent"), consent},
        {QStringLiteral("activity"),
         QJsonObject{
             {QStringLiteral("sends"), a.sends},
             {QStringLiteral("opens"), a.opens},
             {QStringLiteral("human_opens"), a.humanOpens},
             {QStringLiteral("clicks"), a.clicks},
             {QStringLiteral("purchases"), a.purchases},
             {QStringLiteral("revenue"), a.revenue},
             {QStringLiteral("opened_campaigns"), a.openedCampaigns},
             {QStringLiteral("clicked_campaigns"), a.clickedCampaigns},
             {QStringLiteral("last_open_at"), isoTime(a.lastOpenAt)},
             {QStringLiteral("last_click_at"), isoTime(a.lastClickAt)},
             {QStringLiteral("last_purchase_at"), isoTime(a.lastPurchaseAt)},
             {QStringLiteral("last_activity_at"), isoTime(a.lastActivityAt)},
             {QStringLiteral("engagement"), engagementKey(a.engagement)},
         }},
        {QStringLiteral("event_count"), d.eventCount},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("heatmap"),
         QJsonObject{
             {QStringLiteral("time_zone"), QString::fromUtf8(d.heatmap.zoneId)},
             {QStringLiteral("contact_zone"), d.heatmap.contactZone},
             {QStringLiteral("weekdays"), weekdays},
             {QStringLiteral("counts"), counts},
             {QStringLiteral("total"), d.heatmap.total},
         }},
    };
}

void printField(const Context &context, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        context.printLine(QStringLiteral("%1 %2").arg(label.leftJustified(16), value));
}

void printTable(const Context &context, const TextTable &table)
{
    for (const QString &line : table.lines(2))
        context.printLine(line);
}

void printHeatmap(const Context &context, const ActivityHeatmap &map)
{
    context.printLine(
        Tr::tr("Opens and clicks by local time (%1%2):")
            .arg(QString::fromUtf8(map.zoneId), map.contactZone ? QString() : Tr::tr(", the workspace's zone")));
    if (map.total == 0) {
        context.printLine(Tr::tr("  none yet"));
        return;
    }
    QString header = QStringLiteral("       ");
    for (int hour = 0; hour < 24; ++hour)
        header += QStringLiteral(" %1").arg(hour, 2, 10, QLatin1Char('0'));
    context.printLine(header);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        QString line = QStringLiteral("  ") + locale.dayName(day + 1, QLocale::ShortFormat).leftJustified(5);
        for (const qint64 count : map.counts[static_cast<size_t>(day)])
            line += count ? QStringLiteral("%1").arg(count, 3) : QStringLiteral("  .");
        context.printLine(line);
    }
}

void printDetail(const Context &context, const ContactDetail &d, qint64 shownEvents)
{
    const QLocale locale;
    const QString name = QStringList{d.firstName, d.lastName}.join(QLatin1Char(' ')).trimmed();
    context.printLine(name.isEmpty() ? d.email : QStringLiteral("%1 <%2>").arg(name, d.email));
    printField(context, Tr::tr("Status:"), statusDisplayName(d.status));
    printField(context, Tr::tr("Company:"), d.company);
    printField(context, Tr::tr("Phone:"), d.phone);
    printField(context, Tr::tr("Address:"),
               QStringList{d.address, d.postalCode, d.city, d.region, d.country}
                   .filter(QRegularExpression(QStringLiteral("\\S")))
                   .join(QStringLiteral(", ")));
    printField(context, Tr::tr("Language:"), d.language);
    printField(context, Tr::tr("Time zone:"),
               d.timeZone.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(d.timeZone, d.timeZoneSource));
    printField(context, Tr::tr("Created:"), tableTime(d.createdAt) + QStringLiteral(" UTC"));
    printField(context, Tr::tr("Imported from:"), d.sourceImportFile);
    printField(context, Tr::tr("Tags:"), d.tags.join(QStringLiteral(", ")));
    const ContactActivitySummary &a = d.activity;
    printField(context, Tr::tr("Engagement:"),
               a.lastActivityAt
                   ? Tr::tr("%1, last active %2").arg(engagementDisplayName(a.engagement), tableDate(a.lastActivityAt))
                   : engagementDisplayName(a.engagement));
    printField(context, Tr::tr("Activity:"),
               Tr::tr("sends %1, opens %2 (by people %3), clicks %4, purchases %5 (%6)")
                   .arg(locale.toString(a.sends), locale.toString(a.opens), locale.toString(a.humanOpens),
                        locale.toString(a.clicks), locale.toString(a.purchases), locale.toString(a.revenue, 'f', 2)));
    if (!d.fields.isEmpty()) {
        context.printLine(Tr::tr("Custom fields:"));
        for (auto it = d.fields.constBegin(); it != d.fields.constEnd(); ++it)
            context.printLine(QStringLiteral("  %1: %2").arg(it.key(), it.value().toVariant().toString()));
    }

    context.printLine(QString());
    context.printLine(Tr::tr("Consent history, newest first:"));
    TextTable consent;
    consent.addColumn(Tr::tr("TIME (UTC)"));
    consent.addColumn(Tr::tr("STATUS"));
    consent.addColumn(Tr::tr("SOURCE"));
    consent.addColumn(Tr::tr("IMPORT"), TextTable::Align::Left, 32);
    consent.addColumn(Tr::tr("NOTE"), TextTable::Align::Left, 40);
    for (const ConsentEntry &entry : d.consent)
        consent.addRow(
            {tableTime(entry.at), statusDisplayName(entry.status), entry.source, entry.importFile, entry.note});
    if (consent.isEmpty())
        context.printLine(Tr::tr("  none"));
    else
        printTable(context, consent);

    context.printLine(QString());
    context.printLine(
        Tr::tr("Activity, newest first (%1 of %2 events):")
            .arg(locale.toString(std::min<qint64>(shownEvents, d.eventCount)), locale.toString(d.eventCount)));
    TextTable events;
    events.addColumn(Tr::tr("TIME (UTC)"));
    events.addColumn(Tr::tr("EVENT"));
    events.addColumn(Tr::tr("CAMPAIGN"), TextTable::Align::Left, 32);
    events.addColumn(Tr::tr("DETAIL"), TextTable::Align::Left, 48);
    for (const TimelineEvent &event : d.timeline.events) {
        QString detail = event.url;
        if (event.revenue)
            detail = locale.toString(*event.revenue, 'f', 2);
        if (event.machine)
            detail = Tr::tr("made by a machine");
        events.addRow({tableTime(event.at), eventTypeDisplayName(event.type), event.campaignName, detail});
    }
    if (events.isEmpty())
        context.printLine(Tr::tr("  none"));
    else
        printTable(context, events);

    context.printLine(QString());
    printHeatmap(context, d.heatmap);
}

} // namespace

int contactsShow(Context &context)
{
    const QStringList positionals = context.parser().positionalArguments();
    if (positionals.size() < 3)
        return context.usageError(Tr::tr("contacts show needs the contact's email address."));
    const auto events = context.intOption(QStringLiteral("events"), 20, 1, 100000);
    if (!events)
        return exitUsage;
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    if (auto ready = ensureActivity(*workspace); !ready)
        return context.fail(ready.error());
    auto id = findContactByEmail(workspace->db(), positionals.at(2));
    if (!id)
        return context.fail(id.error());
    auto detail = loadContactDetail(workspace->db(), *id, static_cast<int>(*events));
    if (!detail)
        return context.fail(detail.error());
    if (context.json())
        context.printJson(detailJson(*detail));
    else
        printDetail(context, *detail, *events);
    return exitOk;
}

} // namespace herald::cli
