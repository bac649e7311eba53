#pragma once

#include "filezonecombo.h"
#include "importstep.h"

class QButtonGroup;
class QComboBox;
class QRadioButton;

namespace herald {

// Step 4: what to do with contacts already in the workspace, what consent rows without any get, and the zone
// the file's times are written in when they carry no offset.
class OptionsStep : public ImportStep
{
    Q_OBJECT
public:
    explicit OptionsStep(ImportDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;
    void enter() override;

    QRadioButton *duplicateButton(int policy) const;
    QRadioButton *statusButton(int status) const;
    QComboBox *zoneCombo() const { return m_zone; }

private:
    QWidget *createDuplicates();
    QWidget *createStatus();
    QWidget *createZone();
    void takeZone();

    QButtonGroup *m_duplicates;
    QButtonGroup *m_statuses;
    FileZoneCombo *m_zone;
    QLabel *m_zoneNote;
    bool m_zoneValid = true;
};

} // namespace herald
