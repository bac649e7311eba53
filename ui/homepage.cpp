#include "homepage.h"

#include "activitychart.h"
#include "busyindicator.h"
#include "pageheader.h"
#include "statcard.h"
#include "statusbreakdown.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspacesession.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace herald {
namespace {

enum State
{
    Loading,
    Loaded,
    Failed
};

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

HomePage::HomePage(WorkspaceSession *session, QWidget *parent)
    : Page(session, parent), m_header(new PageHeader(tr("Home"), this)), m_states(new QStackedWidget(this)),
      m_error(new QLabel(this))
{
    auto *loading = new BusyIndicator(tr("Reading the workspace…"), m_states);

    m_error->setObjectName(QStringLiteral("muted"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);

    m_states->insertWidget(Loading, loading);
    m_states->insertWidget(Loaded, createContent());
    m_states->insertWidget(Failed, m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 0);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_states, 1);

    connect(session, &WorkspaceSession::workspaceChanged, this, &HomePage::reload);
    connect(session, &WorkspaceSession::contentChanged, this, &HomePage::reload);
}

QString HomePage::title() const
{
    return tr("Home");
}

QIcon HomePage::icon() const
{
    return theme::icon(u"home");
}

QWidget *HomePage::createContent()
{
    auto *scroll = new QScrollArea(m_states);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    scroll->setWidget(content);

    m_contacts = new StatCard(tr("Contacts"), content);
    m_campaigns = new StatCard(tr("Campaigns"), content);
    m_events = new StatCard(tr("Events"), content);
    m_activity = new StatCard(tr("Activity"), content);
    auto *overview = new QHBoxLayout;
    overview->setSpacing(14);
    for (StatCard *card : {m_contacts, m_campaigns, m_events, m_activity})
        overview->addWidget(card, 1);

    auto *chartCard = new QFrame(content);
    chartCard->setObjectName(QStringLiteral("card"));
    m_chart = new ActivityChart(chartCard);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(10, 10, 10, 10);
    chartLayout->addWidget(m_chart);
    m_statuses = new StatusBreakdown(content);
    m_statuses->setMinimumWidth(280);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(14);
    details->setVerticalSpacing(10);
    details->addWidget(sectionTitle(tr("Monthly activity"), content), 0, 0);
    details->addWidget(sectionTitle(tr("Consent status"), content), 0, 1);
    details->addWidget(chartCard, 1, 0);
    details->addWidget(m_statuses, 1, 1);
    details->setColumnStretch(0, 5);
    details->setColumnStretch(1, 2);
    details->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 24);
    layout->setSpacing(24);
    layout->addLayout(overview);
    layout->addLayout(details, 1);
    return scroll;
}

bool HomePage::isLoading() const
{
    return m_task && m_task->isRunning();
}

void HomePage::reload()
{
    delete m_task; // abandons a summary of a workspace that is no longer shown
    m_task = nullptr;
    const QString path = session()->path();
    m_header->setSubtitle(path.isEmpty() ? QString() : tr("Overview of %1").arg(QFileInfo(path).completeBaseName()));
    if (path.isEmpty())
        return;
    m_states->setCurrentIndex(Loading);
    m_task = new TaskRunner<WorkspaceSummary>(this);
    connect(m_task, &TaskRunnerBase::finished, this, [this] {
        Result<WorkspaceSummary> summary = m_task->takeResult();
        if (summary)
            showSummary(*summary);
        else
            showError(summary.error().message);
    });
    m_task->start([path](const JobControl &) -> Result<WorkspaceSummary> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return (*workspace)->summary();
    });
}

void HomePage::showSummary(const WorkspaceSummary &summary)
{
    const QLocale locale;
    const auto countOf = [&summary](ContactStatus status) {
        const auto found = summary.contactsByStatus.find(status);
        return found == summary.contactsByStatus.end() ? qint64(0) : found->second;
    };
    qint64 sends = 0;
    qint64 opens = 0;
    qint64 clicks = 0;
    for (const MonthlyActivity &month : summary.monthly) {
        sends += month.sends;
        opens += month.opens;
        clicks += month.clicks;
    }

    m_contacts->setValue(locale.toString(summary.contacts));
    m_contacts->setDetail(tr("%1 can be emailed").arg(locale.toString(countOf(ContactStatus::Subscribed))));
    m_campaigns->setValue(locale.toString(summary.campaigns));
    m_campaigns->setDetail(tr("%1 sends").arg(locale.toString(sends)));
    m_events->setValue(locale.toString(summary.events));
    m_events->setDetail(tr("%1 opens, %2 clicks").arg(locale.toString(opens), locale.toString(clicks)));
    if (summary.firstEvent.isValid()) {
        const QString format = QStringLiteral("MMM yyyy");
        m_activity->setValue(tr("%1 – %2").arg(locale.toString(summary.firstEvent.date(), format),
                                               locale.toString(summary.lastEvent.date(), format)));
        m_activity->setDetail(
            tr("last event on %1").arg(locale.toString(summary.lastEvent.date(), QLocale::ShortFormat)));
    } else {
        m_activity->setValue(tr("None yet"));
        m_activity->setDetail(tr("import campaign activity to see it here"));
    }
    m_statuses->setCounts(summary.contactsByStatus, summary.contacts);
    m_chart->setActivity(summary.monthly);
    m_states->setCurrentIndex(Loaded);
    Q_EMIT summaryLoaded();
}

void HomePage::showError(const QString &message)
{
    m_error->setText(tr("The workspace summary could not be read.\n%1").arg(message));
    m_states->setCurrentIndex(Failed);
    Q_EMIT summaryFailed(message);
}

} // namespace herald
