#pragma once

#include "import/importlog.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace herald {

// Every import of the workspace, most recent first: when, which file, what kind, which ESP and what came of it.
class ImportsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        File,
        Kind,
        Profile,
        Rows,
        Imported,
        Updated,
        Duplicates,
        Rejected,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // epoch seconds for Time, counts as numbers, the rest as text
        ImportIdRole,
        SortRole, // RawValueRole, except that imports started in the same second keep their order
    };

    explicit ImportsModel(QObject *parent = nullptr);

    // Times are shown in `zone` (the workspace's).
    void setImports(const QList<ImportSummary> &imports, const QTimeZone &zone);
    const QList<ImportSummary> &imports() const { return m_imports; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString kindText(const ImportSummary &summary) const;

    QList<ImportSummary> m_imports;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace herald
