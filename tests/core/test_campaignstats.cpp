#include "database.h"
#include "query/activityrefresh.h"
#include "query/campaignstats.h"
#include "query/workspacetrends.h"
#include "workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace herald;

namespace {

constexpr qint64 hour = 3600;

qint64 utc(const char *isoDateTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoDateTime), Qt::ISODate).toSecsSinceEpoch();
}

void addEvent(Database &db, qint64 contact, qint64 campaign, EventType type, qint64 at, bool machine = false,
              double revenue = 0)
{
    Statement insert = db.prepare("INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, revenue) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, contact);
    if (campaign)
        insert.bind(2, campaign);
    else
        insert.bindNull(2);
    insert.bind(3, int(type)).bind(4, at).bind(5, machine ? 1 : 0);
    if (revenue > 0)
        insert.bind(6, revenue);
    else
        insert.bindNull(6);
    insert.exec();
}

void addContact(Database &db, qint64 id, qint64 createdAt = 1, ContactStatus status = ContactStatus::Subscribed)
{
    Statement insert = db.prepare("INSERT INTO contacts(id, email, email_key, status, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?2, ?3, ?4, ?4)");
    insert.bind(1, id).bind(2, QStringLiteral("c%1@x.example").arg(id)).bind(3, int(status)).bind(4, createdAt).exec();
}

void addConsent(Database &db, qint64 contact, ContactStatus status, qint64 at)
{
    Statement insert = db.prepare("INSERT INTO consent_events(contact_id, status, occurred_at, source) "
                                  "VALUES (?1, ?2, ?3, 'test')");
    insert.bind(1, contact).bind(2, int(status)).bind(3, at).exec();
}

} // namespace

class TestCampaignStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const qint64 m_sent = utc("2024-02-01T10:00:00Z");

    Database &db() { return m_workspace->db(); }

