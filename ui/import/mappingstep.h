#pragma once

#include "importstep.h"

class QButtonGroup;
class QComboBox;
class QPushButton;
class QRadioButton;
class QTableView;

namespace herald {

class MappingModel;
class PreviewModel;
class TargetDelegate;
class WorkspaceSession;

// Step 3: where each column goes, with the first rows as they will be imported beside it. Saved mappings can be
// applied and the current one saved; when the file's dates could be day/month or month/day, the step asks.
class MappingStep : public ImportStep
{
    Q_OBJECT
public:
    MappingStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;
    void enter() override;

    MappingModel *mappingModel() const { return m_mapping; }
    PreviewModel *previewModel() const { return m_preview; }
    QTableView *mappingTable() const { return m_mappingTable; }
    QTableView *previewTable() const { return m_previewTable; }
    TargetDelegate *targetDelegate() const { return m_delegate; }
    QComboBox *savedMappings() const { return m_saved; }
    QWidget *dateQuestion() const { return m_dateQuestion; }
    QRadioButton *dayFirstButton() const { return m_dayFirst; }
    QRadioButton *monthFirstButton() const { return m_monthFirst; }
    QString dateQuestionText() const;
    QString errorText() const;

    // The steps after "Save Mapping…" asks for a name and after choosing a saved mapping; what tests drive.
    bool saveMappingAs(const QString &name);
    bool applySavedMapping(const QString &name);

public Q_SLOTS:
    void chooseMappingName();

private:
    QWidget *createTopBar();
    QWidget *createDateQuestion();
    void showPreview();
    void showDateQuestion();
    void fillSavedMappings();
    void openEditors();
    void fitPreviewColumns();

    WorkspaceSession *m_session;
    MappingModel *m_mapping;
    PreviewModel *m_preview;
    TargetDelegate *m_delegate;
    QTableView *m_mappingTable;
    QTableView *m_previewTable;
    QComboBox *m_saved;
    QPushButton *m_save;
    QWidget *m_error;
    QLabel *m_errorTitle;
    QLabel *m_errorText;
    QWidget *m_dateQuestion;
    QLabel *m_dateTitle;
    QLabel *m_dateText;
    QButtonGroup *m_dateOrder;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
    QLabel *m_previewNote;
    QLabel *m_intro = nullptr;
};

} // namespace herald
