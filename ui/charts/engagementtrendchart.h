#pragma once

#include "query/workspacetrends.h"

#include <QChartView>

class QLineSeries;

namespace herald {

// Monthly open rate (people only) and click rate of the campaigns sent each month, as lines with a point per
// month. Click rates are a tenth of open rates, so they get their own axis on the right. Months without a
// delivered campaign have no point rather than a misleading zero.
class EngagementTrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit EngagementTrendChart(QWidget *parent = nullptr);

    void setEngagement(const QList<MonthlyEngagement> &months);
    const QList<MonthlyEngagement> &engagement() const { return m_months; }

    // Points are (month index, rate as a fraction: 0.25 for 25 %).
    QLineSeries *openRateSeries() const { return m_openRate; }
    QLineSeries *clickRateSeries() const { return m_clickRate; }

    QString monthText(qsizetype index) const;

private:
    void showMonth(bool hovered, const QPointF &point);

    QList<MonthlyEngagement> m_months;
    QLineSeries *m_openRate = nullptr;
    QLineSeries *m_clickRate = nullptr;
};

} // namespace herald
