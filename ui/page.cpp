#include "page.h"

namespace herald {

Page::Page(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page"));
    setAttribute(Qt::WA_StyledBackground);
}

} // namespace herald
