#include "hourlyengagementchart.h"

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

QLineSeries *makeSeries(const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

} // namespace

HourlyEngagementChart::HourlyEngagementChart(QWidget *parent) : QChartView(parent)
{
    charts::setUpView(this, 180);
    setEngagement({});
}

void HourlyEngagementChart::setEngagement(const QList<HourlyEngagement> &hours)
{
    m_hours = hours;
    QChart *chart = charts::newChart();
    m_humanOpens = makeSeries(tr("Opens by people"), charts::humanOpensColor());
    m_machineOpens = makeSeries(tr("Machine opens"), charts::machineOpensColor(), Qt::DashLine);
    m_clicks = makeSeries(tr("Clicks"), charts::clicksColor());

    double people = 0;
    double machines = 0;
    for (const HourlyEngagement &hour : hours) {
        m_humanOpens->append(hour.hour, double(hour.humanOpens));
        m_machineOpens->append(hour.hour, double(hour.machineOpens));
        m_clicks->append(hour.hour, double(hour.clicks));
        people = std::max({people, double(hour.humanOpens), double(hour.clicks)});
        machines = std::max(machines, double(hour.machineOpens));
    }
    chart->addSeries(m_humanOpens);
    chart->addSeries(m_clicks);
    chart->addSeries(m_machineOpens);

    const QFont font = charts::axisFont(this);
    // Labelled every 12 hours: "a day later" is how a marketer thinks about a send.
    const int span = hours.isEmpty() ? 72 : int(hours.size());
    auto *xAxis = new QCategoryAxis;
    xAxis->setRange(0, span);
    xAxis->setStartValue(0);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int hour = 0; hour <= span; hour += span > 24 ? 12 : 6)
        xAxis->append(hour == 0 ? tr("Sent") : tr("%1 h").arg(hour), hour);
    charts::styleAxis(xAxis, font);
    xAxis->setGridLineVisible(true);
    charts::setAxisTitle(xAxis, tr("Hours since send"), font);
    chart->addAxis(xAxis, Qt::AlignBottom);

    QCategoryAxis *peopleAxis = charts::countAxis(0, people, 4, font);
    charts::setAxisTitle(peopleAxis, tr("Opens and clicks by people"), font);
    chart->addAxis(peopleAxis, Qt::AlignLeft);
    // Mail clients fetch most of a send within its first hour: on the people's scale that spike would flatten
    // every other line, so machine opens get an axis of their own.
    QCategoryAxis *machineAxis = charts::countAxis(0, machines, 4, font);
    charts::setAxisTitle(machineAxis, tr("Machine opens"), font);
    machineAxis->setGridLineVisible(false);
    chart->addAxis(machineAxis, Qt::AlignRight);
    for (QLineSeries *series : {m_humanOpens, m_clicks, m_machineOpens}) {
        series->attachAxis(xAxis);
        series->attachAxis(series == m_machineOpens ? machineAxis : peopleAxis);
        connect(series, &QLineSeries::hovered, this,
                [this](const QPointF &point, bool state) { showHour(state, point); });
    }

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

QString HourlyEngagementChart::hourText(qsizetype hour) const
{
    if (hour < 0 || hour >= m_hours.size())
        return {};
    const HourlyEngagement &values = m_hours.at(hour);
    const QLocale locale;
    return tr("<b>%1–%2 hours after sending</b><br>Opens by people: %3<br>Machine opens: %4<br>Clicks: %5")
        .arg(locale.toString(values.hour), locale.toString(values.hour + 1), locale.toString(values.humanOpens),
             locale.toString(values.machineOpens), locale.toString(values.clicks));
}

void HourlyEngagementChart::showHour(bool hovered, const QPointF &point)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), hourText(qsizetype(std::floor(point.x() + 0.5))), this);
    else
        QToolTip::hideText();
}

} // namespace herald
