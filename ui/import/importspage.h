#pragma once

#include "page.h"

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace herald {

class ImportsModel;
class PageHeader;
class RejectsExporter;
class RejectsModel;

// Every import into the workspace, newest first, with the rejected rows of the selected one below and
// "Export Rejects…". Follows the session, so it refreshes after each import.
class ImportsPage : public Page
{
    Q_OBJECT
public:
    // `importAction` and `activityAction` start a new import of contacts or of campaign activity from the header.
    ImportsPage(WorkspaceSession *session, QAction *importAction, QAction *activityAction, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    ImportsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RejectsModel *rejectsModel() const { return m_rejects; }
    QString subtitle() const;
    QString rejectsTitle() const;
    RejectsExporter *exporter() const { return m_exporter; }

    // Selects the import at `row` of the table (as shown).
    void selectRow(int row);
    // The step after the file dialog of "Export Rejects…"; what tests drive.
    void exportRejectsTo(const QString &path);

public Q_SLOTS:
    void reload();

private:
    QWidget *createList();
    void showRejects();
    qint64 selectedImport(QString *fileName = nullptr) const;

    PageHeader *m_header;
    QStackedWidget *m_states;
    ImportsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    RejectsModel *m_rejects;
    QTableView *m_rejectsTable;
    QLabel *m_rejectsTitle;
    QLabel *m_rejectsNote;
    QLabel *m_exportMessage;
    QPushButton *m_export;
    RejectsExporter *m_exporter;
};

} // namespace herald
