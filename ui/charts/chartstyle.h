#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QString>

#include <utility>

class QAbstractAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QWidget;

namespace herald::charts {

// A chart with Herald's look: white, no margins, the legend on top with round markers in muted text.
QChart *newChart();

// A chart view as the pages show them: antialiased, frameless, white, at least `minimumHeight` tall.
void setUpView(QChartView *view, int minimumHeight);

// A bar set filled and outlined in one colour.
QBarSet *barSet(const QString &name, const QColor &color);

// The labels' font: the widget's, a little smaller.
QFont axisFont(const QWidget *widget);

// Muted labels, light grid lines, no axis line for value axes.
void styleAxis(QAbstractAxis *axis, const QFont &font);
void setAxisTitle(QAbstractAxis *axis, const QString &title, const QFont &font);

// A round axis maximum and step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals.
std::pair<double, double> niceScale(double maximum, int ticks);

// A count axis from `minimum` (0 or negative) to a round maximum. QValueAxis formats with printf; a category
// axis lets the labels use the locale's digit grouping.
QCategoryAxis *countAxis(double minimum, double maximum, int ticks, const QFont &font);
// Fractions (0.25) labelled as the locale's percentages ("25%"), from 0 to a round maximum.
QCategoryAxis *percentAxis(double maximumFraction, int ticks, const QFont &font);

// Months as positions 0 .. n-1 (bars and points sit on whole numbers), with at most `maxLabels` labels: every
// month, or every 2, 3, 6 or 12 months, on months that line up with January, so that labels never crowd.
QCategoryAxis *monthAxis(const QList<QDate> &months, const QFont &font, int maxLabels = 13);
// How many months apart monthAxis() puts its labels.
int monthLabelStep(qsizetype months, int maxLabels = 13);

// "18.5%" in the current locale.
QString percentText(double fraction, int decimals = 1);

QColor gridColor();
QColor newContactsColor();
QColor unsubscribesColor();
QColor cleanedColor();
QColor subscribedColor();
QColor humanOpensColor();
QColor machineOpensColor();
QColor clicksColor();

} // namespace herald::charts
