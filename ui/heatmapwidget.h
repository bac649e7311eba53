#pragma once

#include <QWidget>

#include <array>

namespace herald {

// Counts by weekday (rows, Monday first, in the user's language) and hour of the day (columns 0-23): a cell's
// colour deepens with its count, its tooltip says what it holds, and a legend under the grid gives the scale.
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    using Counts = std::array<std::array<qint64, 24>, 7>; // [weekday, Monday = 0][hour]

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    qint64 count(int weekday, int hour) const;
    qint64 total() const { return m_total; }
    qint64 maximum() const { return m_maximum; }
    // "Tuesday 14:00–15:00: 12 opens and clicks"
    QString cellToolTip(int weekday, int hour) const;
    // Up to `limit` busiest cells as {weekday, hour}, busiest first; empty cells never.
    QList<std::pair<int, int>> busiestCells(int limit) const;
    // The cell under a point of the widget, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &position) const;
    QRect cellRect(int weekday, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QColor cellColor(qint64 count) const;
    int labelWidth() const;
    int cellSize() const;

    Counts m_counts{};
    qint64 m_total = 0;
    qint64 m_maximum = 0;
};

} // namespace herald
