#include "chartstyle.h"

#include "theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QWidget>

#include <cmath>

namespace herald::charts {

QChart *newChart()
{
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
    return chart;
}

void setUpView(QChartView *view, int minimumHeight)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::white);
}

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

QFont axisFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

void styleAxis(QAbstractAxis *axis, const QFont &font)
{
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme::mutedText());
    axis->setGridLineColor(gridColor());
    axis->setLinePenColor(gridColor());
}

void setAxisTitle(QAbstractAxis *axis, const QString &title, const QFont &font)
{
    axis->setTitleText(title);
    axis->setTitleFont(font);
    axis->setTitleBrush(theme::mutedText());
}

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
    return {std::ceil(maximum / step - 1e-9) * step, step};
}

QCategoryAxis *countAxis(double minimum, double maximum, int ticks, const QFont &font)
{
    // One step for both sides of zero, so that zero is a grid line.
    const double span = std::max(0.0, maximum) + std::max(0.0, -minimum);
    auto [unused, step] = niceScale(span, ticks);
    Q_UNUSED(unused);
    if (step < 1)
        step = 1; // counts are whole numbers
    const double top = std::max(step, std::ceil(maximum / step - 1e-9) * step);
    const double bottom = minimum < 0 ? -std::ceil(-minimum / step - 1e-9) * step : 0.0;
    auto *axis = new QCategoryAxis;
    axis->setRange(bottom, top);
    axis->setStartValue(bottom);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    for (double value = bottom; value <= top + step / 2; value += step)
        axis->append(locale.toString(qint64(std::llround(value))), value);
    styleAxis(axis, font);
    axis->setLineVisible(false);
    return axis;
}

QCategoryAxis *percentAxis(double maximumFraction, int ticks, const QFont &font)
{
    // Steps of whole tenths of a percent at least, so labels need one decimal at most.
    const auto [top, step] = niceScale(std::max(maximumFraction, 0.001), ticks);
    const int decimals = step * 100 >= 1 - 1e-9 ? 0 : 1;
    auto *axis = new QCategoryAxis;
    axis->setRange(0, top);
    axis->setStartValue(0);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (double value = 0; value <= top + step / 2; value += step)
        axis->append(percentText(value, decimals), value);
    styleAxis(axis, font);
    axis->setLineVisible(false);
    return axis;
}

int monthLabelStep(qsizetype months, int maxLabels)
{
    maxLabels = std::max(maxLabels, 1);
    for (const int step : {1, 2, 3, 6, 12})
        if (months <= qsizetype(maxLabels) * step)
            return step;
    return 12 * int((months + 12 * maxLabels - 1) / (12 * maxLabels));
}

QCategoryAxis *monthAxis(const QList<QDate> &months, const QFont &font, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    const qsizetype count = months.size();
    axis->setRange(-0.5, std::max<double>(double(count), 1) - 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = monthLabelStep(count, maxLabels);
    const QLocale locale;
    for (qsizetype i = 0; i < count; ++i) {
        const QDate &month = months.at(i);
        if (step < 12 ? (month.month() - 1) % step != 0 : month.month() != 1 || month.year() % (step / 12) != 0)
            continue;
        // A category axis refuses a label it already has: up to 13 months name the year where it starts or
        // changes, a longer range on every label.
        const QString name = locale.toString(month, QStringLiteral("MMM"));
        const QString year = QString::number(month.year());
        QString label;
        if (step >= 12)
            label = year;
        else if (count <= 13 && axis->count() > 0 && month.month() != 1)
            label = name;
        else
            label = name + QStringLiteral("<br>") + year;
        axis->append(label, double(i));
    }
    styleAxis(axis, font);
    axis->setGridLineVisible(false);
    return axis;
}

QString percentText(double fraction, int decimals)
{
    const QLocale locale;
    return locale.toString(fraction * 100, 'f', decimals) + locale.percent();
}

QColor gridColor()
{
    return QColor(0xe6, 0xe9, 0xee);
}

QColor newContactsColor()
{
    return QColor(0x74, 0x8f, 0xfc);
}

QColor unsubscribesColor()
{
    return theme::statusColor(ContactStatus::Unsubscribed);
}

QColor cleanedColor()
{
    return theme::statusColor(ContactStatus::Cleaned);
}

QColor subscribedColor()
{
    return theme::statusColor(ContactStatus::Subscribed);
}

QColor humanOpensColor()
{
    return theme::opensColor();
}

QColor machineOpensColor()
{
    return QColor(0x9a, 0xa5, 0xb1);
}

QColor clicksColor()
{
    return theme::clicksColor();
}

} // namespace herald::charts
