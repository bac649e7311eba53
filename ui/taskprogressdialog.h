#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace herald {

class TaskRunnerBase;

// Window-modal progress for one running task, with a Cancel that stays honest: the dialog says it is
// cancelling and closes only when the job has actually stopped. Deletes itself when the task finishes.
class TaskProgressDialog : public QDialog
{
    Q_OBJECT
public:
    TaskProgressDialog(TaskRunnerBase *task, const QString &title, const QString &headline, QWidget *parent);

    // Shows the dialog once the task has run for a moment, so a job that ends at once does not flash it.
    void openWhenSlow(int delayMs = 300);

    QString stageText() const;
    int progressValue() const;

public Q_SLOTS:
    void reject() override; // Esc and the window's close button cancel the task

private:
    void showProgress(qint64 done, qint64 total, const QString &stage);
    void showCancelling();

    QPointer<TaskRunnerBase> m_task;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace herald
