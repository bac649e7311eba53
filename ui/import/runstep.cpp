#include "runstep.h"

#include "importdraft.h"
#include "importtext.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int barRange = 1000;

} // namespace

RunStep::RunStep(ImportDraft *draft, QString workspacePath, QWidget *parent)
    : ImportStep(draft, parent), m_workspacePath(std::move(workspacePath)), m_headline(new QLabel(this)),
      m_stage(new QLabel(this)), m_bar(new QProgressBar(this)), m_bytes(new QLabel(this)),
      m_cancel(steps::secondaryButton(tr("Cancel Import"), this))
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    m_headline->setObjectName(QStringLiteral("sectionTitle"));
    m_headline->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("muted"));
    m_stage->setWordWrap(true);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bytes->setObjectName(QStringLiteral("muted"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bytes, 1);
    buttons->addWidget(m_cancel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(22, 20, 22, 18);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_headline);
    cardLayout->addWidget(m_stage);
    cardLayout->addWidget(m_bar);
    cardLayout->addLayout(buttons);

    m_result = steps::banner(QStringLiteral("error"), &m_resultTitle, &m_resultText, this);
    m_result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(card);
    layout->addWidget(m_result);
    layout->addWidget(theme::mutedNote(tr("The import runs in one go: until it has finished, nothing in the workspace "
                                          "changes, and a cancelled or failed import leaves it exactly as it was."),
                                       this));
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &RunStep::cancel);
}

QString RunStep::title() const
{
    return tr("Import");
}

QString RunStep::heading() const
{
    return m_heading.isEmpty() ? tr("Importing your contacts") : m_heading;
}

void RunStep::setHeading(const QString &heading)
{
    m_heading = heading;
}

template <typename Report>
void RunStep::run(const QString &file, std::function<Result<Report>(Workspace &, const JobControl &)> job,
                  std::function<void(const Report &)> deliver)
{
    if (isRunning())
        return;
    delete m_task;
    auto *task = new TaskRunner<Report>(this);
    m_task = task;
    m_headline->setText(QFileInfo(file).fileName());
    m_stage->setText(tr("Starting…"));
    m_bar->setRange(0, 0);
    m_bar->show();
    m_bytes->clear();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_result->hide();
    connect(task, &TaskRunnerBase::progressChanged, this, &RunStep::showProgress);
    connect(task, &TaskRunnerBase::cancelRequested, this, [this] {
        m_stage->setText(tr("Cancelling: undoing what was imported so far…"));
        m_cancel->setEnabled(false);
    });
    connect(task, &TaskRunnerBase::finished, this, [this, task, deliver = std::move(deliver)] {
        Result<Report> report = task->takeResult();
        m_cancel->hide();
        if (!report) {
            showFailure(report.error());
            return;
        }
        showSuccess();
        deliver(report.value());
    });
    task->start([path = m_workspacePath, job = std::move(job)](const JobControl &control) -> Result<Report> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return job(**workspace, control);
    });
    Q_EMIT completeChanged(); // running now: the wizard's buttons follow
}

void RunStep::start()
{
    const ContactImportOptions options = draft()->importOptions();
    run<ContactImportReport>(
        options.filePath,
        [options](Workspace &workspace, const JobControl &control) {
            return importContacts(workspace, options, control);
        },
        [this](const ContactImportReport &report) { Q_EMIT succeeded(report); });
}

void RunStep::startActivity(const EventImportOptions &options)
{
    run<EventImportReport>(
        options.filePath,
        [options](Workspace &workspace, const JobControl &control) {
            return importEvents(workspace, options, control);
        },
        [this](const EventImportReport &report) { Q_EMIT activitySucceeded(report); });
}

bool RunStep::isRunning() const
{
    return m_task && m_task->isRunning();
}

TaskRunnerBase *RunStep::task() const
{
    return m_task;
}

QString RunStep::stageText() const
{
    return m_stage->text();
}

QString RunStep::resultText() const
{
    return m_result->isHidden() ? QString() : m_resultTitle->text() + QLatin1Char('\n') + m_resultText->text();
}

void RunStep::cancel()
{
    if (m_task)
        m_task->cancel();
}

void RunStep::showProgress(qint64 done, qint64 total, const QString &stage)
{
    if (!m_task || m_task->isCancelRequested())
        return;
    if (!stage.isEmpty())
        m_stage->setText(stage);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_bytes->clear();
        return;
    }
    m_bar->setRange(0, barRange);
    m_bar->setValue(qBound(0, qRound(double(done) / double(total) * barRange), barRange));
    m_bytes->setText(tr("%1 of %2").arg(importtext::bytes(done), importtext::bytes(total)));
}

void RunStep::showSuccess()
{
    m_bar->setRange(0, barRange);
    m_bar->setValue(barRange);
    m_stage->setText(tr("Done."));
    Q_EMIT completeChanged();
}

void RunStep::showFailure(const Error &error)
{
    m_bar->hide();
    m_bytes->clear();
    m_result->show();
    steps::setBannerKind(m_result, error.cancelled ? QStringLiteral("info") : QStringLiteral("error"));
    if (error.cancelled) {
        m_stage->setText(tr("Cancelled."));
        m_resultTitle->setText(tr("Import cancelled; the workspace is unchanged"));
        m_resultText->setText(tr("Nothing from this file was added. Go back to change the settings, or close."));
    } else {
        m_stage->setText(tr("The import stopped."));
        m_resultTitle->setText(tr("Nothing was imported; the workspace is unchanged"));
        m_resultText->setText(importtext::errorText(error));
    }
    Q_EMIT completeChanged();
    Q_EMIT stopped(error.cancelled);
}

} // namespace herald
