#pragma once

#include "query/campaignstats.h"

#include <QChartView>

class QLineSeries;

namespace herald {

// A campaign's opens by people, opens by mail clients and clicks in each hour after it was sent; machine opens
// on an axis of their own.
class HourlyEngagementChart : public QChartView
{
    Q_OBJECT
public:
    explicit HourlyEngagementChart(QWidget *parent = nullptr);

    void setEngagement(const QList<HourlyEngagement> &hours);
    const QList<HourlyEngagement> &engagement() const { return m_hours; }

    // Modest, so that the detail pane it sits in fits under the campaign list without scrolling; it grows.
    QSize sizeHint() const override { return {480, 220}; }

    // Points are (hour since send, events in that hour).
    QLineSeries *humanOpensSeries() const { return m_humanOpens; }
    QLineSeries *machineOpensSeries() const { return m_machineOpens; }
    QLineSeries *clicksSeries() const { return m_clicks; }

    QString hourText(qsizetype hour) const;

private:
    void showHour(bool hovered, const QPointF &point);

    QList<HourlyEngagement> m_hours;
    QLineSeries *m_humanOpens = nullptr;
    QLineSeries *m_machineOpens = nullptr;
    QLineSeries *m_clicks = nullptr;
};

} // namespace herald
