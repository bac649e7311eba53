#pragma once

#include "import/contactimport.h"
#include "importstep.h"

class QProgressBar;
class QPushButton;

namespace herald {

template <typename T>
class TaskRunner;
class TaskRunnerBase;

// Step 5: the import itself, on a worker with its own workspace connection, with progress in bytes and a
// Cancel that leaves the workspace as it was.
class RunStep : public ImportStep
{
    Q_OBJECT
public:
    RunStep(ImportDraft *draft, QString workspacePath, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override { return false; }

    void start();
    bool isRunning() const;
    // The running (or last) import; tests watch it.
    TaskRunnerBase *task() const;
    QString stageText() const;
    QString resultText() const;
    QProgressBar *progressBar() const { return m_bar; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void succeeded(const ContactImportReport &report);
    // Cancelled or failed; the wizard lets the user go back.
    void stopped(bool cancelled);

private:
    void showProgress(qint64 done, qint64 total, const QString &stage);
    void finish();

    QString m_workspacePath;
    TaskRunner<ContactImportReport> *m_task = nullptr;
    QLabel *m_headline;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_bytes;
    QPushButton *m_cancel;
    QWidget *m_result;
    QLabel *m_resultTitle;
    QLabel *m_resultText;
};

} // namespace herald
