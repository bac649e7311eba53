#include "sampleworkspace.h"

#include "workspace.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace herald {
namespace {

constexpr std::array firstNames = {"Anna",  "Ben",   "Chloé", "David", "Elena", "Farid", "Grace",  "Hiro",
                                   "Ines",  "Jonas", "Kira",  "Liam",  "Maya",  "Noah",  "Olivia", "Pablo",
                                   "Quinn", "Rosa",  "Sven",  "Tara",  "Umar",  "Vera",  "Wei",    "Yuki"};
constexpr std::array lastNames = {"Adler", "Brooks",  "Costa",  "Dubois", "Evans",  "Fischer",  "García", "Hughes",
                                  "Ito",   "Jensen",  "Kowal",  "Lopez",  "Martin", "Nakamura", "Olsen",  "Patel",
                                  "Rossi", "Schmidt", "Tanaka", "Novak",  "Weber",  "Young"};
constexpr std::array companies = {"Alder & Finch",
                                  "Blue Harbor Café",
                                  "Cedar Studio",
                                  "Driftwood Yoga",
                                  "Elm Street Books",
                                  "Fernway Florist",
                                  "Granite Fitness",
                                  "Harbor Light Dental",
                                  "Indigo Print Co.",
                                  "Juniper Bakery",
                                  "",
                                  ""};
struct Place
{
    const char *country;
    const char *zone;
};
constexpr std::array places = {
    Place{"US", "America/New_York"}, Place{"US", "America/Chicago"}, Place{"US", "America/Los_Angeles"},
    Place{"CA", "America/Toronto"},  Place{"GB", "Europe/London"},   Place{"DE", "Europe/Berlin"},
    Place{"FR", "Europe/Paris"},     Place{"ES", "Europe/Madrid"},   Place{"NL", "Europe/Amsterdam"},
    Place{"AU", "Australia/Sydney"}, Place{"JP", "Asia/Tokyo"},      Place{"BR", "America/Sao_Paulo"},
};
constexpr std::array domains = {"example.com", "example.org", "mail.example.net", "example.co.uk"};

ContactStatus pickStatus(quint32 roll) // roll in [0, 1000)
{
    if (roll < 780)
        return ContactStatus::Subscribed;
    if (roll < 830)
        return ContactStatus::Pending;
    if (roll < 870)
        return ContactStatus::NonSubscribed;
    if (roll < 950)
        return ContactStatus::Unsubscribed;
    if (roll < 970)
        return ContactStatus::Cleaned;
    if (roll < 990)
        return ContactStatus::Bounced;
    return ContactStatus::Complained;
}

} // namespace

SampleCounts fillSampleWorkspace(Workspace &workspace, const SampleOptions &options)
{
    Database &db = workspace.db();
    QRandomGenerator random(static_cast<quint32>(options.seed));
    SampleCounts counts;
    Transaction transaction(db);

    const qint64 end = QDateTime(options.until, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 start = end - 365 * 86400;
    Statement contact = db.prepare(
        "INSERT INTO contacts(email, email_key, first_name, last_name, company, country, time_zone, "
        "time_zone_source, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'country', ?, ?, ?)");
    QList<qint64> subscribed;
    for (int i = 0; i < options.contacts; ++i) {
        const QString first = QString::fromUtf8(firstNames[random.bounded(quint32(firstNames.size()))]);
        const QString last = QString::fromUtf8(lastNames[random.bounded(quint32(lastNames.size()))]);
        const Place &place = places[random.bounded(quint32(places.size()))];
        const QString email = QStringLiteral("%1.%2%3@%4")
                                  .arg(first.toLower(), last.toLower())
                                  .arg(i + 1)
                                  .arg(QString::fromLatin1(domains[i % domains.size()]));
        const ContactStatus status = pickStatus(random.bounded(1000u));
        const qint64 created = start - 200 * 86400 + qint64(random.bounded(500u)) * 86400;
        contact.bind(1, email)
            .bind(2, email.toLower())
            .bind(3, first)
            .bind(4, last)
            .bindNullable(5, QString::fromUtf8(companies[random.bounded(quint32(companies.size()))]))
            .bind(6, QString::fromLatin1(place.country))
            .bind(7, QString::fromLatin1(place.zone))
            .bind(8, static_cast<int>(status))
            .bind(9, std::int64_t{created})
            .bind(10, std::int64_t{created});
        contact.exec();
        ++counts.byStatus[status];
        if (status == ContactStatus::Subscribed)
            subscribed.append(db.lastInsertId());
    }
    counts.contacts = options.contacts;

    Statement campaign = db.prepare("INSERT INTO campaigns(name, subject, sent_at, created_at) VALUES (?, ?, ?, ?)");
    Statement event = db.prepare("INSERT INTO events(contact_id, campaign_id, type, occurred_at) VALUES (?, ?, ?, ?)");
    for (int c = 0; c < options.campaigns; ++c) {
        const qint64 sentAt = start + (c + 1) * (end - start) / options.campaigns;
        campaign.bind(1, QStringLiteral("Newsletter %1").arg(c + 1))
            .bind(2, QStringLiteral("News from the shop, issue %1").arg(c + 1))
            .bind(3, std::int64_t{sentAt})
            .bind(4, std::int64_t{sentAt - 86400});
        campaign.exec();
        ++counts.campaigns;
        if (!options.events)
            continue;
        const qint64 campaignId = db.lastInsertId();
        // Engagement drifts over the year so the chart has a shape.
        const quint32 openPermille = 220 + quint32(80 * (1 + std::sin(c * 0.5)));
        for (const qint64 contactId : std::as_const(subscribed)) {
            const auto add = [&](EventType type, qint64 at) {
                event.bind(1, std::int64_t{contactId})
                    .bind(2, std::int64_t{campaignId})
                    .bind(3, static_cast<int>(type))
                    .bind(4, std::int64_t{at});
                event.exec();
                ++counts.events;
            };
            add(EventType::Send, sentAt);
            if (random.bounded(1000u) < openPermille) {
                const qint64 openedAt = sentAt + random.bounded(72u * 3600u);
                add(EventType::Open, openedAt);
                if (random.bounded(100u) < 14)
                    add(EventType::Click, openedAt + random.bounded(600u));
            }
        }
    }
    transaction.commit();
    return counts;
}

} // namespace herald
