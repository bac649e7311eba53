#pragma once

#include "domain.h"
#include "import/contactimport.h"
#include "previewtablemodel.h"

#include <QHash>

#include <array>

namespace herald {

// The first rows of the file as they will be imported. A rejected row keeps the file's values, marked with
// its reason; the cell at fault is red and says why in its tooltip. Warnings mark their cell amber.
class PreviewModel : public PreviewTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Email,
        FirstName,
        LastName,
        Country,
        TimeZone,
        ZoneSource,
        Status,
        SignedUp,
        Tags,
        Issues,
        ColumnCount
    };
    // A rejected row says why from this column to the end (the view spans it).
    static constexpr Column rejectionColumn = TimeZone;

    explicit PreviewModel(QObject *parent = nullptr);

    // `defaultStatus` is what a row that says nothing about consent becomes; `workspaceZone` what a contact
    // without a zone of its own gets.
    void setPreview(const ContactImportPreview &preview, ContactStatus defaultStatus, const QTimeZone &workspaceZone);
    void clear();
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Cell &cellAt(int row, int column) const override;
    bool isRejected(int row) const override;

    struct Row
    {
        std::array<Cell, ColumnCount> cells;
        bool rejected = false;
    };

    QList<Row> m_rows;
};

} // namespace herald
