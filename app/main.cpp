#include "appsetup.h"
#include "cli.h"
#include "guimain.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (herald::cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        herald::setUpApplication(app);
        return herald::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    herald::setUpApplication(app);
    return herald::runGui(app);
}
