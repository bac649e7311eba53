#pragma once

#include "result.h"
#include "workspace.h"

#include <QObject>

#include <memory>

namespace herald {

// The workspace the window shows, on the GUI thread's own connection. Background jobs open their own
// Workspace on path(). When opening another workspace fails, the current one stays open.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_workspace != nullptr; }
    // Null when no workspace is open (the first-start screen after a failed start).
    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const;
    // Reads a whole index: not for the GUI thread on a large workspace. Zero when no workspace is open.
    qint64 contactCount() const;
    // Instant whatever the size: whether the workspace has any contact at all.
    bool hasContacts() const;

    Result<void> open(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::OpenExisting);

    // Closes the workspace (it was found damaged): the window shows its first-start screen.
    void close();

    // A background job changed the open workspace: views reload.
    void notifyContentChanged();

Q_SIGNALS:
    // Another workspace is open (or the same one again). Receivers reset before the old one is closed.
    void workspaceChanged();
    void contentChanged();

private:
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace herald
