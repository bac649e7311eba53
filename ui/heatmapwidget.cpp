#include "heatmapwidget.h"

#include "theme.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace herald {
namespace {

constexpr int gap = 3;
constexpr int rowHeight = 22;
constexpr int minCellWidth = 14;
constexpr int maxCellWidth = 34;
constexpr int hourLabelHeight = 18;
constexpr int legendHeight = 26;
const QColor emptyColor(0xee, 0xf0, 0xf3);
const QColor lightColor(0xd0, 0xdb, 0xff);
const QColor deepColor(0x1c, 0x3f, 0xaa);

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeatmapWidget::setCounts(const Counts &counts)
{
    m_counts = counts;
    m_total = 0;
    m_maximum = 0;
    for (const auto &day : m_counts)
        for (const qint64 count : day) {
            m_total += count;
            m_maximum = std::max(m_maximum, count);
        }
    update();
}

qint64 HeatmapWidget::count(int weekday, int hour) const
{
    if (weekday < 0 || weekday > 6 || hour < 0 || hour > 23)
        return 0;
    return m_counts[static_cast<size_t>(weekday)][static_cast<size_t>(hour)];
}

QString HeatmapWidget::cellToolTip(int weekday, int hour) const
{
    const QLocale locale;
    const QString day = locale.dayName(weekday + 1, QLocale::LongFormat);
    const QString from = QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1:00").arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
    const qint64 n = count(weekday, hour);
    // Two sources rather than %n: English has no catalogue to supply plural forms.
    const QString what = n == 1 ? tr("1 open or click") : tr("%1 opens and clicks").arg(locale.toString(n));
    return tr("%1 %2–%3: %4").arg(day, from, to, what);
}

QList<std::pair<int, int>> HeatmapWidget::busiestCells(int limit) const
{
    QList<std::pair<int, int>> cells;
    for (int day = 0; day < 7; ++day)
        for (int hour = 0; hour < 24; ++hour)
            if (count(day, hour) > 0)
                cells.append({day, hour});
    std::stable_sort(cells.begin(), cells.end(), [this](const auto &a, const auto &b) {
        return count(a.first, a.second) > count(b.first, b.second);
    });
    return cells.mid(0, limit);
}

int HeatmapWidget::labelWidth() const
{
    const QLocale locale;
    int width = 0;
    for (int day = 1; day <= 7; ++day)
        width = std::max(width, fontMetrics().horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    return width + 10;
}

int HeatmapWidget::cellSize() const
{
    return std::clamp((width() - labelWidth()) / 24, minCellWidth, maxCellWidth);
}

QRect HeatmapWidget::cellRect(int weekday, int hour) const
{
    const int cell = cellSize();
    return QRect(labelWidth() + hour * cell, weekday * rowHeight, cell - gap, rowHeight - gap);
}

std::pair<int, int> HeatmapWidget::cellAt(const QPoint &position) const
{
    const int cell = cellSize();
    const int x = position.x() - labelWidth();
    if (x < 0 || position.y() < 0)
        return {-1, -1};
    const int hour = x / cell;
    const int weekday = position.y() / rowHeight;
    if (hour > 23 || weekday > 6)
        return {-1, -1};
    return {weekday, hour};
}

QColor HeatmapWidget::cellColor(qint64 count) const
{
    if (count <= 0 || m_maximum <= 0)
        return emptyColor;
    // A square root keeps a single busy hour from washing out every other one.
    return mix(lightColor, deepColor, std::sqrt(double(count) / double(m_maximum)));
}

QSize HeatmapWidget::sizeHint() const
{
    return {labelWidth() + 24 * 24, 7 * rowHeight + hourLabelHeight + legendHeight};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {labelWidth() + 24 * minCellWidth, sizeHint().height()};
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [weekday, hour] = cellAt(help->pos());
        if (weekday >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(weekday, hour), this, cellRect(weekday, hour));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QColor muted = theme::mutedText();
    const int cell = cellSize();

    painter.setPen(muted);
    for (int day = 0; day < 7; ++day) {
        const QRect label(0, day * rowHeight, labelWidth() - 8, rowHeight - gap);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, locale.dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(cellColor(count(day, hour)));
            painter.drawRoundedRect(cellRect(day, hour), 3, 3);
        }
        painter.setPen(muted);
    }
    // Hours under the grid, every third one so that the labels never crowd.
    const int hoursTop = 7 * rowHeight;
    for (int hour = 0; hour < 24; hour += 3) {
        const QRect label(labelWidth() + hour * cell - 4, hoursTop, cell * 3, hourLabelHeight);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }

    // Legend: the scale from none to the busiest hour.
    const int legendTop = hoursTop + hourLabelHeight + 8;
    const int swatch = 12;
    const QString less = tr("Fewer");
    const QString more = m_maximum > 0 ? tr("More (up to %1 in an hour)").arg(locale.toString(m_maximum)) : tr("More");
    int x = labelWidth();
    painter.drawText(QRect(x, legendTop, fontMetrics().horizontalAdvance(less), swatch + 2), Qt::AlignVCenter, less);
    x += fontMetrics().horizontalAdvance(less) + 6;
    for (int step = 0; step < 5; ++step) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(step == 0 ? emptyColor : mix(lightColor, deepColor, std::sqrt(step / 4.0)));
        painter.drawRoundedRect(QRect(x, legendTop + 1, swatch, swatch), 2, 2);
        x += swatch + 3;
    }
    painter.setPen(muted);
    painter.drawText(QRect(x + 3, legendTop, fontMetrics().horizontalAdvance(more) + 2, swatch + 2), Qt::AlignVCenter,
                     more);
}

} // namespace herald
