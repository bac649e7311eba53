#include "eventdraft.h"

namespace herald {

EventDraft::EventDraft(const QTimeZone &workspaceZone, QObject *parent) : PreviewDraft(workspaceZone, parent)
{}

EventDraft::~EventDraft() = default;

void EventDraft::start(const QString &path, const EventImportPreview &preview)
{
    cancelPreview();
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
    setPreviewed(m_options.zipMembers, members);
}

void EventDraft::setEncoding(CsvEncoding encoding)
{
    setPreviewed(m_options.encoding, encoding);
}

void EventDraft::setDelimiter(QChar delimiter)
{
    setPreviewed(m_options.delimiter, delimiter);
}

void EventDraft::setDateOrder(DateOrder order)
{
    setPreviewed(m_options.dateOrder, order);
}

void EventDraft::setFileZone(const QTimeZone &zone)
{
    setPreviewed(m_options.fileZone, zone);
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

QTimeZone EventDraft::conventionalFileZone() const
{
    return m_preview ? conventionalZone(m_preview->profileId, m_preview->exportKind) : workspaceZone();
}

bool EventDraft::hasFile() const
{
    return !m_options.filePath.isEmpty();
}

void EventDraft::startPreview()
{
    TaskRunner<EventImportPreview> *task = newTask<EventImportPreview>();
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        Result<EventImportPreview> preview = task->takeResult();
        if (preview) {
            m_error.reset();
            takePreview(preview.value());
        } else {
            m_error = preview.error();
            m_preview.reset();
            Q_EMIT previewFinished();
        }
    });
    task->start([options = m_options, zone = workspaceZone()](const JobControl &control) {
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
