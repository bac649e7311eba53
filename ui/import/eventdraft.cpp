#include "eventdraft.h"

#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "taskrunner.h"

namespace herald {

EventDraft::EventDraft(const QTimeZone &workspaceZone, QObject *parent)
    : QObject(parent), m_workspaceZone(workspaceZone.isValid() ? workspaceZone : QTimeZone::utc())
{
    // Several changes in one go make one preview.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &EventDraft::startPreview);
}

EventDraft::~EventDraft() = default;

void EventDraft::start(const QString &path, const EventImportPreview &preview)
{
    delete m_task;
    m_task = nullptr;
    m_debounce.stop();
    m_options = EventImportOptions();
    m_options.filePath = path;
    m_error.reset();
    m_asksDateOrder = false;
    m_dateExample.clear();
    m_dateExampleLine = 0;
    takePreview(preview);
}

void EventDraft::setMembers(const QStringList &members)
{
    if (m_options.zipMembers == members)
        return;
    m_options.zipMembers = members;
    schedulePreview();
}

void EventDraft::setEncoding(CsvEncoding encoding)
{
    if (m_options.encoding == encoding)
        return;
    m_options.encoding = encoding;
    schedulePreview();
}

void EventDraft::setDelimiter(QChar delimiter)
{
    if (m_options.delimiter == delimiter)
        return;
    m_options.delimiter = delimiter;
    schedulePreview();
}

void EventDraft::setDateOrder(DateOrder order)
{
    if (m_options.dateOrder == order)
        return;
    m_options.dateOrder = order;
    schedulePreview();
}

void EventDraft::setFileZone(const QTimeZone &zone)
{
    if (m_options.fileZone == zone)
        return;
    m_options.fileZone = zone;
    schedulePreview();
}

void EventDraft::setUnknownContacts(UnknownContacts policy)
{
    m_options.unknownContacts = policy;
}

void EventDraft::setCancelledOrders(CancelledOrders policy)
{
    m_options.cancelledOrders = policy;
}

void EventDraft::setMachineOpenSeconds(int seconds)
{
    m_options.machineOpenSeconds = seconds;
}

EventImportOptions EventDraft::importOptions() const
{
    EventImportOptions options = m_options;
    if (options.dateOrder == DateOrder::Unknown && m_preview && !m_preview->dateOrderNeedsAnswer &&
        m_preview->files.size() == 1)
        options.dateOrder = m_preview->dateOrder; // several files may each settle it their own way
    return options;
}

bool EventDraft::isPreviewing() const
{
    return m_debounce.isActive() || (m_task && m_task->isRunning());
}

QTimeZone EventDraft::conventionalFileZone() const
{
    if (!m_preview)
        return m_workspaceZone;
    const EspProfile *profile = EspProfileRegistry::builtIn().find(m_preview->profileId);
    if (!profile)
        return m_workspaceZone;
    return profile->dateZone(profile->exportKind(m_preview->exportKind)) == DateZone::Utc ? QTimeZone::utc()
                                                                                          : m_workspaceZone;
}

void EventDraft::schedulePreview()
{
    if (m_options.filePath.isEmpty())
        return;
    if (!m_debounce.isActive())
        Q_EMIT previewStarted();
    m_debounce.start();
}

void EventDraft::startPreview()
{
    delete m_task; // abandons a preview of settings that no longer apply
    m_task = new TaskRunner<EventImportPreview>(this);
    connect(m_task, &TaskRunnerBase::finished, this, [this] {
        Result<EventImportPreview> preview = m_task->takeResult();
        if (preview) {
            m_error.reset();
            takePreview(preview.value());
        } else {
            m_error = preview.error();
            m_preview.reset();
            Q_EMIT previewFinished();
        }
    });
    m_task->start([options = m_options, zone = m_workspaceZone](const JobControl &control) {
        return previewEventImport(options, zone, 20, control);
    });
}

void EventDraft::takePreview(const EventImportPreview &preview)
{
    m_preview = preview;
    if (preview.dateOrderNeedsAnswer && !m_asksDateOrder) {
        m_asksDateOrder = true;
        m_dateExample = preview.ambiguousDateExample;
        m_dateExampleLine = preview.ambiguousDateLine;
    }
    Q_EMIT previewFinished();
}

} // namespace herald
