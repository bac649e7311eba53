#include "contactquery.h"

#include "contactqueryplan.h"
#include "database.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ContactQuery)
};

struct SortName
{
    ContactSortField field;
    const char *key;
    const char *display;
};

constexpr SortName sortNames[] = {
    {ContactSortField::Email, "email", QT_TRANSLATE_NOOP("herald::ContactQuery", "Email")},
    {ContactSortField::FirstName, "first_name", QT_TRANSLATE_NOOP("herald::ContactQuery", "First name")},
    {ContactSortField::LastName, "last_name", QT_TRANSLATE_NOOP("herald::ContactQuery", "Last name")},
    {ContactSortField::Company, "company", QT_TRANSLATE_NOOP("herald::ContactQuery", "Company")},
    {ContactSortField::Country, "country", QT_TRANSLATE_NOOP("herald::ContactQuery", "Country")},
    {ContactSortField::TimeZone, "time_zone", QT_TRANSLATE_NOOP("herald::ContactQuery", "Time zone")},
    {ContactSortField::Status, "status", QT_TRANSLATE_NOOP("herald::ContactQuery", "Status")},
    {ContactSortField::Created, "created", QT_TRANSLATE_NOOP("herald::ContactQuery", "Created")},
    {ContactSortField::LastActivity, "last_activity", QT_TRANSLATE_NOOP("herald::ContactQuery", "Last activity")},
};

bool isTextSort(ContactSortField field)
{
    return field != ContactSortField::Status && field != ContactSortField::Created &&
           field != ContactSortField::LastActivity;
}

QString sortedTags(const QString &joined)
{
    if (joined.isEmpty())
        return {};
    QStringList tags = joined.split(QChar(31));
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags.join(QStringLiteral(", "));
}

ContactRow readRow(const Statement &statement)
{
    ContactRow row;
    row.id = statement.columnInt(0);
    row.email = statement.columnText(2);
    row.firstName = statement.columnText(3);
    row.lastName = statement.columnText(4);
    row.company = statement.columnText(5);
    row.country = statement.columnText(6);
    row.timeZone = statement.columnText(7);
    row.status = static_cast<ContactStatus>(statement.columnInt(8));
    row.createdAt = statement.columnInt(9);
    row.lastActivityAt = statement.isNull(10) ? 0 : statement.columnInt(10);
    row.engagement = static_cast<EngagementLevel>(statement.columnInt(11));
    row.tags = sortedTags(statement.columnText(12));
    return row;
}

} // namespace

QString contactSortFieldKey(ContactSortField field)
{
    for (const auto &name : sortNames)
        if (name.field == field)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<ContactSortField> contactSortFieldFromKey(const QString &key)
{
    for (const auto &name : sortNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.field;
    return std::nullopt;
}

QString contactSortFieldDisplayName(ContactSortField field)
{
    for (const auto &name : sortNames)
        if (name.field == field)
            return QCoreApplication::translate("herald::ContactQuery", name.display);
    return {};
}

Result<ContactPage> ContactQuery::fetchPage(Database &db, const ContactPageKey &after, int limit) const
{
    if (limit < 1)
        return Error{Tr::tr("A page must hold at least one contact.")};
    try {
        const ContactQueryPlan plan(db, *this, searchMatchExpression(search));
        Statement statement = db.prepare(plan.pageSql(after.isValid()));
        plan.bindFilters(statement);
        if (after.isValid()) {
            if (isTextSort(sort))
                statement.bind(7, after.value.toString());
            else
                statement.bind(7, after.value.toLongLong());
            statement.bind(8, after.id);
        }
        statement.bind(9, limit);
        ContactPage page;
        while (statement.step()) {
            page.rows.append(readRow(statement));
            page.lastKey.id = page.rows.constLast().id;
            page.lastKey.value = isTextSort(sort) ? QVariant(statement.columnText(1))
                                                  : QVariant(static_cast<qlonglong>(statement.columnInt(1)));
        }
        page.atEnd = page.rows.size() < limit;
        return page;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the contacts: %1").arg(error.message()), db.path()};
    }
}

Result<qint64> ContactQuery::count(Database &db) const
{
    try {
        const ContactQueryPlan plan(db, *this, searchMatchExpression(search));
        Statement statement = db.prepare(plan.countSql());
        plan.bindFilters(statement);
        return statement.step() ? statement.columnInt(0) : 0;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot count the contacts: %1").arg(error.message()), db.path()};
    }
}

} // namespace herald
