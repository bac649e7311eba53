#include "contactqueryplan.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>

namespace herald {
namespace {

using Dimension = ContactQueryPlan::Dimension;
constexpr int dimensionCount = 6;

// How each sort is spelled: exactly as its index in schema.cpp, or SQLite would sort instead of walking it.
struct SortSpec
{
    const char *expression;
    const char *outerCollation; // repeated when the page is re-sorted outside the subquery
    bool fromActivity;          // the index is on contact_activity
};

SortSpec sortSpec(ContactSortField field)
{
    switch (field) {
    case ContactSortField::Email:
        return {"c.email_key", "", false};
    case ContactSortField::FirstName:
        return {"coalesce(c.first_name, '') COLLATE NOCASE", " COLLATE NOCASE", false};
    case ContactSortField::LastName:
        return {"coalesce(c.last_name, '') COLLATE NOCASE", " COLLATE NOCASE", false};
    case ContactSortField::Company:
        return {"coalesce(c.company, '') COLLATE NOCASE", " COLLATE NOCASE", false};
    case ContactSortField::Country:
        return {"coalesce(c.country, '')", "", false};
    case ContactSortField::TimeZone:
        return {"coalesce(c.time_zone, '')", "", false};
    case ContactSortField::Status:
        return {"c.status", "", false};
    case ContactSortField::Created:
        return {"c.created_at", "", false};
    case ContactSortField::LastActivity:
        return {"coalesce(a.last_activity_at, 0)", "", true};
    }
    return {"c.email_key", "", false};
}

// A filter as a condition on the joined row; {0} is an optional "+" that hides the column from the planner.
constexpr const char *filterTerms[dimensionCount] = {
    "{0}c.id IN ({1})",
    "{0}c.status IN (SELECT value FROM json_each(?2))",
    "{0}c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE t.name IN (SELECT value FROM json_each(?3)))",
    "{0}c.country IN (SELECT value FROM json_each(?4))",
    "{0}coalesce(c.time_zone, '') IN (SELECT value FROM json_each(?5))",
    "{0}a.engagement IN (SELECT value FROM json_each(?6))",
};

// A filter as the ids it matches, read from its own index: the driving table of the "few matches" shape.
constexpr const char *driverQueries[dimensionCount] = {
    "SELECT rowid AS id FROM contacts_search WHERE contacts_search MATCH ?1",
    "SELECT id FROM contacts WHERE status IN (SELECT value FROM json_each(?2))",
    "SELECT DISTINCT ct.contact_id AS id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE t.name IN (SELECT value FROM json_each(?3))",
    "SELECT id FROM contacts WHERE country IN (SELECT value FROM json_each(?4))",
    "SELECT id FROM contacts WHERE coalesce(time_zone, '') IN (SELECT value FROM json_each(?5))",
    "SELECT contact_id AS id FROM contact_activity WHERE engagement IN (SELECT value FROM json_each(?6))",
};

// The contacts the search index does not hold yet, matched the way it would match them.
constexpr const char *unindexedSearch =
    " UNION ALL SELECT id FROM contacts WHERE id > ?11 AND herald_search_match(?1, email, first_name, last_name, "
    "company)";

// One search word of one or two letters or digits: the index keeps a list of ids for each such prefix.
bool isShortPrefix(const QString &match)
{
    // searchMatchExpression() writes a word as "word"*.
    if (match.size() < 4 || match.size() > 5 || !match.startsWith(QLatin1Char('"')) ||
        !match.endsWith(QLatin1StringView("\"*")))
        return false;
    const QStringView word = QStringView(match).mid(1, match.size() - 3);
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber() && !c.isMark(); });
}

QString jsonList(const QJsonArray &array)
{
    return array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray textArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

template <typename Enum>
QJsonArray enumArray(const QList<Enum> &values)
{
    QJsonArray array;
    for (const Enum value : values)
        array.append(static_cast<int>(value));
    return array;
}

std::atomic<qint64> drivingLimitSetting{ContactQueryPlan::defaultDrivingLimit};

int parameterOf(Dimension dimension)
{
    return static_cast<int>(dimension) + 1;
}

} // namespace

qint64 ContactQueryPlan::drivingLimit()
{
    return drivingLimitSetting.load(std::memory_order_relaxed);
}

void ContactQueryPlan::setDrivingLimitForTests(qint64 limit)
{
    drivingLimitSetting.store(limit < 0 ? defaultDrivingLimit : limit, std::memory_order_relaxed);
}

