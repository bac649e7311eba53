#pragma once

#include "workspace.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace herald {

class TaskRunnerBase;
class WorkspaceSession;

// What the File menu and the first-start screen do with workspaces: new, open, open recent, back up and the
// demo. Errors are shown as message boxes and the current workspace stays open. Opening checks the file on a
// worker (the integrity check reads all of it), then attaches the window's own connection. Demo and backup
// run on a worker with a progress dialog, one at a time.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    WorkspaceActions(WorkspaceSession *session, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *backupAction() const { return m_backup; }
    // Rebuilds `menu` from the recent workspaces; connect it to the menu's aboutToShow.
    void fillRecentMenu(QMenu *menu);

    // <AppDataLocation>/demo.herald
    static QString demoPath();
    bool isBusy() const { return m_job != nullptr; }
    bool isOpening() const { return m_opening != nullptr; }
    // The running demo or backup, if any (tests watch it).
    TaskRunnerBase *runningJob() const { return m_job; }

    // The steps after a file dialog, also what tests drive. Opening finishes with openFinished(); a newer
    // request supersedes one still running.
    void openWorkspace(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::OpenExisting);
    void createWorkspace(const QString &path);
    void backUpTo(const QString &target);
    // Opens the demo workspace at `path`, generating it first unless it already has contacts.
    void startDemo(const QString &path);

public Q_SLOTS:
    void chooseNew();
    void chooseOpen();
    void chooseBackup();
    void tryDemo();

Q_SIGNALS:
    void openingStarted(const QString &path);
    void openFinished(bool ok);
    void demoOpened();
    // A demo or backup job ended; `ok` is false for a failure or a cancel.
    void jobFinished(bool ok);
    void statusMessage(const QString &text);

private:
    bool attach(const QString &path);
    void checkIntegrity(const QString &path);
    void showOpenError(const QString &path, const QString &reason);
    void setBusy(TaskRunnerBase *job);
    void updateActions();

    WorkspaceSession *m_session;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_backup;
    TaskRunnerBase *m_job = nullptr;
    TaskRunnerBase *m_opening = nullptr;
    TaskRunnerBase *m_checking = nullptr; // the deferred integrity check of the open workspace
};

} // namespace herald
