#include "campaignssortmodel.h"

#include "campaignsmodel.h"

namespace herald {

CampaignsSortModel::CampaignsSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CampaignsModel::RawValueRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CampaignsSortModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

QVariant CampaignsSortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section != sortColumn() ||
        !(headerData(section, orientation, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight))
        return value;
    // No-break spaces: a plain trailing space does not count in right-aligned text.
    const QString room(3, QChar(0x00A0));
    return QString(value.toString().replace(QLatin1Char('\n'), room + QLatin1Char('\n')) + room);
}

bool CampaignsSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, CampaignsModel::Name, sourceParent);
    return name.data(Qt::DisplayRole).toString().contains(m_filter, Qt::CaseInsensitive) ||
           name.data(CampaignsModel::SubjectRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

bool CampaignsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a != b || left.column() == CampaignsModel::Name)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties (two campaigns without clicks) keep the order of their sent times.
    return left.sibling(left.row(), CampaignsModel::Sent).data(sortRole()).toLongLong() <
           right.sibling(right.row(), CampaignsModel::Sent).data(sortRole()).toLongLong();
}

} // namespace herald
