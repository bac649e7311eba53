#include "explorehelpers.h"

#include "query/activityrefresh.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace herald::cli {

namespace {
// lupdate files this file's strings under the context declared here, and tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};
} // namespace

QJsonValue isoTime(qint64 seconds)
{
    if (seconds == 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
}

QString tableTime(qint64 seconds)
{
    if (seconds == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString tableDate(qint64 seconds)
{
    if (seconds == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QStringList optionValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(part.trimmed());
    return values;
}

Result<void> ensureActivity(Workspace &workspace)
{
    try {
        if (!workspace.meta(QStringLiteral("activity_as_of")).isEmpty() ||
            workspace.db().scalarInt("SELECT EXISTS (SELECT 1 FROM events)") == 0)
            return {};
    } catch (const SqlError &error) {
        return Error{error.message(), workspace.path()};
    }
    auto refreshed = refreshContactActivity(workspace.db());
    if (!refreshed)
        return refreshed.error();
    return {};
}

} // namespace herald::cli
