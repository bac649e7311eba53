#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>

namespace herald {

// Where jobs run. Interactive jobs (a page of contacts, a count, a summary, an import the user waits for) get
// more threads than the machine has cores: they are short or the user is watching, and on a 2-core laptop two
// long jobs would otherwise hold every thread while a 2 ms query waits its turn behind them. Maintenance
// (the integrity check that reads the whole file) runs one at a time at low priority, out of their way.
QThreadPool *interactivePool();
QThreadPool *maintenancePool();

// The non-template half of TaskRunner: cancellation, progress forwarding and the signals.
class TaskRunnerBase : public QObject
{
    Q_OBJECT
public:
    explicit TaskRunnerBase(QObject *parent = nullptr);
    // Abandons a running job: it is asked to cancel and its result and progress are dropped.
    ~TaskRunnerBase() override;

    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;

public Q_SLOTS:
    // Asks the job to stop; it returns (cancelled) at its next check, then finished() follows as usual.
    void cancel();

Q_SIGNALS:
    // On the GUI thread, coalesced: a job reporting a million steps does not flood the event loop.
    void progressChanged(qint64 done, qint64 total, const QString &stage);
    void cancelRequested();
    void finished();

protected:
    // What the worker thread shares with the runner. It outlives an abandoned runner; `receiver` is then null.
    struct Shared
    {
        std::atomic_bool cancel{false};
        std::mutex mutex;
        TaskRunnerBase *receiver = nullptr;
        qint64 done = 0;
        qint64 total = 0;
        QString stage;
        bool posted = false;
    };

    // Starts a run: a fresh shared state and the JobControl the job gets.
    JobControl beginRun();
    void endRun();
    static Error errorFromException(std::exception_ptr exception);

private:
    void deliverProgress();

    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

// Runs a std::function<Result<T>(const JobControl &)> on a pool thread and hands its result back on the GUI
// thread. Owned by the widget that asked; the job must not touch that widget, and opens its own Workspace
// (SQLite connections are per thread). Exceptions from the job become an Error and never cross threads.
template <typename T>
class TaskRunner : public TaskRunnerBase
{
public:
    using Job = std::function<Result<T>(const JobControl &)>;

    explicit TaskRunner(QObject *parent = nullptr) : TaskRunnerBase(parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
            endRun();
            Q_EMIT finished();
        });
    }

    // One job at a time per runner.
    void start(Job job, QThreadPool *pool = interactivePool())
    {
        Q_ASSERT(!isRunning());
        const JobControl control = beginRun();
        m_watcher.setFuture(QtConcurrent::run(pool, [job = std::move(job), control]() -> Result<T> {
            try {
                return job(control);
            } catch (...) {
                return errorFromException(std::current_exception());
            }
        }));
    }

    // The job's result, once, after finished().
    Result<T> takeResult() { return m_watcher.future().takeResult(); }

private:
    QFutureWatcher<Result<T>> m_watcher;
};

} // namespace herald
