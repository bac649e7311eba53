#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be used outside any namespace: herald_ui is a static library, so nothing else would pull
// the icons' resource initialiser into the executable.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace herald::theme {
namespace {

const QColor windowColor(0xf5, 0xf6, 0xf8);
const QColor textColor(0x1f, 0x29, 0x33);
const QColor accentColor(0x3b, 0x5b, 0xdb);
const QByteArray lineColor = QByteArrayLiteral("#3e4c59"); // the stroke every line icon is drawn with

QString iconPath(QStringView name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

void addTinted(QIcon &icon, const QString &path, const QColor &color, QIcon::Mode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray svg = file.readAll();
    svg.replace(lineColor, color.name().toLatin1());
    QSvgRenderer renderer(svg);
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
}

// Selectors use object names so the sheet styles Herald's own widgets and leaves the rest to Fusion.
const char *const styleSheet = R"CSS(
QWidget#sidebar { background: #eceff3; border-right: 1px solid #dde1e7; }
QLabel#sidebarTitle { font-size: 13pt; font-weight: 600; color: #1f2933; }
QListWidget#navigation { background: transparent; border: none; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 0px; border-radius: 6px; color: #323f4b; }
QListWidget#navigation::item:hover { background: #e1e5eb; }
QListWidget#navigation::item:selected { background: #dbe4ff; color: #1c3faa; }
QLabel#sidebarCaption { color: #7b8794; font-size: 7.5pt; font-weight: 600; }
QLabel#sidebarFooter { color: #3e4c59; }

QWidget#page, QScrollArea#pageScroll, QWidget#pageContent { background: #f5f6f8; }
QScrollArea#pageScroll { border: none; }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; color: #1f2933; }
QLabel#pageSubtitle { color: #616e7c; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #323f4b; }
QLabel#muted { color: #616e7c; }
QLabel#notice { color: #1c3faa; }

QFrame#card { background: #ffffff; border: 1px solid #dde1e7; border-radius: 8px; }
QLabel#cardCaption { color: #52606d; }
QLabel#cardValue { font-size: 19pt; font-weight: 600; color: #1f2933; }
QLabel#cardDetail { color: #7b8794; font-size: 8.5pt; }

QWidget#firstStart { background: #f5f6f8; }
QLabel#headline { font-size: 24pt; font-weight: 600; color: #1f2933; }
QLabel#lead { font-size: 11pt; color: #52606d; }
QPushButton#choiceButton { background: #ffffff; border: 1px solid #d3d9e1; border-radius: 10px; }
QPushButton#choiceButton:hover { border-color: #3b5bdb; background: #f7f9ff; }
QPushButton#choiceButton:pressed { background: #edf2ff; }
QPushButton#choiceButton:focus { border-color: #748ffc; }
QLabel#choiceIcon { background: #edf2ff; border-radius: 10px; }
QLabel#choiceTitle { font-size: 12pt; font-weight: 600; color: #1f2933; }
QLabel#choiceDetail { color: #616e7c; }

QTableView#contactsTable { background: #ffffff; border: 1px solid #dde1e7; border-radius: 6px;
                           alternate-background-color: #f8f9fb; selection-background-color: #dbe4ff;
                           selection-color: #1f2933; }
QTableView#contactsTable QHeaderView::section { background: #f5f6f8; border: none;
                           border-bottom: 1px solid #dde1e7; padding: 6px 4px; font-weight: 600; color: #3e4c59; }

QFrame#warning { background: #fff8e6; border: 1px solid #f5d48a; border-radius: 6px; }

QTableView#dataTable { background: #ffffff; border: 1px solid #dde1e7; border-radius: 6px;
                       alternate-background-color: #f8f9fb; selection-background-color: #dbe4ff;
                       selection-color: #1f2933; }
QTableView#dataTable QHeaderView::section { background: #f5f6f8; border: none;
                       border-bottom: 1px solid #dde1e7; padding: 6px 4px; font-weight: 600; color: #3e4c59; }
QPushButton#primaryButton { background: #3b5bdb; color: #ffffff; border: 1px solid #3250c8; border-radius: 5px;
                            padding: 5px 16px; font-weight: 600; }
QPushButton#primaryButton:hover { background: #3451c9; }
QPushButton#primaryButton:pressed { background: #2c45ad; }
QPushButton#primaryButton:disabled { background: #b8c4f0; border-color: #b8c4f0; color: #f5f7ff; }
QPushButton#secondaryButton { background: #ffffff; color: #1f2933; border: 1px solid #c5cdd8; border-radius: 5px;
                              padding: 5px 14px; }
