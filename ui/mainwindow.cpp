#include "mainwindow.h"

#include "taskrunner.h"

#include "aboutdialog.h"
#include "busyindicator.h"
#include "campaigns/campaignspage.h"
#include "choicebutton.h"
#include "contactspage.h"
#include "export/exportactions.h"
#include "firststartpage.h"
#include "homepage.h"
#include "import/importactions.h"
#include "import/importspage.h"
#include "indexingstatus.h"
#include "messagebox.h"
#include "navigationview.h"
#include "numbertext.h"
#include "settingsdialog.h"
#include "theme.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace herald {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WorkspaceSession(this)), m_actions(new WorkspaceActions(m_session, this)),
      m_importActions(new ImportActions(m_session, this)), m_exportActions(new ExportActions(m_session, this)),
      m_screens(new QStackedWidget(this)), m_firstStart(new FirstStartPage(m_screens)),
      m_opening(new BusyIndicator(QString(), m_screens)), m_navigation(new NavigationView(m_screens)),
      m_pathLabel(new QLabel(this)), m_countLabel(new QLabel(this)), m_indexing(new IndexingStatus(m_session, this))
{
    setWindowTitle(tr("Herald"));
    resize(1280, 800);
    setMinimumSize(900, 600);

    // Pages in sidebar order. A new page is one line here.
    m_navigation->addPage(m_home = new HomePage(m_session));
    m_navigation->addPage(m_contacts = new ContactsPage(m_session));
    m_navigation->addPage(new CampaignsPage(m_session));
    m_navigation->addPage(m_imports = new ImportsPage(m_session, m_importActions->importAction(),
                                                      m_importActions->importActivityAction()));

    m_screens->addWidget(m_firstStart);
    m_screens->addWidget(m_navigation);
    m_screens->addWidget(m_opening);
    setCentralWidget(m_screens);
    createFirstStartChoices();
    createMenus();

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_indexing);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->setSizeGripEnabled(false);

    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::updateForWorkspace);
    connect(m_session, &WorkspaceSession::contentChanged, this, &MainWindow::updateForWorkspace);
    connect(m_actions, &WorkspaceActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_importActions, &ImportActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_exportActions, &ExportActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_indexing, &IndexingStatus::finished, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_actions, &WorkspaceActions::demoOpened, this, [this] { m_navigation->showPage(m_home); });
    connect(m_actions, &WorkspaceActions::openingStarted, this, &MainWindow::showOpening);
    connect(m_actions, &WorkspaceActions::openFinished, this, &MainWindow::updateForWorkspace);
    updateForWorkspace();
}

MainWindow::~MainWindow() = default;

void MainWindow::createFirstStartChoices()
{
    connect(m_firstStart->addChoice(theme::tintedIcon(u"import", theme::accent()), tr("Import contacts…"),
                                    tr("Bring in the CSV or ZIP file your email service exported: Mailchimp, "
                                       "Klaviyo, HubSpot, Brevo and others are recognised. Or drop it here.")),
            &QPushButton::clicked, m_importActions, &ImportActions::chooseFile);
    connect(m_firstStart->addChoice(theme::tintedIcon(u"demo", theme::accent()), tr("Try the demo workspace"),
                                    tr("A made-up shop with 5,000 contacts and a year of campaigns, opens and "
                                       "purchases, to explore everything safely.")),
            &QPushButton::clicked, m_actions, &WorkspaceActions::tryDemo);
    connect(m_firstStart->addChoice(theme::tintedIcon(u"open", theme::accent()), tr("Open workspace…"),
                                    tr("Continue with a Herald workspace file you already have.")),
            &QPushButton::clicked, m_actions, &WorkspaceActions::chooseOpen);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newAction());
    file->addAction(m_actions->openAction());
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_actions->fillRecentMenu(recent); });
    m_actions->fillRecentMenu(recent);
    file->addSeparator();
    file->addAction(m_importActions->importAction());
    file->addAction(m_importActions->importActivityAction());
    file->addAction(m_exportActions->exportAction());
    file->addSeparator();
    file->addAction(m_actions->backupAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *settings = edit->addAction(theme::icon(u"settings"), tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(theme::icon(u"about"), tr("&About Herald"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::isShowingFirstStart() const
{
    return m_screens->currentWidget() == m_firstStart;
}

bool MainWindow::isShowingOpening() const
{
    return m_screens->currentWidget() == m_opening;
}

void MainWindow::openWorkspace(const QString &path, bool create)
{
    m_actions->openWorkspace(path, create ? Workspace::OpenMode::OpenOrCreate : Workspace::OpenMode::OpenExisting);
}

void MainWindow::showOpening(const QString &path)
{
    m_opening->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    if (!m_session->isOpen()) {
        m_screens->setCurrentWidget(m_opening);
        return;
    }
    // Keep showing the open workspace while a quick open runs, so switching does not flash.
    QTimer::singleShot(300, this, [this] {
        if (m_actions->isOpening())
            m_screens->setCurrentWidget(m_opening);
    });
}

void MainWindow::updateForWorkspace()
{
    const QString path = m_session->path();
    const bool hasContacts = m_session->hasContacts();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Herald") : tr("%1 — Herald").arg(QFileInfo(path).completeBaseName()));
    m_pathLabel->setText(path.isEmpty() ? tr("No workspace open") : QDir::toNativeSeparators(path));
    m_countLabel->clear();
    if (!path.isEmpty())
        countContacts(path);
    m_navigation->setWorkspaceName(QFileInfo(path).completeBaseName());
    m_firstStart->setWorkspacePath(path);
    if (m_actions->isOpening())
        return; // the opening screen stays until the open finishes
    m_screens->setCurrentWidget(hasContacts ? static_cast<QWidget *>(m_navigation) : m_firstStart);
}

void MainWindow::countContacts(const QString &path)
{
    delete m_counting; // the newest count wins
    auto *task = new TaskRunner<qint64>(this);
    m_counting = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task, path] {
        const Result<qint64> counted = task->takeResult();
        task->deleteLater();
        if (m_counting != task)
            return;
        m_counting = nullptr;
        if (counted && m_session->path() == path)
            m_countLabel->setText(contactCountText(counted.value()));
    });
    task->start([path](const JobControl &) -> Result<qint64> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return (*workspace)->contactCount();
    });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session->workspace(), this);
    if (dialog.exec() == QDialog::Accepted && m_session->isOpen())
        m_session->notifyContentChanged(); // dates follow the workspace's time zone
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace herald
