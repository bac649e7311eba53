#include "homepage.h"

#include "activitychart.h"
#include "busyindicator.h"
#include "charts/chartcard.h"
#include "charts/chartstyle.h"
#include "charts/engagementtrendchart.h"
#include "charts/growthchart.h"
#include "pageheader.h"
#include "statcard.h"
#include "statusbreakdown.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspacesession.h"

#include <QFileInfo>
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

    m_growth = new GrowthChart;
    m_growthCard = new ChartCard(tr("List growth"), m_growth, content);
    m_growthCard->setToolTip(tr("Contacts added each month above the line, unsubscribes and cleaned or bounced "
                                "addresses below it, and how many could be emailed at each month's end."));
    m_engagement = new EngagementTrendChart;
    m_engagementCard = new ChartCard(tr("Engagement over time"), m_engagement, content);
    m_engagementCard->setCaption(tr("Rates of the campaigns sent each month, over delivered emails. Opens by "
                                    "mail clients and privacy proxies are left out."));
    m_chart = new ActivityChart;
    m_activityCard = new ChartCard(tr("Monthly activity"), m_chart, content);
    m_statuses = new StatusBreakdown(content);
    m_statuses->setMinimumWidth(280);
    auto *statusColumn = new QVBoxLayout;
    statusColumn->setSpacing(10);
    statusColumn->addWidget(theme::sectionTitle(tr("Consent status"), content));
    statusColumn->addWidget(m_statuses, 1);

    // Fixed heights: the page scrolls, and charts stretched to a tall window only thin out.
    m_growthCard->setFixedHeight(370);
    m_statuses->setFixedHeight(370 - 30);
    m_engagementCard->setFixedHeight(350);
    m_activityCard->setFixedHeight(350);
    auto *growthRow = new QHBoxLayout;
    growthRow->setSpacing(14);
    growthRow->addWidget(m_growthCard, 5);
    growthRow->addLayout(statusColumn, 2);
    auto *engagementRow = new QHBoxLayout;
    engagementRow->setSpacing(14);
    engagementRow->addWidget(m_engagementCard, 1);
    engagementRow->addWidget(m_activityCard, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 24);
    layout->setSpacing(24);
    layout->addLayout(overview);
    layout->addLayout(growthRow);
    layout->addLayout(engagementRow);
    layout->addStretch(1);
    return scroll;
}

bool HomePage::isLoading() const
{
    return (m_task && m_task->isRunning()) || (m_trendsTask && m_trendsTask->isRunning());
}

void HomePage::reload()
{
    delete m_task; // abandons a summary of a workspace that is no longer shown
    m_task = nullptr;
    delete m_trendsTask;
    m_trendsTask = nullptr;
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
    loadTrends(path);
}

void HomePage::loadTrends(const QString &path)
{
    m_growthCard->showBusy(tr("Reading the list's history…"));
    m_engagementCard->showBusy(tr("Reading the campaigns…"));
    m_trendsTask = new TaskRunner<WorkspaceTrends>(this);
    connect(m_trendsTask, &TaskRunnerBase::finished, this, [this] {
        Result<WorkspaceTrends> trends = m_trendsTask->takeResult();
        if (trends) {
            showTrends(*trends);
        } else {
            const QString message = tr("The trends could not be read.\n%1").arg(trends.error().message);
            m_growthCard->showMessage(message);
            m_engagementCard->showMessage(message);
        }
        Q_EMIT trendsLoaded();
    });
    m_trendsTask->start([path](const JobControl &) -> Result<WorkspaceTrends> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return workspaceTrends((*workspace)->db());
    });
}

void HomePage::showTrends(const WorkspaceTrends &trends)
{
    const QLocale locale;
    const QString monthFormat = QStringLiteral("MMM yyyy");
    m_growth->setGrowth(trends.growth);
    if (trends.growth.isEmpty()) {
        m_growthCard->setSubtitle(QString());
        m_growthCard->showMessage(tr("No contacts yet. Import your contacts to see how your list grows month by "
                                     "month."));
    } else {
        qint64 added = 0;
        qint64 unsubscribed = 0;
        qint64 cleaned = 0;
        for (const MonthlyListGrowth &month : trends.growth) {
            added += month.newContacts;
            unsubscribed += month.unsubscribes;
            cleaned += month.cleaned;
        }
        m_growthCard->setSubtitle(
            tr("Since %1: %2 contacts added, %3 unsubscribed, %4 cleaned or bounced; %5 subscribed at the end of %6")
                .arg(locale.toString(trends.growth.constFirst().month, monthFormat), locale.toString(added),
                     locale.toString(unsubscribed), locale.toString(cleaned),
                     locale.toString(trends.growth.constLast().subscribedAtEnd),
                     locale.toString(trends.growth.constLast().month, monthFormat)));
        m_growthCard->showChart();
    }

    m_engagement->setEngagement(trends.engagement);
    qint64 campaigns = 0;
    qint64 delivered = 0;
    qint64 openers = 0;
    qint64 clickers = 0;
    for (const MonthlyEngagement &month : trends.engagement) {
        campaigns += month.campaigns;
        delivered += month.delivered;
        openers += month.humanOpeners;
        clickers += month.clickers;
    }
    if (delivered == 0) {
        m_engagementCard->setSubtitle(QString());
        m_engagementCard->showMessage(tr("No campaign results yet. Import campaign activity to see open and "
                                         "click rates month by month."));
        return;
    }
    const double share = 1.0 / double(delivered);
    m_engagementCard->setSubtitle(
        tr("%1 campaigns since %2: %3 opened, %4 clicked")
            .arg(locale.toString(campaigns), locale.toString(trends.engagement.constFirst().month, monthFormat),
                 charts::percentText(double(openers) * share), charts::percentText(double(clickers) * share)));
    m_engagementCard->showChart();
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
    if (summary.monthly.isEmpty())
        m_activityCard->showMessage(tr("No sends, opens or clicks yet. Import campaign activity to see them by "
                                       "month."));
    else
        m_activityCard->showChart();
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
