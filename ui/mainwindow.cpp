#include "mainwindow.h"

namespace herald {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Herald"));
}

} // namespace herald
