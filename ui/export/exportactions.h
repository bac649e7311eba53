#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace herald {

class ExportDialog;
class WorkspaceSession;
struct ContactExportReport;

// File ▸ Export Contacts… (Ctrl+E): one export dialog at a time, and what it wrote in the status bar.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(WorkspaceSession *session, QWidget *window);

    QAction *exportAction() const { return m_export; }
    // The open dialog, if any (tests drive it).
    ExportDialog *dialog() const;

public Q_SLOTS:
    ExportDialog *showExport();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateActions();
    void reportExported(const ContactExportReport &report);

    WorkspaceSession *m_session;
    QWidget *m_window;
    QAction *m_export;
    QPointer<ExportDialog> m_dialog;
};

} // namespace herald
