#pragma once

#include "importstep.h"

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace herald {

// Step 1: the file to import, chosen with a dialog or dropped here; for a ZIP, which of its CSV files to import.
// Once the file is read, Herald says what it is: contacts or campaign activity (and which); a file that is not
// activity, chosen to import activity, is refused with the reason and a way to import it as contacts instead.
class FileStep : public ImportStep
{
    Q_OBJECT
public:
    explicit FileStep(ImportDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    QString heading() const override;
    bool isComplete() const override;

    QListWidget *memberList() const { return m_members; }
    QString fileNameText() const;
    // What Herald says the file is: "info" or "error", then the title and the explanation; empty when it says nothing.
    QString recognitionKind() const;
    QString recognitionText() const;
    QPushButton *asContactsButton() const { return m_asContacts; }

public Q_SLOTS:
    void chooseFile();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDraft();
    void showRecognition();
    // Checked ZIP members that the first look found to be activity.
    qsizetype checkedActivityFiles() const;

    QStackedWidget *m_states;
    QLabel *m_dropDetail;
    QLabel *m_fileName;
    QLabel *m_fileDetails;
    QLabel *m_reading;
    QWidget *m_archive;
    QListWidget *m_members;
    QLabel *m_memberNote;
    QWidget *m_recognition;
    QLabel *m_recognitionTitle;
    QLabel *m_recognitionText;
    QPushButton *m_asContacts;
};

} // namespace herald
