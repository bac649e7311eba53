#pragma once

#include "filezonecombo.h"
#include "importstep.h"

class QButtonGroup;
class QComboBox;
class QRadioButton;
class QSpinBox;

namespace herald {

class EventDraft;

// Step 3 of an activity import: the zone of times written without one (the ESP's convention shown, with an example
// from the file), the date order when the file leaves it open, what becomes of addresses Herald does not know and of
// cancelled orders, and how soon after its send an open counts as a machine's. Only what applies to the file shows.
class EventOptionsStep : public ImportStep
{
    Q_OBJECT
public:
    EventOptionsStep(ImportDraft *draft, EventDraft *events, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;
    void enter() override;

    QComboBox *zoneCombo() const { return m_zone; }
    QString zoneExample() const;
    QWidget *dateQuestion() const { return m_dateCard; }
    QRadioButton *dayFirstButton() const;
    QRadioButton *monthFirstButton() const;
    QRadioButton *unknownContactsButton(int policy) const;
    QRadioButton *cancelledOrdersButton(int policy) const;
    QWidget *contactsCard() const { return m_contactsCard; }
    QWidget *ordersCard() const { return m_ordersCard; }
    QWidget *machineCard() const { return m_machineCard; }
    QSpinBox *machineSeconds() const { return m_machine; }

private:
    QWidget *createZone(QWidget *parent);
    QWidget *createDates(QWidget *parent);
    QWidget *createContacts(QWidget *parent);
    QWidget *createOrders(QWidget *parent);
    QWidget *createMachine(QWidget *parent);
    void takeZone();
    void showPreview();

    EventDraft *m_events;
    FileZoneCombo *m_zone;
    QLabel *m_zoneNote;
    QLabel *m_zoneExample;
    bool m_zoneValid = true;
    QWidget *m_dateCard;
    QLabel *m_dateText;
    QButtonGroup *m_dateOrder;
    QWidget *m_contactsCard;
    QButtonGroup *m_unknownContacts;
    QWidget *m_ordersCard;
    QButtonGroup *m_cancelledOrders;
    QWidget *m_machineCard;
    QSpinBox *m_machine;
};

} // namespace herald
