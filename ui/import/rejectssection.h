#pragma once

#include "import/importlog.h"
#include "rejectsexport.h"

#include <QList>
#include <QObject>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace herald {

class RejectsModel;
class WorkspaceSession;

// The rejected rows under an import summary: a title bar with "Export Rejects…", the rows with their file, line,
// column and reason (the first 1,000 of each file), or a note that none was rejected. Its widgets go into the
// summary's own layout, so that they share its spacing with the cards above.
class RejectsSection : public QObject
{
    Q_OBJECT
public:
    struct Sizes
    {
        int fileColumn;
        int minimumHeight;
        int minimumRows; // the table is never shorter than this many rows
    };

    RejectsSection(WorkspaceSession *session, Sizes sizes, QWidget *owner);

    void addTo(QVBoxLayout *layout);
    // `sources`: the files with rejected rows; `reportRejects`: the first ones the report holds, shown when the
    // workspace cannot be read; `rejected`: how many there are in all.
    void showRejects(const QList<RejectSource> &sources, const QList<ImportReject> &reportRejects, qint64 rejected,
                     bool severalFiles);

    // Asks where, suggesting a name from `fileName`, then exports the rows of the last showRejects().
    void chooseExport(const QString &fileName);
    void exportTo(const QString &path);

    RejectsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString exportMessage() const;
    RejectsExporter *exporter() const { return m_exporter; }

Q_SIGNALS:
    void exportClicked();

private:
    WorkspaceSession *m_session;
    QWidget *m_owner;
    QList<RejectSource> m_sources;
    QLabel *m_title;
    QLabel *m_noRejects;
    QLabel *m_exportMessage;
    QPushButton *m_export;
    RejectsModel *m_model;
    QTableView *m_table;
    RejectsExporter *m_exporter;
    int m_minimumRows;
};

} // namespace herald
