#include "contactdetail.h"

#include "database.h"
#include "import/emailaddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ContactDetail)
};

qint64 timeOrZero(const Statement &statement, int column)
{
    return statement.isNull(column) ? 0 : statement.columnInt(column);
}

TimelinePage readTimeline(Database &db, qint64 contactId, const TimelineKey &after, int limit)
{
    // The natural key starts with (contact_id, occurred_at): this walks it backwards from the key; ties on the
    // second are ordered by id in memory.
    Statement statement = db.prepare(
        after.isValid() ? "SELECT e.id, e.type, e.occurred_at, e.machine, e.campaign_id, k.name, e.url, e.revenue "
                          "FROM events e LEFT JOIN campaigns k ON k.id = e.campaign_id "
                          "WHERE e.contact_id = ?1 AND e.occurred_at <= ?2 AND (e.occurred_at < ?2 OR e.id < ?3) "
                          "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?4"
                        : "SELECT e.id, e.type, e.occurred_at, e.machine, e.campaign_id, k.name, e.url, e.revenue "
                          "FROM events e LEFT JOIN campaigns k ON k.id = e.campaign_id WHERE e.contact_id = ?1 "
                          "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?4");
    statement.bind(1, contactId);
    if (after.isValid())
        statement.bind(2, after.at).bind(3, after.id);
    statement.bind(4, limit);
    TimelinePage page;
    while (statement.step()) {
        TimelineEvent event;
        event.id = statement.columnInt(0);
        event.type = static_cast<EventType>(statement.columnInt(1));
        event.at = statement.columnInt(2);
        event.machine = statement.columnInt(3) != 0;
        event.campaignId = timeOrZero(statement, 4);
        event.campaignName = statement.columnText(5);
        event.url = statement.columnText(6);
        if (!statement.isNull(7))
            event.revenue = statement.columnDouble(7);
        page.events.append(event);
        page.lastKey = {event.at, event.id};
    }
    page.atEnd = page.events.size() < limit;
    return page;
}

QTimeZone validZone(const QString &id)
{
    if (id.isEmpty())
        return {};
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

ActivityHeatmap readHeatmap(Database &db, qint64 contactId, const QString &contactZone)
{
    ActivityHeatmap heatmap;
    QTimeZone zone = validZone(contactZone);
    heatmap.contactZone = zone.isValid();
    if (!zone.isValid()) {
        zone = validZone(db.scalarText("SELECT value FROM workspace_meta WHERE key = 'time_zone'"));
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone(); // as Workspace::timeZone()
    }
    heatmap.zoneId = zone.id();
    Statement statement = db.prepare("SELECT occurred_at FROM events WHERE contact_id = ?1 "
                                     "AND ((type = ?2 AND machine = 0) OR type = ?3)");
    statement.bind(1, contactId).bind(2, static_cast<int>(EventType::Open)).bind(3, static_cast<int>(EventType::Click));
    while (statement.step()) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(statement.columnInt(0), zone);
        ++heatmap.counts[static_cast<size_t>(local.date().dayOfWeek() - 1)][static_cast<size_t>(local.time().hour())];
        ++heatmap.total;
    }
    return heatmap;
}

} // namespace

