#pragma once

#include "indexmaintenance.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace herald {

class WorkspaceSession;
template <typename T>
class TaskRunner;

// The background indexer in the window's status bar. A large import commits without the search index over its
// contacts and without the sort indexes it dropped (indexmaintenance.h); whenever a workspace opens or its content
// changes, this builds what is pending on a worker, showing "Indexing contacts for search" with a progress bar and a
// cancel button. Hidden when there is nothing to do. Results never change while it works, only their speed, so
// nothing reloads when it is done.
class IndexingStatus : public QWidget
{
    Q_OBJECT
public:
    explicit IndexingStatus(WorkspaceSession *session, QWidget *parent = nullptr);
    ~IndexingStatus() override;

    bool isIndexing() const;

public Q_SLOTS:
    // Looks for pending work on a worker and builds it. Does nothing while a build runs.
    void start();
    void cancel();

Q_SIGNALS:
    // A build ended: completed, cancelled or failed (the message says which, for the status bar).
    void finished(const QString &message);

private:
    void restart();
    void showProgress(qint64 done, qint64 total, const QString &stage);
    void finish();

    WorkspaceSession *m_session;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QPointer<TaskRunner<IndexBuildReport>> m_task;
};

} // namespace herald
