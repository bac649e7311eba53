#include "timelinemodel.h"

#include "theme.h"
#include "uilogging.h"
#include "workspace.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace herald {
namespace {

QColor eventColor(EventType type)
{
    switch (type) {
    case EventType::Send:
        return QColor(0xad, 0xb5, 0xbd);
    case EventType::Open:
        return theme::opensColor();
    case EventType::Click:
        return theme::clicksColor();
    case EventType::Purchase:
        return QColor(0x2b, 0x8a, 0x3e);
    case EventType::Bounce:
    case EventType::SoftBounce:
        return QColor(0xc9, 0x2a, 0x2a);
    case EventType::Unsubscribe:
        return QColor(0xe8, 0x59, 0x0c);
    case EventType::Complaint:
        return QColor(0xa6, 0x1e, 0x4d);
    }
    return theme::mutedText();
}

QIcon eventDot(EventType type, bool machine)
{
    static QHash<int, QIcon> cache;
    QIcon &icon = cache[static_cast<int>(type) * 2 + (machine ? 1 : 0)];
    if (icon.isNull()) {
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal diameter = size * 0.5;
            const QRectF dot((size - diameter) / 2, (size - diameter) / 2, diameter, diameter);
            // A machine's open is drawn hollow: it happened, but no person looked.
            if (machine) {
                painter.setPen(QPen(eventColor(type), size / 10.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(dot.adjusted(size / 20.0, size / 20.0, -size / 20.0, -size / 20.0));
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(eventColor(type));
                painter.drawEllipse(dot);
            }
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent)
{}

void TimelineModel::setContact(Workspace *workspace, qint64 contactId, const TimelinePage &first, const QTimeZone &zone)
{
    beginResetModel();
    m_workspace = workspace;
    m_contactId = contactId;
    m_events = first.events;
    m_lastKey = first.lastKey;
    m_atEnd = first.atEnd || !first.lastKey.isValid();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_lastError.clear();
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

void TimelineModel::clear()
{
    beginResetModel();
    m_workspace = nullptr;
    m_contactId = 0;
    m_events.clear();
    m_lastKey = {};
    m_atEnd = true;
    endResetModel();
}

void TimelineModel::setPageSize(int events)
{
    m_pageSize = qMax(1, events);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_workspace && !m_atEnd && !m_fetching;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<TimelinePage> page = loadContactTimeline(m_workspace->db(), m_contactId, m_lastKey, m_pageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        qCWarning(lcUi) << "Reading a contact's timeline:" << m_lastError;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_atEnd = page->atEnd;
    if (page->events.isEmpty())
        return;
    m_lastKey = page->lastKey;
    const int first = static_cast<int>(m_events.size());
    m_fetching = true;
    beginInsertRows({}, first, first + static_cast<int>(page->events.size()) - 1);
    m_events.append(std::move(page->events));
    endInsertRows();
    m_fetching = false;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(event, index.column());
    case Qt::DecorationRole:
        return index.column() == Event ? QVariant(eventDot(event.type, event.machine)) : QVariant();
    case Qt::ForegroundRole:
        return event.machine || event.type == EventType::Send ? QVariant(theme::mutedText()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Revenue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Event && event.machine)
            return tr("Made by a mail client or a privacy scanner that loads every image, not by a person. "
                      "Herald leaves it out of open rates and of the heatmap.");
        if (index.column() == Link || index.column() == Campaign)
            return display(event, index.column());
        if (index.column() == Time)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(event.at, m_zone), QLocale::LongFormat);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Time:
            return event.at;
        case Event:
            return static_cast<int>(event.type);
        case Revenue:
            return event.revenue ? QVariant(*event.revenue) : QVariant();
        default:
            return display(event, index.column());
        }
    case MachineRole:
        return event.machine;
    default:
        return {};
    }
}

QVariant TimelineModel::display(const TimelineEvent &event, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time: {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(event.at, m_zone);
        return QStringLiteral("%1  %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                            locale.toString(local.time(), QStringLiteral("HH:mm")));
    }
    case Event:
        return event.machine ? tr("%1 (machine)").arg(eventTypeDisplayName(event.type))
                             : eventTypeDisplayName(event.type);
    case Campaign:
        return event.campaignName;
    case Link:
        return event.url;
    case Revenue:
        return event.revenue ? locale.toString(*event.revenue, 'f', 2) : QString();
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Campaign:
        return tr("Campaign");
    case Link:
        return tr("Link");
    case Revenue:
        return tr("Revenue");
    default:
        return {};
    }
}

} // namespace herald
