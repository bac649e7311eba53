#include "activitychart.h"

#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLocale>

#include <cmath>

namespace herald {
namespace {

// A round axis maximum and step (1, 2 or 5 times a power of ten) giving about `ticks` intervals.
std::pair<double, double> niceScale(double maximum, int ticks)
{
    if (maximum <= 0)
        return {1, 1};
    const double rough = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    return {std::ceil(maximum / step) * step, step};
}

QBarSet *makeSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

ActivityChart::ActivityChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setActivity({});
}

void ActivityChart::setActivity(const QList<MonthlyActivity> &months)
{
    m_months = months.size();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->legend()->setLabelColor(theme::mutedText());

    auto *sends = makeSet(tr("Sends"), theme::sendsColor());
    auto *opens = makeSet(tr("Opens"), theme::opensColor());
    auto *clicks = makeSet(tr("Clicks"), theme::clicksColor());
    QStringList labels;
    double maximum = 0;
    const QLocale locale;
    for (const MonthlyActivity &month : months) {
        *sends << double(month.sends);
        *opens << double(month.opens);
        *clicks << double(month.clicks);
        maximum = std::max({maximum, double(month.sends), double(month.opens), double(month.clicks)});
        // Month over year keeps the labels narrow; the year only where it changes, unless months would repeat.
        const bool showYear = labels.isEmpty() || month.month.month() == 1 || months.size() > 12;
        QString label = locale.toString(month.month, QStringLiteral("MMM"));
        if (showYear)
            label += QStringLiteral("<br>") + QString::number(month.month.year());
        labels << label;
    }
    auto *series = new QBarSeries;
    series->append({sends, opens, clicks});
    series->setBarWidth(0.8);
    chart->addSeries(series);

    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    const QColor gridColor(0xe6, 0xe9, 0xee);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(labels);
    xAxis->setGridLineVisible(false);
    xAxis->setLabelsFont(axisFont);
    xAxis->setLabelsColor(theme::mutedText());
    xAxis->setLinePenColor(gridColor);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    // QValueAxis formats with printf; a category axis lets the labels use the locale's digit grouping.
    const auto [top, step] = niceScale(maximum, 4);
    auto *yAxis = new QCategoryAxis;
    yAxis->setRange(0, top);
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (double value = 0; value <= top + step / 2; value += step)
        yAxis->append(locale.toString(qint64(std::llround(value))), value);
    yAxis->setLabelsFont(axisFont);
    yAxis->setLabelsColor(theme::mutedText());
    yAxis->setGridLineColor(gridColor);
    yAxis->setLineVisible(false);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace herald
