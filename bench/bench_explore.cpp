// bench: contacts search, filter and paging latency on a large workspace (default 1,000,000 contacts, ~10 M events)
#include "database.h"
#include "query/activityrefresh.h"
#include "query/campaignstats.h"
#include "query/contactdetail.h"
#include "query/contactfacets.h"
#include "query/contactquery.h"
#include "query/workspacetrends.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace herald;

namespace {

// Synthetic but shaped like a real list: many first and last names (some with accents), a company for three in
// five, ten countries with their zones, skewed tags and statuses, one campaign every two and a half days for a year
// and per-contact open, click and purchase propensities.
const QStringList firstNames{
    QStringLiteral("Anna"),   QStringLiteral("Ben"),      QStringLiteral("Chloé"),     QStringLiteral("David"),
    QStringLiteral("Emma"),   QStringLiteral("François"), QStringLiteral("Greta"),     QStringLiteral("Hugo"),
    QStringLiteral("Inès"),   QStringLiteral("Jonas"),    QStringLiteral("Karin"),     QStringLiteral("Liam"),
    QStringLiteral("Maria"),  QStringLiteral("Noah"),     QStringLiteral("Olivia"),    QStringLiteral("Paul"),
    QStringLiteral("Quinn"),  QStringLiteral("Rosa"),     QStringLiteral("Sven"),      QStringLiteral("Tomás"),
    QStringLiteral("Uma"),    QStringLiteral("Victor"),   QStringLiteral("Wendy"),     QStringLiteral("Xavier"),
    QStringLiteral("Yara"),   QStringLiteral("Zoë"),      QStringLiteral("Aiko"),      QStringLiteral("Bjørn"),
    QStringLiteral("Carlos"), QStringLiteral("Dmitri"),   QStringLiteral("Elena"),     QStringLiteral("Fatima"),
    QStringLiteral("Giulia"), QStringLiteral("Hannah"),   QStringLiteral("Ivan"),      QStringLiteral("Julia"),
    QStringLiteral("Kenji"),  QStringLiteral("Lucía"),    QStringLiteral("Mohammed"),  QStringLiteral("Nora"),
    QStringLiteral("Oscar"),  QStringLiteral("Priya"),    QStringLiteral("Rafael"),    QStringLiteral("Sofia"),
    QStringLiteral("Thomas"), QStringLiteral("Ursula"),   QStringLiteral("Valentina"), QStringLiteral("William"),
    QStringLiteral("Mark"),   QStringLiteral("Martin"),   QStringLiteral("Marta"),     QStringLiteral("Mei"),
};
const QStringList lastNames{
    QStringLiteral("Müller"),   QStringLiteral("Smith"),    QStringLiteral("O'Brien"),   QStringLiteral("García"),
    QStringLiteral("Nguyen"),   QStringLiteral("Schmidt"),  QStringLiteral("Dubois"),    QStringLiteral("Rossi"),
    QStringLiteral("Kowalski"), QStringLiteral("Jensen"),   QStringLiteral("Tanaka"),    QStringLiteral("Silva"),
    QStringLiteral("Novak"),    QStringLiteral("Brown"),    QStringLiteral("Lefèvre"),   QStringLiteral("Andersson"),
    QStringLiteral("Johnson"),  QStringLiteral("Williams"), QStringLiteral("Jones"),     QStringLiteral("Miller"),
    QStringLiteral("Davis"),    QStringLiteral("Martínez"), QStringLiteral("Hernández"), QStringLiteral("López"),
    QStringLiteral("Wilson"),   QStringLiteral("Anderson"), QStringLiteral("Taylor"),    QStringLiteral("Moore"),
    QStringLiteral("Jackson"),  QStringLiteral("Martin"),   QStringLiteral("Lee"),       QStringLiteral("Pérez"),
    QStringLiteral("Thompson"), QStringLiteral("White"),    QStringLiteral("Harris"),    QStringLiteral("Sánchez"),
    QStringLiteral("Clark"),    QStringLiteral("Ramírez"),  QStringLiteral("Lewis"),     QStringLiteral("Robinson"),
    QStringLiteral("Walker"),   QStringLiteral("Young"),    QStringLiteral("Allen"),     QStringLiteral("King"),
    QStringLiteral("Wright"),   QStringLiteral("Scott"),    QStringLiteral("Torres"),    QStringLiteral("Hill"),
    QStringLiteral("Weber"),    QStringLiteral("Fischer"),  QStringLiteral("Meyer"),     QStringLiteral("Wagner"),
    QStringLiteral("Becker"),   QStringLiteral("Schulz"),   QStringLiteral("Hoffmann"),  QStringLiteral("Koch"),
    QStringLiteral("Yamamoto"), QStringLiteral("Suzuki"),   QStringLiteral("Kim"),       QStringLiteral("Park"),
    QStringLiteral("Dupont"),   QStringLiteral("Moreau"),   QStringLiteral("Bianchi"),   QStringLiteral("Romano"),
};
const QStringList companyWords{
    QStringLiteral("Blue"),   QStringLiteral("Harbor"), QStringLiteral("Quiet"),  QStringLiteral("Pine"),
    QStringLiteral("Golden"), QStringLiteral("Fern"),   QStringLiteral("Copper"), QStringLiteral("Lantern"),
    QStringLiteral("North"),  QStringLiteral("Willow"), QStringLiteral("Stone"),  QStringLiteral("River"),
    QStringLiteral("Bright"), QStringLiteral("Meadow"), QStringLiteral("Iron"),   QStringLiteral("Oak"),
    QStringLiteral("Silver"), QStringLiteral("Cedar"),  QStringLiteral("Red"),    QStringLiteral("Falcon"),
};
const QStringList companySuffixes{QStringLiteral("Ltd"), QStringLiteral("GmbH"),   QStringLiteral("Studio"),
                                  QStringLiteral("Co"),  QStringLiteral("Bakery"), QStringLiteral("Clinic")};
const QStringList tagNames{
    QStringLiteral("newsletter"), QStringLiteral("customer"),   QStringLiteral("lead"),
    QStringLiteral("vip"),        QStringLiteral("webinar"),    QStringLiteral("spring-sale"),
    QStringLiteral("wholesale"),  QStringLiteral("retail"),     QStringLiteral("blog"),
    QStringLiteral("podcast"),    QStringLiteral("event-2023"), QStringLiteral("event-2024"),
    QStringLiteral("trial"),      QStringLiteral("partner"),    QStringLiteral("press"),
    QStringLiteral("beta"),       QStringLiteral("rare-tag"),
};

QString jsonOf(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// A deterministic 31-bit hash of an integer, in SQL: SQLite's integers are 64-bit, so nothing overflows.
#define HASH(x) "((((" x ") * 2654435761) % 4294967291) * 40503 % 2147483629)"

constexpr qint64 historyEnd = 1719705600; // 2024-06-30 00:00 UTC
constexpr int campaignCount = 150;
constexpr qint64 campaignSpacing = 210000; // about 2.4 days

void exec(Database &db, const char *sql)
{
    db.exec(sql);
}

// Build phases go to stderr as they finish: building a million contacts takes minutes.
void phase(QElapsedTimer &timer, const char *what)
{
    std::fprintf(stderr, "  %-28s %8.1f s\n", what, static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

// Secondary indexes slow bulk inserts down; rebuilding them afterwards with CREATE INDEX sorts once instead.
QStringList dropIndexes(Database &db, const char *table)
{
    QStringList sql;
    QStringList names;
    Statement statement = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                                     "AND sql IS NOT NULL");
    statement.bind(1, QString::fromLatin1(table));
    while (statement.step()) {
        names.append(statement.columnText(0));
        sql.append(statement.columnText(1));
    }
    for (const QString &name : std::as_const(names))
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toStdString());
    return sql;
}

void createIndexes(Database &db, const QStringList &sql)
{
    for (const QString &statement : sql)
        db.exec(statement.toStdString());
}

double build(Database &db, qint64 contacts)
{
    QElapsedTimer timer;
    timer.start();
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -262144");
    Transaction transaction(db);
    exec(db, "CREATE TEMP TABLE names(kind INTEGER, i INTEGER, v TEXT, PRIMARY KEY (kind, i))");
    Statement names = db.prepare("INSERT INTO temp.names SELECT ?1, key, value FROM json_each(?2)");
    names.bind(1, 0).bind(2, jsonOf(firstNames)).exec();
    names.bind(1, 1).bind(2, jsonOf(lastNames)).exec();
    names.bind(1, 2).bind(2, jsonOf(companyWords)).exec();
    names.bind(1, 3).bind(2, jsonOf(companySuffixes)).exec();
    exec(db, "CREATE TEMP TABLE places(i INTEGER PRIMARY KEY, country TEXT, zone TEXT, weight INTEGER)");
    exec(db, "INSERT INTO temp.places VALUES (0, 'US', 'America/New_York', 20), (1, 'US', 'America/Chicago', 10), "
             "(2, 'US', 'America/Los_Angeles', 10), (3, 'DE', 'Europe/Berlin', 12), (4, 'FR', 'Europe/Paris', 8), "
             "(5, 'GB', 'Europe/London', 12), (6, 'AU', 'Australia/Sydney', 5), (7, 'JP', 'Asia/Tokyo', 5), "
             "(8, 'BR', 'America/Sao_Paulo', 6), (9, NULL, NULL, 12)");

    const QStringList contactIndexes = dropIndexes(db, "contacts");
    Statement insertContacts = db.prepare(
        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1), "
        "drawn AS (SELECT n, " HASH("n") " AS h1, " HASH(
            "n + 7777777") " AS h2 FROM seq) "
                           "INSERT INTO contacts(id, email, email_key, first_name, last_name, company, country, "
                           "time_zone, "
                           "time_zone_source, status, created_at, updated_at) "
                           "SELECT n, lower(f.v || '.' || l.v) || n || '@mail' || (h2 % 400) || '.example', "
                           "lower(f.v || '.' || l.v) || n || '@mail' || (h2 % 400) || '.example', f.v, l.v, "
                           "CASE WHEN h2 % 5 < 2 THEN NULL ELSE w1.v || ' ' || w2.v || ' ' || s.v END, p.country, "
                           "p.zone, "
                           "CASE WHEN p.zone IS NULL THEN NULL ELSE 'country' END, "
                           "CASE WHEN h1 % 100 < 78 THEN 1 WHEN h1 % 100 < 88 THEN 2 WHEN h1 % 100 < 92 THEN 3 "
                           "WHEN h1 % 100 < 95 THEN 0 WHEN h1 % 100 < 99 THEN 6 WHEN h1 % 1000 < 995 THEN 4 ELSE 5 "
                           "END, "
                           "?2 - 3 * 365 * 86400 + (h1 * 13) % (3 * 365 * 86400), ?2 "
                           "FROM drawn " // CROSS JOIN keeps the million-row side outermost
                           "CROSS JOIN temp.names f ON f.kind = 0 AND f.i = h1 % ?3 "
                           "CROSS JOIN temp.names l ON l.kind = 1 AND l.i = (h1 / 64) % ?4 "
                           "CROSS JOIN temp.names w1 ON w1.kind = 2 AND w1.i = (h2 / 8) % 20 "
                           "CROSS JOIN temp.names w2 ON w2.kind = 2 AND w2.i = (h2 / 256) % 20 "
                           "CROSS JOIN temp.names s ON s.kind = 3 AND s.i = (h2 / 8192) % 6 "
                           "CROSS JOIN temp.places p ON p.i = (h2 / 65536) % 10");
    insertContacts.bind(1, contacts)
        .bind(2, historyEnd)
        .bind(3, static_cast<int>(firstNames.size()))
        .bind(4, static_cast<int>(lastNames.size()))
        .exec();
    phase(timer, "contacts inserted");
    createIndexes(db, contactIndexes);
    phase(timer, "contact indexes");

    Statement tags = db.prepare("INSERT INTO tags(id, name) SELECT key + 1, value FROM json_each(?1)");
    tags.bind(1, jsonOf(tagNames)).exec();
    // Skewed: tag k goes to about 1 in (k + 2) contacts; the last tag is rare.
    const QStringList tagIndexes = dropIndexes(db, "contact_tags");
    Statement tagContacts = db.prepare("INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) "
                                       "SELECT c.id, t.id FROM contacts c CROSS JOIN tags t ON t.id < ?1 "
                                       "WHERE " HASH("c.id * 31 + t.id") " % (t.id + 1) = 0");
    tagContacts.bind(1, static_cast<int>(tagNames.size())).exec();
    exec(db, "INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) "
             "SELECT id, (SELECT max(id) FROM tags) FROM contacts WHERE id % 9973 = 0");
    createIndexes(db, tagIndexes);
    phase(timer, "tags");
    exec(db, "INSERT INTO consent_events(contact_id, status, occurred_at, source) "
             "SELECT id, status, created_at, 'bench' FROM contacts");

    Statement campaigns = db.prepare(
        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1) "
        "INSERT INTO campaigns(id, name, subject, sent_at, created_at) "
        "SELECT n, 'Campaign ' || n, 'News number ' || n, ?2 - (?1 - n + 1) * ?3, ?2 - (?1 - n + 1) * ?3 FROM seq");
    campaigns.bind(1, campaignCount).bind(2, historyEnd).bind(3, campaignSpacing).exec();

