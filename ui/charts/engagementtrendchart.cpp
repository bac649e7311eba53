#include "engagementtrendchart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace herald {
namespace {

QLineSeries *makeSeries(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.5);
    series->setPen(pen);
    series->setColor(color);
    series->setPointsVisible(true);
    series->setMarkerSize(3.5); // a radius in Qt 6.4's line items
    return series;
}

} // namespace

EngagementTrendChart::EngagementTrendChart(QWidget *parent) : QChartView(parent)
{
    charts::setUpView(this, 200);
    setEngagement({});
}

void EngagementTrendChart::setEngagement(const QList<MonthlyEngagement> &months)
{
    m_months = months;
    QChart *chart = charts::newChart();
    m_openRate = makeSeries(tr("Open rate (people)"), charts::humanOpensColor());
    m_clickRate = makeSeries(tr("Click rate"), charts::clicksColor());

    double maxOpen = 0;
    double maxClick = 0;
    QList<QDate> labels;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthlyEngagement &month = months.at(i);
        labels << month.month;
        if (month.delivered <= 0)
            continue;
        m_openRate->append(double(i), month.openRate);
        m_clickRate->append(double(i), month.clickRate);
        maxOpen = std::max(maxOpen, month.openRate);
        maxClick = std::max(maxClick, month.clickRate);
    }
    chart->addSeries(m_openRate);
    chart->addSeries(m_clickRate);

    const QFont font = charts::axisFont(this);
    QCategoryAxis *xAxis = charts::monthAxis(labels, font, 7); // a chart half the page wide
    chart->addAxis(xAxis, Qt::AlignBottom);
    m_openRate->attachAxis(xAxis);
    m_clickRate->attachAxis(xAxis);

    QCategoryAxis *openAxis = charts::percentAxis(maxOpen, 4, font);
    charts::setAxisTitle(openAxis, tr("Open rate"), font);
    openAxis->setLabelsColor(charts::humanOpensColor());
    chart->addAxis(openAxis, Qt::AlignLeft);
    m_openRate->attachAxis(openAxis);

    QCategoryAxis *clickAxis = charts::percentAxis(maxClick, 4, font);
    charts::setAxisTitle(clickAxis, tr("Click rate"), font);
    clickAxis->setLabelsColor(charts::clicksColor().darker(115));
    clickAxis->setGridLineVisible(false);
    chart->addAxis(clickAxis, Qt::AlignRight);
    m_clickRate->attachAxis(clickAxis);

    for (QLineSeries *series : {m_openRate, m_clickRate})
        connect(series, &QLineSeries::hovered, this,
                [this](const QPointF &point, bool state) { showMonth(state, point); });

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

QString EngagementTrendChart::monthText(qsizetype index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const MonthlyEngagement &month = m_months.at(index);
    const QLocale locale;
    return tr("<b>%1</b><br>Campaigns sent: %2<br>Delivered: %3<br>Open rate: %4 (%5 people)<br>"
              "Click rate: %6 (%7 people)")
        .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")), locale.toString(month.campaigns),
             locale.toString(month.delivered), charts::percentText(month.openRate), locale.toString(month.humanOpeners),
             charts::percentText(month.clickRate), locale.toString(month.clickers));
}

void EngagementTrendChart::showMonth(bool hovered, const QPointF &point)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), monthText(qsizetype(std::lround(point.x()))), this);
    else
        QToolTip::hideText();
}

} // namespace herald
