#pragma once

#include "export/contactexport.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace herald {

class TaskRunnerBase;
class WorkspaceSession;

// File ▸ Export Contacts…: the contacts of the open workspace in an email service's import layout, or the
// suppression list. Says before writing how many contacts the file will hold and how many suppressed ones stay
// out; writes on a worker with progress and cancel, and the file appears whole or not at all.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What Export would run with now.
    ContactExportOptions options() const;
    // The last count, or -1 while counting (or when the choices cannot be counted).
    qint64 countedContacts() const { return m_counted; }
    QString countText() const;
    bool isCounting() const;
    bool isExporting() const;

    // For tests and callers that know what they want.
    void setProfileId(const QString &profileId);
    void setSuppressionList(bool suppressionList);
    void setOutputPath(const QString &path);

public Q_SLOTS:
    void accept() override; // starts the export; the dialog closes when it succeeded

Q_SIGNALS:
    void countFinished();
    void exported(const herald::ContactExportReport &report);
    void exportFailed(const QString &message);

private:
    void buildForm();
    void fillStatuses();
    void updateLayoutDetails();
    void updateButtons();
    void scheduleCount();
    void startCount();
    void browse();
    QString suggestedFileName() const;

    WorkspaceSession *m_session;
    QRadioButton *m_sendList;
    QRadioButton *m_suppression;
    QComboBox *m_profile;
    QLabel *m_columns;
    QComboBox *m_status;
    QComboBox *m_segment;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QTimer m_countDelay;
    QPointer<TaskRunnerBase> m_counting;
    QPointer<TaskRunnerBase> m_export;
    qint64 m_counted = -1;
    qint64 m_suppressedLeftOut = 0;
    bool m_pathEdited = false;
    QString m_confirmedPath; // chosen in the file dialog, which asked before replacing it
};

} // namespace herald
