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

// The workspace the GUI opened last; empty on first start.
QString lastWorkspace();
void setLastWorkspace(const QString &path);

} // namespace AppSettings
} // namespace herald
