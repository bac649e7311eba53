#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace herald {

class CampaignDetail;
class CampaignsModel;
class CampaignsSortModel;
class PageHeader;

// Every campaign with its results in a sortable, filterable table, and the selected one in detail below it:
// subject line, result cards and its opens and clicks by hour since send.
class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    CampaignsModel *model() const { return m_model; }
    CampaignsSortModel *sortModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    CampaignDetail *detail() const { return m_detail; }
    QString subtitle() const;
    bool isShowingEmptyState() const;
    // Selects the campaign with `id` in the table (and so shows it in detail); false when it is not listed.
    bool selectCampaign(qint64 id);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void campaignsLoaded();

private:
    QWidget *createEmptyState();
    QWidget *createList();
    void showCampaigns();
    void fitColumns();
    void showCurrent();
    void updateSubtitle();

    PageHeader *m_header;
    QLineEdit *m_filter;
    QStackedWidget *m_states;
    QLabel *m_error;
    CampaignsModel *m_model;
    CampaignsSortModel *m_sorted;
    QTableView *m_table = nullptr;
    CampaignDetail *m_detail = nullptr;
    qint64 m_selectedId = 0; // kept across reloads
};

} // namespace herald
