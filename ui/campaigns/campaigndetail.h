#pragma once

#include "query/campaignstats.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace herald {

class ChartCard;
class HourlyEngagementChart;
class StatCard;
class TaskRunnerBase;

// One campaign: its name, subject line and sent time, its results on cards, and a chart of opens and clicks in
// each of the 72 hours after it was sent, read on a worker.
class CampaignDetail : public QWidget
{
    Q_OBJECT
public:
    static constexpr int windowHours = 72;

    explicit CampaignDetail(QWidget *parent = nullptr);
    ~CampaignDetail() override;

    // `sentText` is the sent time as the list shows it; the hourly activity is read from the workspace at `path`.
    void showCampaign(const CampaignStats &campaign, const QString &sentText, const QString &path);
    // No campaign: `message` says why (none selected, none matches the filter).
    void showPlaceholder(const QString &message);

    qint64 campaignId() const { return m_campaign.id; }
    bool isShowingCampaign() const;
    bool isLoading() const;
    QString nameText() const;
    QString subjectText() const;
    QString metaText() const;
    QString placeholderText() const;
    QList<StatCard *> cards() const { return m_cards; }
    ChartCard *chartCard() const { return m_chartCard; }
    HourlyEngagementChart *chart() const { return m_chart; }

Q_SIGNALS:
    void engagementLoaded();

private:
    QWidget *createContent();
    void loadEngagement(const QString &path);
    void showEngagement(const QList<HourlyEngagement> &hours);

    CampaignStats m_campaign;
    QStackedWidget *m_states;
    QLabel *m_placeholder;
    QLabel *m_name = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_meta = nullptr;
    StatCard *m_delivered = nullptr;
    StatCard *m_opened = nullptr;
    StatCard *m_clicked = nullptr;
    StatCard *m_unsubscribed = nullptr;
    StatCard *m_bounced = nullptr;
    StatCard *m_revenue = nullptr;
    QList<StatCard *> m_cards;
    HourlyEngagementChart *m_chart = nullptr;
    ChartCard *m_chartCard = nullptr;
    QPointer<TaskRunnerBase> m_loading;
};

} // namespace herald
