#include "guimain.h"

#include "mainwindow.h"

#include <QApplication>

namespace herald {

int runGui(QApplication &app)
{
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace herald
