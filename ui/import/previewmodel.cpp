#include "previewmodel.h"

#include "importtext.h"
#include "profiles/heraldfields.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace herald {
namespace {

const QColor errorText(0xc9, 0x2a, 0x2a);
const QColor errorBackground(0xfd, 0xec, 0xec);
const QColor rejectedBackground(0xfe, 0xf6, 0xf6);
const QColor warningText(0x8a, 0x5a, 0x00);
const QColor warningBackground(0xff, 0xf4, 0xdb);
const QColor mutedText(0x7b, 0x87, 0x94);

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

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent)
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

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Cell &cell = row.cells.at(static_cast<size_t>(index.column()));
    const bool warning = !cell.error && !cell.issue.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.issue.isEmpty() ? QVariant() : QVariant(cell.issue);
    case Qt::ForegroundRole:
        if (cell.error)
            return QBrush(errorText);
        if (warning)
            return QBrush(warningText);
        if (cell.muted || index.column() == Line)
            return QBrush(mutedText);
        return {};
    case Qt::BackgroundRole:
        if (cell.error)
            return QBrush(errorBackground);
        if (warning)
            return QBrush(warningBackground);
        if (row.rejected)
            return QBrush(rejectedBackground);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IssueRole:
        return cell.error ? QStringLiteral("error") : warning ? QStringLiteral("warning") : QString();
    case RejectedRole:
        return row.rejected;
    default:
        return {};
    }
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
