#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;

namespace herald {

class BusyIndicator;

// A white card holding one chart under its title, with a muted line of figures under the title, an optional
// caption under the chart, and in the chart's place a message when there is nothing to draw or a busy
// indicator while the data is on its way.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    // Takes ownership of `chart`.
    ChartCard(const QString &title, QWidget *chart, QWidget *parent = nullptr);

    void setSubtitle(const QString &text);
    QString subtitle() const;
    void setCaption(const QString &text);
    QString caption() const;

    void showChart();
    void showMessage(const QString &text);
    void showBusy(const QString &text);
    bool isShowingChart() const;
    // The message shown instead of the chart, if any.
    QString message() const;

private:
    QLabel *m_subtitle;
    QLabel *m_caption;
    QStackedWidget *m_states;
    QWidget *m_chart;
    QLabel *m_message;
    BusyIndicator *m_busy;
};

} // namespace herald
