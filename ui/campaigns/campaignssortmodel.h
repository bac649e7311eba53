#pragma once

#include <QSortFilterProxyModel>

namespace herald {

// Sorts campaigns by their raw values (numbers as numbers, dates as times) and keeps those whose name or
// subject line contains the filter text, ignoring case.
class CampaignsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CampaignsSortModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // The sorted column's right-aligned label keeps clear of the sort arrow, which the styled header draws over
    // the end of the text.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
};

} // namespace herald
