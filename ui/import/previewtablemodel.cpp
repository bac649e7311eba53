#include "previewtablemodel.h"

#include <QBrush>
#include <QColor>

namespace herald {
namespace {

const QColor errorText(0xc9, 0x2a, 0x2a);
const QColor errorBackground(0xfd, 0xec, 0xec);
const QColor rejectedBackground(0xfe, 0xf6, 0xf6);
const QColor warningText(0x8a, 0x5a, 0x00);
const QColor warningBackground(0xff, 0xf4, 0xdb);
const QColor mutedText(0x7b, 0x87, 0x94);

constexpr int lineColumn = 0;

} // namespace

PreviewTableModel::PreviewTableModel(int columnCount, MutedIssue mutedIssue, QObject *parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount), m_mutedIssue(mutedIssue)
{}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = cellAt(index.row(), index.column());
    const bool warning = !cell.error && !cell.issue.isEmpty() && (!cell.muted || m_mutedIssue == MutedIssue::Warning);
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.issue.isEmpty() ? QVariant() : QVariant(cell.issue);
    case Qt::ForegroundRole:
        if (cell.error)
            return QBrush(errorText);
        if (warning)
            return QBrush(warningText);
        if (cell.muted || index.column() == lineColumn)
            return QBrush(mutedText);
        return {};
    case Qt::BackgroundRole:
        if (cell.error)
            return QBrush(errorBackground);
        if (warning)
            return QBrush(warningBackground);
        if (isRejected(index.row()))
            return QBrush(rejectedBackground);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == lineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IssueRole:
        return cell.error ? QStringLiteral("error") : warning ? QStringLiteral("warning") : QString();
    case RejectedRole:
        return isRejected(index.row());
    default:
        return {};
    }
}

} // namespace herald
