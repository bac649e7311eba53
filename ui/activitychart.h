#pragma once

#include "workspace.h"

#include <QChartView>

namespace herald {

// Sends, opens and clicks per month as grouped bars, with locale-formatted numbers on the value axis.
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    void setActivity(const QList<MonthlyActivity> &months);
    qsizetype monthCount() const { return m_months; }

private:
    qsizetype m_months = 0;
};

} // namespace herald
