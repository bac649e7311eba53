#include "previewdraft.h"

#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"

namespace herald {

PreviewDraft::PreviewDraft(const QTimeZone &workspaceZone, QObject *parent)
    : QObject(parent), m_workspaceZone(workspaceZone.isValid() ? workspaceZone : QTimeZone::utc())
{
    // Several changes in one go (a new file, then its defaults) make one preview.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, [this] { startPreview(); });
}

PreviewDraft::~PreviewDraft() = default;

bool PreviewDraft::isPreviewing() const
{
    return m_debounce.isActive() || (m_task && m_task->isRunning());
}

void PreviewDraft::schedulePreview()
{
    if (!hasFile())
        return;
    if (!m_debounce.isActive())
        Q_EMIT previewStarted();
    m_debounce.start();
}

void PreviewDraft::cancelPreview()
{
    m_debounce.stop();
    delete m_task;
    m_task = nullptr;
}

QTimeZone PreviewDraft::conventionalZone(const QString &profileId, const QString &exportKind) const
{
    const EspProfile *profile = EspProfileRegistry::builtIn().find(profileId);
    if (!profile)
        return m_workspaceZone;
    return profile->dateZone(profile->exportKind(exportKind)) == DateZone::Utc ? QTimeZone::utc() : m_workspaceZone;
}

} // namespace herald
