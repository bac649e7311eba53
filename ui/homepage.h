#pragma once

#include "page.h"
#include "query/workspacetrends.h"
#include "workspace.h"

class QLabel;
class QStackedWidget;

namespace herald {

class ActivityChart;
class ChartCard;
class EngagementTrendChart;
class GrowthChart;
class PageHeader;
class StatCard;
class StatusBreakdown;
template <typename T>
class TaskRunner;

// The workspace at a glance: contacts by consent status, campaigns, events, the months of activity, and charts
// of list growth, engagement rates and sends, opens and clicks by month. The summary scans the events table and
// the trends read every contact and consent entry, so each loads on a worker of its own.
class HomePage : public Page
{
    Q_OBJECT
public:
    explicit HomePage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    bool isLoading() const;
    StatCard *contactsCard() const { return m_contacts; }
    StatCard *campaignsCard() const { return m_campaigns; }
    StatCard *eventsCard() const { return m_events; }
    StatCard *activityCard() const { return m_activity; }
    StatusBreakdown *statusBreakdown() const { return m_statuses; }
    ActivityChart *chart() const { return m_chart; }
    GrowthChart *growthChart() const { return m_growth; }
    EngagementTrendChart *engagementChart() const { return m_engagement; }
    ChartCard *growthCard() const { return m_growthCard; }
    ChartCard *engagementCard() const { return m_engagementCard; }
    ChartCard *activityChartCard() const { return m_activityCard; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void summaryLoaded();
    void summaryFailed(const QString &message);
    void trendsLoaded();

private:
    QWidget *createContent();
    void showSummary(const WorkspaceSummary &summary);
    void showError(const QString &message);
    void loadTrends(const QString &path);
    void showTrends(const WorkspaceTrends &trends);

    PageHeader *m_header;
    QStackedWidget *m_states;
    QLabel *m_error;
    StatCard *m_contacts;
    StatCard *m_campaigns;
    StatCard *m_events;
    StatCard *m_activity;
    StatusBreakdown *m_statuses;
    ActivityChart *m_chart;
    ChartCard *m_activityCard;
    GrowthChart *m_growth;
    ChartCard *m_growthCard;
    EngagementTrendChart *m_engagement;
    ChartCard *m_engagementCard;
    TaskRunner<WorkspaceSummary> *m_task = nullptr;
    TaskRunner<WorkspaceTrends> *m_trendsTask = nullptr;
};

} // namespace herald
