#include "importwizard.h"

#include "detectionstep.h"
#include "eventdetectionstep.h"
#include "eventdraft.h"
#include "eventoptionsstep.h"
#include "eventsummarystep.h"
#include "filestep.h"
#include "importdraft.h"
#include "mappingstep.h"
#include "optionsstep.h"
#include "runstep.h"
#include "steprail.h"
#include "summarystep.h"
#include "taskrunner.h"
#include "uilogging.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace herald {
namespace {

QTimeZone workspaceZone(WorkspaceSession *session)
{
    if (!session->isOpen())
        return QTimeZone::utc();
    try {
        return session->workspace()->timeZone();
    } catch (const SqlError &error) {
        qCWarning(lcUi) << "Reading the workspace time zone:" << error.message();
        return QTimeZone::utc();
    }
}

} // namespace

ImportWizard::ImportWizard(WorkspaceSession *session, const QString &path, QWidget *parent)
    : QDialog(parent), m_session(session), m_draft(new ImportDraft(workspaceZone(session), this)),
      m_heading(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_events(new EventDraft(m_draft->workspaceZone(), this)), m_back(steps::secondaryButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_cancel(steps::secondaryButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("importWizard"));
    resize(1180, 760);
    setMinimumSize(900, 620);

    const QList<ImportStep *> steps = {
        m_file = new FileStep(m_draft, m_stack),
        m_detection = new DetectionStep(m_draft, m_stack),
        m_mapping = new MappingStep(m_draft, session, m_stack),
        m_options = new OptionsStep(m_draft, m_stack),
        m_run = new RunStep(m_draft, session->path(), m_stack),
        m_summary = new SummaryStep(m_draft, session, m_stack),
        m_eventDetection = new EventDetectionStep(m_draft, m_events, m_stack),
        m_eventOptions = new EventOptionsStep(m_draft, m_events, m_stack),
        m_eventRun = new RunStep(m_draft, session->path(), m_stack),
        m_eventSummary = new EventSummaryStep(m_draft, session, m_stack),
    };
    m_eventRun->setHeading(tr("Importing your campaign activity"));
    for (ImportStep *step : steps) {
        m_stack->addWidget(step);
        connect(step, &ImportStep::completeChanged, this, &ImportWizard::updateButtons);
    }
    m_rail = new StepRail(QString(), {}, this);

    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_heading->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("primaryButton"));
    m_next->setDefault(true);
    for (QPushButton *button : {m_back, m_next, m_cancel}) {
        button->setAutoDefault(false);
        button->setMinimumWidth(96);
    }

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *main = new QWidget(this);
    main->setObjectName(QStringLiteral("wizardMain"));
    main->setAttribute(Qt::WA_StyledBackground);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(28, 22, 28, 18);
    mainLayout->setSpacing(16);
    mainLayout->addWidget(m_heading);
    mainLayout->addWidget(m_stack, 1);
    mainLayout->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(main, 1);

    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    connect(m_run, &RunStep::succeeded, this, &ImportWizard::takeReport);
    connect(m_eventRun, &RunStep::activitySucceeded, this, &ImportWizard::takeActivityReport);
    // On the File step the wizard already shows the path the file's recognition points to.
    connect(m_draft, &ImportDraft::previewFinished, this, [this] {
        if (m_step == File)
            updatePath();
    });

    updatePath();
    showStep(File);
    if (!path.isEmpty())
        m_draft->setFile(path);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::expectActivity()
{
    m_draft->setExpectsActivity(true);
    updatePath();
    m_heading->setText(currentPage()->heading());
}

ImportWizard::Step ImportWizard::currentStep() const
{
    return m_step;
}

ImportWizard::Path ImportWizard::path() const
{
    if (m_step != File)
        return m_path;
    return m_draft->isActivity() || m_draft->expectsActivity() ? Path::Activity : Path::Contacts;
}

ImportStep *ImportWizard::currentPage() const
{
    return page(m_step);
}

QList<ImportWizard::Step> ImportWizard::sequence() const
{
    if (path() == Path::Activity)
        return {File, Detection, Options, Run, Summary};
    return {File, Detection, Mapping, Options, Run, Summary};
}

ImportStep *ImportWizard::page(Step step) const
{
    const bool activity = path() == Path::Activity;
    switch (step) {
    case File:
        return m_file;
    case Detection:
        return activity ? static_cast<ImportStep *>(m_eventDetection) : m_detection;
    case Mapping:
        return m_mapping;
    case Options:
        return activity ? static_cast<ImportStep *>(m_eventOptions) : m_options;
    case Run:
        return activity ? m_eventRun : m_run;
    case Summary:
        return activity ? static_cast<ImportStep *>(m_eventSummary) : m_summary;
    case StepCount:
        break;
    }
    return nullptr;
}

bool ImportWizard::canGoNext() const
{
    if (m_step == Summary)
        return true; // "Done"
    return m_step < Run && page(m_step)->isComplete();
}

bool ImportWizard::canGoBack() const
{
    if (m_step == Run)
        return !m_run->isRunning() && !m_eventRun->isRunning();
    return m_step > File && m_step < Summary;
}

void ImportWizard::next()
{
    if (!canGoNext())
        return;
    if (m_step == Summary) {
        accept();
        return;
    }
    if (m_step == File)
        followFile();
    const QList<Step> steps = sequence();
    const Step step = steps.value(steps.indexOf(m_step) + 1, Summary);
    showStep(step);
    if (step != Run)
        return;
    if (m_path == Path::Activity)
        m_eventRun->startActivity(m_events->importOptions());
    else
        m_run->start();
}

void ImportWizard::back()
{
    if (!canGoBack())
        return;
    const QList<Step> steps = sequence();
    showStep(steps.value(steps.indexOf(m_step) - 1, File));
}

void ImportWizard::reject()
{
    for (RunStep *run : {m_run, m_eventRun}) {
        if (run->isRunning()) {
            run->cancel(); // the Run step says when the workspace is back as it was
            return;
        }
    }
    QDialog::reject();
}

// Leaving the File step: the path the file's recognition points to, with its draft up to date.
void ImportWizard::followFile()
{
    m_path = m_draft->isActivity() ? Path::Activity : Path::Contacts;
    if (m_path == Path::Activity) {
        if (m_events->filePath() != m_draft->filePath() || !m_events->preview())
            m_events->start(m_draft->filePath(), *m_draft->activityPreview());
        const bool some = m_draft->isZip() && m_draft->checkedMembers().size() < m_draft->members().size();
        m_events->setMembers(some ? m_draft->checkedMembers() : QStringList());
    }
    updatePath();
}

void ImportWizard::updatePath()
{
    const bool activity = path() == Path::Activity;
    setWindowTitle(activity ? tr("Import Campaign Activity") : tr("Import Contacts"));
    QStringList titles;
    for (Step step : sequence())
        titles.append(page(step)->title());
    m_rail->setSteps(activity ? tr("Import campaign activity") : tr("Import contacts"), titles);
    m_rail->setCurrent(static_cast<int>(sequence().indexOf(m_step)));
}

void ImportWizard::showStep(Step step)
{
    m_step = step;
    ImportStep *shown = page(step);
    shown->enter();
    m_stack->setCurrentWidget(shown);
    updatePath();
    m_heading->setText(shown->heading());
    updateButtons();
    Q_EMIT stepChanged(step);
}

void ImportWizard::updateButtons()
{
    const Step step = m_step;
    const bool running = m_run->isRunning() || m_eventRun->isRunning();
    m_back->setVisible(step != Summary);
    m_back->setEnabled(canGoBack());
    m_next->setVisible(step != Run);
    m_next->setEnabled(canGoNext());
    m_next->setText(step == Options ? tr("Import") : step == Summary ? tr("Done") : tr("Next"));
    m_cancel->setVisible(step != Summary);
    m_cancel->setText(step == Run && !running ? tr("Close") : tr("Cancel"));
}

void ImportWizard::takeReport(const ContactImportReport &report)
{
    m_summary->showReport(report);
    showStep(Summary);
    Q_EMIT imported(report);
    m_session->notifyContentChanged();
}

void ImportWizard::takeActivityReport(const EventImportReport &report)
{
    m_eventSummary->showReport(report, m_events->options().cancelledOrders);
    showStep(Summary);
    Q_EMIT activityImported(report);
    m_session->notifyContentChanged();
}

} // namespace herald
