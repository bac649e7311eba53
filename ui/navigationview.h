#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace herald {

class Page;

// The sidebar (app name, one entry per page) next to the page it selects.
class NavigationView : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationView(QWidget *parent = nullptr);

    // Takes ownership; pages appear in the order they are added.
    void addPage(Page *page);
    void showPage(Page *page);
    Page *currentPage() const;
    QList<Page *> pages() const { return m_pages; }
    // The open workspace's name at the foot of the sidebar.
    void setWorkspaceName(const QString &name);

Q_SIGNALS:
    void currentPageChanged(Page *page);

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_footerCaption;
    QLabel *m_footer;
    QList<Page *> m_pages;
};

} // namespace herald
