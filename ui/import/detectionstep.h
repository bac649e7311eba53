#pragma once

#include "importstep.h"

class QComboBox;
class QTableWidget;

namespace herald {

// Step 2: what Herald found out about the file (encoding, delimiter, line endings, byte order mark, rows, the
// ESP and kind of export), each guess overridable, and the first rows as read with those settings.
class DetectionStep : public ImportStep
{
    Q_OBJECT
public:
    explicit DetectionStep(ImportDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;

    QLabel *profileLabel() const { return m_profile; }
    QLabel *confidenceLabel() const { return m_confidence; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *delimiterLabel() const { return m_delimiter; }
    QLabel *rowsLabel() const { return m_rows; }
    QComboBox *profileCombo() const { return m_profileCombo; }
    QComboBox *encodingCombo() const { return m_encodingCombo; }
    QComboBox *delimiterCombo() const { return m_delimiterCombo; }
    QString errorText() const;

private:
    QWidget *createSummary();
    void showPreview();

    QWidget *m_error;
    QLabel *m_errorTitle;
    QLabel *m_errorText;
    QWidget *m_summary;
    QLabel *m_file;
    QLabel *m_fileNote;
    QWidget *m_profileBox = nullptr;
    QLabel *m_profile;
    QLabel *m_confidence;
    QLabel *m_encoding;
    QLabel *m_delimiter;
    QLabel *m_lineEndings;
    QLabel *m_bom;
    QLabel *m_rows;
    QComboBox *m_profileCombo;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QLabel *m_sampleTitle;
    QTableWidget *m_sample;
};

} // namespace herald
