#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace herald {

class DetectionStep;
class FileStep;
class ImportDraft;
class ImportStep;
class MappingStep;
class OptionsStep;
class RunStep;
class StepRail;
class SummaryStep;
class WorkspaceSession;
struct ContactImportReport;

// Imports a contact file into the open workspace in six steps: file, detection, mapping, options, the import
// itself and its summary. Nothing is written before the Import step, and then in one transaction.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        File,
        Detection,
        Mapping,
        Options,
        Run,
        Summary,
        StepCount
    };

    // `path` may be empty: the File step then asks for one.
    ImportWizard(WorkspaceSession *session, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Step currentStep() const;
    bool canGoNext() const;
    bool canGoBack() const;

    ImportDraft *draft() const { return m_draft; }
    FileStep *fileStep() const { return m_file; }
    DetectionStep *detectionStep() const { return m_detection; }
    MappingStep *mappingStep() const { return m_mapping; }
    OptionsStep *optionsStep() const { return m_options; }
    RunStep *runStep() const { return m_run; }
    SummaryStep *summaryStep() const { return m_summary; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void next();
    void back();
    // Cancels a running import first; closes otherwise.
    void reject() override;

Q_SIGNALS:
    void stepChanged(int step);
    // The import committed: the workspace has new contacts.
    void imported(const ContactImportReport &report);

private:
    void showStep(Step step);
    void updateButtons();
    void takeReport(const ContactImportReport &report);

    WorkspaceSession *m_session;
    ImportDraft *m_draft;
    StepRail *m_rail;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    FileStep *m_file;
    DetectionStep *m_detection;
    MappingStep *m_mapping;
    OptionsStep *m_options;
    RunStep *m_run;
    SummaryStep *m_summary;
    QList<ImportStep *> m_steps;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

} // namespace herald
