#include "contactsmodel.h"

#include "taskrunner.h"
#include "workspace.h"

#include "theme.h"
#include "uilogging.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>

namespace herald {
namespace {

QString countryName(const QString &code)
{
    if (code.size() != 2)
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

ContactsModel::ContactsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ContactsModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void ContactsModel::setQuery(const ContactsQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void ContactsModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ContactsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_lastError.clear();
    if (m_workspace) {
        try {
            m_zone = m_workspace->timeZone();
            m_total = -1;
            m_atEnd = false; // the first short page says where the end is
        } catch (const SqlError &error) {
            m_lastError = error.message();
        }
    }
    m_fetching = true; // no fetching from inside our own reset notification
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
    if (!m_lastError.isEmpty())
        fail(m_lastError);
    else if (m_workspace)
        countInBackground();
}

void ContactsModel::countInBackground()
{
    delete m_counting; // a newer query replaces the count still running
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
        if (m_total <= m_rows.size())
            m_atEnd = true;
        Q_EMIT totalCountChanged(m_total);
    });
    task->start([path = m_workspace->path(), query = m_query](const JobControl &) -> Result<qint64> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return query.count((*workspace)->db());
    });
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
    return !parent.isValid() && m_workspace && !m_atEnd && !m_fetching;
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ContactRow> page;
    try {
        page = m_query.page(m_workspace->db(), m_rows.isEmpty() ? 0 : m_rows.constLast().id, m_pageSize);
    } catch (const SqlError &error) {
        m_atEnd = true;
        fail(error.message());
        return;
    }
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(std::move(page));
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
        if (index.column() == Email || index.column() == Company)
            return display(row, index.column());
        if (index.column() == Country)
            return row.country;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return theme::statusDot(row.status);
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case ContactIdRole:
        return row.id;
    default:
        return {};
    }
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
    case Country:
        return countryName(row.country);
    case TimeZone:
        return row.timeZone;
    case Status:
        return statusDisplayName(row.status);
    case Created:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.createdAt, m_zone).date(), QLocale::ShortFormat);
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
    case Created:
        return row.createdAt;
    default:
        return display(row, column);
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("Email");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Company:
        return tr("Company");
    case Country:
        return tr("Country");
    case TimeZone:
        return tr("Time zone");
    case Status:
        return tr("Status");
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
