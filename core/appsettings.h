#pragma once

#include <QString>
#include <QStringList>

namespace herald {

// Per-user application settings (not per workspace), with their defaults in one place.
// Workspace-specific settings, such as the workspace's own time zone, live in the workspace.
namespace AppSettings {

// "" means "follow the system locale"; otherwise a language code such as "de".
QString language();
void setLanguage(const QString &code);

// Threads for model training and inference; 0 means one per core.
int mlThreads();
void setMlThreads(int threads);

// Most recently used first, at most maxRecentWorkspaces, only files that still exist.
inline constexpr int maxRecentWorkspaces = 8;
QStringList recentWorkspaces();
void addRecentWorkspace(const QString &path);

// The contacts table's columns the user hid, by key (see ContactsPage); by default the country, time zone and
// creation date, which the filters and the contact's details show, so that the rest fits a laptop's screen.
QStringList hiddenContactColumns();
void setHiddenContactColumns(const QStringList &keys);

// The workspace the GUI opened last; empty on first start.
QString lastWorkspace();
void setLastWorkspace(const QString &path);

} // namespace AppSettings
} // namespace herald
