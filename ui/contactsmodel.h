#pragma once

#include "query/contactquery.h"
#include "taskrunner.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>

#include <optional>

namespace herald {

class Workspace;

// Contacts of the open workspace that match a ContactQuery (search, filters, sort), fetched a page at a time as
// the view scrolls (canFetchMore/fetchMore, keyset pages on the GUI thread's connection).
//
// A new query's first page and its count run on worker threads, because a one-letter search over a million
// contacts takes SQLite most of a second. The newest request wins: an older one still running is interrupted and
// its results dropped. Until the new first page arrives the model keeps showing the previous rows (isLoading() is
// true), so typing in a search field never empties the table or freezes the window.
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
        Status,
        Engagement,
        LastActivity,
        Tags,
        Country,
        TimeZone,
        Created,
        ColumnCount
    };
    enum Role
    {
        // The stored value: status and engagement as their enum's int, times as UTC seconds (0: never),
        // country as its code.
        RawValueRole = Qt::UserRole + 1,
        ContactIdRole,
    };
    static constexpr int defaultPageSize = 200;

    explicit ContactsModel(QObject *parent = nullptr);
    ~ContactsModel() override;

    // Null clears the model. The workspace must outlive the model's use of it (set null before closing it).
    void setWorkspace(Workspace *workspace);
    // Starts loading the query's first page; the rows change when it arrives (see isLoading()).
    void setQuery(const ContactQuery &query);
    // The query asked for last, whether its rows are in yet or not.
    const ContactQuery &query() const { return m_requested; }
    void setPageSize(int rows);
    // Re-reads count and first page, e.g. after the workspace changed underneath.
    void reload();

    // A query's first page is on its way; the rows shown are still the previous query's.
    bool isLoading() const { return m_loading != nullptr; }
    // Contacts matching the query, whether fetched yet or not; -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    // Which columns the contacts can be sorted by (the others have no index to sort on at a million rows).
    static std::optional<ContactSortField> sortField(int column);
    static int columnOf(ContactSortField field);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The rows now shown belong to query(): its first page arrived (possibly empty).
    void queryLoaded();
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    struct FirstPage;

    QVariant display(const ContactRow &row, int column) const;
    QVariant raw(const ContactRow &row, int column) const;
    QString dateText(qint64 seconds) const;
    void loadFirstPage();
    void showFirstPage(FirstPage first);
    void countInBackground();
    void setLoading(TaskRunnerBase *task);
    void fail(const QString &message);

    Workspace *m_workspace = nullptr;
    ContactQuery m_requested;
    ContactQuery m_shown; // the query the rows belong to, with its plan: later pages do not probe again
    QList<ContactRow> m_rows;
    ContactPageKey m_lastKey;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_fetching = false; // views and testers may ask for more from inside our rowsInserted
    int m_pageSize = defaultPageSize;
    QTimeZone m_zone;
    QString m_lastError;
    // Two threads of our own: a first page and a count run side by side, and neither waits behind other pages'
    // work in the global pool.
    QThreadPool m_pool;
    QPointer<TaskRunnerBase> m_loading;
    QPointer<TaskRunnerBase> m_counting;
};

} // namespace herald
