#pragma once

#include "page.h"
#include "workspace.h"

class QLabel;
class QStackedWidget;

namespace herald {

class ActivityChart;
class PageHeader;
class StatCard;
class StatusBreakdown;
template <typename T>
class TaskRunner;

// The workspace at a glance: contacts by consent status, campaigns, events, the months of activity and a
// chart of monthly sends, opens and clicks. The summary scans the events table, so it loads on a worker.
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

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void summaryLoaded();
    void summaryFailed(const QString &message);

private:
    QWidget *createContent();
    void showSummary(const WorkspaceSummary &summary);
    void showError(const QString &message);

    PageHeader *m_header;
    QStackedWidget *m_states;
    QLabel *m_error;
    StatCard *m_contacts;
    StatCard *m_campaigns;
    StatCard *m_events;
    StatCard *m_activity;
    StatusBreakdown *m_statuses;
    ActivityChart *m_chart;
    TaskRunner<WorkspaceSummary> *m_task = nullptr;
};

} // namespace herald
