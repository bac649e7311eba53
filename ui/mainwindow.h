#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace herald {

class TaskRunnerBase;

class BusyIndicator;
class ContactsPage;
class FirstStartPage;
class HomePage;
class ExportActions;
class ImportActions;
class ImportsPage;
class IndexingStatus;
class NavigationView;
class WorkspaceActions;
class WorkspaceSession;

// The sidebar and its pages once the workspace has contacts, the first-start screen before that, the menus
// and the status bar. Workspace handling lives in WorkspaceSession and WorkspaceActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    WorkspaceActions *workspaceActions() const { return m_actions; }
    NavigationView *navigation() const { return m_navigation; }
    FirstStartPage *firstStartPage() const { return m_firstStart; }
    HomePage *homePage() const { return m_home; }
    ContactsPage *contactsPage() const { return m_contacts; }
    ImportsPage *importsPage() const { return m_imports; }
    ImportActions *importActions() const { return m_importActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    IndexingStatus *indexingStatus() const { return m_indexing; }
    bool isShowingFirstStart() const;
    bool isShowingOpening() const;

    // Starts opening `path` (creating it when `create` is set); WorkspaceActions::openFinished() tells the
    // outcome. On failure the window says why and keeps what was open.
    void openWorkspace(const QString &path, bool create = false);

public Q_SLOTS:
    void showSettings();
    void showAbout();

private:
    void createMenus();
    void createFirstStartChoices();
    void updateForWorkspace();
    void countContacts(const QString &path);
    void showOpening(const QString &path);

    WorkspaceSession *m_session;
    WorkspaceActions *m_actions;
    ImportActions *m_importActions;
    ExportActions *m_exportActions;
    QStackedWidget *m_screens;
    FirstStartPage *m_firstStart;
    BusyIndicator *m_opening;
    NavigationView *m_navigation;
    HomePage *m_home;
    ContactsPage *m_contacts;
    ImportsPage *m_imports;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    IndexingStatus *m_indexing;
    QPointer<TaskRunnerBase> m_counting; // the status bar's contact count, counted off the GUI thread
};

} // namespace herald
