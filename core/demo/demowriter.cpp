#include "demowriter.h"

#include "geography.h"
#include "logging.h"
#include "random.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <fmt/format.h>
#include <sqlite3.h>

namespace herald::demo {
namespace {

QString weekdayJson(const std::array<double, 7> &weights)
{
    QStringList parts;
    for (double weight : weights)
        parts.append(QString::number(weight, 'f', 4));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// qint64 is long long and std::int64_t is long here: pick the storage layer's overload explicitly.
std::int64_t sql(qint64 value)
{
    return static_cast<std::int64_t>(value);
}

int cancelHandler(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

DemoWriter::DemoWriter(Database &db)
    : m_db(db),
      m_contact(db.prepare("INSERT INTO contacts(id, email, email_key, first_name, last_name, company, phone, address, "
                           "city, region, postal_code, country, time_zone, time_zone_source, language, status, "
                           "created_at, updated_at, fields) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                           "?19)")),
      m_tag(db.prepare("INSERT INTO contact_tags(contact_id, tag_id) VALUES (?1, ?2)")),
      m_consent(db.prepare("INSERT INTO consent_events(contact_id, status, occurred_at, source, note) "
                           "VALUES (?1, ?2, ?3, 'demo', ?4)")),
      m_event(db.prepare("INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, url, revenue) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
      m_truth(db.prepare("INSERT INTO demo_truth(contact_id, persona, peak_hour, second_peak_hour, weekday_weights, "
                         "engagement, purchase_rate, mean_order_value, machine_opener, churned_at, time_zone) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"))
{}

void DemoWriter::dropEventIndexes()
{
    Statement list = m_db.prepare("SELECT name, sql FROM sqlite_master "
                                  "WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name");
    QStringList names;
    while (list.step()) {
        names.append(list.columnText(0));
        m_eventIndexSql.append(list.columnText(1));
    }
    for (const QString &name : names) {
        // Index names come from the workspace's own schema, not from input; quoted as identifiers all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
        m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted).toStdString());
    }
}

void DemoWriter::recreateEventIndexes()
{
    for (const QString &sql : std::as_const(m_eventIndexSql))
        m_db.exec(sql.toStdString());
    m_eventIndexSql.clear();
}

void DemoWriter::writeTags(const QStringList &names)
{
    Statement insert = m_db.prepare("INSERT INTO tags(name) VALUES (?1)");
    for (const QString &name : names) {
        insert.bind(1, name).exec();
        m_tagIds.insert(name, m_db.lastInsertId());
    }
}

void DemoWriter::writeCampaigns(const std::vector<PlannedCampaign> &plan, quint64 seed)
{
    Statement insert = m_db.prepare(
        "INSERT INTO campaigns(id, name, subject, preheader, body, from_name, from_email, sent_at, esp, external_id, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'Larkspur', 'hello@larkspur.example', ?6, 'demo', ?7, ?8)");
    Random random(seed, 3);
    m_campaignUrls.clear();
    for (size_t i = 0; i < plan.size(); ++i) {
        const PlannedCampaign &campaign = plan[i];
        const QString externalId =
            QString::number(random.next() & 0xffffffffffULL, 16).rightJustified(10, QLatin1Char('0'));
        insert.bind(1, static_cast<std::int64_t>(i + 1))
            .bind(2, campaign.copy.name)
            .bind(3, campaign.copy.subject)
            .bind(4, campaign.copy.preheader)
            .bind(5, campaign.copy.body)
            .bind(6, sql(campaign.sentAt))
            .bind(7, externalId)
            .bind(8, sql(campaign.createdAt))
            .exec();
        QList<QByteArray> urls;
        for (const QString &url : campaign.copy.urls)
            urls.append(url.toUtf8());
        m_campaignUrls.push_back(std::move(urls));
    }
}

void DemoWriter::writeContact(const DemoContact &contact, const ContactActivity &activity)
{
    qint64 updatedAt = contact.joinedAt;
    for (const ConsentChange &change : activity.consent)
        updatedAt = std::max(updatedAt, change.time);
    m_contact.bind(1, sql(contact.id))
        .bind(2, contact.email)
        .bind(3, contact.emailKey)
        .bindNullable(4, contact.firstName)
        .bindNullable(5, contact.lastName)
        .bindNullable(6, contact.company)
        .bindNullable(7, contact.phone)
        .bindNullable(8, contact.address)
        .bindNullable(9, contact.city)
        .bindNullable(10, contact.region)
        .bindNullable(11, contact.postalCode)
        .bindNullable(12, contact.country)
        .bindNullable(13, contact.timeZone)
        .bindNullable(14, contact.timeZoneSource)
        .bindNullable(15, contact.language)
        .bind(16, static_cast<int>(activity.status()))
        .bind(17, sql(contact.joinedAt))
        .bind(18, sql(updatedAt));
    QJsonObject fields;
    for (const auto &[name, value] : contact.fields)
        fields.insert(name, value);
    if (fields.isEmpty())
        m_contact.bindNull(19);
    else
        m_contact.bind(19, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    m_contact.exec();
    for (const QString &tag : contact.tags)
        m_tag.bind(1, sql(contact.id)).bind(2, sql(m_tagIds.value(tag))).exec();
    for (const ConsentChange &change : activity.consent)
        m_consent.bind(1, sql(contact.id))
            .bind(2, static_cast<int>(change.status))
            .bind(3, sql(change.time))
            .bind(4, change.note)
            .exec();

    for (const SimulatedEvent &event : activity.events) {
        m_event.bind(1, sql(contact.id));
        if (event.campaign >= 0)
            m_event.bind(2, static_cast<std::int64_t>(event.campaign + 1));
        else
            m_event.bindNull(2);
        m_event.bind(3, static_cast<int>(event.type)).bind(4, sql(event.time)).bind(5, event.machine ? 1 : 0);
        if (event.url >= 0)
            m_event.bind(6, QByteArrayView(m_campaignUrls[static_cast<size_t>(event.campaign)][event.url]));
        else
            m_event.bindNull(6);
        if (event.type == EventType::Purchase)
            m_event.bind(7, event.revenue);
        else
            m_event.bindNull(7);
        m_event.exec();
    }
    m_events += static_cast<qint64>(activity.events.size());

    const ContactTraits &traits = contact.traits;
    m_truth.bind(1, sql(contact.id)).bind(2, traits.persona).bind(3, traits.peakHour);
    if (traits.secondPeakHour >= 0)
        m_truth.bind(4, traits.secondPeakHour);
    else
        m_truth.bindNull(4);
    m_truth.bind(5, weekdayJson(traits.weekdayWeights))
        .bind(6, traits.engagement)
        .bind(7, traits.purchaseRate)
        .bind(8, traits.meanOrderValue)
        .bind(9, traits.machineOpener ? 1 : 0);
    if (traits.churnedAt > 0)
        m_truth.bind(10, sql(traits.churnedAt));
    else
        m_truth.bindNull(10);
    m_truth.bind(11, QString::fromLatin1(zoneIds().at(contact.trueZone)));
    m_truth.exec();
}

void DemoWriter::writeCampaignTallies(const std::vector<CampaignTally> &tallies)
{
    Statement update = m_db.prepare("UPDATE campaigns SET recipients = ?1, stats = ?2 WHERE id = ?3");
    for (size_t i = 0; i < tallies.size(); ++i) {
        const CampaignTally &t = tallies[i];
        const QJsonObject stats{
            {QStringLiteral("sends"), t.recipients},
            {QStringLiteral("delivered"), t.delivered},
            {QStringLiteral("opens"), t.opens},
            {QStringLiteral("unique_opens"), t.uniqueOpens},
            {QStringLiteral("machine_opens"), t.machineOpens},
            {QStringLiteral("clicks"), t.clicks},
            {QStringLiteral("unique_clicks"), t.uniqueClicks},
            {QStringLiteral("hard_bounces"), t.bounces},
            {QStringLiteral("soft_bounces"), t.softBounces},
            {QStringLiteral("unsubscribes"), t.unsubscribes},
            {QStringLiteral("complaints"), t.complaints},
            {QStringLiteral("purchases"), t.purchases},
            {QStringLiteral("revenue"), std::round(t.revenue * 100.0) / 100.0},
        };
        update.bind(1, sql(t.recipients))
            .bind(2, QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)))
            .bind(3, static_cast<std::int64_t>(i + 1))
            .exec();
    }
}

BulkLoadSettings::BulkLoadSettings(Database &db)
    : m_db(db), m_foreignKeys(db.scalarInt("PRAGMA foreign_keys")), m_cacheSize(db.scalarInt("PRAGMA cache_size"))
{
    m_db.exec("PRAGMA foreign_keys = OFF");
    m_db.exec("PRAGMA cache_size = -65536"); // 64 MiB: index builds sort in memory instead of temporary files
}

BulkLoadSettings::~BulkLoadSettings()
{
    try {
        m_db.exec(fmt::format("PRAGMA cache_size = {}", m_cacheSize));
        m_db.exec(m_foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
    } catch (const SqlError &error) {
        qCWarning(lcDemo) << "Cannot restore the connection settings:" << error.message();
    }
}

CancelGuard::CancelGuard(Database &db, const std::atomic_bool *flag) : m_db(db)
{
    if (flag)
        sqlite3_progress_handler(db.handle(), 10000, cancelHandler, const_cast<std::atomic_bool *>(flag));
}

CancelGuard::~CancelGuard()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

} // namespace herald::demo
