#pragma once

#include "import/contactimport.h"
#include "importsummarystep.h"

namespace herald {

class StatCard;

// Step 6: what the import did. Rows read add up to new + updated + duplicates + rejected; consent kept, where
// the contacts' time zones came from, warnings, one line per file of a ZIP, and the rejected rows with their
// line, column and reason, exportable as CSV.
class SummaryStep : public ImportSummaryStep
{
    Q_OBJECT
public:
    SummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;

    void showReport(const ContactImportReport &report);
    const ContactImportReport &report() const { return m_report; }

    StatCard *rowsCard() const { return m_rows; }
    StatCard *importedCard() const { return m_imported; }
    StatCard *updatedCard() const { return m_updated; }
    StatCard *duplicatesCard() const { return m_duplicates; }
    StatCard *rejectedCard() const { return m_rejected; }
    QString balanceText() const;
    QString consentText() const;
    QString zonesText() const;
    QString warningsText() const;
    QString filesText() const;
    QLabel *indexesLabel() const { return m_indexes; }

private:
    QWidget *createDetails(QWidget *parent) override;
    void loadRejects();

    ContactImportReport m_report;
    StatCard *m_rows;
    StatCard *m_imported;
    StatCard *m_updated;
    StatCard *m_duplicates;
    StatCard *m_rejected;
    QLabel *m_balance;
    QLabel *m_consent;
    QLabel *m_zones;
    QLabel *m_warnings;
    QLabel *m_filesCaption;
    QLabel *m_files;
    QLabel *m_indexesCaption = nullptr;
    QLabel *m_indexes = nullptr;
};

} // namespace herald
