#pragma once

#include <QFrame>
#include <QIcon>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace herald {

// One choice of a filter: the value the query gets, what the user reads, and how many contacts hold it.
struct FilterOption
{
    QString key;
    QString label;
    qint64 count = -1; // -1: not known
    QIcon icon;
};

// The drop-down of a filter button: a checkable list of choices with their counts. Long lists (tags, countries,
// time zones: thousands in a big workspace) get a search field that narrows the list as the user types.
class FilterPopup : public QFrame
{
    Q_OBJECT
public:
    explicit FilterPopup(QWidget *parent = nullptr);

    void setOptions(const QList<FilterOption> &options, const QStringList &selected);
    QStringList selection() const;
    // Ticks or unticks the choice with this key, as a click on its row does.
    void toggle(const QString &key);
    void clearSelection();

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void popUp(QWidget *anchor);

Q_SIGNALS:
    void selectionChanged(const QStringList &keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleRow(const QModelIndex &proxyIndex);
    void updateFooter();

    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_empty;
    QLabel *m_summary;
    QPushButton *m_clear;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace herald
