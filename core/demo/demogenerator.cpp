#include "demogenerator.h"

#include "contacttriggers.h"
#include "query/activityrefresh.h"

#include "activitysimulator.h"
#include "campaignplan.h"
#include "demowriter.h"
#include "geography.h"
#include "logging.h"
#include "population.h"
#include "random.h"
#include "workspace.h"
#include "zoneclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTimeZone>

#include <sqlite3.h>

namespace herald {
namespace {

using namespace demo;

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Demo)
};

constexpr qint64 day = 86400;
constexpr int progressEvery = 250; // contacts between progress reports and cancel checks

qint64 epoch(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Error cancelledError()
{
    Error error{Tr::tr("The demo was cancelled; the workspace is unchanged.")};
    error.cancelled = true;
    return error;
}

// Ties a contact's recorded profile to what happened to it: buyers become "customer"s with a loyalty tier.
void recordPurchases(DemoContact &contact, const ContactActivity &activity)
{
    if (activity.purchases == 0)
        return;
    contact.tags.append(QStringLiteral("customer"));
    const QString tier = activity.revenue >= 300   ? QStringLiteral("gold")
                         : activity.revenue >= 100 ? QStringLiteral("silver")
                                                   : QStringLiteral("bronze");
    contact.fields.append({QStringLiteral("loyalty_tier"), tier});
}

QStringList allTags()
{
    QStringList tags = {QStringLiteral("newsletter"), QStringLiteral("customer"), QStringLiteral("VIP"),
                        QStringLiteral("wholesale")};
    for (int category = 0; category < productCategoryCount; ++category)
        tags.append(categoryName(category));
    return tags;
}

} // namespace

QDate defaultDemoUntil()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return today.addDays(1 - today.dayOfWeek());
}

Result<DemoReport> generateDemo(Workspace &workspace, const DemoOptions &options, const JobControl &control)
{
    QElapsedTimer timer;
    timer.start();
    if (options.contacts < 1)
        return Error{Tr::tr("The demo needs at least one contact.")};
    const QDate until = options.until.isValid() ? options.until : defaultDemoUntil();
    const QDate start = until.addYears(-1);
    const qint64 startAt = epoch(start);
    const qint64 untilAt = epoch(until);

    DemoReport report;
    try {
        if (workspace.contactCount() > 0 || workspace.campaignCount() > 0)
            return Error{Tr::tr("The workspace is not empty: it already holds %1 contacts and %2 campaigns. "
                                "Generate the demo into a new workspace.")
                             .arg(workspace.contactCount())
                             .arg(workspace.campaignCount()),
                         QDir::toNativeSeparators(workspace.path())};

        Database &db = workspace.db();
        const BulkLoadSettings bulkLoad(db);
        Transaction transaction(db);
        const CancelGuard cancelGuard(db, control.cancelFlag);
        ContactBulkInsert bulk(db);
        DemoWriter writer(db);

        control.report(0, options.contacts, Tr::tr("Planning a year of campaigns"));
        Random planRandom(options.seed, 1);
        const std::vector<PlannedCampaign> plan = planCampaigns(start, until, planRandom);
        writer.dropEventIndexes();
        writer.writeTags(allTags());
        writer.writeCampaigns(plan, options.seed);

        // Opens can come up to a week after a send; organic orders any time in the year.
        const ZoneClock clock(zoneIds(), startAt - 2 * day, untilAt + 8 * day);
        Population population(options.seed, options.contacts, startAt, untilAt);
        ActivitySimulator simulator(plan, clock, startAt, untilAt);
        ContactActivity activity;
        const QString simulating = Tr::tr("Simulating contacts and their activity");
        for (int i = 0; i < population.count(); ++i) {
            if (i % progressEvery == 0) {
                if (control.cancelled())
                    return cancelledError();
                control.report(i, options.contacts, simulating);
            }
            Random random(options.seed, 1'000'000ULL + static_cast<quint64>(i));
            DemoContact contact = population.draw(i, random);
            simulator.simulate(contact, random, activity);
            recordPurchases(contact, activity);
            writer.writeContact(contact, activity);
            ++report.contacts;
            report.purchases += activity.purchases;
        }
        if (control.cancelled())
            return cancelledError();

        control.report(options.contacts, options.contacts, Tr::tr("Indexing events"));
        writer.recreateEventIndexes();
        writer.writeCampaignTallies(simulator.tallies());
        control.report(options.contacts, options.contacts, Tr::tr("Indexing contacts for search"));
        bulk.finish();
        control.report(options.contacts, options.contacts, Tr::tr("Summarising activity"));
        if (auto refreshed = refreshContactActivity(db, control); !refreshed.ok())
            return refreshed.error();
        workspace.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
        workspace.setMeta(QStringLiteral("demo_until"), until.toString(Qt::ISODate));
        workspace.setMeta(QStringLiteral("demo_contacts"), QString::number(options.contacts));
        if (control.cancelled())
            return cancelledError();
        control.report(options.contacts, options.contacts, Tr::tr("Saving the workspace"));
        transaction.commit();

        report.campaigns = static_cast<qint64>(plan.size());
        report.events = writer.eventsWritten();
    } catch (const SqlError &error) {
        if ((error.code() & 0xff) == SQLITE_INTERRUPT || control.cancelled())
            return cancelledError();
        return Error{Tr::tr("Cannot write the demo into the workspace: %1").arg(error.message()),
                     QDir::toNativeSeparators(workspace.path())};
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcDemo) << "Generated a demo of" << report.contacts << "contacts," << report.campaigns << "campaigns and"
                   << report.events << "events in" << report.seconds << "s";
    return report;
}

} // namespace herald
