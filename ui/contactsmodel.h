#pragma once

#include "contactsquery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace herald {

class TaskRunnerBase;
class Workspace;

// Contacts of the open workspace, fetched a page at a time as the view scrolls (canFetchMore/fetchMore).
// The total is counted on a worker thread (a count reads a whole index: too slow for the GUI thread at a million
// contacts) and announced by totalCountChanged(); it is -1 until then.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Email,
        FirstName,
        LastName,
        Company,
        Country,
        TimeZone,
        Status,
        Created,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the stored value: status as ContactStatus int, created as epoch seconds
        ContactIdRole,
    };
    static constexpr int defaultPageSize = 200;

    explicit ContactsModel(QObject *parent = nullptr);

    // Null clears the model. The workspace must outlive the model's use of it (set null before closing it).
    void setWorkspace(Workspace *workspace);
    void setQuery(const ContactsQuery &query);
    const ContactsQuery &query() const { return m_query; }
    void setPageSize(int rows);
    // Re-reads count and first page, e.g. after the workspace changed underneath.
    void reload();

    // Contacts matching the query, whether fetched yet or not; -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    QVariant display(const ContactRow &row, int column) const;
    QVariant raw(const ContactRow &row, int column) const;
    void fail(const QString &message);

    Workspace *m_workspace = nullptr;
    ContactsQuery m_query;
    QList<ContactRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_fetching = false; // views and testers may ask for more from inside our rowsInserted
    int m_pageSize = defaultPageSize;
    QTimeZone m_zone;
    QString m_lastError;
    void countInBackground();
    QPointer<TaskRunnerBase> m_counting;
};

} // namespace herald
