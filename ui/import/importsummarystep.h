#pragma once

#include "importstep.h"
#include "rejectssection.h"

#include <initializer_list>

class QTableView;

namespace herald {

class RejectsExporter;
class RejectsModel;
class StatCard;
class WorkspaceSession;

// The last step of either import: a row of numbers, a card of details and the rejected rows, exportable as CSV.
// Subclasses fill the numbers and details from their report.
class ImportSummaryStep : public ImportStep
{
    Q_OBJECT
public:
    RejectsModel *rejectsModel() const;
    QTableView *rejectsTable() const;
    QString exportMessage() const;
    RejectsExporter *exporter() const;

    // The step after the file dialog of "Export Rejects…"; what tests drive.
    void exportRejectsTo(const QString &path);

public Q_SLOTS:
    void chooseExport();

protected:
    ImportSummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent);

    // Called from the subclass's constructor, once its cards exist.
    void setUpLayout(std::initializer_list<StatCard *> cards, RejectsSection::Sizes rejectsSizes);
    virtual QWidget *createDetails(QWidget *parent) = 0;
    // The rejected rows of the report just shown. `firstFile`: the name "Export Rejects…" suggests from; empty
    // when the report has no file.
    void showRejects(const QList<RejectSource> &sources, const QList<ImportReject> &reportRejects, qint64 rejected,
                     bool severalFiles, const QString &firstFile);

private:
    WorkspaceSession *m_session;
    RejectsSection *m_rejects = nullptr;
    QString m_firstFile;
};

} // namespace herald
