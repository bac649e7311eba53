#include "taskprogressdialog.h"

#include "taskrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int barRange = 1000; // done/total are 64-bit; the bar is not

} // namespace

TaskProgressDialog::TaskProgressDialog(TaskRunnerBase *task, const QString &title, const QString &headline,
                                       QWidget *parent)
    : QDialog(parent), m_task(task), m_stage(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(420);

    auto *heading = new QLabel(headline, this);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("muted"));
    m_stage->setText(tr("Starting…"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, task, &TaskRunnerBase::cancel);
    connect(task, &TaskRunnerBase::cancelRequested, this, &TaskProgressDialog::showCancelling);
    connect(task, &TaskRunnerBase::progressChanged, this, &TaskProgressDialog::showProgress);
    connect(task, &TaskRunnerBase::finished, this, &QDialog::accept);
    connect(task, &TaskRunnerBase::finished, this, &QObject::deleteLater);
    connect(task, &QObject::destroyed, this, &QObject::deleteLater);
}

void TaskProgressDialog::openWhenSlow(int delayMs)
{
    QTimer::singleShot(delayMs, this, [this] {
        if (m_task && m_task->isRunning())
            open();
    });
}

QString TaskProgressDialog::stageText() const
{
    return m_stage->text();
}

int TaskProgressDialog::progressValue() const
{
    return m_bar->value();
}

void TaskProgressDialog::reject()
{
    if (m_task)
        m_task->cancel();
    else
        QDialog::reject();
}

void TaskProgressDialog::showProgress(qint64 done, qint64 total, const QString &stage)
{
    if (!m_task || m_task->isCancelRequested())
        return;
    if (!stage.isEmpty())
        m_stage->setText(stage);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, barRange);
    m_bar->setValue(qBound(0, qRound(double(done) / double(total) * barRange), barRange));
}

void TaskProgressDialog::showCancelling()
{
    m_stage->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

} // namespace herald
