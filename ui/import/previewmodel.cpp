#include "previewmodel.h"

#include "importtext.h"
#include "profiles/heraldfields.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace herald {
namespace {

// The preview column that shows a Herald field, or Issues for one it does not show.
PreviewModel::Column columnForField(const QString &field)
{
    static const QHash<QString, PreviewModel::Column> columns = {
        {QStringLiteral("email"), PreviewModel::Email},
        {QStringLiteral("first_name"), PreviewModel::FirstName},
        {QStringLiteral("full_name"), PreviewModel::FirstName},
        {QStringLiteral("last_name"), PreviewModel::LastName},
        {QStringLiteral("country"), PreviewModel::Country},
        {QStringLiteral("time_zone"), PreviewModel::TimeZone},
        {QStringLiteral("utc_offset"), PreviewModel::TimeZone},
        {QStringLiteral("dst_offset"), PreviewModel::TimeZone},
        {QStringLiteral("status"), PreviewModel::Status},
        {QStringLiteral("opted_out"), PreviewModel::Status},
        {QStringLiteral("hard_bounced"), PreviewModel::Status},
        {QStringLiteral("spam_complaint"), PreviewModel::Status},
        {QStringLiteral("marketing_consent"), PreviewModel::Status},
        {QStringLiteral("tags"), PreviewModel::Tags},
        {QStringLiteral("created_at"), PreviewModel::SignedUp},
    };
    return columns.value(field, PreviewModel::Issues);
}

// Where a problem with the file's column `name` shows in the preview.
PreviewModel::Column columnForFileColumn(const ColumnMapping &mapping, const QString &name)
{
    if (name.isEmpty())
        return PreviewModel::Issues;
    for (const MappedColumn &column : mapping.columns) {
        if (column.name != name)
            continue;
        if (column.target.kind == MappingTarget::Kind::ContactField)
            return columnForField(column.target.name);
        if (column.target.kind == MappingTarget::Kind::Tags)
            return PreviewModel::Tags;
        return PreviewModel::Issues;
    }
    return PreviewModel::Issues;
}

QString rawValue(const ColumnMapping &mapping, const QStringList &fields, const QString &field)
{
    const MappedColumn *column = mapping.columnFor(field);
    return column ? fields.value(column->index) : QString();
}

void addIssue(QString &issues, const QString &text)
{
    if (!issues.isEmpty())
        issues += QLatin1Char('\n');
    issues += text;
}

} // namespace

PreviewModel::PreviewModel(QObject *parent) : PreviewTableModel(ColumnCount, MutedIssue::Warning, parent)
{}

void PreviewModel::setPreview(const ContactImportPreview &preview, ContactStatus defaultStatus,
                              const QTimeZone &workspaceZone)
{
    beginResetModel();
    m_rows.clear();
    const QLocale locale;
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        Row row;
        const auto &mapped = preview.rows.at(r);
        if (const auto *reject = std::get_if<ImportReject>(&mapped)) {
            // The file's own values, so the marketer recognises the row.
            const QStringList fields = preview.sniff.sampleRows.value(r);
            row.rejected = true;
            row.cells[Line].text = locale.toString(reject->line);
            row.cells[Email].text = rawValue(preview.mapping, fields, QStringLiteral("email"));
            row.cells[FirstName].text = rawValue(preview.mapping, fields, QStringLiteral("first_name"));
            row.cells[LastName].text = rawValue(preview.mapping, fields, QStringLiteral("last_name"));
            row.cells[Country].text = rawValue(preview.mapping, fields, QStringLiteral("country"));
            const Column at = columnForFileColumn(preview.mapping, reject->field);
            row.cells[at].error = true;
            row.cells[at].issue = reject->reason;
            row.cells[Issues].error = true;
            row.cells[Issues].text = tr("Rejected (%1): %2").arg(importtext::location(reject->line, 0), reject->reason);
            row.cells[Issues].issue = row.cells[Issues].text;
            row.cells[rejectionColumn] = row.cells[Issues];
        } else {
            const auto &[record, warnings] = std::get<ContactRowMapper::Mapped>(mapped);
            row.cells[Line].text = locale.toString(record.line);
            row.cells[Email].text = record.email;
            row.cells[FirstName].text = record.firstName;
            row.cells[LastName].text = record.lastName;
            row.cells[Country].text = record.country;
            if (record.timeZone.isEmpty()) {
                row.cells[TimeZone].text = QString::fromUtf8(workspaceZone.id());
                row.cells[TimeZone].muted = true;
            } else {
                row.cells[TimeZone].text = record.timeZone;
            }
            row.cells[ZoneSource].text = importtext::zoneSourceShort(
                record.timeZoneSource ? timeZoneSourceKey(*record.timeZoneSource) : QStringLiteral("workspace"));
            row.cells[ZoneSource].muted = !record.timeZoneSource;
            if (record.status) {
                row.cells[Status].text = statusDisplayName(*record.status);
            } else {
                row.cells[Status].text = tr("%1 (default)").arg(statusDisplayName(defaultStatus));
                row.cells[Status].muted = true;
            }
            if (record.createdAt > 0)
                row.cells[SignedUp].text =
                    locale.toString(QDateTime::fromSecsSinceEpoch(record.createdAt, workspaceZone).date(),
                                    QStringLiteral("d MMM yyyy"));
            row.cells[Tags].text = record.tags.join(QStringLiteral(", "));
            for (const ImportWarning &warning : warnings) {
                const Column at = columnForFileColumn(preview.mapping, warning.field);
                addIssue(row.cells[at].issue, warning.message);
                if (at != Issues)
                    addIssue(row.cells[Issues].issue, warning.message);
                addIssue(row.cells[Issues].text, warning.message);
            }
            if (!row.cells[Issues].text.isEmpty())
                row.cells[Issues].text.replace(QLatin1Char('\n'), QStringLiteral("; "));
        }
        m_rows.append(row);
    }
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PreviewModel::rejectedCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.rejected; }));
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const PreviewModel::Cell &PreviewModel::cellAt(int row, int column) const
{
    return m_rows.at(row).cells.at(static_cast<size_t>(column));
}

bool PreviewModel::isRejected(int row) const
{
    return m_rows.at(row).rejected;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Email:
        return tr("Email");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Country:
        return tr("Country");
    case TimeZone:
        return tr("Time zone");
    case ZoneSource:
        return tr("Zone from");
    case Status:
        return tr("Status");
    case SignedUp:
        return tr("Signed up");
    case Tags:
        return tr("Tags");
    case Issues:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace herald