Result<ContactDetail> loadContactDetail(Database &db, qint64 contactId, int timelineLimit)
{
    if (timelineLimit < 1)
        return Error{Tr::tr("A timeline page must hold at least one event.")};
    try {
        Statement contact =
            db.prepare("SELECT c.email, c.first_name, c.last_name, c.company, c.phone, c.address, c.city, c.region, "
                       "c.postal_code, c.country, c.language, c.time_zone, c.time_zone_source, c.status, c.fields, "
                       "c.source_import_id, i.file_name, c.created_at, c.updated_at, "
                       "a.sends, a.opens, a.human_opens, a.clicks, a.purchases, a.revenue, a.opened_campaigns, "
                       "a.clicked_campaigns, a.last_open_at, a.last_click_at, a.last_purchase_at, a.last_activity_at, "
                       "a.engagement "
                       "FROM contacts c LEFT JOIN imports i ON i.id = c.source_import_id "
                       "LEFT JOIN contact_activity a ON a.contact_id = c.id WHERE c.id = ?1");
        contact.bind(1, contactId);
        if (!contact.step())
            return Error{Tr::tr("There is no contact with id %1.").arg(contactId)};
        ContactDetail detail;
        detail.id = contactId;
        QString *const text[] = {&detail.email,         &detail.firstName, &detail.lastName, &detail.company,
                                 &detail.phone,         &detail.address,   &detail.city,     &detail.region,
                                 &detail.postalCode,    &detail.country,   &detail.language, &detail.timeZone,
                                 &detail.timeZoneSource};
        for (int column = 0; column < int(std::size(text)); ++column)
            *text[column] = contact.columnText(column);
        detail.status = static_cast<ContactStatus>(contact.columnInt(13));
        detail.fields = QJsonDocument::fromJson(contact.columnText(14).toUtf8()).object();
        detail.sourceImportId = timeOrZero(contact, 15);
        detail.sourceImportFile = contact.columnText(16);
        detail.createdAt = contact.columnInt(17);
        detail.updatedAt = contact.columnInt(18);
        ContactActivitySummary &activity = detail.activity;
        activity.sends = contact.columnInt(19);
        activity.opens = contact.columnInt(20);
        activity.humanOpens = contact.columnInt(21);
        activity.clicks = contact.columnInt(22);
        activity.purchases = contact.columnInt(23);
        activity.revenue = contact.columnDouble(24);
        activity.openedCampaigns = contact.columnInt(25);
        activity.clickedCampaigns = contact.columnInt(26);
        activity.lastOpenAt = timeOrZero(contact, 27);
        activity.lastClickAt = timeOrZero(contact, 28);
        activity.lastPurchaseAt = timeOrZero(contact, 29);
        activity.lastActivityAt = timeOrZero(contact, 30);
        activity.engagement = static_cast<EngagementLevel>(contact.columnInt(31));

        Statement tags = db.prepare("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                    "WHERE ct.contact_id = ?1 ORDER BY t.name COLLATE NOCASE");
        tags.bind(1, contactId);
        while (tags.step())
            detail.tags.append(tags.columnText(0));

        Statement consent =
            db.prepare("SELECT ce.status, ce.occurred_at, ce.source, ce.import_id, i.file_name, ce.note "
                       "FROM consent_events ce LEFT JOIN imports i ON i.id = ce.import_id "
                       "WHERE ce.contact_id = ?1 ORDER BY ce.occurred_at DESC, ce.id DESC");
        consent.bind(1, contactId);
        while (consent.step()) {
            detail.consent.append({static_cast<ContactStatus>(consent.columnInt(0)), consent.columnInt(1),
                                   consent.columnText(2), timeOrZero(consent, 3), consent.columnText(4),
                                   consent.columnText(5)});
        }

        Statement events = db.prepare("SELECT count(*) FROM events WHERE contact_id = ?1");
        events.bind(1, contactId);
        detail.eventCount = events.step() ? events.columnInt(0) : 0;
        detail.timeline = readTimeline(db, contactId, {}, timelineLimit);
        detail.heatmap = readHeatmap(db, contactId, detail.timeZone);
        return detail;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the contact: %1").arg(error.message()), db.path()};
    }
}

Result<TimelinePage> loadContactTimeline(Database &db, qint64 contactId, const TimelineKey &after, int limit)
{
    if (limit < 1)
        return Error{Tr::tr("A timeline page must hold at least one event.")};
    try {
        return readTimeline(db, contactId, after, limit);
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the contact's activity: %1").arg(error.message()), db.path()};
    }
}

Result<qint64> findContactByEmail(Database &db, const QString &email)
{
    const EmailCheck check = checkEmail(email);
    const QString key = check.valid ? check.key : email.trimmed().toCaseFolded();
    try {
        Statement statement = db.prepare("SELECT id FROM contacts WHERE email_key = ?1");
        statement.bind(1, key);
        if (statement.step())
            return statement.columnInt(0);
        return Error{Tr::tr("There is no contact with the address %1.").arg(email.trimmed())};
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot look the contact up: %1").arg(error.message()), db.path()};
    }
}

} // namespace herald
