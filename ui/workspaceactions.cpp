#include "workspaceactions.h"

#include "appsettings.h"
#include "demo/demogenerator.h"
#include "messagebox.h"
#include "numbertext.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspacesession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace herald {
namespace {

const QString suffix = QStringLiteral(".herald");

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

QString fileFilter()
{
    return QCoreApplication::translate("herald::WorkspaceActions", "Herald workspaces (*.herald);;All files (*)");
}

struct DemoOutcome
{
    bool reused = false;
    DemoReport report;
};

} // namespace

WorkspaceActions::WorkspaceActions(WorkspaceSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_new(new QAction(theme::icon(u"new"), tr("&New Workspace…"), this)),
      m_open(new QAction(theme::icon(u"open"), tr("&Open Workspace…"), this)),
      m_backup(new QAction(theme::icon(u"backup"), tr("&Back Up…"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_backup->setStatusTip(tr("Save a copy of the open workspace"));
    connect(m_new, &QAction::triggered, this, &WorkspaceActions::chooseNew);
    connect(m_open, &QAction::triggered, this, &WorkspaceActions::chooseOpen);
    connect(m_backup, &QAction::triggered, this, &WorkspaceActions::chooseBackup);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &WorkspaceActions::updateActions);
    updateActions();
}

QString WorkspaceActions::demoPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.herald");
    return dir + QStringLiteral("/demo.herald");
}

void WorkspaceActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(!isBusy());
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void WorkspaceActions::openWorkspace(const QString &path, Workspace::OpenMode mode)
{
    delete m_opening; // the latest request wins
    auto *task = new TaskRunner<void>(this);
    m_opening = task;
    Q_EMIT openingStarted(path);
    connect(task, &TaskRunnerBase::finished, this, [this, task, path] {
        const Result<void> checked = task->takeResult();
        task->deleteLater();
        m_opening = nullptr;
        bool ok = false;
        if (!checked)
            showOpenError(path, checked.error().message);
        else
            ok = attach(path);
        Q_EMIT openFinished(ok);
        if (ok)
            checkIntegrity(path);
    });
    // Everything but the integrity check, which reads the whole file: the window shows the workspace first.
    task->start([path, mode](const JobControl &) -> Result<void> {
        auto checked = Workspace::open(path, mode, Workspace::IntegrityCheck::Deferred);
        if (!checked)
            return checked.error();
        return {};
    });
}

void WorkspaceActions::checkIntegrity(const QString &path)
{
    delete m_checking;
    auto *task = new TaskRunner<void>(this);
    m_checking = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task, path] {
        const Result<void> checked = task->takeResult();
        task->deleteLater();
        m_checking = nullptr;
        if (checked || checked.error().cancelled || m_session->path() != path)
            return;
        m_session->close();
        MessageBox::critical(m_window, tr("Workspace Damaged"),
                             tr("Herald closed %1 because it is damaged.").arg(QDir::toNativeSeparators(path)),
                             checked.error().message);
    });
    task->start([path](const JobControl &control) { return Workspace::checkIntegrity(path, control); },
                maintenancePool());
}

bool WorkspaceActions::attach(const QString &path)
{
    const Result<void> attached = m_session->open(path, Workspace::OpenMode::AttachExisting);
    if (!attached)
        showOpenError(path, attached.error().message);
    return attached.ok();
}

void WorkspaceActions::showOpenError(const QString &path, const QString &reason)
{
    QString details = reason;
    if (m_session->isOpen())
        details +=
            QStringLiteral("\n\n") + tr("Herald keeps %1 open.").arg(QDir::toNativeSeparators(m_session->path()));
    MessageBox::critical(m_window, tr("Cannot Open Workspace"),
                         tr("Herald cannot open %1.").arg(QDir::toNativeSeparators(path)), details);
}

void WorkspaceActions::createWorkspace(const QString &path)
{
    if (QFileInfo::exists(path)) {
        MessageBox::warning(m_window, tr("New Workspace"), tr("%1 already exists.").arg(QDir::toNativeSeparators(path)),
                            tr("Choose a new name, or use Open Workspace to open it."));
        Q_EMIT openFinished(false);
        return;
    }
    openWorkspace(path, Workspace::OpenMode::OpenOrCreate);
}

