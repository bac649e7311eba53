#pragma once

#include "importstep.h"

class QComboBox;
class QTableView;

namespace herald {

class EventDraft;
class EventPreviewModel;

// Step 2 of an activity import: what the file is (ESP, layout, which events or a campaign report), how it is read
// (encoding and delimiter, overridable; rows; whether its dates need an answer), and its first rows as the import
// will read them.
class EventDetectionStep : public ImportStep
{
    Q_OBJECT
public:
    EventDetectionStep(ImportDraft *draft, EventDraft *events, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;

    QLabel *profileLabel() const { return m_profile; }
    QLabel *contentsLabel() const { return m_contents; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *delimiterLabel() const { return m_delimiter; }
    QLabel *rowsLabel() const { return m_rows; }
    QLabel *datesLabel() const { return m_dates; }
    QComboBox *encodingCombo() const { return m_encodingCombo; }
    QComboBox *delimiterCombo() const { return m_delimiterCombo; }
    EventPreviewModel *previewModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QString sampleNote() const;
    QString errorText() const;

private:
    QWidget *createSummary();
    void showPreview();

    EventDraft *m_events;
    QWidget *m_error;
    QLabel *m_errorTitle;
    QLabel *m_errorText;
    QWidget *m_summary;
    QLabel *m_file;
    QLabel *m_fileNote;
    QLabel *m_profile;
    QLabel *m_confidence;
    QLabel *m_contents;
    QLabel *m_encoding;
    QLabel *m_delimiter;
    QLabel *m_rows;
    QLabel *m_dates;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QLabel *m_sampleTitle;
    QLabel *m_sampleNote;
    EventPreviewModel *m_model;
    QTableView *m_table;
};

} // namespace herald
