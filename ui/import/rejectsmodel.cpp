#include "rejectsmodel.h"

#include <QLocale>

namespace herald {

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RejectsModel::setRejects(const QList<RejectedRow> &rejects)
{
    beginResetModel();
    m_rows = rejects;
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &row = m_rows.at(index.row());
    const ImportReject &reject = row.reject;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File:
            return row.file;
        case Line:
            return locale.toString(reject.line);
        case FileColumn:
            return reject.column > 0 ? locale.toString(reject.column) : tr("whole row");
        case Field:
            return reject.field;
        case Reason:
            return reject.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason && !reject.raw.isEmpty())
            return tr("%1\n\nThe row as read: %2").arg(reject.reason, reject.raw);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line || index.column() == FileColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case File:
            return row.file;
        case Line:
            return reject.line;
        case FileColumn:
            return reject.column;
        case Field:
            return reject.field;
        case Reason:
            return reject.raw;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case FileColumn:
        return tr("Column");
    case Field:
        return tr("Field");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace herald
