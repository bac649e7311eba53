#include "activityrefresh.h"

#include "activitytally.h"
#include "activitytotals.h"
#include "database.h"
#include "domain.h"
#include "engagement.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <fmt/format.h>

#include <algorithm>
#include <new>
#include <vector>

namespace herald {
namespace {

using namespace activity;

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ActivityRefresh)
};

struct Cancelled
{};

class ActivityRefresh
{
public:
    ActivityRefresh(Database &db, const JobControl &control) : m_db(db), m_control(control) {}

    ActivityRefreshReport run(ActivityTally *tally)
    {
        loadContactsAndCampaigns();
        if (tally && tally->complete())
            takeTally(*tally);
        else
            scanEvents();
        countPairs();
        writeContacts();
        writeCampaigns();
        Statement meta = m_db.prepare("INSERT INTO workspace_meta(key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        meta.bind(1, QStringLiteral("activity_as_of")).bind(2, QString::number(m_report.asOf)).exec();
        meta.bind(1, QStringLiteral("activity_refreshed_at"))
            .bind(2, QString::number(QDateTime::currentSecsSinceEpoch()))
            .exec();
        m_report.contacts = static_cast<qint64>(m_slots.size());
        m_report.campaigns = static_cast<qint64>(m_campaigns.size());
        return m_report;
    }

private:
    void checkCancelled() const
    {
        if (m_control.cancelled())
            throw Cancelled{};
    }

    void loadContactsAndCampaigns()
    {
        std::vector<qint64> ids;
        ids.reserve(static_cast<size_t>(m_db.scalarInt("SELECT count(*) FROM contacts")));
        Statement contacts = m_db.prepare("SELECT id FROM contacts ORDER BY id");
        while (contacts.step())
            ids.push_back(contacts.columnInt(0));
        m_slots = ContactSlots(std::move(ids));
        m_contacts.assign(m_slots.size(), ContactTotals{});

        Statement campaigns = m_db.prepare("SELECT id FROM campaigns ORDER BY id");
        while (campaigns.step()) {
            m_campaignSlots.insert(campaigns.columnInt(0), static_cast<qint64>(m_campaigns.size()));
            m_campaigns.push_back(CampaignTotals{campaigns.columnInt(0)});
        }
        m_eventEstimate = m_db.scalarInt("SELECT max(id) FROM events"); // count(*) would read the whole table
        m_total = m_eventEstimate + static_cast<qint64>(m_slots.size());
    }

    // Events come in storage order, which is rarely contact order, so nearly every event touches a contact's
    // totals that are not in the CPU cache. Reading them in batches and prefetching every contact of a batch
    // first lets those memory loads overlap; it halved the scan on ten million events.
    void scanEvents()
    {
        const QString stage = Tr::tr("Reading campaign activity");
        m_control.report(0, m_total, stage);
        Statement events =
            m_db.prepare("SELECT contact_id, campaign_id, type, occurred_at, machine, revenue FROM events");
        constexpr size_t batchSize = 512;
        std::vector<EventRow> batch;
        batch.reserve(batchSize);
        for (bool more = true; more;) {
            batch.clear();
            while (batch.size() < batchSize && (more = events.step())) {
                batch.push_back({events.columnInt(0), events.isNull(1) ? -1 : events.columnInt(1), events.columnInt(3),
                                 events.isNull(5) ? 0.0 : events.columnDouble(5), static_cast<int>(events.columnInt(2)),
                                 events.columnInt(4) != 0, -1});
            }
            for (const EventRow &event : batch)
                m_slots.prefetchSlotOf(event.contactId);
            for (EventRow &event : batch) {
                event.slot = m_slots.slotOf(event.contactId);
                if (event.slot >= 0)
                    prefetch(&m_contacts[static_cast<size_t>(event.slot)]);
            }
            for (const EventRow &event : batch)
                add(event);
            m_report.events += static_cast<qint64>(batch.size());
            if ((m_report.events & 0xffff) < batchSize) {
                checkCancelled();
                m_control.report(std::min(m_report.events, m_eventEstimate), m_total, stage);
            }
        }
        checkCancelled();
    }

    void add(const EventRow &event)
    {
        if (event.slot < 0)
            return;
        m_report.asOf = std::max(m_report.asOf, event.at);
        CampaignTotals *campaign = nullptr;
        qint64 campaignSlot = -1;
        if (event.campaignId >= 0) {
            campaignSlot = m_campaignSlots.value(event.campaignId, -1);
            if (campaignSlot >= 0)
                campaign = &m_campaigns[static_cast<size_t>(campaignSlot)];
        }
        addEvent(m_contacts[static_cast<size_t>(event.slot)], campaign, static_cast<EventType>(event.type), event.at,
                 event.machine, event.revenue, [&](PairKind kind) {
                     if (campaign)
                         m_pairs.push_back(pairKey(campaignSlot, event.slot, kind));
                 });
    }

    // The totals an import kept as it wrote every event there is (see ActivityTally), in the slots of this refresh.
    void takeTally(ActivityTally &tally)
    {
        // Slots are the ranks of the sorted ids, so a contact's slot is never past its id: moving each one down in
        // slot order reads only entries not yet overwritten, and needs no second table.
        std::vector<ContactTotals> contacts = tally.takeContacts();
        contacts.resize(std::max(contacts.size(), m_slots.size() + 1));
        for (size_t slot = 0; slot < m_slots.size(); ++slot) {
            const qint64 id = m_slots.idAt(slot);
            contacts[slot] = id >= 0 && static_cast<size_t>(id) < contacts.size() ? contacts[static_cast<size_t>(id)]
                                                                                  : ContactTotals{};
        }
        contacts.resize(m_slots.size());
        m_contacts = std::move(contacts);
        for (CampaignTotals &campaign : m_campaigns)
            if (const CampaignTotals *tallied = tally.campaign(campaign.id))
                campaign = *tallied;
        m_report.events = tally.events();
        m_report.asOf = tally.asOf();
        checkCancelled();

        const std::vector<qint64> recount = tally.takeRecount();
        std::vector<char> recounted(m_slots.size(), 0);
        for (const qint64 id : recount)
            if (const qint64 slot = m_slots.slotOf(id); slot >= 0)
                recounted[static_cast<size_t>(slot)] = 1;
        m_pairs = tally.takePairs();
        size_t kept = 0;
        for (const quint64 key : m_pairs) {
            const qint64 campaignSlot = m_campaignSlots.value(qint64(key >> (contactBits + kindBits)), -1);
            const qint64 slot = m_slots.slotOf(qint64((key >> kindBits) & ((quint64(1) << contactBits) - 1)));
            if (campaignSlot >= 0 && slot >= 0 && !recounted[static_cast<size_t>(slot)])
                m_pairs[kept++] = pairKey(campaignSlot, slot, PairKind(key & ((1u << kindBits) - 1)));
        }
        m_pairs.resize(kept);
        checkCancelled();

        // Their campaign totals are right already; their own totals and pairs come from their events again.
        Statement events =
            m_db.prepare("SELECT campaign_id, type, occurred_at, machine, revenue FROM events WHERE contact_id = ?1");
        for (const qint64 id : recount) {
            const qint64 slot = m_slots.slotOf(id);
            if (slot < 0)
                continue;
            ContactTotals &contact = m_contacts[static_cast<size_t>(slot)];
            contact = ContactTotals{};
            events.bind(1, id);
            while (events.step()) {
                const qint64 campaignSlot = events.isNull(0) ? -1 : m_campaignSlots.value(events.columnInt(0), -1);
                addEvent(contact, nullptr, static_cast<EventType>(events.columnInt(1)), events.columnInt(2),
                         events.columnInt(3) != 0, events.isNull(4) ? 0.0 : events.columnDouble(4), [&](PairKind kind) {
                             if (campaignSlot >= 0)
                                 m_pairs.push_back(pairKey(campaignSlot, slot, kind));
                         });
            }
            events.reset();
        }
    }

    void countPairs()
    {
        std::sort(m_pairs.begin(), m_pairs.end());
        checkCancelled();
        for (size_t i = 0; i < m_pairs.size();) {
            const quint64 group = m_pairs[i] >> kindBits;
            unsigned kinds = 0;
            for (; i < m_pairs.size() && (m_pairs[i] >> kindBits) == group; ++i)
                kinds |= 1u << (m_pairs[i] & ((1u << kindBits) - 1));
            CampaignTotals &campaign = m_campaigns[static_cast<size_t>(group >> contactBits)];
            ContactTotals &contact = m_contacts[static_cast<size_t>(group & ((quint64(1) << contactBits) - 1))];
            const bool humanOpen = has(kinds, HumanOpen);
            const bool click = has(kinds, Click);
            campaign.openers += humanOpen || has(kinds, MachineOpen);
            campaign.humanOpeners += humanOpen;
            campaign.responders += humanOpen || click;
            campaign.clickers += click;
            campaign.bounced += has(kinds, HardBounce);
            campaign.softBounced += has(kinds, SoftBounce) && !has(kinds, HardBounce);
            campaign.unsubscribes += has(kinds, Unsubscribe);
            campaign.complaints += has(kinds, Complaint);
            contact.openedCampaigns += humanOpen || click;
            contact.clickedCampaigns += click;
        }
        std::vector<quint64>().swap(m_pairs);
    }

    EngagementLevel levelOf(const ContactTotals &contact) const
    {
        return engagementLevel({contact.sends, contact.openedCampaigns, contact.clickedCampaigns,
                                std::max({contact.lastOpen, contact.lastClick, contact.lastPurchase})},
                               m_report.asOf);
    }

    // Rewrites only the rows that changed, in contact order: after a contacts import or a small events import
    // most rows stay as they are, and an UPDATE that keeps contact_id needs no foreign-key lookup (which made
    // DELETE + INSERT of a million rows take twice as long).
    void writeContacts()
    {
        const QString stage = Tr::tr("Scoring engagement");
        enum Stored : char
        {
            Missing,
            Same,
            Changed
        };
        std::vector<char> stored(m_slots.size(), Missing);
        Statement current = m_db.prepare(
            "SELECT contact_id, sends, opens, human_opens, clicks, purchases, revenue, opened_campaigns, "
            "clicked_campaigns, coalesce(last_open_at, 0), coalesce(last_click_at, 0), coalesce(last_purchase_at, 0), "
            "engagement FROM contact_activity ORDER BY contact_id");
        while (current.step()) {
            const qint64 slot = m_slots.slotOf(current.columnInt(0));
            if (slot < 0)
                continue;
            const ContactTotals &c = m_contacts[static_cast<size_t>(slot)];
            const bool same = current.columnInt(1) == c.sends && current.columnInt(2) == c.opens &&
                              current.columnInt(3) == c.humanOpens && current.columnInt(4) == c.clicks &&
                              current.columnInt(5) == c.purchases && current.columnDouble(6) == c.revenue &&
                              current.columnInt(7) == c.openedCampaigns && current.columnInt(8) == c.clickedCampaigns &&
                              current.columnInt(9) == c.lastOpen && current.columnInt(10) == c.lastClick &&
                              current.columnInt(11) == c.lastPurchase && current.columnInt(12) == int(levelOf(c));
            stored[static_cast<size_t>(slot)] = same ? Same : Changed;
        }
        checkCancelled();

        constexpr const char *columns = "sends = ?2, opens = ?3, human_opens = ?4, clicks = ?5, purchases = ?6, "
                                        "revenue = ?7, opened_campaigns = ?8, clicked_campaigns = ?9, "
                                        "last_open_at = ?10, last_click_at = ?11, last_purchase_at = ?12, "
                                        "last_activity_at = ?13, engagement = ?14";
        Statement update = m_db.prepare(fmt::format("UPDATE contact_activity SET {} WHERE contact_id = ?1", columns));
        Statement insert = m_db.prepare(
            "INSERT INTO contact_activity(contact_id, sends, opens, human_opens, clicks, purchases, revenue, "
            "opened_campaigns, clicked_campaigns, last_open_at, last_click_at, last_purchase_at, last_activity_at, "
            "engagement) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        for (size_t slot = 0; slot < m_slots.size(); ++slot) {
            if ((slot & 0xffff) == 0) {
                checkCancelled();
                m_control.report(m_eventEstimate + static_cast<qint64>(slot), m_total, stage);
            }
            if (stored[slot] == Same)
                continue;
            Statement &write = stored[slot] == Changed ? update : insert;
            const ContactTotals &contact = m_contacts[slot];
            auto bindTime = [&write](int index, qint64 at) {
                if (at > 0)
                    write.bind(index, at);
                else
                    write.bindNull(index);
            };
            write.bind(1, m_slots.idAt(slot))
                .bind(2, contact.sends)
                .bind(3, contact.opens)
                .bind(4, contact.humanOpens)
                .bind(5, contact.clicks)
                .bind(6, contact.purchases)
                .bind(7, contact.revenue)
                .bind(8, contact.openedCampaigns)
                .bind(9, contact.clickedCampaigns);
            bindTime(10, contact.lastOpen);
            bindTime(11, contact.lastClick);
            bindTime(12, contact.lastPurchase);
            bindTime(13, std::max({contact.lastOpen, contact.lastClick, contact.lastPurchase}));
            write.bind(14, static_cast<int>(levelOf(contact)));
            write.exec();
            ++m_report.contactsChanged;
        }
        m_control.report(m_total, m_total, stage);
    }

    void writeCampaigns()
    {
        m_db.exec("DELETE FROM campaign_stats");
        Statement insert = m_db.prepare(
            "INSERT INTO campaign_stats(campaign_id, recipients, bounced, soft_bounced, opens, human_opens, "
            "machine_opens, openers, human_openers, responders, clicks, clickers, unsubscribes, complaints, "
            "purchases, revenue, first_send_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
        for (const CampaignTotals &campaign : m_campaigns) {
            insert.bind(1, campaign.id)
                .bind(2, campaign.recipients)
                .bind(3, campaign.bounced)
                .bind(4, campaign.softBounced)
                .bind(5, campaign.opens)
                .bind(6, campaign.humanOpens)
                .bind(7, campaign.machineOpens)
                .bind(8, campaign.openers)
                .bind(9, campaign.humanOpeners)
                .bind(10, campaign.responders)
                .bind(11, campaign.clicks)
                .bind(12, campaign.clickers)
                .bind(13, campaign.unsubscribes)
                .bind(14, campaign.complaints)
                .bind(15, campaign.purchases)
                .bind(16, campaign.revenue);
            if (campaign.firstSend > 0)
                insert.bind(17, campaign.firstSend);
            else
                insert.bindNull(17);
            insert.exec();
        }
    }

    Database &m_db;
    const JobControl &m_control;
    ActivityRefreshReport m_report;
    ContactSlots m_slots;
    std::vector<ContactTotals> m_contacts;
    QHash<qint64, qint64> m_campaignSlots;
    std::vector<CampaignTotals> m_campaigns;
    std::vector<quint64> m_pairs;
    qint64 m_eventEstimate = 0;
    qint64 m_total = 0;
};

// Rewriting a million activity rows touches their two indexes at random; with SQLite's default 2 MB page cache
// most of those touches reread a page from the file. A larger cache for the refresh only cut its CPU time by a
// quarter on a million contacts; the connection gets its old size back afterwards.
class LargerPageCache
{
public:
    explicit LargerPageCache(Database &db) : m_db(db), m_previous(db.scalarInt("PRAGMA cache_size"))
    {
        constexpr qint64 kibibytes = 64 * 1024;
        const bool smaller = m_previous < 0 ? -m_previous < kibibytes : m_previous * 4 < kibibytes; // pages >= 4 KiB
        if (smaller)
            m_db.exec(fmt::format("PRAGMA cache_size = {}", -kibibytes));
        else
            m_previous = 0;
    }
    ~LargerPageCache()
    {
        if (m_previous == 0)
            return;
        try {
            m_db.exec(fmt::format("PRAGMA cache_size = {}", m_previous));
        } catch (const SqlError &error) {
            qCWarning(lcStorage) << "Cannot restore the page cache size:" << error.message();
        }
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    Database &m_db;
    qint64 m_previous;
};

void rollBack(Database &db)
{
    try {
        db.exec("ROLLBACK TO activity_refresh");
        db.exec("RELEASE activity_refresh");
    } catch (const SqlError &error) {
        qCWarning(lcStorage) << "Cannot roll back the activity refresh:" << error.message();
    }
}

} // namespace

Result<ActivityRefreshReport> refreshContactActivity(Database &db, const JobControl &control, ActivityTally *tally)
{
    QElapsedTimer timer;
    timer.start();
    try {
        db.exec("SAVEPOINT activity_refresh");
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot update contact activity: %1").arg(error.message()), db.path()};
    }
    try {
        const LargerPageCache cache(db);
        ActivityRefresh refresh(db, control);
        ActivityRefreshReport report = refresh.run(tally);
        db.exec("RELEASE activity_refresh");
        report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        qCInfo(lcStorage) << "Refreshed activity of" << report.contacts << "contacts and" << report.campaigns
                          << "campaigns from" << report.events << "events in" << report.seconds << "s";
        return report;
    } catch (const Cancelled &) {
        rollBack(db);
        Error error{Tr::tr("Updating contact activity was cancelled.")};
        error.cancelled = true;
        return error;
    } catch (const SqlError &error) {
        rollBack(db);
        return Error{Tr::tr("Cannot update contact activity: %1").arg(error.message()), db.path()};
    } catch (const std::bad_alloc &) {
        rollBack(db);
        return Error{Tr::tr("Not enough memory to update contact activity.")};
    }
}

} // namespace herald
