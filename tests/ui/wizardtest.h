#pragma once

// What the contact and the activity wizard tests both do: set up the application and a workspace in Berlin,
// open it in a window, drop a file on it, click and read back.

#include "database.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "theme.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLocale>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace herald::wizardtest {

inline void setUpApplication(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTest"));
    QCoreApplication::setApplicationName(applicationName);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    theme::apply(*qApp);
    MessageBox::setAnswerAutomatically(true);
}

// A new workspace at `path` whose zone is Europe/Berlin, opened in `session`.
inline void openBerlinWorkspace(WorkspaceSession &session, const QString &path)
{
    {
        auto workspace = Workspace::open(path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        QVERIFY((*workspace)->setTimeZone(QTimeZone("Europe/Berlin")).ok());
    }
    const Result<void> opened = session.open(path, Workspace::OpenMode::AttachExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
}

inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::openFinished);
    window.openWorkspace(path);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.constFirst().at(0).toBool();
}

// Drags `path` over the window and drops it; whether the window took it.
inline bool dropFile(MainWindow &window, const QString &path)
{
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

// On the button's indicator: a radio button stretched across a layout only reacts on its indicator and text.
inline void clickRadio(QRadioButton *button)
{
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// One value from the session's workspace, as text (SQLite converts numbers).
inline QVariant scalar(WorkspaceSession &session, const char *sql, const QVariant &bound = {})
{
    Statement statement = session.workspace()->db().prepare(sql);
    if (bound.isValid())
        statement.bind(1, bound.toLongLong());
    return statement.step() ? QVariant(statement.columnText(0)) : QVariant();
}

// The lines of a CSV Herald wrote (UTF-8 with BOM, CRLF).
inline QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace herald::wizardtest
