// herald contacts list, herald contacts show, herald campaigns list
#include "command.h"
#include <QCoreApplication>

#include "explorehelpers.h"
#include "query/campaignstats.h"
#include "query/contactquery.h"
#include "texttable.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLocale>

#include <numeric>

namespace herald::cli {

int contactsShow(Context &context); // contactshow.cpp

namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};

template <typename Value>
QString choices(const auto &all, QString (*key)(Value))
{
    QStringList keys;
    for (const Value value : all)
        keys.append(key(value));
    return keys.join(QStringLiteral(", "));
}

// Reads the filter and sort options into a query; on a bad value prints the usage error and returns nothing.
std::optional<ContactQuery> queryFromOptions(Context &context)
{
    const QCommandLineParser &parser = context.parser();
    ContactQuery query;
    query.search = parser.value(QStringLiteral("search"));
    for (const QString &value : optionValues(parser, QStringLiteral("status"))) {
        const auto status = statusFromKey(value);
        if (!status) {
            context.usageError(Tr::tr("unknown status \"%1\"; use one of: %2.")
                                   .arg(value, choices<ContactStatus>(allContactStatuses, statusKey)));
            return std::nullopt;
        }
        query.statuses.append(*status);
    }
    for (const QString &value : optionValues(parser, QStringLiteral("engagement"))) {
        const auto level = engagementFromKey(value);
        if (!level) {
            context.usageError(Tr::tr("unknown engagement \"%1\"; use one of: %2.")
                                   .arg(value, choices<EngagementLevel>(allEngagementLevels, engagementKey)));
            return std::nullopt;
        }
        query.engagement.append(*level);
    }
    query.tags = optionValues(parser, QStringLiteral("tag"));
    for (const QString &country : optionValues(parser, QStringLiteral("country")))
        query.countries.append(country.toUpper()); // stored as ISO codes
    query.timeZones = optionValues(parser, QStringLiteral("time-zone"));
    if (parser.isSet(QStringLiteral("sort"))) {
        const auto sort = contactSortFieldFromKey(parser.value(QStringLiteral("sort")));
        if (!sort) {
            context.usageError(Tr::tr("unknown sort \"%1\"; use one of: %2.")
                                   .arg(parser.value(QStringLiteral("sort")),
                                        choices<ContactSortField>(allContactSortFields, contactSortFieldKey)));
            return std::nullopt;
        }
        query.sort = *sort;
    }
    query.order = parser.isSet(QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return query;
}

QJsonObject contactJson(const ContactRow &row)
{
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("email"), row.email},
        {QStringLiteral("first_name"), row.firstName},
        {QStringLiteral("last_name"), row.lastName},
        {QStringLiteral("company"), row.company},
        {QStringLiteral("country"), row.country},
        {QStringLiteral("time_zone"), row.timeZone},
        {QStringLiteral("status"), statusKey(row.status)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
        {QStringLiteral("last_activity_at"), isoTime(row.lastActivityAt)},
        {QStringLiteral("engagement"), engagementKey(row.engagement)},
        {QStringLiteral("tags"),
         QJsonArray::fromStringList(row.tags.isEmpty() ? QStringList() : row.tags.split(QStringLiteral(", ")))},
    };
}

int contactsList(Context &context)
{
    const auto limit = context.intOption(QStringLiteral("limit"), 50, 1, 1'000'000);
    if (!limit)
        return exitUsage;
    const std::optional<ContactQuery> query = queryFromOptions(context);
    if (!query)
        return exitUsage;
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    if (auto ready = ensureActivity(*workspace); !ready)
        return context.fail(ready.error());
    auto total = query->count(workspace->db());
    if (!total)
        return context.fail(total.error());
    auto page = query->fetchPage(workspace->db(), {}, static_cast<int>(*limit));
    if (!page)
        return context.fail(page.error());

    if (context.json()) {
        QJsonArray contacts;
        for (const ContactRow &row : page->rows)
            contacts.append(contactJson(row));
        context.printJson({{QStringLiteral("total"), *total}, {QStringLiteral("contacts"), contacts}});
        return exitOk;
    }
    const QLocale locale;
    if (page->rows.isEmpty()) {
        context.printLine(Tr::tr("No contacts match."));
        return exitOk;
    }
    TextTable table;
    table.addColumn(Tr::tr("EMAIL"));
    table.addColumn(Tr::tr("NAME"), TextTable::Align::Left, 28);
    table.addColumn(Tr::tr("COMPANY"), TextTable::Align::Left, 24);
    table.addColumn(Tr::tr("COUNTRY"));
    table.addColumn(Tr::tr("STATUS"));
    table.addColumn(Tr::tr("ENGAGEMENT"));
    table.addColumn(Tr::tr("LAST ACTIVITY"));
    table.addColumn(Tr::tr("TAGS"), TextTable::Align::Left, 30);
    for (const ContactRow &row : page->rows) {
        table.addRow({row.email, QStringList{row.firstName, row.lastName}.join(QLatin1Char(' ')).trimmed(), row.company,
                      row.country, statusDisplayName(row.status), engagementDisplayName(row.engagement),
                      tableDate(row.lastActivityAt), row.tags});
    }
    for (const QString &line : table.lines())
        context.printLine(line);
    context.printLine(Tr::tr("Showing %1 of %2 contacts. Sorted by: %3.")
                          .arg(locale.toString(page->rows.size()), locale.toString(*total),
                               contactSortFieldDisplayName(query->sort)));
    return exitOk;
}

