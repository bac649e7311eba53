#include "growthchart.h"

#include "chartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>

namespace herald {

GrowthChart::GrowthChart(QWidget *parent) : QChartView(parent)
{
    charts::setUpView(this, 240);
    setGrowth({});
}

void GrowthChart::setGrowth(const QList<MonthlyListGrowth> &months)
{
    m_months = months;
    QChart *chart = charts::newChart();

    m_newContacts = charts::barSet(tr("New contacts"), charts::newContactsColor());
    m_unsubscribes = charts::barSet(tr("Unsubscribed"), charts::unsubscribesColor());
    m_cleaned = charts::barSet(tr("Cleaned or bounced"), charts::cleanedColor());
    m_subscribed = new QLineSeries;
    m_subscribed->setName(tr("Subscribed at month end"));
    QPen line(charts::subscribedColor());
    line.setWidthF(2.5);
    m_subscribed->setPen(line);

    double gained = 0;
    double lost = 0;
    double subscribed = 0;
    QList<QDate> labels;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthlyListGrowth &month = months.at(i);
        // Losses below zero, so a month's bars show at a glance whether the list grew.
        *m_newContacts << double(month.newContacts);
        *m_unsubscribes << -double(month.unsubscribes);
        *m_cleaned << -double(month.cleaned);
        m_subscribed->append(double(i), double(month.subscribedAtEnd));
        gained = std::max(gained, double(month.newContacts));
        lost = std::max(lost, double(month.unsubscribes + month.cleaned));
        subscribed = std::max(subscribed, double(month.subscribedAtEnd));
        labels << month.month;
    }
    auto *bars = new QStackedBarSeries;
    bars->append({m_newContacts, m_unsubscribes, m_cleaned});
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    chart->addSeries(m_subscribed);

    const QFont font = charts::axisFont(this);
    QCategoryAxis *xAxis = charts::monthAxis(labels, font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);
    m_subscribed->attachAxis(xAxis);

    QCategoryAxis *countAxis = charts::countAxis(-lost, gained, 6, font);
    charts::setAxisTitle(countAxis, tr("Contacts per month"), font);
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    QCategoryAxis *subscribedAxis = charts::countAxis(0, subscribed, 4, font);
    charts::setAxisTitle(subscribedAxis, tr("Subscribed"), font);
    subscribedAxis->setGridLineVisible(false);
    // Both axes put zero at the same height, so the line and the bars share their baseline.
    if (countAxis->min() < 0)
        subscribedAxis->setRange(subscribedAxis->max() * countAxis->min() / countAxis->max(), subscribedAxis->max());
    subscribedAxis->setLabelsColor(charts::subscribedColor().darker(120));
    chart->addAxis(subscribedAxis, Qt::AlignRight);
    m_subscribed->attachAxis(subscribedAxis);

    for (QBarSet *set : {m_newContacts, m_unsubscribes, m_cleaned})
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) { showMonth(status, index); });
    connect(m_subscribed, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showMonth(state, qsizetype(std::lround(point.x()))); });

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

QString GrowthChart::monthText(qsizetype index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const MonthlyListGrowth &month = m_months.at(index);
    const QLocale locale;
    return tr("<b>%1</b><br>New contacts: %2<br>Unsubscribed: %3<br>Cleaned or bounced: %4<br>"
              "Subscribed at month end: %5")
        .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")), locale.toString(month.newContacts),
             locale.toString(month.unsubscribes), locale.toString(month.cleaned),
             locale.toString(month.subscribedAtEnd));
}

void GrowthChart::showMonth(bool hovered, qsizetype index)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), monthText(index), this);
    else
        QToolTip::hideText();
}

} // namespace herald
