#include "activitychart.h"

#include "charts/chartstyle.h"
#include "theme.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>

namespace herald {

ActivityChart::ActivityChart(QWidget *parent) : QChartView(parent)
{
    charts::setUpView(this, 300);
    setActivity({});
}

void ActivityChart::setActivity(const QList<MonthlyActivity> &months)
{
    m_months = months.size();
    QChart *chart = charts::newChart();

    auto *sends = charts::barSet(tr("Sends"), theme::sendsColor());
    auto *opens = charts::barSet(tr("Opens"), theme::opensColor());
    auto *clicks = charts::barSet(tr("Clicks"), theme::clicksColor());
    QList<QDate> labels;
    double maximum = 0;
    for (const MonthlyActivity &month : months) {
        *sends << double(month.sends);
        *opens << double(month.opens);
        *clicks << double(month.clicks);
        maximum = std::max({maximum, double(month.sends), double(month.opens), double(month.clicks)});
        labels << month.month;
    }
    auto *series = new QBarSeries;
    series->append({sends, opens, clicks});
    series->setBarWidth(0.8);
    chart->addSeries(series);

    const QFont axisFont = charts::axisFont(this);
    QCategoryAxis *xAxis = charts::monthAxis(labels, axisFont, 7); // a chart half the page wide
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    QCategoryAxis *yAxis = charts::countAxis(0, maximum, 4, axisFont);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace herald
