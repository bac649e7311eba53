#include "eventpreviewmodel.h"

#include "activitytext.h"
#include "importtext.h"

#include <QLocale>

#include <algorithm>

namespace herald {
namespace {

// The preview column that shows a Herald field of activity files and campaign reports.
EventPreviewModel::Column columnForField(const QString &field)
{
    static const QHash<QString, EventPreviewModel::Column> columns = {
        {QStringLiteral("event_email"), EventPreviewModel::Contact},
        {QStringLiteral("event_customer_id"), EventPreviewModel::Contact},
        {QStringLiteral("event_country"), EventPreviewModel::Contact},
        {QStringLiteral("event_type"), EventPreviewModel::Event},
        {QStringLiteral("event_bounce_type"), EventPreviewModel::Event},
        {QStringLiteral("event_time"), EventPreviewModel::Time},
        {QStringLiteral("campaign_sent_at"), EventPreviewModel::Time},
        {QStringLiteral("event_campaign_id"), EventPreviewModel::Campaign},
        {QStringLiteral("event_campaign_name"), EventPreviewModel::Campaign},
        {QStringLiteral("event_subject"), EventPreviewModel::Campaign},
        {QStringLiteral("event_sent_at"), EventPreviewModel::Campaign},
        {QStringLiteral("campaign_name"), EventPreviewModel::Campaign},
        {QStringLiteral("campaign_external_id"), EventPreviewModel::Campaign},
        {QStringLiteral("event_url"), EventPreviewModel::Details},
        {QStringLiteral("event_revenue"), EventPreviewModel::Details},
        {QStringLiteral("event_order_id"), EventPreviewModel::Details},
        {QStringLiteral("event_quantity"), EventPreviewModel::Details},
        {QStringLiteral("event_unit_price"), EventPreviewModel::Details},
        {QStringLiteral("campaign_subject"), EventPreviewModel::Details},
        {QStringLiteral("campaign_recipients"), EventPreviewModel::Contact},
    };
    return columns.value(field, EventPreviewModel::Details);
}

const MappedColumn *mappedColumn(const ColumnMapping &mapping, const QString &name)
{
    for (const MappedColumn &column : mapping.columns)
        if (column.name == name)
            return &column;
    return nullptr;
}

EventPreviewModel::Column columnForFileColumn(const ColumnMapping &mapping, const QString &name)
{
    const MappedColumn *column = name.isEmpty() ? nullptr : mappedColumn(mapping, name);
    if (!column || column->target.kind != MappingTarget::Kind::ContactField)
        return EventPreviewModel::Details;
    return columnForField(column->target.name);
}

QString rawValue(const ColumnMapping &mapping, const QStringList &fields, const QString &field)
{
    const MappedColumn *column = mapping.columnFor(field);
    return column ? fields.value(column->index).trimmed() : QString();
}

void addIssue(QString &issues, const QString &text)
{
    if (!issues.isEmpty())
        issues += QLatin1Char('\n');
    issues += text;
}

QString money(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

QString percent(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble() * 100, 'f', 1) + QStringLiteral(" %") : QString();
}

} // namespace

EventPreviewModel::EventPreviewModel(QObject *parent) : PreviewTableModel(ColumnCount, MutedIssue::Explanation, parent)
{}

void EventPreviewModel::setPreview(const EventImportPreview &preview, const QTimeZone &workspaceZone)
{
    beginResetModel();
    m_rows.clear();
    m_zoneName = QString::fromUtf8(workspaceZone.id());
    m_campaigns = preview.record == RecordKind::Campaigns;
    for (const EventPreviewRow &row : preview.sample) {
        switch (row.mapped.kind) {
        case MappedEventRow::Kind::Rejected:
            m_rows.append(rejectedRow(preview, row));
            break;
        case MappedEventRow::Kind::Campaign:
            m_rows.append(campaignRow(row, workspaceZone));
            break;
        case MappedEventRow::Kind::Event:
        case MappedEventRow::Kind::Skipped:
            m_rows.append(eventRow(preview, row, workspaceZone));
            break;
        }
        // Warnings: amber in their cell, and said in Details.
        Row &shown = m_rows.last();
        for (const ImportWarning &warning : row.mapped.warnings) {
            const Column at = columnForFileColumn(preview.mapping, warning.field);
            addIssue(shown.cells[at].issue, warning.message);
            if (at != Details)
                addIssue(shown.notes.issue, warning.message);
            addIssue(shown.notes.text, warning.message);
        }
        shown.notes.text.replace(QLatin1Char('\n'), QStringLiteral("; "));
        // What is wrong comes first in Details, so it is never scrolled out of sight.
        Cell &details = shown.cells[Details];
        if (!shown.notes.text.isEmpty()) {
            details.text =
                details.text.isEmpty() ? shown.notes.text : shown.notes.text + QStringLiteral(" · ") + details.text;
            addIssue(details.issue, shown.notes.issue);
            details.error = details.error || shown.notes.error;
            details.muted = shown.notes.muted;
        }
    }
    endResetModel();
}

EventPreviewModel::Row EventPreviewModel::eventRow(const EventImportPreview &preview, const EventPreviewRow &row,
                                                   const QTimeZone &zone) const
{
    Row shown;
    const EventRecord &event = row.mapped.event;
    const QLocale locale;
    shown.cells[Line].text = locale.toString(event.line > 0 ? event.line : row.mapped.reject.line);
    if (row.mapped.kind == MappedEventRow::Kind::Skipped) {
        shown.cells[Event].text = rawValue(preview.mapping, row.fields, QStringLiteral("event_type"));
        shown.cells[Event].muted = true;
        shown.notes.text =
            tr("Skipped: %1 does not count this as an event").arg(importtext::profileName(preview.profileId));
        shown.notes.muted = true;
        return shown;
    }
    shown.cells[Event].text = eventTypeDisplayName(event.type);
    shown.cells[Time].text = activitytext::dateTime(event.occurredAt, zone);
    shown.cells[Contact].text = event.email;
    shown.cells[Contact].muted = event.syntheticAddress;
    if (event.syntheticAddress)
        shown.cells[Contact].issue = tr("A shop customer known only by id: Herald gives them this address, which no "
                                        "mail can reach, so their orders still count.");
    shown.cells[Campaign].text = event.campaign.name.isEmpty() ? event.campaign.externalId : event.campaign.name;
    QStringList details;
    if (!event.url.isEmpty())
        details.append(event.url);
    if (event.revenue)
        details.append(tr("revenue %1").arg(money(*event.revenue)));
    if (!event.orderId.isEmpty())
        details.append(tr("order %1").arg(event.orderId));
    if (event.machine)
        details.append(tr("machine open"));
    shown.cells[Details].text = details.join(QStringLiteral(" · "));
    const bool cancelled = (event.revenue && *event.revenue < 0) || event.orderId.startsWith(QLatin1Char('C'));
    if (event.type == EventType::Purchase && cancelled)
        shown.notes.text = tr("Part of a cancelled order");
    return shown;
}

EventPreviewModel::Row EventPreviewModel::campaignRow(const EventPreviewRow &row, const QTimeZone &zone) const
{
    Row shown;
    const CampaignRecord &report = row.mapped.campaign;
    const QLocale locale;
    shown.cells[Line].text = locale.toString(report.line);
    shown.cells[Event].text = tr("Campaign");
    if (report.campaign.sentAt > 0)
        shown.cells[Time].text = activitytext::dateTime(report.campaign.sentAt, zone);
    if (report.recipients)
        shown.cells[Contact].text =
            *report.recipients == 1 ? tr("1 recipient") : tr("%1 recipients").arg(locale.toString(*report.recipients));
    shown.cells[Campaign].text = report.campaign.name;
    QStringList details;
    if (!report.campaign.subject.isEmpty())
        details.append(tr("“%1”").arg(report.campaign.subject));
    if (const QString opens = percent(report.stats.value(QStringLiteral("open_rate"))); !opens.isEmpty())
        details.append(tr("opened %1").arg(opens));
    if (const QString clicks = percent(report.stats.value(QStringLiteral("click_rate"))); !clicks.isEmpty())
        details.append(tr("clicked %1").arg(clicks));
    shown.cells[Details].text = details.join(QStringLiteral(" · "));
    return shown;
}

EventPreviewModel::Row EventPreviewModel::rejectedRow(const EventImportPreview &preview,
                                                      const EventPreviewRow &row) const
{
    Row shown;
    const ImportReject &reject = row.mapped.reject;
    shown.rejected = !row.awaitsDateOrder;
    shown.waiting = row.awaitsDateOrder;
    // The file's own values, so the marketer recognises the row.
    shown.cells[Line].text = QLocale().toString(reject.line);
    const QString type = rawValue(preview.mapping, row.fields, QStringLiteral("event_type"));
    shown.cells[Event].text = !type.isEmpty()     ? type
                              : preview.fixedType ? eventTypeDisplayName(*preview.fixedType)
                                                  : QString();
    shown.cells[Time].text = rawValue(preview.mapping, row.fields, QStringLiteral("event_time"));
    if (shown.cells[Time].text.isEmpty())
        shown.cells[Time].text = rawValue(preview.mapping, row.fields, QStringLiteral("campaign_sent_at"));
    shown.cells[Contact].text = rawValue(preview.mapping, row.fields, QStringLiteral("event_email"));
    if (shown.cells[Contact].text.isEmpty())
        shown.cells[Contact].text = rawValue(preview.mapping, row.fields, QStringLiteral("event_customer_id"));
    shown.cells[Campaign].text = rawValue(preview.mapping, row.fields, QStringLiteral("event_campaign_name"));
    if (shown.cells[Campaign].text.isEmpty())
        shown.cells[Campaign].text = rawValue(preview.mapping, row.fields, QStringLiteral("campaign_name"));

    const Column at = columnForFileColumn(preview.mapping, reject.field);
    if (row.awaitsDateOrder) {
        const QString text = tr("Day or month first? Herald reads this date once you choose in the next step");
        shown.cells[at].issue = text;
        shown.notes.text = text;
        shown.notes.issue = text;
        return shown;
    }
    shown.cells[at].error = true;
    shown.cells[at].issue = reject.reason;
    shown.notes.error = true;
    shown.notes.text = tr("Rejected (%1): %2").arg(importtext::location(reject.line, 0), reject.reason);
    shown.notes.issue = shown.notes.text;
    return shown;
}

void EventPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EventPreviewModel::rejectedCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.rejected; }));
}

bool EventPreviewModel::isColumnEmpty(int column) const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(),
                       [column](const Row &row) { return row.cells.at(size_t(column)).text.isEmpty(); });
}

int EventPreviewModel::waitingCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.waiting; }));
}

int EventPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const EventPreviewModel::Cell &EventPreviewModel::cellAt(int row, int column) const
{
    return m_rows.at(row).cells.at(static_cast<size_t>(column));
}

bool EventPreviewModel::isRejected(int row) const
{
    return m_rows.at(row).rejected;
}

QVariant EventPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Event:
        return m_campaigns ? tr("Row") : tr("Event");
    case Time:
        return m_zoneName.isEmpty() ? tr("Time") : tr("Time (%1)").arg(m_zoneName);
    case Contact:
        return m_campaigns ? tr("Recipients") : tr("Contact");
    case Campaign:
        return tr("Campaign");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace herald
