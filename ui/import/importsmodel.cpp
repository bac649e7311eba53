#include "importsmodel.h"

#include "importtext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace herald {

ImportsModel::ImportsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ImportsModel::setImports(const QList<ImportSummary> &imports, const QTimeZone &zone)
{
    beginResetModel();
    m_imports = imports;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int ImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_imports.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportsModel::kindText(const ImportSummary &summary) const
{
    // The export kind's id ("subscribed", "import_file") is short enough for the column; its name is the tooltip.
    QString kind =
        summary.options.value(QStringLiteral("export_kind")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (kind.isEmpty())
        return summary.kind == QLatin1StringView("events") ? tr("Activity") : tr("Contacts");
    kind[0] = kind.at(0).toUpper();
    return kind;
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportSummary &summary = m_imports.at(index.row());
    const ImportCounts &counts = summary.counts;
    const QLocale locale;
    const auto count = [&](qint64 value) -> QVariant {
        return role == RawValueRole ? QVariant(value) : QVariant(locale.toString(value));
    };
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case Time:
            if (role == RawValueRole)
                return summary.startedAt.toSecsSinceEpoch();
            return locale.toString(summary.startedAt.toTimeZone(m_zone), QLocale::ShortFormat);
        case File:
            // A ZIP member by its own name: the archive's is the same for all of them (the tooltip has both).
            return role == RawValueRole ? summary.fileName : summary.fileName.section(QLatin1Char('/'), -1);
        case Kind:
            return kindText(summary);
        case Profile:
            return importtext::profileName(summary.profile);
        case Rows:
            return count(counts.rowsRead);
        case Imported:
            return count(counts.imported);
        case Updated:
            return count(counts.updated);
        case Duplicates:
            return count(counts.duplicates);
        case Rejected:
            return count(counts.rejected);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Rows)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Rejected && counts.rejected > 0)
            return QBrush(QColor(0xc9, 0x2a, 0x2a));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == File)
            return summary.sha256.isEmpty() ? summary.fileName
                                            : tr("%1\nSHA-256 %2").arg(summary.fileName, summary.sha256);
        if (index.column() == Kind)
            return importtext::exportKindName(summary.profile,
                                              summary.options.value(QStringLiteral("export_kind")).toString());
        return {};
    case ImportIdRole:
        return summary.id;
    case SortRole:
        // Ids grow in the order imports start, and a ZIP's files start within the same second.
        return index.column() == Time ? QVariant(summary.id) : data(index, RawValueRole);
    default:
        return {};
    }
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= Rows ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Imported");
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Profile:
        return tr("Profile");
    case Rows:
        return tr("Rows");
    case Imported:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Duplicates:
        return tr("Duplicates");
    case Rejected:
        return tr("Rejected");
    default:
        return {};
    }
}

} // namespace herald
