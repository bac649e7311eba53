#pragma once

#include <QIcon>
#include <QWidget>

namespace herald {

class WorkspaceSession;

// One entry of the sidebar. A page follows the session itself (workspaceChanged/contentChanged), so adding
// a page to the window is one line: navigation->addPage(new SomePage(session)).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(WorkspaceSession *session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

protected:
    WorkspaceSession *session() const { return m_session; }

private:
    WorkspaceSession *m_session;
};

} // namespace herald