QPushButton#secondaryButton:hover { border-color: #3b5bdb; background: #f7f9ff; }
QPushButton#secondaryButton:pressed { background: #edf2ff; }
QPushButton#secondaryButton:disabled { color: #9aa5b1; background: #f5f6f8; border-color: #dde1e7; }
QFrame#banner { border-radius: 6px; }
QFrame#banner[kind="error"] { background: #fdecec; border: 1px solid #f3b4b4; }
QFrame#banner[kind="warning"] { background: #fff8e6; border: 1px solid #f5d48a; }
QFrame#banner[kind="info"] { background: #edf2ff; border: 1px solid #bac8ff; }
QLabel#bannerTitle { font-weight: 600; color: #1f2933; }
QLabel#bannerText { color: #3e4c59; }
QWidget#stepRail { background: #eceff3; border-right: 1px solid #dde1e7; }
QWidget#wizardMain { background: #f5f6f8; }
QLabel#stepHeading { font-size: 15pt; font-weight: 600; color: #1f2933; }
QLabel#stepBadge { border-radius: 12px; font-weight: 600; font-size: 8.5pt; }
QLabel#stepBadge[stepState="todo"] { background: #ffffff; color: #7b8794; border: 1px solid #cbd2d9; }
QLabel#stepBadge[stepState="current"] { background: #3b5bdb; color: #ffffff; border: 1px solid #3b5bdb; }
QLabel#stepBadge[stepState="done"] { background: #dbe4ff; color: #1c3faa; border: 1px solid #dbe4ff; }
QLabel#stepName[stepState="todo"] { color: #7b8794; }
QLabel#stepName[stepState="current"] { color: #1c3faa; font-weight: 600; }
QLabel#stepName[stepState="done"] { color: #323f4b; }
QFrame#dropZone { background: #ffffff; border: 2px dashed #c5cdd8; border-radius: 12px; }
QLabel#detectedValue { font-weight: 600; color: #1f2933; }
QListWidget#memberList { background: #ffffff; border: 1px solid #dde1e7; border-radius: 6px; padding: 4px; }
QListWidget#memberList::item { padding: 5px 4px; }
QStatusBar { background: #eceff3; border-top: 1px solid #dde1e7; color: #52606d; padding: 0px 8px; }
QStatusBar QLabel { color: #52606d; padding: 2px 4px; }
QStatusBar::item { border: none; }
)CSS";

} // namespace

void apply(QApplication &app)
{
    initIconResources();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette;
    palette.setColor(QPalette::Window, windowColor);
    palette.setColor(QPalette::WindowText, textColor);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xf9, 0xfb));
    palette.setColor(QPalette::Text, textColor);
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    palette.setColor(QPalette::ButtonText, textColor);
    palette.setColor(QPalette::Highlight, accentColor);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accentColor);
    palette.setColor(QPalette::ToolTipBase, textColor);
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa5, 0xb1));
    palette.setColor(QPalette::Mid, QColor(0xc5, 0xcc, 0xd6));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa5, 0xb1));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa5, 0xb1));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa5, 0xb1));
    QApplication::setPalette(palette);
    app.setStyleSheet(QString::fromLatin1(styleSheet));
    QApplication::setWindowIcon(appIcon());
}

QIcon icon(QStringView name)
{
    static QHash<QString, QIcon> cache;
    const QString path = iconPath(name);
    QIcon &icon = cache[path];
    if (icon.isNull()) {
        // Rendered to pixmaps for both modes: the SVG icon engine ignores pixmaps added for other modes.
        addTinted(icon, path, QColor(QString::fromLatin1(lineColor)), QIcon::Normal);
        addTinted(icon, path, accentColor.darker(115), QIcon::Selected);
    }
    return icon;
}

QIcon appIcon()
{
    return QIcon(iconPath(u"herald"));
}

QIcon tintedIcon(QStringView name, const QColor &color)
{
    QIcon icon;
    addTinted(icon, iconPath(name), color, QIcon::Normal);
    return icon;
}

QColor accent()
{
    return accentColor;
}

QColor mutedText()
{
    return QColor(0x61, 0x6e, 0x7c);
}

QColor statusColor(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Subscribed:
        return QColor(0x2f, 0x9e, 0x44);
    case ContactStatus::Pending:
        return QColor(0xf5, 0x9f, 0x00);
    case ContactStatus::NonSubscribed:
        return QColor(0x86, 0x8e, 0x96);
    case ContactStatus::Unsubscribed:
        return QColor(0xe8, 0x59, 0x0c);
    case ContactStatus::Cleaned:
        return QColor(0x70, 0x48, 0xe8);
    case ContactStatus::Bounced:
        return QColor(0xc9, 0x2a, 0x2a);
    case ContactStatus::Complained:
        return QColor(0xa6, 0x1e, 0x4d);
    }
    return mutedText();
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel *mutedNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QIcon markerIcon(const QColor &color, MarkerShape shape)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        if (shape == MarkerShape::Dot) {
            const qreal diameter = size * 0.5;
            painter.drawEllipse(QRectF((size - diameter) / 2, (size - diameter) / 2, diameter, diameter));
        } else {
            const qreal side = size * 0.45;
            painter.drawRoundedRect(QRectF((size - side) / 2, (size - side) / 2, side, side), side / 4, side / 4);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon statusDot(ContactStatus status)
{
    static QHash<int, QIcon> cache;
    QIcon &icon = cache[static_cast<int>(status)];
    if (icon.isNull())
        icon = markerIcon(statusColor(status), MarkerShape::Dot);
    return icon;
}

QColor sendsColor()
{
    return QColor(0xba, 0xc8, 0xff);
}

QColor opensColor()
{
    return accentColor;
}

QColor clicksColor()
{
    return QColor(0xf0, 0x8c, 0x00);
}

} // namespace herald::theme
