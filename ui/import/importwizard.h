#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace herald {

class DetectionStep;
class EventDetectionStep;
class EventDraft;
class EventOptionsStep;
class EventSummaryStep;
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
struct EventImportReport;

// Imports an ESP export into the open workspace. Once the file is read, the wizard follows what it is: a contact
// list goes through file, detection, mapping, options, the import itself and its summary; campaign activity (or a
// campaign report) through file, detection with a preview of its events, options, the import and its summary.
// Nothing is written before the Import step, and then in one transaction.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    // The steps of both paths; the activity path has no Mapping.
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
    enum class Path
    {
        Contacts,
        Activity,
    };

    // `path` may be empty: the File step then asks for one.
    ImportWizard(WorkspaceSession *session, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // "Import Campaign Activity…": a file that is not activity is refused on the File step.
    void expectActivity();

    Step currentStep() const;
    // The path the wizard follows (on the File step: the one the file's recognition points to).
    Path path() const;
    bool canGoNext() const;
    bool canGoBack() const;

    ImportDraft *draft() const { return m_draft; }
    FileStep *fileStep() const { return m_file; }
    DetectionStep *detectionStep() const { return m_detection; }
    MappingStep *mappingStep() const { return m_mapping; }
    OptionsStep *optionsStep() const { return m_options; }
    RunStep *runStep() const { return m_run; }
    SummaryStep *summaryStep() const { return m_summary; }
    EventDraft *eventDraft() const { return m_events; }
    EventDetectionStep *eventDetectionStep() const { return m_eventDetection; }
    EventOptionsStep *eventOptionsStep() const { return m_eventOptions; }
    RunStep *eventRunStep() const { return m_eventRun; }
    EventSummaryStep *eventSummaryStep() const { return m_eventSummary; }
    // The step shown now.
    ImportStep *currentPage() const;
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
    // The activity import committed: the workspace has new events (and maybe contacts and campaigns).
    void activityImported(const EventImportReport &report);

private:
    QList<Step> sequence() const;
    ImportStep *page(Step step) const;
    void followFile();
    void updatePath();
    void showStep(Step step);
    void updateButtons();
    void takeReport(const ContactImportReport &report);
    void takeActivityReport(const EventImportReport &report);

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
    EventDraft *m_events;
    EventDetectionStep *m_eventDetection;
    EventOptionsStep *m_eventOptions;
    RunStep *m_eventRun;
    EventSummaryStep *m_eventSummary;
    Step m_step = File;
    Path m_path = Path::Contacts;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

} // namespace herald
