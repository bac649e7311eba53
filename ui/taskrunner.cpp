#include "taskrunner.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace herald {

QThreadPool *interactivePool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(std::max(8, 2 * QThread::idealThreadCount()));
        created->setObjectName(QStringLiteral("herald-interactive"));
        return created;
    }();
    return pool;
}

QThreadPool *maintenancePool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(1);
        created->setThreadPriority(QThread::LowPriority);
        created->setObjectName(QStringLiteral("herald-maintenance"));
        return created;
    }();
    return pool;
}

TaskRunnerBase::TaskRunnerBase(QObject *parent) : QObject(parent)
{}

TaskRunnerBase::~TaskRunnerBase()
{
    if (m_shared) {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
        m_shared->cancel.store(true);
    }
}

bool TaskRunnerBase::isCancelRequested() const
{
    return m_shared && m_shared->cancel.load();
}

void TaskRunnerBase::cancel()
{
    if (!m_running || !m_shared || m_shared->cancel.exchange(true))
        return;
    Q_EMIT cancelRequested();
}

JobControl TaskRunnerBase::beginRun()
{
    if (m_shared) {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->receiver = this;
    m_running = true;

    JobControl control;
    control.cancelFlag = &m_shared->cancel;
    // The job holds the shared state, so the flag it reads stays valid after this runner is gone.
    control.progress = [shared = m_shared](qint64 done, qint64 total, const QString &stage) {
        const std::lock_guard lock(shared->mutex);
        shared->done = done;
        shared->total = total;
        shared->stage = stage;
        if (shared->posted || !shared->receiver)
            return;
        shared->posted = true;
        QMetaObject::invokeMethod(shared->receiver, &TaskRunnerBase::deliverProgress, Qt::QueuedConnection);
    };
    return control;
}

void TaskRunnerBase::endRun()
{
    deliverProgress(); // the last value reported, even when its queued delivery is still on its way
    m_running = false;
}

void TaskRunnerBase::deliverProgress()
{
    qint64 done = 0;
    qint64 total = 0;
    QString stage;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (!m_shared->posted)
            return;
        m_shared->posted = false;
        done = m_shared->done;
        total = m_shared->total;
        stage = m_shared->stage;
    }
    Q_EMIT progressChanged(done, total, stage);
}

Error TaskRunnerBase::errorFromException(std::exception_ptr exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception &error) {
        return Error{QCoreApplication::translate("herald::TaskRunner", "Unexpected error: %1")
                         .arg(QString::fromUtf8(error.what()))};
    } catch (...) {
        return Error{QCoreApplication::translate("herald::TaskRunner", "Unexpected error.")};
    }
}

} // namespace herald
