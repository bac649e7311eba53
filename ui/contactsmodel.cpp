#include "contactsmodel.h"

#include "contacts/contactlabels.h"
#include "contacts/workerworkspace.h"
#include "taskrunner.h"
#include "theme.h"
#include "uilogging.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>

namespace herald {

struct ContactsModel::FirstPage
{
    ContactQuery query; // carries the plan the worker chose
    ContactPage page;
};

ContactsModel::ContactsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(2);
}

ContactsModel::~ContactsModel()
{
    // Interrupt the workers before the pool waits for them.
    delete m_loading;
    delete m_counting;
}

void ContactsModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void ContactsModel::setQuery(const ContactQuery &query)
{
    m_requested = query;
    reload();
}

void ContactsModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ContactsModel::reload()
{
    delete m_loading; // a newer request replaces one still running
    delete m_counting;
    m_lastError.clear();
    if (!m_workspace) {
        beginResetModel();
        m_rows.clear();
        m_lastKey = {};
        m_total = 0;
        m_atEnd = true;
        endResetModel();
        setLoading(nullptr);
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    try {
        m_zone = m_workspace->timeZone();
    } catch (const SqlError &error) {
        return fail(error.message());
    }
    m_total = -1;
    Q_EMIT totalCountChanged(m_total);
    loadFirstPage();
    countInBackground();
}

void ContactsModel::loadFirstPage()
{
    auto *task = new TaskRunner<FirstPage>(this);
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        Result<FirstPage> loaded = task->takeResult();
        task->deleteLater();
        if (m_loading != task)
            return;
        if (!loaded) {
            setLoading(nullptr);
            return fail(loaded.error().message);
        }
        showFirstPage(std::move(loaded).value());
    });
    task->start(
        [path = m_workspace->path(), query = m_requested,
         limit = m_pageSize](const JobControl &control) -> Result<FirstPage> {
            auto workspace = openWorkerWorkspace(path, control);
            if (!workspace)
                return workspace.error();
            FirstPage first{query, {}};
            auto page = first.query.fetchPage((*workspace)->db(), {}, limit);
            if (!page)
                return page.error();
            first.page = std::move(page).value();
            return first;
        },
        &m_pool);
    setLoading(task);
}

void ContactsModel::showFirstPage(FirstPage first)
{
    beginResetModel();
    m_shown = std::move(first.query);
    m_rows = std::move(first.page.rows);
    m_lastKey = first.page.lastKey;
    m_atEnd = first.page.atEnd || (m_total >= 0 && m_total <= m_rows.size());
    m_fetching = true; // no fetching from inside our own reset notification
    endResetModel();
    m_fetching = false;
    setLoading(nullptr);
    Q_EMIT queryLoaded();
}

void ContactsModel::countInBackground()
{
    auto *task = new TaskRunner<qint64>(this);
    m_counting = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        const Result<qint64> counted = task->takeResult();
        task->deleteLater();
        if (m_counting != task)
            return;
        m_counting = nullptr;
        if (!counted)
            return fail(counted.error().message);
        m_total = counted.value();
        if (!isLoading() && m_total <= m_rows.size())
            m_atEnd = true;
        Q_EMIT totalCountChanged(m_total);
    });
    task->start(
        [path = m_workspace->path(), query = m_requested](const JobControl &control) -> Result<qint64> {
            auto workspace = openWorkerWorkspace(path, control);
            if (!workspace)
                return workspace.error();
            return query.count((*workspace)->db());
        },
        &m_pool);
}

