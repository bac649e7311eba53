#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace herald::AppSettings {
namespace {

const QString keyLanguage = QStringLiteral("ui/language");
const QString keyMlThreads = QStringLiteral("ml/threads");
const QString keyRecent = QStringLiteral("workspaces/recent");
const QString keyLast = QStringLiteral("workspaces/last");
const QString keyHiddenContactColumns = QStringLiteral("contacts/hidden_columns");

} // namespace

QString language()
{
    return QSettings().value(keyLanguage, QString()).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(keyLanguage, code);
}

int mlThreads()
{
    return qMax(0, QSettings().value(keyMlThreads, 0).toInt());
}

void setMlThreads(int threads)
{
    QSettings().setValue(keyMlThreads, qMax(0, threads));
}

QStringList recentWorkspaces()
{
    QStringList existing;
    for (const QString &path : QSettings().value(keyRecent).toStringList())
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    return existing.mid(0, maxRecentWorkspaces);
}

void addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(keyRecent, recent.mid(0, maxRecentWorkspaces));
}

QString lastWorkspace()
{
    return QSettings().value(keyLast).toString();
}

void setLastWorkspace(const QString &path)
{
    QSettings().setValue(keyLast, QFileInfo(path).absoluteFilePath());
}

QStringList hiddenContactColumns()
{
    const QSettings settings;
    if (!settings.contains(keyHiddenContactColumns))
        return {QStringLiteral("country"), QStringLiteral("time_zone"), QStringLiteral("created")};
    return settings.value(keyHiddenContactColumns).toStringList();
}

void setHiddenContactColumns(const QStringList &keys)
{
    QSettings().setValue(keyHiddenContactColumns, keys);
}

} // namespace herald::AppSettings
