// Renders Herald's main screens offscreen and saves them as PNGs, for reviewing the look and for the
// AppStream metadata: ui_screenshots OUTPUT_DIR [CONTACTS] [LANGUAGE]. Run with QT_QPA_PLATFORM=offscreen.

#include "aboutdialog.h"
#include "contactspage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "sampleworkspace.h"
#include "settingsdialog.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "theme.h"
#include "translations.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace herald;

namespace {

bool openAndWait(MainWindow &window, const QString &path, bool create = false)
{
    bool finished = false;
    bool ok = false;
    const auto connection =
        QObject::connect(window.workspaceActions(), &WorkspaceActions::openFinished, [&](bool success) {
            finished = true;
            ok = success;
        });
    window.openWorkspace(path, create);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return ok;
}

QString outputDir;

void settle(int ms = 50)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(outputDir).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("HeraldScreenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    theme::apply(app);
    MessageBox::setAnswerAutomatically(true);
    if (app.arguments().size() < 2) {
        std::fputs("usage: ui_screenshots OUTPUT_DIR [CONTACTS] [LANGUAGE]\n", stderr);
        return 2;
    }
    outputDir = app.arguments().at(1);
    QDir().mkpath(outputDir);
    const int contacts = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 5000;
    // A language such as "de" shows whether translated texts fit their labels and buttons.
    if (app.arguments().size() > 3)
        installTranslators(app, app.arguments().at(3));

    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("default.herald"));
    const QString dataPath = dir.filePath(QStringLiteral("Harbor Light Studio.herald"));
    {
        auto workspace = Workspace::open(dataPath);
        if (!workspace) {
            std::fputs(qPrintable(workspace.error().toString()), stderr);
            return 1;
        }
        SampleOptions options;
        options.contacts = contacts;
        fillSampleWorkspace(**workspace, options);
        (void)(*workspace)->setTimeZone(QTimeZone("Europe/Berlin"));
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    bool ok = openAndWait(window, emptyPath, true);
    ok = save(&window, QStringLiteral("first-start")) && ok;

    ok = openAndWait(window, dataPath) && ok;
    QElapsedTimer loading;
    loading.start();
    while (window.homePage()->isLoading() && loading.elapsed() < 60000)
        settle(20);
    ok = save(&window, QStringLiteral("home")) && ok;

    window.navigation()->showPage(window.contactsPage());
    ok = save(&window, QStringLiteral("contacts")) && ok;

    AboutDialog about(&window);
    about.show();
    ok = save(&about, QStringLiteral("about")) && ok;
    about.hide();

    SettingsDialog settings(window.session()->workspace(), &window);
    settings.show();
    ok = save(&settings, QStringLiteral("settings")) && ok;
    settings.hide();

    TaskRunner<int> task;
    auto *progress = new TaskProgressDialog(
        &task, QCoreApplication::translate("herald::WorkspaceActions", "Demo Workspace"),
        QCoreApplication::translate("herald::WorkspaceActions", "Creating the demo workspace…"), &window);
    task.start([](const JobControl &control) -> Result<int> {
        control.report(1850, 5000, QStringLiteral("Writing contacts (1,850 of 5,000)"));
        while (!control.cancelled())
            QThread::msleep(5);
        return 0;
    });
    progress->show();
    settle(200);
    ok = save(progress, QStringLiteral("progress")) && ok;
    task.cancel();
    while (task.isRunning())
        settle(10);

    // The icon set on one sheet: neutral, selected (accent) and the app icon.
    const QStringList icons = {QStringLiteral("home"),     QStringLiteral("contacts"), QStringLiteral("demo"),
                               QStringLiteral("open"),     QStringLiteral("new"),      QStringLiteral("backup"),
                               QStringLiteral("settings"), QStringLiteral("about")};
    QImage sheet(icons.size() * 72 + 16, 2 * 72 + 16, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < icons.size(); ++i) {
        const QIcon icon = theme::icon(icons.at(i));
        painter.drawPixmap(16 + i * 72, 16, icon.pixmap(48, 48));
        painter.drawPixmap(16 + i * 72, 88, icon.pixmap(QSize(48, 48), QIcon::Selected));
    }
    painter.end();
    const QString sheetPath = QDir(outputDir).filePath(QStringLiteral("icons.png"));
    ok = sheet.save(sheetPath) && ok;
    QTextStream(stdout) << "saved " << sheetPath << Qt::endl;
    return ok ? 0 : 1;
}
