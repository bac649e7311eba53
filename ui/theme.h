#pragma once

#include "domain.h"

#include <QColor>
#include <QIcon>

class QApplication;
class QLabel;
class QWidget;

namespace herald::theme {

// Fusion with Herald's restrained palette and the style sheet for sidebar, cards and headings.
// Also registers the icon resources, so call it before building any window.
void apply(QApplication &app);

// An icon from resources/icons, e.g. icon(u"home"). The line icons turn accent-coloured when selected.
QIcon icon(QStringView name);
// Herald's own icon (resources/icons/herald.svg), scalable.
QIcon appIcon();
// A line icon drawn in `color` instead of its neutral grey.
QIcon tintedIcon(QStringView name, const QColor &color);

QColor accent();
QColor mutedText();
QColor statusColor(ContactStatus status);
// A small filled marker for tables and legends (16 and 32 px). Needs a QGuiApplication.
enum class MarkerShape
{
    Dot,
    RoundedSquare,
};
QIcon markerIcon(const QColor &color, MarkerShape shape);
// A dot in the status colour.
QIcon statusDot(ContactStatus status);

// A heading inside a page, card or dialog, and a grey word-wrapped explanation (styled by the sheet apply() sets).
QLabel *sectionTitle(const QString &text, QWidget *parent);
QLabel *mutedNote(const QString &text, QWidget *parent);

// Series colours of the monthly activity chart.
QColor sendsColor();
QColor opensColor();
QColor clicksColor();

} // namespace herald::theme
