#include "exportactions.h"

#include "exportdialog.h"
#include "messagebox.h"
#include "theme.h"
#include "workspacesession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace herald {

ExportActions::ExportActions(WorkspaceSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_export(new QAction(theme::icon(u"export"), tr("&Export Contacts…"), this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Write contacts in an email service's import layout, or a suppression list"));
    connect(m_export, &QAction::triggered, this, &ExportActions::showExport);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &ExportActions::updateActions);
    updateActions();
}

ExportDialog *ExportActions::dialog() const
{
    return m_dialog;
}

ExportDialog *ExportActions::showExport()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (!m_session->isOpen())
        return nullptr;
    m_dialog = new ExportDialog(m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ExportDialog::exported, this, &ExportActions::reportExported);
    m_dialog->open();
    return m_dialog;
}

void ExportActions::reportExported(const ContactExportReport &report)
{
    const QLocale locale;
    const QString file = QDir::toNativeSeparators(report.path);
    Q_EMIT statusMessage(tr("Exported %1 contacts to %2").arg(locale.toString(report.written), file));
    QString details;
    if (report.suppressedLeftOut > 0)
        details = tr("%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.")
                      .arg(locale.toString(report.suppressedLeftOut));
    MessageBox::information(m_window, tr("Export Contacts"),
                            tr("Wrote %1 contacts to %2.").arg(locale.toString(report.written), file), details);
}

void ExportActions::updateActions()
{
    m_export->setEnabled(m_session->isOpen());
    if (!m_session->isOpen() && m_dialog)
        m_dialog->close();
}

} // namespace herald
