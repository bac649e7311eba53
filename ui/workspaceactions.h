#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace herald {

class TaskRunnerBase;
class WorkspaceSession;

// What the File menu and the first-start screen do with workspaces: new, open, open recent, back up and the
// demo. Errors are shown as message boxes and the current workspace stays open. Long work runs on a worker
// with a progress dialog; only one such job at a time.
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
    // The running demo or backup, if any (tests watch it).
    TaskRunnerBase *runningJob() const { return m_job; }

    // The steps after a file dialog, also what tests drive.
    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path);
    void backUpTo(const QString &target);
    // Opens the demo workspace at `path`, generating it first unless it already has contacts.
    void startDemo(const QString &path);

public Q_SLOTS:
    void chooseNew();
    void chooseOpen();
    void chooseBackup();
    void tryDemo();

Q_SIGNALS:
    void demoOpened();
    // A demo or backup job ended; `ok` is false for a failure or a cancel.
    void jobFinished(bool ok);
    void statusMessage(const QString &text);

private:
    void setBusy(TaskRunnerBase *job);
    void updateActions();

    WorkspaceSession *m_session;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_backup;
    TaskRunnerBase *m_job = nullptr;
};

} // namespace herald
