#include "importactions.h"

#include "import/contactimport.h"
#include "import/eventimport.h"
#include "importwizard.h"
#include "messagebox.h"
#include "theme.h"
#include "workspacesession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace herald {
namespace {

bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("csv") || suffix == QLatin1StringView("tsv") ||
           suffix == QLatin1StringView("txt") || suffix == QLatin1StringView("zip");
}

} // namespace

ImportActions::ImportActions(WorkspaceSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_import(new QAction(theme::icon(u"import"), tr("&Import Contacts…"), this)),
      m_importActivity(new QAction(theme::icon(u"import"), tr("Import Campaign &Activity…"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Import the contacts your email service exported"));
    connect(m_import, &QAction::triggered, this, &ImportActions::chooseFile);
    m_importActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importActivity->setStatusTip(
        tr("Import opens, clicks, sends, bounces, orders or campaign reports from your email service or shop"));
    connect(m_importActivity, &QAction::triggered, this, &ImportActions::chooseActivityFile);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &ImportActions::updateActions);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    updateActions();
}

ImportWizard *ImportActions::wizard() const
{
    return m_wizard;
}

QString ImportActions::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            return url.toLocalFile();
    return QString();
}

QString ImportActions::fileDialogFilter()
{
    return tr("ESP exports (*.csv *.tsv *.txt *.zip);;All files (*)");
}

void ImportActions::chooseFile()
{
    startImport();
}

void ImportActions::chooseActivityFile()
{
    startActivityImport();
}

ImportWizard *ImportActions::startImport(const QString &path)
{
    return openWizard(path, false);
}

ImportWizard *ImportActions::startActivityImport(const QString &path)
{
    return openWizard(path, true);
}

ImportWizard *ImportActions::openWizard(const QString &path, bool activity)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (!m_session->isOpen()) {
        MessageBox::information(m_window, activity ? tr("Import Campaign Activity") : tr("Import Contacts"),
                                tr("Open or create a workspace first."),
                                tr("Everything is imported into the open workspace."));
        return nullptr;
    }
    m_wizard = new ImportWizard(m_session, path, m_window);
    if (activity)
        m_wizard->expectActivity();
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &ImportWizard::imported, this, [this](const ContactImportReport &report) {
        const QLocale locale;
        Q_EMIT statusMessage(tr("Imported %1: %2 new, %3 updated, %4 rejected")
                                 .arg(report.files.value(0).name.section(QLatin1Char('/'), 0, 0),
                                      locale.toString(report.counts.imported), locale.toString(report.counts.updated),
                                      locale.toString(report.counts.rejected)));
    });
    connect(m_wizard, &ImportWizard::activityImported, this, [this](const EventImportReport &report) {
        const QLocale locale;
        const QString file = report.files.isEmpty() ? QString() : report.files.constFirst().name;
        Q_EMIT statusMessage(
            tr("Imported %1: %2 new events, %3 already present, %4 rejected")
                .arg(file.section(QLatin1Char('/'), 0, 0), locale.toString(report.counts.eventsImported),
                     locale.toString(report.counts.alreadyPresent), locale.toString(report.counts.rejected)));
    });
    m_wizard->open();
    return m_wizard;
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_session->isOpen() && !m_wizard && !droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            startImport(path);
            return true;
        }
    }
    return false;
}

void ImportActions::updateActions()
{
    m_import->setEnabled(m_session->isOpen());
    m_importActivity->setEnabled(m_session->isOpen());
}

} // namespace herald
