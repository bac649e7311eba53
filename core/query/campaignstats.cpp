#include "campaignstats.h"

#include "database.h"
#include "domain.h"

#include <QCoreApplication>
#include <QHash>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::CampaignStats)
};

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

CampaignStats readCampaign(const Statement &row)
{
    CampaignStats stats;
    stats.id = row.columnInt(0);
    stats.name = row.columnText(1);
    stats.subject = row.columnText(2);
    stats.sentAt = row.isNull(3) ? 0 : row.columnInt(3);
    stats.recipients = row.columnInt(5);
    if (stats.recipients == 0)
        stats.recipients = row.columnInt(4); // an ESP's campaign report without per-recipient send rows
    stats.bounced = row.columnInt(6);
    stats.softBounced = row.columnInt(7);
    stats.opens = row.columnInt(8);
    stats.humanOpens = row.columnInt(9);
    stats.machineOpens = row.columnInt(10);
    stats.openers = row.columnInt(11);
    stats.humanOpeners = row.columnInt(12);
    stats.responders = row.columnInt(13);
    stats.clicks = row.columnInt(14);
    stats.clickers = row.columnInt(15);
    stats.unsubscribes = row.columnInt(16);
    stats.complaints = row.columnInt(17);
    stats.purchases = row.columnInt(18);
    stats.revenue = row.columnDouble(19);

    stats.delivered = std::max<qint64>(0, stats.recipients - stats.bounced - stats.softBounced);
    stats.openRate = ratio(stats.humanOpeners, stats.delivered);
    stats.clickRate = ratio(stats.clickers, stats.delivered);
    stats.clickToOpenRate = ratio(stats.clickers, stats.responders);
    stats.unsubscribeRate = ratio(stats.unsubscribes, stats.delivered);
    stats.bounceRate = ratio(stats.bounced + stats.softBounced, stats.recipients);
    return stats;
}

} // namespace

Result<QList<CampaignStats>> listCampaigns(Database &db)
{
    try {
        Statement statement = db.prepare(
            "SELECT c.id, c.name, c.subject, coalesce(c.sent_at, s.first_send_at), coalesce(c.recipients, 0), "
            "coalesce(s.recipients, 0), coalesce(s.bounced, 0), coalesce(s.soft_bounced, 0), coalesce(s.opens, 0), "
            "coalesce(s.human_opens, 0), coalesce(s.machine_opens, 0), coalesce(s.openers, 0), "
            "coalesce(s.human_openers, 0), coalesce(s.responders, 0), coalesce(s.clicks, 0), "
            "coalesce(s.clickers, 0), coalesce(s.unsubscribes, 0), coalesce(s.complaints, 0), "
            "coalesce(s.purchases, 0), coalesce(s.revenue, 0) "
            "FROM campaigns c LEFT JOIN campaign_stats s ON s.campaign_id = c.id "
            "ORDER BY coalesce(c.sent_at, s.first_send_at, 0) DESC, c.id DESC");
        QList<CampaignStats> campaigns;
        while (statement.step())
            campaigns.append(readCampaign(statement));
        return campaigns;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the campaigns: %1").arg(error.message()), db.path()};
    }
}

Result<QList<HourlyEngagement>> engagementByHourSinceSend(Database &db, qint64 campaignId, int hours)
{
    if (hours < 1)
        return Error{Tr::tr("The window must be at least one hour long.")};
    try {
        Statement campaign = db.prepare("SELECT coalesce(c.sent_at, s.first_send_at, 0) FROM campaigns c "
                                        "LEFT JOIN campaign_stats s ON s.campaign_id = c.id WHERE c.id = ?1");
        campaign.bind(1, campaignId);
        if (!campaign.step())
            return Error{Tr::tr("There is no campaign with id %1.").arg(campaignId)};
        const qint64 campaignSentAt = campaign.columnInt(0);

        QHash<qint64, qint64> sentAt; // contact -> its own send time
        Statement sends = db.prepare("SELECT contact_id, min(occurred_at) FROM events "
                                     "WHERE campaign_id = ?1 AND type = ?2 GROUP BY contact_id");
        sends.bind(1, campaignId).bind(2, static_cast<int>(EventType::Send));
        while (sends.step())
            sentAt.insert(sends.columnInt(0), sends.columnInt(1));

        QList<HourlyEngagement> byHour(hours);
        for (int hour = 0; hour < hours; ++hour)
            byHour[hour].hour = hour;
        Statement events = db.prepare("SELECT contact_id, type, machine, occurred_at FROM events "
                                      "WHERE campaign_id = ?1 AND type IN (?2, ?3)");
        events.bind(1, campaignId)
            .bind(2, static_cast<int>(EventType::Open))
            .bind(3, static_cast<int>(EventType::Click));
        while (events.step()) {
            const qint64 from = sentAt.value(events.columnInt(0), campaignSentAt);
            const qint64 at = events.columnInt(3);
            if (from <= 0 || at < from)
                continue;
            const qint64 hour = (at - from) / 3600;
            if (hour >= hours)
                continue;
            HourlyEngagement &bucket = byHour[static_cast<qsizetype>(hour)];
            if (static_cast<EventType>(events.columnInt(1)) == EventType::Click)
                ++bucket.clicks;
            else if (events.columnInt(2) != 0)
                ++bucket.machineOpens;
            else
                ++bucket.humanOpens;
        }
        return byHour;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the campaign's activity: %1").arg(error.message()), db.path()};
    }
}

} // namespace herald
