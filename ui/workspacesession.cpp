#include "workspacesession.h"

#include "appsettings.h"
#include "uilogging.h"

namespace herald {

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent)
{}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

qint64 WorkspaceSession::contactCount() const
{
    if (!m_workspace)
        return 0;
    try {
        return m_workspace->contactCount();
    } catch (const SqlError &error) {
        qCWarning(lcUi) << "Counting contacts:" << error.message();
        return 0;
    }
}

bool WorkspaceSession::hasContacts() const
{
    if (!m_workspace)
        return false;
    try {
        return m_workspace->db().scalarInt("SELECT EXISTS (SELECT 1 FROM contacts)") != 0;
    } catch (const SqlError &error) {
        qCWarning(lcUi) << "Looking for contacts:" << error.message();
        return false;
    }
}

Result<void> WorkspaceSession::open(const QString &path, Workspace::OpenMode mode)
{
    auto opened = Workspace::open(path, mode);
    if (!opened)
        return opened.error();
    std::unique_ptr<Workspace> previous = std::exchange(m_workspace, std::move(opened).value());
    AppSettings::setLastWorkspace(m_workspace->path());
    AppSettings::addRecentWorkspace(m_workspace->path());
    Q_EMIT workspaceChanged();
    return {}; // `previous` closes here, after every view has let go of it
}

void WorkspaceSession::notifyContentChanged()
{
    Q_EMIT contentChanged();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    Q_EMIT workspaceChanged(); // receivers let go of the old workspace first
    m_workspace.reset();
    Q_EMIT workspaceChanged();
}

} // namespace herald