    // Six sends per contact; opens, clicks and purchases follow per-contact propensities; one contact in seven
    // has a mail client that opens everything by machine.
    const QStringList eventIndexes = dropIndexes(db, "events");
    exec(db, "CREATE TEMP TABLE slots(s INTEGER PRIMARY KEY)");
    exec(db, "INSERT INTO temp.slots VALUES (0), (1), (2), (3), (4), (5)");
    exec(db, "CREATE TEMP TABLE sends AS SELECT c.id AS contact_id, "
             "1 + (c.id * 37 + s.s * 29) % 150 AS campaign_id, " HASH("c.id * 8 + s.s") " AS h, " HASH(
                 "c.id") " % 70 AS open_pct FROM contacts c CROSS JOIN temp.slots s ORDER BY campaign_id");
    Statement events = db.prepare(
        "INSERT INTO events(contact_id, campaign_id, type, occurred_at, machine, revenue) "
        "SELECT s.contact_id, s.campaign_id, 0, k.sent_at + s.h % 900, 0, NULL "
        "FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id "
        "UNION ALL SELECT s.contact_id, s.campaign_id, 1, k.sent_at + 60 + s.h % 600, 1, NULL "
        "FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id WHERE s.contact_id % 7 = 0 "
        "UNION ALL SELECT s.contact_id, s.campaign_id, 1, k.sent_at + 900 + (s.h / 7) % 172800, 0, NULL "
        "FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id WHERE s.h % 100 < s.open_pct "
        "UNION ALL SELECT s.contact_id, s.campaign_id, 2, k.sent_at + 1200 + (s.h / 7) % 172800, 0, NULL "
        "FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id "
        "WHERE s.h % 100 < s.open_pct AND (s.h / 100) % 100 < 25 "
        "UNION ALL SELECT s.contact_id, s.campaign_id, 6, k.sent_at + 3600 + (s.h / 7) % 172800, 0, "
        "9.5 + (s.h / 10000) % 120 FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id "
        "WHERE s.h % 100 < s.open_pct AND (s.h / 100) % 100 < 5 "
        "UNION ALL SELECT s.contact_id, s.campaign_id, CASE WHEN (s.h / 100) % 1000 < 8 THEN 3 ELSE 4 END, "
        "k.sent_at + 5 + s.h % 3600, 0, NULL FROM temp.sends s CROSS JOIN campaigns k ON k.id = s.campaign_id "
        "WHERE (s.h / 100) % 1000 < 12");
    phase(timer, "sends drawn");
    events.exec();
    phase(timer, "events inserted");
    createIndexes(db, eventIndexes);
    phase(timer, "event indexes");
    exec(db, "DROP TABLE temp.sends");
    Statement meta = db.prepare("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES ('bench_contacts', ?1)");
    meta.bind(1, QString::number(contacts)).exec();
    exec(db, "INSERT OR REPLACE INTO workspace_meta(key, value) VALUES ('time_zone', 'Europe/Berlin')");
    transaction.commit();
    phase(timer, "committed");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    phase(timer, "checkpointed");
    db.exec("PRAGMA synchronous = NORMAL");
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

struct Row
{
    QString what;
    double first;  // ms, the first run
    double median; // ms, median of five runs (the first included); 0 when run once
    QString detail;
};

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The first run is what a user meets on a fresh query; the median shows it again with SQLite's cache warm.
Row measure(const QString &what, const std::function<QString()> &work)
{
    QString detail;
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run)
        runs.push_back(elapsedMs([&] { detail = work(); }));
    const double first = runs.front();
    std::sort(runs.begin(), runs.end());
    return {what, first, runs[2], detail};
}

