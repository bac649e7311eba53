#include "indexingstatus.h"

#include "taskrunner.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace herald {

IndexingStatus::IndexingStatus(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(140);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_cancel->setText(tr("Stop"));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop indexing (it resumes the next time the workspace opens)"));
    m_cancel->setAccessibleName(tr("Stop indexing"));
    setToolTip(tr("A large import is searchable and sortable already; these indexes make searching and sorting "
                  "fast."));
    connect(m_cancel, &QToolButton::clicked, this, &IndexingStatus::cancel);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &IndexingStatus::restart);
    connect(m_session, &WorkspaceSession::contentChanged, this, &IndexingStatus::start);
    hide();
}

IndexingStatus::~IndexingStatus() = default;

bool IndexingStatus::isIndexing() const
{
    return m_task && m_task->isRunning();
}

void IndexingStatus::restart()
{
    delete m_task; // another workspace: the old build is abandoned (and rolls back its step)
    hide();
    start();
}

void IndexingStatus::start()
{
    if (isIndexing() || !m_session->isOpen())
        return;
    delete m_task;
    auto *task = new TaskRunner<IndexBuildReport>(this);
    m_task = task;
    connect(task, &TaskRunnerBase::progressChanged, this, &IndexingStatus::showProgress);
    connect(task, &TaskRunnerBase::finished, this, &IndexingStatus::finish);
    const QString path = m_session->path();
    // On the maintenance pool: one job at a time, out of the way of the pages' queries.
    task->start(
        [path](const JobControl &control) -> Result<IndexBuildReport> {
            auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
            if (!workspace)
                return workspace.error();
            return buildPendingIndexes((*workspace)->db(), control);
        },
        maintenancePool());
}

void IndexingStatus::cancel()
{
    if (isIndexing())
        m_task->cancel();
}

void IndexingStatus::showProgress(qint64 done, qint64 total, const QString &stage)
{
    if (total <= 0)
        return; // nothing pending: stay out of sight
    m_label->setText(stage);
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    m_bar->setToolTip(tr("%1 %").arg(QLocale().toString(done * 100 / total)));
    show();
}

void IndexingStatus::finish()
{
    if (!m_task)
        return;
    const Result<IndexBuildReport> result = m_task->takeResult();
    m_task->deleteLater();
    m_task = nullptr;
    const bool shown = isVisible();
    hide();
    if (!result) {
        Q_EMIT finished(result.error().cancelled ? result.error().message
                                                 : tr("Indexing stopped: %1").arg(result.error().message));
        return;
    }
    if (shown || result->contactsIndexed > 0 || !result->indexesBuilt.isEmpty())
        Q_EMIT finished(tr("Search and sort indexes are up to date."));
}

} // namespace herald
