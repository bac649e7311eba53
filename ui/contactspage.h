#pragma once

#include "page.h"

class QTableView;

namespace herald {

class ContactsModel;
class PageHeader;

// Every contact of the workspace in a table that fetches rows as it scrolls.
class ContactsPage : public Page
{
    Q_OBJECT
public:
    explicit ContactsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    ContactsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString subtitle() const;

private:
    void resetModel();
    void showTotal(qint64 total);

    PageHeader *m_header;
    ContactsModel *m_model;
    QTableView *m_table;
};

} // namespace herald
