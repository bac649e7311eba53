#pragma once

#include "query/contactdetail.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace herald {

class Workspace;

// A contact's events, newest first, a page at a time (loadContactTimeline walks the per-contact index, so pages
// are read on the GUI thread's connection as the view scrolls). Times are shown in the zone given: the
// contact's own when it has one.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Event,
        Campaign,
        Link,
        Revenue,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // time as UTC seconds, event as EventType int, revenue as double
        MachineRole,                     // the event was made by a mail client or scanner, not a person
    };
    static constexpr int defaultPageSize = 100;

    explicit TimelineModel(QObject *parent = nullptr);

    // Starts from the first page that came with the contact's detail. The workspace must outlive the model's use
    // of it (clear() before closing it).
    void setContact(Workspace *workspace, qint64 contactId, const TimelinePage &first, const QTimeZone &zone);
    void clear();
    void setPageSize(int events);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QVariant display(const TimelineEvent &event, int column) const;

    Workspace *m_workspace = nullptr;
    qint64 m_contactId = 0;
    QList<TimelineEvent> m_events;
    TimelineKey m_lastKey;
    bool m_atEnd = true;
    bool m_fetching = false;
    int m_pageSize = defaultPageSize;
    QTimeZone m_zone;
    QString m_lastError;
};

} // namespace herald
