#pragma once

#include "import/eventimport.h"
#include "importsummarystep.h"

namespace herald {

class StatCard;

// The last step of an activity import: the counts `herald import events` prints (rows read, events imported, already
// present, contacts created, campaigns created and updated, machine opens, rejected), how the rows add up, events by
// type, one line per file of a ZIP, and the rejected rows with their line and reason, exportable as CSV.
class EventSummaryStep : public ImportSummaryStep
{
    Q_OBJECT
public:
    EventSummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;

    void showReport(const EventImportReport &report, CancelledOrders cancelledOrders);
    const EventImportReport &report() const { return m_report; }

    StatCard *rowsCard() const { return m_rows; }
    StatCard *eventsCard() const { return m_events; }
    StatCard *presentCard() const { return m_present; }
    StatCard *contactsCard() const { return m_contacts; }
    StatCard *rejectedCard() const { return m_rejected; }
    QLabel *optOutsLabel() const { return m_optOuts; }
    QLabel *indexesLabel() const { return m_indexes; }
    QString balanceText() const;
    QString typesText() const;
    QString campaignsText() const;
    QString machineText() const;
    QString ordersText() const;
    QString filesText() const;

private:
    QWidget *createDetails(QWidget *parent) override;
    void loadRejects();

    EventImportReport m_report;
    StatCard *m_rows;
    StatCard *m_events;
    StatCard *m_present;
    StatCard *m_contacts;
    StatCard *m_rejected;
    QLabel *m_balance;
    QLabel *m_types;
    QLabel *m_campaignsCaption;
    QLabel *m_campaigns;
    QLabel *m_machineCaption;
    QLabel *m_machine;
    QLabel *m_optOutsCaption;
    QLabel *m_optOuts;
    QLabel *m_indexesCaption = nullptr;
    QLabel *m_indexes = nullptr;
    QLabel *m_ordersCaption;
    QLabel *m_orders;
    QLabel *m_warnings;
    QLabel *m_filesCaption;
    QLabel *m_files;
};

} // namespace herald