ContactQueryPlan::ContactQueryPlan(Database &db, const ContactQuery &query, const QString &match)
    : m_query(query), m_match(match)
{
    m_lists[int(Dimension::Statuses)] = jsonList(enumArray(query.statuses));
    m_lists[int(Dimension::Tags)] = jsonList(textArray(query.tags));
    m_lists[int(Dimension::Countries)] = jsonList(textArray(query.countries));
    m_lists[int(Dimension::TimeZones)] = jsonList(textArray(query.timeZones));
    m_lists[int(Dimension::Engagement)] = jsonList(enumArray(query.engagement));

    // The filter that matches fewest contacts drives, if it matches few enough; each probe reads at most
    // drivingLimit() index entries. The choice is kept in the query for its next page.
    const qint64 limit = drivingLimit();
    QStringList key{m_match, QString::number(limit), QString::number(reinterpret_cast<quintptr>(db.handle()))};
    for (const QString &list : m_lists)
        key.append(list);
    if (active(Dimension::Search)) {
        Statement mark =
            db.prepare("SELECT CAST(value AS INTEGER) FROM workspace_meta WHERE key = 'search_bulk_after'");
        if (mark.step())
            m_searchMark = mark.columnInt(0);
    }
    key.append(QString::number(m_searchMark));
    const QString planKey = key.join(QChar(31));
    if (query.m_planKey == planKey) {
        m_driver = static_cast<Dimension>(query.m_planDriver);
        m_denseSearch = query.m_planDenseSearch;
        return;
    }
    qint64 fewest = limit;
    for (int i = 0; i < dimensionCount; ++i) {
        const auto dimension = static_cast<Dimension>(i);
        if (!active(dimension))
            continue;
        Statement probe = db.prepare(fmt::format("SELECT count(*) FROM ({} LIMIT ?10)", driverQuery(dimension)));
        if (dimension == Dimension::Search) {
            probe.bind(1, m_match);
            if (searchPending())
                probe.bind(11, m_searchMark);
        } else
            probe.bind(parameterOf(dimension), m_lists[i]);
        probe.bind(10, limit);
        const qint64 matches = probe.step() ? probe.columnInt(0) : 0;
        if (matches < fewest) {
            fewest = matches;
            m_driver = dimension;
        }
    }
    // A short search alone that matches at least one contact in eight: the page probes the search index row by row
    // (see the class comment). Only with every sort index in place, or a probe would meet every contact.
    if (m_driver == Dimension::None && active(Dimension::Search) && !searchPending() && isShortPrefix(m_match)) {
        bool others = false;
        for (int i = 1; i < dimensionCount; ++i)
            others = others || active(static_cast<Dimension>(i));
        if (!others && db.scalarInt("SELECT count(*) FROM workspace_meta WHERE key = 'pending_indexes'") == 0) {
            const qint64 eighth = db.scalarInt("SELECT coalesce(max(id), 0) FROM contacts") / 8;
            Statement probe = db.prepare(fmt::format("SELECT count(*) FROM ({} LIMIT ?10)", driverQueries[0]));
            probe.bind(1, m_match).bind(10, eighth);
            m_denseSearch = eighth > 0 && probe.step() && probe.columnInt(0) >= eighth;
        }
    }
    query.m_planKey = planKey;
    query.m_planDriver = static_cast<int>(m_driver);
    query.m_planDenseSearch = m_denseSearch;
}

std::string ContactQueryPlan::filterTerm(Dimension dimension) const
{
    if (dimension != Dimension::Search)
        return filterTerms[int(dimension)];
    if (m_denseSearch)
        return "EXISTS (SELECT 1 FROM contacts_search WHERE contacts_search MATCH ?1 AND rowid = c.id)";
    return fmt::format("{{0}}c.id IN ({})", driverQuery(dimension));
}

std::string ContactQueryPlan::driverQuery(Dimension dimension) const
{
    std::string sql = driverQueries[int(dimension)];
    if (dimension == Dimension::Search && searchPending())
        sql += unindexedSearch;
    return sql;
}

bool ContactQueryPlan::active(Dimension dimension) const
{
    if (dimension == Dimension::Search)
        return !m_match.isEmpty();
    return !m_lists[int(dimension)].isEmpty();
}

bool ContactQueryPlan::hasFilters() const
{
    for (int i = 0; i < dimensionCount; ++i)
        if (active(static_cast<Dimension>(i)))
            return true;
    return false;
}

void ContactQueryPlan::bindFilters(Statement &statement) const
{
    if (active(Dimension::Search)) {
        statement.bind(1, m_match);
        if (searchPending())
            statement.bind(11, m_searchMark);
    }
    for (int i = 1; i < dimensionCount; ++i)
        if (active(static_cast<Dimension>(i)))
            statement.bind(i + 1, m_lists[i]);
}

