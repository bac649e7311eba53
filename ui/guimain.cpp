#include "guimain.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace herald {

QString startupWorkspacePath(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QString(), QStringLiteral("PATH"));
    parser.addOption(workspaceOption);
    // Qt's own options (-style, -platform ...) are not ours to reject: parse() and read what we know.
    (void)parser.parse(arguments);
    if (parser.isSet(workspaceOption) && !parser.value(workspaceOption).isEmpty())
        return parser.value(workspaceOption);
    const QString fromEnvironment = qEnvironmentVariable("HERALD_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString last = AppSettings::lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return Workspace::defaultPath();
}

int runGui(QApplication &app)
{
    theme::apply(app);
    MainWindow window;
    const QString path = startupWorkspacePath(QCoreApplication::arguments());
    window.show();
    // Only the default workspace is created on the fly; a path the user named must exist.
    window.openWorkspace(path, path == Workspace::defaultPath());
    return app.exec();
}

} // namespace herald
