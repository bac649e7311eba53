#pragma once

#include <QStringList>

class QApplication;

namespace herald {

// The workspace the window opens at start: --workspace PATH (or --workspace=PATH), else $HERALD_WORKSPACE,
// else the last one used if it still exists, else Workspace::defaultPath().
QString startupWorkspacePath(const QStringList &arguments);

// Shows the main window on startupWorkspacePath(QCoreApplication::arguments()) and runs the event loop.
int runGui(QApplication &app);

} // namespace herald
