#include "contactsstyle.h"

namespace herald {

QString contactsStyleSheet()
{
    return QStringLiteral(R"CSS(
QLineEdit#contactSearch { background: #ffffff; border: 1px solid #c5cdd8; border-radius: 6px; padding: 5px 6px;
                          min-height: 18px; }
QLineEdit#contactSearch:focus { border-color: #748ffc; }
QPushButton#filterButton { background: #ffffff; border: 1px solid #c5cdd8; border-radius: 6px;
                           padding: 5px 26px 5px 11px; color: #323f4b; min-height: 18px; }
QPushButton#filterButton:hover { border-color: #3b5bdb; background: #f7f9ff; }
QPushButton#filterButton[active="true"] { background: #edf2ff; border-color: #91a7ff; color: #1c3faa;
                                          font-weight: 600; }
QPushButton#filterChip { background: #edf2ff; border: 1px solid #bac8ff; border-radius: 8px;
                         padding: 3px 9px 3px 11px; color: #1c3faa; min-height: 14px; }
QPushButton#filterChip:hover { background: #dbe4ff; border-color: #748ffc; }
QPushButton#linkButton { border: none; background: transparent; color: #3b5bdb; padding: 2px 6px; }
QPushButton#linkButton:hover { color: #1c3faa; text-decoration: underline; }
QPushButton#linkButton:disabled { color: #9aa5b1; }
QFrame#filterPopup { background: #ffffff; border: 1px solid #c5cdd8; border-radius: 6px; }
QTreeView#filterList { background: #ffffff; border: none; outline: 0; }
QTreeView#filterList::item { padding: 4px 2px; border: none; }
QTreeView#filterList::item:hover { background: #f1f4f9; }
QTreeView#filterList::item:selected { background: #e7ecf7; color: #1f2933; }
QFrame#filterPopup QLineEdit { border: 1px solid #c5cdd8; border-radius: 5px; padding: 4px; }
QProgressBar#busyBar { border: none; background: transparent; max-height: 3px; }
QProgressBar#busyBar::chunk { background: #3b5bdb; }
QWidget#emptyState { background: #ffffff; border: 1px solid #dde1e7; border-radius: 6px; }
QLabel#emptyTitle { font-size: 13pt; font-weight: 600; color: #1f2933; }

QDialog#contactDetail { background: #f5f6f8; }
QLabel#contactName { font-size: 17pt; font-weight: 600; color: #1f2933; }
QLabel#contactEmail { color: #52606d; font-size: 10.5pt; }
QLabel#badge { border-radius: 10px; padding: 2px 9px; font-weight: 600; font-size: 8.5pt; }
QLabel#tagChip { background: #eef1f5; border: 1px solid #dde1e7; border-radius: 8px; padding: 2px 9px;
                 color: #323f4b; }
QLabel#fieldLabel { color: #616e7c; }
QLabel#fieldValue { color: #1f2933; }
QFrame#detailCard { background: #ffffff; border: 1px solid #dde1e7; border-radius: 8px; }
QLabel#cardCaption { color: #52606d; }
QLabel#metricValue { font-size: 15pt; font-weight: 600; color: #1f2933; }
QLabel#metricDetail { color: #7b8794; font-size: 8.5pt; }
QTableView#detailTable { background: #ffffff; border: 1px solid #dde1e7; border-radius: 6px;
                         alternate-background-color: #f8f9fb; selection-background-color: #dbe4ff;
                         selection-color: #1f2933; }
QTableView#detailTable QHeaderView::section { background: #f5f6f8; border: none; border-bottom: 1px solid #dde1e7;
                                              padding: 5px 4px; font-weight: 600; color: #3e4c59; }
QTabWidget#detailTabs::pane { border: none; border-top: 1px solid #dde1e7; }
QTabWidget#detailTabs QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid transparent;
                                     padding: 7px 16px; margin-right: 4px; color: #52606d; }
QTabWidget#detailTabs QTabBar::tab:hover { color: #1f2933; }
QTabWidget#detailTabs QTabBar::tab:selected { color: #1c3faa; border-bottom: 2px solid #3b5bdb; font-weight: 600; }
)CSS");
}

} // namespace herald
