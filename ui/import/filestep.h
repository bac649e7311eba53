#pragma once

#include "importstep.h"

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace herald {

// Step 1: the file to import, chosen with a dialog or dropped here; for a ZIP, which of its CSV files to import.
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

public Q_SLOTS:
    void chooseFile();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDraft();

    QStackedWidget *m_states;
    QLabel *m_fileName;
    QLabel *m_fileDetails;
    QLabel *m_reading;
    QWidget *m_archive;
    QListWidget *m_members;
    QLabel *m_memberNote;
};

} // namespace herald
