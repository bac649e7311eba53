#pragma once

#include "taskrunner.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace herald {

// What the contact and the activity draft share: settings that change how a file reads schedule one preview on a
// worker (several changes in one go make one), and a newer preview abandons the one still running.
class PreviewDraft : public QObject
{
    Q_OBJECT
public:
    ~PreviewDraft() override;

    QTimeZone workspaceZone() const { return m_workspaceZone; }
    bool isPreviewing() const;

Q_SIGNALS:
    void previewStarted();
    // The preview (or its error) changed.
    void previewFinished();

protected:
    PreviewDraft(const QTimeZone &workspaceZone, QObject *parent);

    // Nothing is previewed before there is a file.
    virtual bool hasFile() const = 0;
    // Starts the preview of the current settings, on a task from newTask().
    virtual void startPreview() = 0;

    void schedulePreview();
    // Forgets a scheduled or running preview.
    void cancelPreview();
    // A task for the next preview; the running one is abandoned, its settings no longer apply.
    template <typename T>
    TaskRunner<T> *newTask()
    {
        cancelPreview();
        auto *task = new TaskRunner<T>(this);
        m_task = task;
        return task;
    }
    // The zone naive times are read in when the user leaves it to Herald: the profile's export kind's, or the
    // workspace's.
    QTimeZone conventionalZone(const QString &profileId, const QString &exportKind) const;

    // A setting that changes how the file reads: a new value schedules a preview.
    template <typename T>
    void setPreviewed(T &setting, const T &value)
    {
        if (setting == value)
            return;
        setting = value;
        schedulePreview();
    }

private:
    QTimeZone m_workspaceZone;
    QTimer m_debounce;
    TaskRunnerBase *m_task = nullptr;
};

} // namespace herald
