#pragma once

#include "page.h"
#include "taskrunner.h"

#include <QPointer>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace herald {

class ContactDetailDialog;
class ContactFilterBar;
class ContactsModel;
class PageHeader;
struct ContactFacets;

// Every contact of the workspace in a table that fetches rows as it scrolls, with a search field, filters
// (status, engagement, tags, country, time zone), sorting by the column headers, and a contact's detail on
// double-click or Enter.
class ContactsPage : public Page
{
    Q_OBJECT
public:
    explicit ContactsPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ContactsPage() override;

    QString title() const override;
    QIcon icon() const override;

    ContactsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ContactFilterBar *filterBar() const { return m_filters; }
    QString subtitle() const;
    // The facets (filter choices with counts) for the open workspace have arrived.
    bool hasFacets() const { return m_facetsLoaded; }
    // Shown instead of the table when nothing matches.
    QWidget *emptyState() const;
    QString emptyStateText() const;
    bool isShowingEmptyState() const;
    QProgressBar *busyBar() const { return m_busy; }
    QPushButton *columnsButton() const { return m_columnsButton; }

    // Opens (or reuses) the detail window for a contact; it loads on a worker.
    ContactDetailDialog *showContact(qint64 contactId);
    ContactDetailDialog *detailDialog() const;

private:
    void buildEmptyState();
    void resetModel();
    void applyFilters();
    void loadFacets();
    void showFacets(const ContactFacets &facets);
    void updateSubtitle();
    void updateEmptyState();
    void updateSortIndicator();
    // Checkable entries that show and hide the table's columns (all but the email address).
    void fillColumnsMenu(QMenu *menu);

    PageHeader *m_header;
    ContactFilterBar *m_filters;
    ContactsModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QPushButton *m_columnsButton = nullptr;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClearSearch = nullptr;
    QPushButton *m_emptyClearFilters = nullptr;
    qint64 m_workspaceTotal = -1; // every contact, for "N of M"; -1 until known
    bool m_facetsLoaded = false;
    QPointer<TaskRunnerBase> m_facetsTask;
    QPointer<ContactDetailDialog> m_detail;
};

} // namespace herald
