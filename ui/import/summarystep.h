#pragma once

#include "import/contactimport.h"
#include "importstep.h"

class QTableView;

namespace herald {

class RejectsExporter;
class RejectsModel;
class RejectsSection;
class StatCard;
class WorkspaceSession;

// Step 6: what the import did. Rows read add up to new + updated + duplicates + rejected; consent kept, where
// the contacts' time zones came from, warnings, one line per file of a ZIP, and the rejected rows with their
// line, column and reason, exportable as CSV.
class SummaryStep : public ImportStep
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
    RejectsModel *rejectsModel() const;
    QTableView *rejectsTable() const;
    QString exportMessage() const;
    RejectsExporter *exporter() const;

    // The step after the file dialog of "Export Rejects…"; what tests drive.
    void exportRejectsTo(const QString &path);

public Q_SLOTS:
    void chooseExport();

private:
    QWidget *createDetails(QWidget *parent);
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
    RejectsSection *m_rejects;
};

} // namespace herald
