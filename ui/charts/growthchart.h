#pragma once

#include "query/workspacetrends.h"

#include <QChartView>

class QBarSet;
class QLineSeries;

namespace herald {

// List growth per month: contacts gained as bars above zero, unsubscribes and cleaned addresses as bars below
// it, and the number subscribed at each month's end as a line on its own axis. Hovering a month says its
// figures.
class GrowthChart : public QChartView
{
    Q_OBJECT
public:
    explicit GrowthChart(QWidget *parent = nullptr);

    void setGrowth(const QList<MonthlyListGrowth> &months);
    const QList<MonthlyListGrowth> &growth() const { return m_months; }

    // The chart's series, for tests: one value or point per month.
    QBarSet *newContactsSet() const { return m_newContacts; }
    QBarSet *unsubscribesSet() const { return m_unsubscribes; }
    QBarSet *cleanedSet() const { return m_cleaned; }
    QLineSeries *subscribedSeries() const { return m_subscribed; }

    // What the tooltip says about one month.
    QString monthText(qsizetype index) const;

private:
    void showMonth(bool hovered, qsizetype index);

    QList<MonthlyListGrowth> m_months;
    QBarSet *m_newContacts = nullptr;
    QBarSet *m_unsubscribes = nullptr;
    QBarSet *m_cleaned = nullptr;
    QLineSeries *m_subscribed = nullptr;
};

} // namespace herald
