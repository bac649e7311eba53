#include "workspacetrends.h"

#include "calendarmonth.h"
#include "database.h"
#include "domain.h"

#include <QCoreApplication>

#include <map>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::WorkspaceTrends)
};

struct Growth
{
    qint64 newContacts = 0;
    qint64 unsubscribes = 0;
    qint64 cleaned = 0;
    qint64 subscribedChange = 0;
};

constexpr int subscribed = static_cast<int>(ContactStatus::Subscribed);

bool isUnsubscribe(int status)
{
    return status == int(ContactStatus::Unsubscribed) || status == int(ContactStatus::Complained);
}

bool isCleaned(int status)
{
    return status == int(ContactStatus::Cleaned) || status == int(ContactStatus::Bounced);
}

// Contacts and the ledger, both in contact order, walked side by side: each ledger entry that enters or leaves
// "subscribed" moves the month's subscribed count; a contact without a ledger counts from its creation.
std::map<qint64, Growth> readGrowth(Database &db)
{
    std::map<qint64, Growth> months;
    Statement contacts = db.prepare("SELECT id, status, created_at FROM contacts ORDER BY id");
    Statement ledger = db.prepare("SELECT contact_id, status, occurred_at FROM consent_events "
                                  "ORDER BY contact_id, occurred_at, id");
    bool ledgerRow = ledger.step();
    while (contacts.step()) {
        const qint64 id = contacts.columnInt(0);
        Growth &created = months[calendarMonthOf(contacts.columnInt(2))];
        ++created.newContacts;
        while (ledgerRow && ledger.columnInt(0) < id) // entries of contacts that are gone
            ledgerRow = ledger.step();
        if (!ledgerRow || ledger.columnInt(0) != id) {
            if (contacts.columnInt(1) == subscribed)
                ++created.subscribedChange;
            continue;
        }
        int previous = -1;
        for (; ledgerRow && ledger.columnInt(0) == id; ledgerRow = ledger.step()) {
            const int status = static_cast<int>(ledger.columnInt(1));
            Growth &month = months[calendarMonthOf(ledger.columnInt(2))];
            if (status != previous) {
                month.unsubscribes += isUnsubscribe(status);
                month.cleaned += isCleaned(status);
                month.subscribedChange += (status == subscribed) - (previous == subscribed);
            }
            previous = status;
        }
    }
    return months;
}

struct Engagement
{
    qint64 campaigns = 0;
    qint64 delivered = 0;
    qint64 humanOpeners = 0;
    qint64 clickers = 0;
};

std::map<qint64, Engagement> readEngagement(Database &db)
{
    std::map<qint64, Engagement> months;
    Statement campaigns = db.prepare(
        "SELECT coalesce(c.sent_at, s.first_send_at), coalesce(nullif(s.recipients, 0), c.recipients, 0), "
        "coalesce(s.bounced, 0) + coalesce(s.soft_bounced, 0), coalesce(s.human_openers, 0), coalesce(s.clickers, 0) "
        "FROM campaigns c LEFT JOIN campaign_stats s ON s.campaign_id = c.id "
        "WHERE coalesce(c.sent_at, s.first_send_at) IS NOT NULL");
    while (campaigns.step()) {
        Engagement &month = months[calendarMonthOf(campaigns.columnInt(0))];
        ++month.campaigns;
        month.delivered += std::max<qint64>(0, campaigns.columnInt(1) - campaigns.columnInt(2));
        month.humanOpeners += campaigns.columnInt(3);
        month.clickers += campaigns.columnInt(4);
    }
    return months;
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

Result<WorkspaceTrends> workspaceTrends(Database &db)
{
    WorkspaceTrends trends;
    try {
        const std::map<qint64, Growth> growth = readGrowth(db);
        if (!growth.empty()) {
            qint64 subscribedNow = 0;
            for (qint64 month = growth.begin()->first; month <= growth.rbegin()->first; ++month) {
                const auto found = growth.find(month);
                const Growth values = found != growth.end() ? found->second : Growth{};
                subscribedNow += values.subscribedChange;
                trends.growth.append({firstDayOfCalendarMonth(month), values.newContacts, values.unsubscribes,
                                      values.cleaned, subscribedNow});
            }
        }
        const std::map<qint64, Engagement> engagement = readEngagement(db);
        if (!engagement.empty()) {
            for (qint64 month = engagement.begin()->first; month <= engagement.rbegin()->first; ++month) {
                const auto found = engagement.find(month);
                const Engagement values = found != engagement.end() ? found->second : Engagement{};
                trends.engagement.append({firstDayOfCalendarMonth(month), values.campaigns, values.delivered,
                                          values.humanOpeners, values.clickers,
                                          ratio(values.humanOpeners, values.delivered),
                                          ratio(values.clickers, values.delivered)});
            }
        }
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the workspace trends: %1").arg(error.message()), db.path()};
    }
    return trends;
}

} // namespace herald
