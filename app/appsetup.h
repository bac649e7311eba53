#pragma once

class QCoreApplication;

namespace herald {

// Names, version, translations and ML threads: the start-up shared by the CLI and the GUI.
void setUpApplication(QCoreApplication &app);

} // namespace herald
