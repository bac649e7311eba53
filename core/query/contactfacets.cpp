#include "contactfacets.h"

#include "database.h"

#include <QCoreApplication>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ContactFacets)
};

QList<FacetValue> readValues(Database &db, std::string_view sql)
{
    QList<FacetValue> values;
    Statement statement = db.prepare(sql);
    while (statement.step())
        values.append({statement.isNull(0) ? QStringLiteral("") : statement.columnText(0), statement.columnInt(1)});
    return values;
}

} // namespace

Result<ContactFacets> loadContactFacets(Database &db)
{
    ContactFacets facets;
    try {
        // Each GROUP BY walks an index that is already in its order, so nothing is sorted.
        Statement statuses = db.prepare("SELECT status, count(*) FROM contacts GROUP BY status");
        while (statuses.step())
            facets.statuses[static_cast<ContactStatus>(statuses.columnInt(0))] = statuses.columnInt(1);
        Statement levels = db.prepare("SELECT engagement, count(*) FROM contact_activity GROUP BY engagement");
        while (levels.step())
            facets.engagement[static_cast<EngagementLevel>(levels.columnInt(0))] = levels.columnInt(1);
        facets.tags = readValues(db, "SELECT t.name, count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                     "GROUP BY ct.tag_id ORDER BY t.name COLLATE NOCASE");
        facets.countries = readValues(db, "SELECT country, count(*) FROM contacts GROUP BY country");
        facets.timeZones = readValues(db, "SELECT coalesce(time_zone, ''), count(*) FROM contacts "
                                          "GROUP BY coalesce(time_zone, '') ORDER BY 1");
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the contact filters: %1").arg(error.message()), db.path()};
    }
    return facets;
}

} // namespace herald
