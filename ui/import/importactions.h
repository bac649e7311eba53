#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace herald {

class ImportWizard;
class WorkspaceSession;

// How the window starts an import: File ▸ Import Contacts… (Ctrl+I), File ▸ Import Campaign Activity…
// (Ctrl+Shift+I), the first-start choice, and a CSV, TSV, TXT or ZIP file dropped onto the window (the wizard
// follows what the file is). One wizard at a time.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    ImportActions(WorkspaceSession *session, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *importActivityAction() const { return m_importActivity; }
    // The open wizard, if any (tests drive it).
    ImportWizard *wizard() const;

    // Opens the wizard on `path` (empty: the wizard asks). Returns null when no workspace is open.
    ImportWizard *startImport(const QString &path = {});
    // The same, for campaign activity: a file that is not activity is refused with the reason.
    ImportWizard *startActivityImport(const QString &path = {});

    // The first local file in `mime` that Herald can import, or an empty string.
    static QString droppedFile(const QMimeData *mime);
    static QString fileDialogFilter();

public Q_SLOTS:
    void chooseFile();
    void chooseActivityFile();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    ImportWizard *openWizard(const QString &path, bool activity);

    WorkspaceSession *m_session;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_importActivity;
    QPointer<ImportWizard> m_wizard;
};

} // namespace herald
