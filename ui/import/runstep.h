#pragma once

#include "import/contactimport.h"
#include "import/eventimport.h"
#include "importstep.h"

#include <functional>

class QProgressBar;
class QPushButton;

namespace herald {

template <typename T>
class TaskRunner;
class TaskRunnerBase;
class Workspace;

// Step 5: the import itself (of contacts, or of campaign activity), on a worker with its own workspace connection,
// with progress in bytes and a Cancel that leaves the workspace as it was.
class RunStep : public ImportStep
{
    Q_OBJECT
public:
    RunStep(ImportDraft *draft, QString workspacePath, QWidget *parent = nullptr);
    // The sentence above the step; "Importing your contacts" unless set.
    void setHeading(const QString &heading);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override { return false; }

    // Imports the contact draft.
    void start();
    void startActivity(const EventImportOptions &options);
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
    void activitySucceeded(const EventImportReport &report);
    // Cancelled or failed; the wizard lets the user go back.
    void stopped(bool cancelled);

private:
    template <typename Report>
    void run(const QString &file, std::function<Result<Report>(Workspace &, const JobControl &)> job,
             std::function<void(const Report &)> deliver);
    void showProgress(qint64 done, qint64 total, const QString &stage);
    void showSuccess();
    void showFailure(const Error &error);

    QString m_workspacePath;
    QString m_heading;
    TaskRunnerBase *m_task = nullptr;
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
