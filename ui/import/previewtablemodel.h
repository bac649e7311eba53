#pragma once

#include <QAbstractTableModel>

namespace herald {

// What the contact and the activity preview share: cells that carry the file's text, an issue shown in the
// tooltip, red for an error and amber for a warning; a rejected row tinted; the line number first, muted and
// right-aligned. Subclasses build the rows.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        // "error", "warning" or empty: what is wrong with this cell
        IssueRole = Qt::UserRole + 1,
        RejectedRole, // the whole row is rejected
    };

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    struct Cell
    {
        QString text;
        QString issue; // the reason shown in the tooltip
        bool error = false;
        bool muted = false; // a value Herald fills in, not one from the file
    };
    // Whether a muted cell's issue is a warning (amber) or only an explanation (muted grey).
    enum class MutedIssue
    {
        Warning,
        Explanation,
    };

    PreviewTableModel(int columnCount, MutedIssue mutedIssue, QObject *parent);

    virtual const Cell &cellAt(int row, int column) const = 0;
    virtual bool isRejected(int row) const = 0;

private:
    int m_columnCount;
    MutedIssue m_mutedIssue;
};

} // namespace herald