std::string ContactQueryPlan::fromClause(bool forPage) const
{
    const bool needActivity = active(Dimension::Engagement) || (forPage && sortSpec(m_query.sort).fromActivity);
    if (m_driver != Dimension::None) {
        // CROSS JOIN fixes the join order: SQLite never moves the left table of a CROSS JOIN inward.
        std::string from = fmt::format("({}) d CROSS JOIN contacts c ON c.id = d.id", driverQuery(m_driver));
        if (needActivity)
            from += " JOIN contact_activity a ON a.contact_id = c.id";
        return from;
    }
    if (forPage && sortSpec(m_query.sort).fromActivity)
        return "contact_activity a CROSS JOIN contacts c ON c.id = a.contact_id";
    return needActivity ? "contacts c JOIN contact_activity a ON a.contact_id = c.id" : "contacts c";
}

std::string ContactQueryPlan::whereClause(bool indexable) const
{
    std::string where;
    for (int i = 0; i < dimensionCount; ++i) {
        const auto dimension = static_cast<Dimension>(i);
        if (!active(dimension) || dimension == m_driver)
            continue;
        where += where.empty() ? " WHERE " : " AND ";
        where += fmt::format(fmt::runtime(filterTerm(dimension)), indexable ? "" : "+");
    }
    return where;
}

std::string ContactQueryPlan::keyArm(bool ties) const
{
    const SortSpec spec = sortSpec(m_query.sort);
    const bool ascending = m_query.order == Qt::AscendingOrder;
    const char *direction = ascending ? "ASC" : "DESC";
    const char *id = spec.fromActivity && m_driver == Dimension::None ? "a.contact_id" : "c.id";
    std::string where = whereClause(false);
    where += where.empty() ? " WHERE " : " AND ";
    if (ties) {
        // The rows that share the key's sort value and follow it by id: a seek on (value, id) in the sort index.
        where += fmt::format("{} = ?7 AND {} {} ?8", spec.expression, id, ascending ? ">" : "<");
        return fmt::format("SELECT {0} AS id, {1} AS sort_key FROM {2}{3} ORDER BY {0} {4} LIMIT ?9", id,
                           spec.expression, fromClause(true), where, direction);
    }
    where += fmt::format("{} {} ?7", spec.expression, ascending ? ">" : "<");
    return fmt::format("SELECT {0} AS id, {1} AS sort_key FROM {2}{3} ORDER BY {1} {4}, {0} {4} LIMIT ?9", id,
                       spec.expression, fromClause(true), where, direction);
}

std::string ContactQueryPlan::pageSql(bool afterKey) const
{
    const SortSpec spec = sortSpec(m_query.sort);
    const char *direction = m_query.order == Qt::AscendingOrder ? "ASC" : "DESC";
    std::string page;
    if (afterKey) {
        // Keyset paging without row values, which SQLite 3.40 cannot seek on: the rest of the tie, then the rows
        // after it. Each arm stops after one page.
        page = fmt::format("SELECT * FROM ({}) UNION ALL SELECT * FROM ({})", keyArm(true), keyArm(false));
    } else {
        const char *id = spec.fromActivity && m_driver == Dimension::None ? "a.contact_id" : "c.id";
        page = fmt::format("SELECT {0} AS id, {1} AS sort_key FROM {2}{3} ORDER BY {1} {4}, {0} {4} LIMIT ?9", id,
                           spec.expression, fromClause(true), whereClause(false), direction);
    }
    // Display columns are read for the page's rows only; tags come back unit-separator-joined and are sorted
    // by the caller.
    return fmt::format(
        "WITH page(id, sort_key) AS ({0}) "
        "SELECT c.id, p.sort_key, c.email, c.first_name, c.last_name, c.company, c.country, c.time_zone, c.status, "
        "c.created_at, a.last_activity_at, a.engagement, "
        "(SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = c.id) "
        "FROM page p JOIN contacts c ON c.id = p.id LEFT JOIN contact_activity a ON a.contact_id = c.id "
        "ORDER BY p.sort_key{1} {2}, p.id {2} LIMIT ?9",
        page, spec.outerCollation, direction);
}

std::string ContactQueryPlan::countSql() const
{
    if (!hasFilters())
        return "SELECT count(*) FROM contacts";
    // One filter alone is counted in its own index: every id there is a contact (foreign keys and triggers keep
    // them in step), so the million lookups into contacts that a join would make are not needed.
    int activeCount = 0;
    int only = 0;
    for (int i = 0; i < dimensionCount; ++i) {
        if (active(static_cast<Dimension>(i))) {
            ++activeCount;
            only = i;
        }
    }
    if (activeCount == 1)
        return fmt::format("SELECT count(*) FROM ({})", driverQuery(static_cast<Dimension>(only)));
    // With a driver, count what it finds; otherwise let SQLite pick whichever filter index it likes.
    return fmt::format("SELECT count(*) FROM {}{}", fromClause(false), whereClause(m_driver == Dimension::None));
}

} // namespace herald
