#pragma once

#include "import/eventpreview.h"
#include "previewtablemodel.h"

#include <array>

namespace herald {

// The first rows of an activity file as the import will read them: the event, its time in the workspace's zone,
// the contact and campaign, and the details (link, revenue, order) after what is wrong, if anything. A rejected row
// keeps the file's values; the cell at fault is red and says why in its tooltip. A row that only waits for the date
// order is amber, as are warnings.
class EventPreviewModel : public PreviewTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Event,
        Time,
        Contact,
        Campaign,
        Details, // what else the row says; what is wrong with it first, when anything is
        ColumnCount
    };

    explicit EventPreviewModel(QObject *parent = nullptr);

    void setPreview(const EventImportPreview &preview, const QTimeZone &workspaceZone);
    void clear();
    int rejectedCount() const;
    int waitingCount() const; // rows that wait for the date order
    bool isColumnEmpty(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Cell &cellAt(int row, int column) const override;
    bool isRejected(int row) const override;

    struct Row
    {
        std::array<Cell, ColumnCount> cells;
        Cell notes; // shown in Details, before the details
        bool rejected = false;
        bool waiting = false;
    };

    Row eventRow(const EventImportPreview &preview, const EventPreviewRow &row, const QTimeZone &zone) const;
    Row campaignRow(const EventPreviewRow &row, const QTimeZone &zone) const;
    Row rejectedRow(const EventImportPreview &preview, const EventPreviewRow &row) const;

    QList<Row> m_rows;
    QString m_zoneName;
    bool m_campaigns = false;
};

} // namespace herald