void ContactsModel::setLoading(TaskRunnerBase *task)
{
    const bool was = isLoading();
    m_loading = task;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

std::optional<ContactSortField> ContactsModel::sortField(int column)
{
    switch (column) {
    case Email:
        return ContactSortField::Email;
    case FirstName:
        return ContactSortField::FirstName;
    case LastName:
        return ContactSortField::LastName;
    case Company:
        return ContactSortField::Company;
    case Status:
        return ContactSortField::Status;
    case LastActivity:
        return ContactSortField::LastActivity;
    case Country:
        return ContactSortField::Country;
    case TimeZone:
        return ContactSortField::TimeZone;
    case Created:
        return ContactSortField::Created;
    default:
        return std::nullopt;
    }
}

int ContactsModel::columnOf(ContactSortField field)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortField(column) == field)
            return column;
    return Email;
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ContactSortField> field = sortField(column);
    if (!field || (m_requested.sort == *field && m_requested.order == order))
        return;
    ContactQuery query = m_requested;
    query.sort = *field;
    query.order = order;
    setQuery(query);
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_workspace && !m_atEnd && !m_fetching && !isLoading();
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Later pages continue from the last row's key on the GUI thread's connection: an index seek, as cheap deep
    // in the list as at its start.
    Result<ContactPage> page = m_shown.fetchPage(m_workspace->db(), m_lastKey, m_pageSize);
    if (!page) {
        m_atEnd = true;
        return fail(page.error().message);
    }
    m_atEnd = page->atEnd;
    if (page->rows.isEmpty())
        return;
    m_lastKey = page->lastKey;
    const int first = static_cast<int>(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(std::move(page->rows));
    endInsertRows();
    m_fetching = false;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Email:
        case Company:
        case Tags:
            return display(row, index.column());
        case Country:
            return row.country;
        case LastActivity:
            return row.lastActivityAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(row.lastActivityAt, m_zone),
                                                           QLocale::LongFormat)
                                      : tr("No open, click or purchase yet");
        case Engagement:
            return engagementExplanation(row.engagement);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Status)
            return theme::statusDot(row.status);
        if (index.column() == Engagement)
            return engagementDot(row.engagement);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LastActivity && row.lastActivityAt == 0)
            return theme::mutedText();
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case ContactIdRole:
        return row.id;
    default:
        return {};
    }
}

QString ContactsModel::dateText(qint64 seconds) const
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, m_zone).date(), QLocale::ShortFormat);
}

QVariant ContactsModel::display(const ContactRow &row, int column) const
{
    switch (column) {
    case Email:
        return row.email;
    case FirstName:
        return row.firstName;
    case LastName:
        return row.lastName;
    case Company:
        return row.company;
    case Status:
        return statusDisplayName(row.status);
    case Engagement:
        return engagementDisplayName(row.engagement);
    case LastActivity:
        return row.lastActivityAt ? dateText(row.lastActivityAt) : tr("Never");
    case Tags:
        return row.tags;
    case Country:
        return countryName(row.country);
    case TimeZone:
        return row.timeZone;
    case Created:
        return dateText(row.createdAt);
    default:
        return {};
    }
}

QVariant ContactsModel::raw(const ContactRow &row, int column) const
{
    switch (column) {
    case Country:
        return row.country;
    case Status:
        return static_cast<int>(row.status);
    case Engagement:
        return static_cast<int>(row.engagement);
    case LastActivity:
        return row.lastActivityAt;
    case Created:
        return row.createdAt;
    default:
        return display(row, column);
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const std::optional<ContactSortField> field = sortField(section);
        return field ? tr("Click to sort by: %1").arg(contactSortFieldDisplayName(*field))
                     : tr("This column cannot be sorted; filter by it instead");
    }
    if (role == Qt::InitialSortOrderRole)
        return section == LastActivity || section == Created ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email:
        return tr("Email");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Company:
        return tr("Company");
    case Status:
        return tr("Status");
    case Engagement:
        return tr("Engagement");
    case LastActivity:
        return tr("Last activity");
    case Tags:
        return tr("Tags");
    case Country:
        return tr("Country");
    case TimeZone:
        return tr("Time zone");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

void ContactsModel::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcUi) << "Reading contacts:" << message;
    Q_EMIT loadFailed(message);
}

} // namespace herald
