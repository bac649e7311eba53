#pragma once

#include "import/importlog.h"

#include <QAbstractTableModel>

namespace herald {

// A rejected row and the file it came from (a ZIP import has several).
struct RejectedRow
{
    QString file;
    ImportReject reject;
};

// Rejected rows: file, line, column, the file's column name and the reason.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        File,
        Line,
        FileColumn,
        Field,
        Reason,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // line and column as numbers, the raw row for Reason
    };

    explicit RejectsModel(QObject *parent = nullptr);

    void setRejects(const QList<RejectedRow> &rejects);
    const QList<RejectedRow> &rejects() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace herald