// Long jobs also report their CPU time: on a shared machine the wall clock says as much about the neighbours.
Row measureOnce(const QString &what, const std::function<QString()> &work)
{
    QString detail;
    const std::clock_t cpu = std::clock();
    const double ms = elapsedMs([&] { detail = work(); });
    const double cpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    return {what, ms, 0, QStringLiteral("%1 (cpu %2 s)").arg(detail).arg(cpuSeconds, 0, 'f', 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 contacts = 1'000'000;
    QString path;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1StringView("--workspace") && i + 1 < arguments.size())
            path = arguments.at(++i);
        else
            contacts = arguments.at(i).toLongLong();
    }
    if (contacts < 1000) {
        std::fprintf(stderr, "usage: bench_explore [CONTACTS>=1000] [--workspace PATH (kept and reused)]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.herald"));
    auto opened = Workspace::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Workspace &workspace = **opened;
    Database &db = workspace.db();

    QList<Row> rows;
    if (workspace.meta(QStringLiteral("bench_contacts")) != QString::number(contacts)) {
        if (workspace.contactCount() > 0) {
            std::fprintf(stderr, "%s holds other data; give a new path\n", qPrintable(path));
            return 1;
        }
        std::fprintf(stderr, "building %lld contacts...\n", static_cast<long long>(contacts));
        const double seconds = build(db, contacts);
        rows.append({QStringLiteral("build workspace (bulk SQL)"), seconds * 1000, 0, {}});
    }
    const qint64 events = workspace.eventCount();
    const qint64 total = workspace.contactCount();

    // Reset the derived tables so that the refresh does its full work, as after a first events import.
    db.exec("UPDATE contact_activity SET sends = 0, opens = 0, human_opens = 0, clicks = 0, purchases = 0, "
            "revenue = 0, opened_campaigns = 0, clicked_campaigns = 0, last_open_at = NULL, last_click_at = NULL, "
            "last_purchase_at = NULL, last_activity_at = NULL, engagement = 0");
    rows.append(measureOnce(QStringLiteral("refreshContactActivity, all rows change"), [&] {
        auto report = refreshContactActivity(db);
        return report ? QStringLiteral("%1 events, %2 rows").arg(report->events).arg(report->contactsChanged)
                      : report.error().message;
    }));
    const double refreshMs = rows.constLast().first;
    rows.append(measureOnce(QStringLiteral("refreshContactActivity, nothing changed"), [&] {
        auto report = refreshContactActivity(db);
        return report ? QStringLiteral("%1 rows rewritten").arg(report->contactsChanged) : report.error().message;
    }));

    auto page = [&](const ContactQuery &query, const ContactPageKey &after = {}) {
        auto result = query.fetchPage(db, after, 100);
        return result ? QStringLiteral("%1 rows").arg(result->rows.size()) : result.error().message;
    };
    auto counted = [&](const ContactQuery &query) {
        auto result = query.count(db);
        return result ? QString::number(*result) : result.error().message;
    };
    rows.append(measure(QStringLiteral("count, no filter"), [&] { return counted(ContactQuery{}); }));

    double worstFirst = 0;
    for (const ContactSortField field : allContactSortFields) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ContactQuery query;
            query.sort = field;
            query.order = order;
            rows.append(measure(QStringLiteral("first page, sort %1 %2")
                                    .arg(contactSortFieldKey(field),
                                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                                [&] { return page(query); }));
            worstFirst = std::max(worstFirst, rows.constLast().first);
        }
    }

    auto filtered = [&](const QString &what, const ContactQuery &query) {
        rows.append(measure(what + QStringLiteral(": first page"), [&] { return page(query); }));
        const double first = rows.constLast().first;
        rows.append(measure(what + QStringLiteral(": count"), [&] { return counted(query); }));
        return first;
    };
    ContactQuery common;
    common.search = QStringLiteral("mar");
    const double commonSearch = filtered(QStringLiteral("search common prefix \"mar\""), common);
    common.sort = ContactSortField::LastName;
    filtered(QStringLiteral("search \"mar\", sort last name"), common);
    ContactQuery rare;
    rare.search = QStringLiteral("young12345");
    const double rareSearch = filtered(QStringLiteral("search rare prefix \"young12345\""), rare);
    ContactQuery twoWords;
    twoWords.search = QStringLiteral("müller blue");
    filtered(QStringLiteral("search two words \"müller blue\""), twoWords);
    ContactQuery oneLetter;
    oneLetter.search = QStringLiteral("m");
    filtered(QStringLiteral("search one letter \"m\""), oneLetter);
    ContactQuery tag;
    tag.tags = {QStringLiteral("vip")};
    const double tagFilter = filtered(QStringLiteral("tag vip"), tag);
    ContactQuery rareTag;
    rareTag.tags = {QStringLiteral("rare-tag")};
    rareTag.sort = ContactSortField::Created;
    filtered(QStringLiteral("tag rare-tag, sort created"), rareTag);
    ContactQuery status;
    status.statuses = {ContactStatus::Complained};
    status.sort = ContactSortField::LastName;
    filtered(QStringLiteral("status complained, sort last name"), status);
    ContactQuery combined;
    combined.statuses = {ContactStatus::Subscribed};
    combined.countries = {QStringLiteral("DE")};
    combined.engagement = {EngagementLevel::Engaged, EngagementLevel::HighlyEngaged};
    combined.sort = ContactSortField::LastActivity;
    combined.order = Qt::DescendingOrder;
    filtered(QStringLiteral("subscribed+DE+engaged, last activity desc"), combined);

    rows.append(measure(QStringLiteral("listCampaigns"), [&] {
        auto list = listCampaigns(db);
        return list ? QStringLiteral("%1 campaigns").arg(list->size()) : list.error().message;
    }));
    const double campaignMs = rows.constLast().first;
    rows.append(measure(QStringLiteral("engagementByHourSinceSend, 72 h"), [&] {
        auto hours = engagementByHourSinceSend(db, campaignCount / 2);
        return hours ? QString() : hours.error().message;
    }));
    rows.append(measure(QStringLiteral("loadContactDetail"), [&] {
        auto detail = loadContactDetail(db, contacts / 2);
        return detail ? QStringLiteral("%1 events").arg(detail->eventCount) : detail.error().message;
    }));
    rows.append(measureOnce(QStringLiteral("loadContactFacets"), [&] {
        auto facets = loadContactFacets(db);
        return facets ? QStringLiteral("%1 tags, %2 countries").arg(facets->tags.size()).arg(facets->countries.size())
                      : facets.error().message;
    }));
    rows.append(measureOnce(QStringLiteral("workspace summary (home)"), [&] {
        auto summary = workspace.summary();
        return summary ? QStringLiteral("%1 events, %2 months").arg(summary->events).arg(summary->monthly.size())
                       : summary.error().message;
    }));
    rows.append(measureOnce(QStringLiteral("workspaceTrends"), [&] {
        auto trends = workspaceTrends(db);
        return trends ? QStringLiteral("%1 months").arg(trends->growth.size()) : trends.error().message;
    }));

    // Deep pages: walk to row 500,000 (or half the list) in pages of 10,000, then time the next page.
    double worstDeep = 0;
    const qint64 depth = std::min<qint64>(500000, contacts / 2);
    for (const ContactSortField field : allContactSortFields) {
        ContactQuery query;
        query.sort = field;
        ContactPageKey key;
        for (qint64 walked = 0; walked < depth;) {
            const int step = static_cast<int>(std::min<qint64>(10000, depth - walked));
            auto result = query.fetchPage(db, key, step);
            if (!result || result->rows.isEmpty())
                break;
            key = result->lastKey;
            walked += result->rows.size();
        }
        rows.append(measure(QStringLiteral("page after row %1, sort %2").arg(depth).arg(contactSortFieldKey(field)),
                            [&] { return page(query, key); }));
        worstDeep = std::max(worstDeep, rows.constLast().first);
    }

    std::printf("bench_explore: %lld contacts, %lld events\n", static_cast<long long>(total),
                static_cast<long long>(events));
    std::printf("%-52s %10s %10s  %s\n", "operation", "first ms", "median ms", "result");
    for (const Row &row : std::as_const(rows)) {
        if (row.median > 0)
            std::printf("%-52s %10.1f %10.1f  %s\n", qPrintable(row.what), row.first, row.median,
                        qPrintable(row.detail));
        else
            std::printf("%-52s %10.1f %10s  %s\n", qPrintable(row.what), row.first, "", qPrintable(row.detail));
    }
    std::printf("RESULT contacts=%lld events=%lld first_page_worst_ms=%.1f deep_page_worst_ms=%.1f "
                "search_common_ms=%.1f search_rare_ms=%.1f tag_filter_ms=%.1f refresh_activity_s=%.2f "
                "list_campaigns_ms=%.1f\n",
                static_cast<long long>(total), static_cast<long long>(events), worstFirst, worstDeep, commonSearch,
                rareSearch, tagFilter, refreshMs / 1000, campaignMs);
    return 0;
}
