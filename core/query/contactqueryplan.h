#pragma once

#include "contactquery.h"

#include <string>

namespace herald {

class Statement;

// Builds the SQL behind ContactQuery: the one place where its statements are put together, from fixed fragments
// only; every value is a bound parameter (?1 search, ?2..?6 filter lists as JSON arrays, ?7/?8 the page key,
// ?9 the page size, ?10 a probe limit, ?11 the last contact the search index holds while it is being built).
//
// Two shapes. When one filter matches few contacts (fewer than drivingLimit()), the query starts from that
// filter's index and sorts what it finds. Otherwise it walks the sort's index in order, checking every filter on
// the way, and stops after one page: a contact matching common filters turns up within a few hundred rows.
// Unary "+" in front of a filter's column keeps SQLite from using an index the chosen shape does not want.
//
// A search for one or two letters alone usually matches most contacts. Reading all of their ids before the first
// row (1 M ids: some 200 ms) is then the slow part, so the page instead asks the search index about each contact the
// sort's index walk meets, which the index's one- and two-letter prefix lists answer with a seek.
class ContactQueryPlan
{
public:
    enum class Dimension
    {
        None = -1,
        Search,
        Statuses,
        Tags,
        Countries,
        TimeZones,
        Engagement,
    };
    static constexpr qint64 defaultDrivingLimit = 20000;
    static qint64 drivingLimit();
    // Tests use 0 (never drive from a filter) and a huge value (always) to exercise both shapes on small
    // workspaces; a negative value restores the default.
    static void setDrivingLimitForTests(qint64 limit);

    // Probes each active filter (bounded counts) to pick the shape. `match` is the FTS5 expression of the search.
    ContactQueryPlan(Database &db, const ContactQuery &query, const QString &match);

    std::string pageSql(bool afterKey) const;
    std::string countSql() const;
    // Binds the filter parameters the statement uses.
    void bindFilters(Statement &statement) const;

    Dimension driver() const { return m_driver; }
    bool hasFilters() const;

private:
    bool active(Dimension dimension) const;
    std::string fromClause(bool forPage) const;
    std::string whereClause(bool indexable) const;
    std::string keyArm(bool ties) const;
    std::string filterTerm(Dimension dimension) const;
    std::string driverQuery(Dimension dimension) const;
    bool searchPending() const { return m_searchMark >= 0; }

    const ContactQuery &m_query;
    QString m_match;
    QString m_lists[6]; // JSON arrays, by Dimension
    Dimension m_driver = Dimension::None;
    qint64 m_searchMark = -1; // contacts after this id are not in the search index yet; -1: all are
    bool m_denseSearch = false;
};

} // namespace herald
