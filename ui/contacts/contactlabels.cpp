#include "contactlabels.h"

#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace herald {
namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("herald::ContactLabels", text);
}

} // namespace

QColor engagementColor(EngagementLevel level)
{
    switch (level) {
    case EngagementLevel::HighlyEngaged:
        return QColor(0x2b, 0x8a, 0x3e);
    case EngagementLevel::Engaged:
        return QColor(0x74, 0xb8, 0x16);
    case EngagementLevel::Lapsing:
        return QColor(0xf0, 0x8c, 0x00);
    case EngagementLevel::Cold:
        return QColor(0x4c, 0x6e, 0xf5);
    case EngagementLevel::New:
        return QColor(0xad, 0xb5, 0xbd);
    }
    return QColor(0xad, 0xb5, 0xbd);
}

QIcon engagementDot(EngagementLevel level)
{
    static QHash<int, QIcon> cache;
    QIcon &icon = cache[static_cast<int>(level)];
    // A rounded square, so that it is not mistaken for the status column's dots.
    if (icon.isNull())
        icon = theme::markerIcon(engagementColor(level), theme::MarkerShape::RoundedSquare);
    return icon;
}

QString engagementExplanation(EngagementLevel level)
{
    switch (level) {
    case EngagementLevel::HighlyEngaged:
        return translate("Opened or clicked in the last 30 days, and opens at least half of the campaigns or clicks "
                         "one in ten");
    case EngagementLevel::Engaged:
        return translate("Opened, clicked or bought in the last 90 days");
    case EngagementLevel::Lapsing:
        return translate("Last opened, clicked or bought 91 to 180 days ago");
    case EngagementLevel::Cold:
        return translate("No open, click or purchase in the last 180 days");
    case EngagementLevel::New:
        return translate("Fewer than 3 campaigns received and no open yet: too early to judge");
    }
    return {};
}

QString timeZoneSourceText(const QString &key)
{
    if (key == QLatin1StringView("explicit"))
        return translate("from the imported time zone");
    if (key == QLatin1StringView("esp"))
        return translate("from the email service");
    if (key == QLatin1StringView("utc_offset"))
        return translate("from the UTC offset");
    if (key == QLatin1StringView("postal_code"))
        return translate("from the postal code");
    if (key == QLatin1StringView("region"))
        return translate("from the region");
    if (key == QLatin1StringView("country"))
        return translate("from the country");
    if (key == QLatin1StringView("workspace"))
        return translate("the workspace's zone");
    return key;
}

QIcon searchIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            painter.setPen(QPen(QColor(0x7b, 0x87, 0x94), 1.6, Qt::SolidLine, Qt::RoundCap));
            painter.drawEllipse(QRectF(2.5, 2.5, 8, 8));
            painter.drawLine(QPointF(9.5, 9.5), QPointF(13.5, 13.5));
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QIcon removeIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {12, 24}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 12.0, size / 12.0);
            painter.setPen(QPen(QColor(0x1c, 0x3f, 0xaa), 1.5, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(3, 3), QPointF(9, 9));
            painter.drawLine(QPointF(9, 3), QPointF(3, 9));
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace herald