QJsonObject campaignJson(const CampaignStats &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("sent_at"), isoTime(c.sentAt)},
        {QStringLiteral("recipients"), c.recipients},
        {QStringLiteral("delivered"), c.delivered},
        {QStringLiteral("bounced"), c.bounced},
        {QStringLiteral("soft_bounced"), c.softBounced},
        {QStringLiteral("opens"), c.opens},
        {QStringLiteral("human_opens"), c.humanOpens},
        {QStringLiteral("machine_opens"), c.machineOpens},
        {QStringLiteral("openers"), c.openers},
        {QStringLiteral("human_openers"), c.humanOpeners},
        {QStringLiteral("responders"), c.responders},
        {QStringLiteral("clicks"), c.clicks},
        {QStringLiteral("clickers"), c.clickers},
        {QStringLiteral("unsubscribes"), c.unsubscribes},
        {QStringLiteral("complaints"), c.complaints},
        {QStringLiteral("purchases"), c.purchases},
        {QStringLiteral("revenue"), c.revenue},
        {QStringLiteral("open_rate"), c.openRate},
        {QStringLiteral("click_rate"), c.clickRate},
        {QStringLiteral("click_to_open_rate"), c.clickToOpenRate},
        {QStringLiteral("unsubscribe_rate"), c.unsubscribeRate},
        {QStringLiteral("bounce_rate"), c.bounceRate},
    };
}

int campaignsList(Context &context)
{
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    if (auto ready = ensureActivity(*workspace); !ready)
        return context.fail(ready.error());
    auto campaigns = listCampaigns(workspace->db());
    if (!campaigns)
        return context.fail(campaigns.error());
    if (context.json()) {
        QJsonArray list;
        for (const CampaignStats &campaign : *campaigns)
            list.append(campaignJson(campaign));
        context.printJson({{QStringLiteral("campaigns"), list}});
        return exitOk;
    }
    if (campaigns->isEmpty()) {
        context.printLine(Tr::tr("No campaigns yet."));
        return exitOk;
    }
    const QLocale locale;
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn(Tr::tr("SENT"));
    table.addColumn(Tr::tr("CAMPAIGN"), Align::Left, 32);
    table.addColumn(Tr::tr("RECIPIENTS"), Align::Right);
    table.addColumn(Tr::tr("OPEN RATE"), Align::Right);
    table.addColumn(Tr::tr("CLICK RATE"), Align::Right);
    table.addColumn(Tr::tr("CLICK-TO-OPEN"), Align::Right);
    table.addColumn(Tr::tr("UNSUB RATE"), Align::Right);
    table.addColumn(Tr::tr("MACHINE OPENS"), Align::Right);
    table.addColumn(Tr::tr("REVENUE"), Align::Right);
    for (const CampaignStats &c : *campaigns) {
        table.addRow({tableDate(c.sentAt), c.name, locale.toString(c.recipients), percent(c.openRate),
                      percent(c.clickRate), percent(c.clickToOpenRate), percent(c.unsubscribeRate),
                      locale.toString(c.machineOpens), locale.toString(c.revenue, 'f', 2)});
    }
    for (const QString &line : table.lines())
        context.printLine(line);
    context.printLine(Tr::tr("Open rates count people only: %1 opens made by mail clients or scanners are left out.")
                          .arg(locale.toString(std::accumulate(
                              campaigns->cbegin(), campaigns->cend(), qint64(0),
                              [](qint64 sum, const CampaignStats &c) { return sum + c.machineOpens; }))));
    return exitOk;
}

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

} // namespace

void addExploreCommands(QList<Command> &commands)
{
    commands.append(
        {{QStringLiteral("contacts"), QStringLiteral("list")},
         {},
         Tr::tr("List contacts: search names, emails and companies, filter by status, tag, country, time "
                "zone or engagement, sort by any column."),
         {valueOption("search", "TEXT"), valueOption("status", "STATUS"), valueOption("tag", "TAG"),
          valueOption("country", "CODE"), valueOption("time-zone", "ZONE"), valueOption("engagement", "LEVEL"),
          valueOption("sort", "FIELD"), QCommandLineOption(QStringLiteral("desc")), valueOption("limit", "N")},
         true,
         contactsList});
    commands.append({{QStringLiteral("contacts"), QStringLiteral("show")},
                     QStringLiteral("EMAIL"),
                     Tr::tr("Show one contact: fields, tags, consent history, activity and when it opens and clicks."),
                     {valueOption("events", "N")},
                     true,
                     contactsShow});
    commands.append({{QStringLiteral("campaigns"), QStringLiteral("list")},
                     {},
                     Tr::tr("List campaigns, newest first, with opens (people and machines), clicks, unsubscribes, "
                            "bounces, revenue and rates."),
                     {},
                     true,
                     campaignsList});
}

} // namespace herald::cli
