#include "importwizard.h"

#include "detectionstep.h"
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
      m_heading(new QLabel(this)), m_stack(new QStackedWidget(this)), m_back(steps::secondaryButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_cancel(steps::secondaryButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Import Contacts"));
    setObjectName(QStringLiteral("importWizard"));
    resize(1180, 760);
    setMinimumSize(900, 620);

    m_steps = {m_file = new FileStep(m_draft, m_stack),
               m_detection = new DetectionStep(m_draft, m_stack),
               m_mapping = new MappingStep(m_draft, session, m_stack),
               m_options = new OptionsStep(m_draft, m_stack),
               m_run = new RunStep(m_draft, session->path(), m_stack),
               m_summary = new SummaryStep(m_draft, session, m_stack)};
    QStringList titles;
    for (ImportStep *step : std::as_const(m_steps)) {
        m_stack->addWidget(step);
        titles.append(step->title());
        connect(step, &ImportStep::completeChanged, this, &ImportWizard::updateButtons);
    }
    m_rail = new StepRail(tr("Import contacts"), titles, this);

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

    showStep(File);
    if (!path.isEmpty())
        m_draft->setFile(path);
}

ImportWizard::~ImportWizard() = default;

ImportWizard::Step ImportWizard::currentStep() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

bool ImportWizard::canGoNext() const
{
    const Step step = currentStep();
    if (step == Summary)
        return true; // "Done"
    return step < Run && m_steps.at(step)->isComplete();
}

bool ImportWizard::canGoBack() const
{
    const Step step = currentStep();
    if (step == Run)
        return !m_run->isRunning();
    return step > File && step < Summary;
}

void ImportWizard::next()
{
    if (!canGoNext())
        return;
    const Step step = currentStep();
    if (step == Summary) {
        accept();
        return;
    }
    showStep(static_cast<Step>(step + 1));
    if (step + 1 == Run)
        m_run->start();
}

void ImportWizard::back()
{
    if (!canGoBack())
        return;
    showStep(static_cast<Step>(currentStep() - 1));
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel(); // the Run step says when the workspace is back as it was
        return;
    }
    QDialog::reject();
}

void ImportWizard::showStep(Step step)
{
    ImportStep *page = m_steps.at(step);
    page->enter();
    m_stack->setCurrentIndex(step);
    m_rail->setCurrent(step);
    m_heading->setText(page->heading());
    updateButtons();
    Q_EMIT stepChanged(step);
}

void ImportWizard::updateButtons()
{
    const Step step = currentStep();
    m_back->setVisible(step != Summary);
    m_back->setEnabled(canGoBack());
    m_next->setVisible(step != Run);
    m_next->setEnabled(canGoNext());
    m_next->setText(step == Options ? tr("Import") : step == Summary ? tr("Done") : tr("Next"));
    m_cancel->setVisible(step != Summary);
    m_cancel->setText(step == Run && !m_run->isRunning() ? tr("Close") : tr("Cancel"));
}

void ImportWizard::takeReport(const ContactImportReport &report)
{
    m_summary->showReport(report);
    showStep(Summary);
    Q_EMIT imported(report);
    m_session->notifyContentChanged();
}

} // namespace herald