private Q_SLOTS:
    // Campaign 1 went to contacts 1-10. What each did is chosen so that every count below differs from the
    // others: human against machine opens, unique against total, bounced against delivered.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("campaigns.herald")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_workspace = std::move(opened).value();
        Database &db = this->db();
        Statement campaign = db.prepare("INSERT INTO campaigns(id, name, subject, sent_at, recipients, created_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, 0)");
        campaign.bind(1, 1).bind(2, QStringLiteral("February news")).bind(3, QStringLiteral("Hello {{first_name}}"));
        campaign.bind(4, m_sent).bindNull(5).exec();
        campaign.bind(1, 2).bind(2, QStringLiteral("Report only")).bind(3, QStringLiteral("No history"));
        campaign.bind(4, utc("2024-03-05T08:00:00Z")).bind(5, 500).exec();
        campaign.bind(1, 3).bind(2, QStringLiteral("January, no sent time")).bindNull(3).bindNull(4).bindNull(5).exec();
        for (int id = 1; id <= 12; ++id)
            addContact(db, id);

        for (int id = 1; id <= 10; ++id)
            addEvent(db, id, 1, EventType::Send, id == 2 ? m_sent + 2 * hour : m_sent);
        addEvent(db, 1, 1, EventType::Open, m_sent + 600);
        addEvent(db, 1, 1, EventType::Open, m_sent + 3 * hour + 5);
        addEvent(db, 2, 1, EventType::Open, m_sent + 2 * hour + 1800); // half an hour after its own send
        addEvent(db, 3, 1, EventType::Open, m_sent + 25 * hour);
        for (int id : {3, 4, 5})
            addEvent(db, id, 1, EventType::Open, m_sent + 60, true);
        addEvent(db, 1, 1, EventType::Click, m_sent + 3 * hour + 100);
        addEvent(db, 1, 1, EventType::Click, m_sent + 3 * hour + 200);
        addEvent(db, 1, 1, EventType::Click, m_sent + 4 * hour);
        addEvent(db, 4, 1, EventType::Click, m_sent + 80 * hour); // outside a 72-hour window
        addEvent(db, 9, 1, EventType::Bounce, m_sent + 10);
        addEvent(db, 10, 1, EventType::SoftBounce, m_sent + 10);
        addEvent(db, 10, 1, EventType::SoftBounce, m_sent + 20);
        addEvent(db, 2, 1, EventType::Unsubscribe, m_sent + 3 * hour);
        addEvent(db, 5, 1, EventType::Complaint, m_sent + 5 * hour);
        addEvent(db, 1, 1, EventType::Purchase, m_sent + 6 * hour, false, 25.5);
        addEvent(db, 2, 1, EventType::Purchase, m_sent + 7 * hour, false, 10.0);
        addEvent(db, 3, 0, EventType::Purchase, m_sent + 8 * hour, false, 99.0); // not from a campaign

        addEvent(db, 11, 3, EventType::Send, utc("2024-01-15T09:00:00Z"));
        addEvent(db, 12, 3, EventType::Send, utc("2024-01-15T09:05:00Z"));
        addEvent(db, 12, 3, EventType::Open, utc("2024-01-15T12:00:00Z"));

        auto refreshed = refreshContactActivity(db);
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().toString()));
        QCOMPARE(refreshed->campaigns, 3);
    }

    void countsHumanMachineUniqueAndTotal()
    {
        auto campaigns = listCampaigns(db());
        QVERIFY2(campaigns.ok(), qPrintable(campaigns.error().toString()));
        QCOMPARE(campaigns->size(), 3);
        const CampaignStats &c = campaigns->at(1);
        QCOMPARE(c.id, 1);
        QCOMPARE(c.name, QStringLiteral("February news"));
        QCOMPARE(c.subject, QStringLiteral("Hello {{first_name}}"));
        QCOMPARE(c.sentAt, m_sent);
        QCOMPARE(c.recipients, 10);
        QCOMPARE(c.bounced, 1);
        QCOMPARE(c.softBounced, 1);
        QCOMPARE(c.delivered, 8);
        QCOMPARE(c.opens, 7);
        QCOMPARE(c.humanOpens, 4);
        QCOMPARE(c.machineOpens, 3);
        QCOMPARE(c.openers, 5);
        QCOMPARE(c.humanOpeners, 3);
        QCOMPARE(c.responders, 4); // contact 4 only clicked: a click proves an open
        QCOMPARE(c.clicks, 4);
        QCOMPARE(c.clickers, 2);
        QCOMPARE(c.unsubscribes, 1);
        QCOMPARE(c.complaints, 1);
        QCOMPARE(c.purchases, 2);
        QCOMPARE(c.revenue, 35.5);
        QCOMPARE(c.openRate, 3.0 / 8);
        QCOMPARE(c.clickRate, 2.0 / 8);
        QCOMPARE(c.clickToOpenRate, 2.0 / 4);
        QCOMPARE(c.unsubscribeRate, 1.0 / 8);
        QCOMPARE(c.bounceRate, 2.0 / 10);
    }

    void newestFirstWithFallbacks()
    {
        auto campaigns = listCampaigns(db());
        QVERIFY(campaigns.ok());
        QCOMPARE(campaigns->at(0).id, 2);
        QCOMPARE(campaigns->at(2).id, 3);
        // A campaign known only from the ESP's report keeps its recipient count and has no rates to show.
        const CampaignStats &report = campaigns->at(0);
        QCOMPARE(report.recipients, 500);
        QCOMPARE(report.delivered, 500);
        QCOMPARE(report.openRate, 0.0);
        QCOMPARE(report.humanOpeners, 0);
        // Without a sent time the first send stands in.
        const CampaignStats &january = campaigns->at(2);
        QCOMPARE(january.sentAt, utc("2024-01-15T09:00:00Z"));
        QCOMPARE(january.recipients, 2);
        QCOMPARE(january.openRate, 0.5);
    }

    void engagementByHourAfterSend()
    {
        auto hours = engagementByHourSinceSend(db(), 1);
        QVERIFY2(hours.ok(), qPrintable(hours.error().toString()));
        QCOMPARE(hours->size(), 72);
        qint64 human = 0;
        qint64 machine = 0;
        qint64 clicks = 0;
        for (int h = 0; h < 72; ++h) {
            QCOMPARE(hours->at(h).hour, h);
            human += hours->at(h).humanOpens;
            machine += hours->at(h).machineOpens;
            clicks += hours->at(h).clicks;
        }
        QCOMPARE(hours->at(0).humanOpens, 2); // contact 2 measured from its own, later send
        QCOMPARE(hours->at(0).machineOpens, 3);
        QCOMPARE(hours->at(3).humanOpens, 1);
        QCOMPARE(hours->at(3).clicks, 2);
        QCOMPARE(hours->at(4).clicks, 1);
        QCOMPARE(hours->at(25).humanOpens, 1);
        QCOMPARE(human, 4);
        QCOMPARE(machine, 3);
        QCOMPARE(clicks, 3); // the click at hour 80 is outside the window

        auto short_ = engagementByHourSinceSend(db(), 1, 4);
        QVERIFY(short_.ok());
        QCOMPARE(short_->size(), 4);
        QCOMPARE(short_->at(3).clicks, 2);
        QVERIFY(!engagementByHourSinceSend(db(), 99).ok());
        QVERIFY(!engagementByHourSinceSend(db(), 1, 0).ok());
    }

    void campaignsWithoutRefreshShowZeros()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("fresh.herald")));
        QVERIFY(opened.ok());
        (*opened)->db().exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'Draft', 0)");
        auto campaigns = listCampaigns((*opened)->db());
        QVERIFY(campaigns.ok());
        QCOMPARE(campaigns->size(), 1);
        QCOMPARE(campaigns->at(0).sentAt, 0);
        QCOMPARE(campaigns->at(0).recipients, 0);
    }

    // Four months of a small list: growth from the consent ledger (a gap month included) and engagement from the
    // campaigns sent each month.
    void trendsPerMonth()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("trends.herald")));
        QVERIFY(opened.ok());
        Database &db = (*opened)->db();
        const qint64 jan = utc("2024-01-15T10:00:00Z");
        addContact(db, 1, jan);
        addConsent(db, 1, ContactStatus::Subscribed, jan);
        addContact(db, 2, jan, ContactStatus::Unsubscribed);
        addConsent(db, 2, ContactStatus::Subscribed, jan);
        addConsent(db, 2, ContactStatus::Unsubscribed, utc("2024-02-20T10:00:00Z"));
        addContact(db, 3, jan, ContactStatus::Cleaned);
        addConsent(db, 3, ContactStatus::Subscribed, jan);
        addConsent(db, 3, ContactStatus::Cleaned, utc("2024-03-03T10:00:00Z"));
        addContact(db, 4, jan);
        addConsent(db, 4, ContactStatus::Pending, jan);
        addConsent(db, 4, ContactStatus::Subscribed, utc("2024-02-01T10:00:00Z"));
        addContact(db, 5, utc("2024-02-10T10:00:00Z"));
        addConsent(db, 5, ContactStatus::Subscribed, utc("2024-02-10T10:00:00Z"));
        addContact(db, 6, utc("2024-02-11T10:00:00Z")); // no ledger: counts from its creation
        addContact(db, 7, utc("2024-04-02T10:00:00Z"), ContactStatus::Complained);
        addConsent(db, 7, ContactStatus::Subscribed, utc("2024-04-02T10:00:00Z"));
        addConsent(db, 7, ContactStatus::Complained, utc("2024-04-20T10:00:00Z"));

        db.exec("INSERT INTO campaigns(id, name, sent_at, created_at) VALUES "
                "(1, 'Jan', 1705744800, 0), (2, 'Feb', 1707559200, 0), (3, 'Apr', 1712743200, 0)");
        for (int id = 1; id <= 4; ++id)
            addEvent(db, id, 1, EventType::Send, 1705744800);
        addEvent(db, 1, 1, EventType::Open, 1705744800 + hour);
        addEvent(db, 2, 1, EventType::Open, 1705744800 + hour);
        addEvent(db, 2, 1, EventType::Click, 1705744800 + hour);
        addEvent(db, 3, 1, EventType::Open, 1705744800 + hour, true);
        for (int id = 1; id <= 5; ++id)
            addEvent(db, id, 2, EventType::Send, 1707559200);
        addEvent(db, 5, 2, EventType::Bounce, 1707559200 + 5);
        addEvent(db, 1, 2, EventType::Open, 1707559200 + hour);
        addEvent(db, 4, 2, EventType::Open, 1707559200 + hour);
        addEvent(db, 6, 3, EventType::Send, 1712743200);
        addEvent(db, 7, 3, EventType::Send, 1712743200);
        QVERIFY(refreshContactActivity(db).ok());

        auto trends = workspaceTrends(db);
        QVERIFY2(trends.ok(), qPrintable(trends.error().toString()));
        const QList<MonthlyListGrowth> &growth = trends->growth;
        QCOMPARE(growth.size(), 4);
        QCOMPARE(growth.at(0).month, QDate(2024, 1, 1));
        QCOMPARE(growth.at(3).month, QDate(2024, 4, 1));
        QCOMPARE(growth.at(0).newContacts, 4);
        QCOMPARE(growth.at(1).newContacts, 2);
        QCOMPARE(growth.at(2).newContacts, 0);
        QCOMPARE(growth.at(3).newContacts, 1);
        QCOMPARE(growth.at(0).unsubscribes, 0);
        QCOMPARE(growth.at(1).unsubscribes, 1);
        QCOMPARE(growth.at(3).unsubscribes, 1); // a complaint
        QCOMPARE(growth.at(2).cleaned, 1);
        QCOMPARE(growth.at(0).subscribedAtEnd, 3);
        QCOMPARE(growth.at(1).subscribedAtEnd, 5);
        QCOMPARE(growth.at(2).subscribedAtEnd, 4);
        QCOMPARE(growth.at(3).subscribedAtEnd, 4);

        const QList<MonthlyEngagement> &engagement = trends->engagement;
        QCOMPARE(engagement.size(), 4);
        QCOMPARE(engagement.at(0).campaigns, 1);
        QCOMPARE(engagement.at(0).delivered, 4);
        QCOMPARE(engagement.at(0).openRate, 0.5); // the machine open does not count
        QCOMPARE(engagement.at(0).clickRate, 0.25);
        QCOMPARE(engagement.at(1).delivered, 4);
        QCOMPARE(engagement.at(1).openRate, 0.5);
        QCOMPARE(engagement.at(2).campaigns, 0);
        QCOMPARE(engagement.at(2).openRate, 0.0);
        QCOMPARE(engagement.at(3).delivered, 2);
        QCOMPARE(engagement.at(3).openRate, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignStats)
#include "test_campaignstats.moc"
