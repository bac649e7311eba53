#pragma once

class QApplication;

namespace herald {

// Shows the main window on the workspace named by --workspace, $HERALD_WORKSPACE or the last one used.
int runGui(QApplication &app);

} // namespace herald