void WorkspaceActions::chooseNew()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Workspace"),
                                                      dir + QStringLiteral("/") + tr("Marketing") + suffix,
                                                      fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createWorkspace(withSuffix(path));
}

void WorkspaceActions::chooseOpen()
{
    const QString start = m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath()
                                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Workspace"), start, fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void WorkspaceActions::chooseBackup()
{
    if (!m_session->isOpen() || isBusy())
        return;
    const QString name =
        tr("%1 backup %2")
            .arg(QFileInfo(m_session->path()).completeBaseName(), QDate::currentDate().toString(Qt::ISODate));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target =
        QFileDialog::getSaveFileName(m_window, tr("Back Up Workspace"), dir + QStringLiteral("/") + name + suffix,
                                     fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        backUpTo(withSuffix(target));
}

void WorkspaceActions::backUpTo(const QString &target)
{
    if (!m_session->isOpen() || isBusy())
        return;
    auto *task = new TaskRunner<void>(m_window);
    setBusy(task);
    // The dialog first, so it has closed before the result's message box shows.
    (new TaskProgressDialog(task, tr("Back Up Workspace"),
                            tr("Backing up %1…").arg(QFileInfo(m_session->path()).fileName()), m_window))
        ->openWhenSlow();
    connect(task, &TaskRunnerBase::finished, this, [this, task, target] {
        const Result<void> result = task->takeResult();
        task->deleteLater();
        setBusy(nullptr);
        if (result) {
            Q_EMIT statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
        } else if (!result.error().cancelled) {
            MessageBox::critical(m_window, tr("Back Up Workspace"), tr("The backup could not be saved."),
                                 result.error().toString());
        }
        Q_EMIT jobFinished(result.ok());
    });
    task->start([source = m_session->path(), target](const JobControl &control) -> Result<void> {
        auto workspace = Workspace::open(source, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return (*workspace)->backupTo(target, control);
    });
}

void WorkspaceActions::tryDemo()
{
    startDemo(demoPath());
}

void WorkspaceActions::startDemo(const QString &path)
{
    if (isBusy())
        return;
    auto *task = new TaskRunner<DemoOutcome>(m_window);
    setBusy(task);
    (new TaskProgressDialog(task, tr("Demo Workspace"), tr("Creating the demo workspace…"), m_window))->openWhenSlow();
    connect(task, &TaskRunnerBase::finished, this, [this, task, path] {
        Result<DemoOutcome> outcome = task->takeResult();
        task->deleteLater();
        setBusy(nullptr);
        if (!outcome) {
            if (!outcome.error().cancelled)
                MessageBox::critical(m_window, tr("Demo Workspace"), tr("The demo workspace could not be created."),
                                     outcome.error().toString());
            Q_EMIT jobFinished(false);
            return;
        }
        // The job has just opened (and checked) the demo: the window attaches at once.
        const bool opened = attach(path);
        if (opened) {
            const QLocale locale;
            if (!outcome->reused)
                Q_EMIT statusMessage(tr("Demo workspace ready: %1, %2 campaigns, %3 events")
                                         .arg(contactCountText(outcome->report.contacts),
                                              locale.toString(outcome->report.campaigns),
                                              locale.toString(outcome->report.events)));
            Q_EMIT demoOpened();
        }
        Q_EMIT jobFinished(opened);
    });
    task->start([path](const JobControl &control) -> Result<DemoOutcome> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenOrCreate);
        if (!workspace)
            return workspace.error();
        if ((*workspace)->contactCount() > 0)
            return DemoOutcome{true, {}};
        DemoOptions options;
        options.contacts = 5000;
        options.seed = 1;
        Result<DemoReport> report = generateDemo(**workspace, options, control);
        if (!report)
            return report.error();
        return DemoOutcome{false, *report};
    });
}

void WorkspaceActions::setBusy(TaskRunnerBase *job)
{
    m_job = job;
    updateActions();
}

void WorkspaceActions::updateActions()
{
    m_new->setEnabled(!isBusy());
    m_open->setEnabled(!isBusy());
    m_backup->setEnabled(!isBusy() && m_session->isOpen());
}

} // namespace herald
