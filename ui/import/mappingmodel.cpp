#include "mappingmodel.h"

#include "profiles/heraldfields.h"

namespace herald {
namespace {

constexpr int samplesShown = 3;

} // namespace

QString mappingTargetKey(const MappingTarget &target)
{
    switch (target.kind) {
    case MappingTarget::Kind::ContactField:
        return QStringLiteral("field:") + target.name;
    case MappingTarget::Kind::CustomField:
        return QStringLiteral("custom:") + target.name;
    case MappingTarget::Kind::Tags:
        return QStringLiteral("tags");
    case MappingTarget::Kind::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

std::optional<MappingTarget> mappingTargetFromKey(const QString &key)
{
    if (key == QLatin1StringView("tags"))
        return MappingTarget::tags();
    if (key == QLatin1StringView("ignore"))
        return MappingTarget::ignore();
    if (key.startsWith(QLatin1StringView("custom:")))
        return MappingTarget::customField(key.mid(7));
    if (key.startsWith(QLatin1StringView("field:")) && findHeraldField(QStringView(key).mid(6)))
        return MappingTarget::contactField(key.mid(6));
    return std::nullopt;
}

MappingModel::MappingModel(QObject *parent) : QAbstractTableModel(parent)
{}

void MappingModel::setMapping(const ColumnMapping &mapping, const QList<QStringList> &sampleRows,
                              const QString &profileName)
{
    QStringList samples;
    for (const MappedColumn &column : mapping.columns) {
        QStringList values;
        for (const QStringList &row : sampleRows) {
            const QString value = row.value(column.index).simplified();
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
            if (values.size() == samplesShown)
                break;
        }
        samples.append(values.join(QStringLiteral("  ·  ")));
    }
    bool sameColumns = mapping.columns.size() == m_mapping.columns.size();
    for (qsizetype i = 0; sameColumns && i < mapping.columns.size(); ++i)
        sameColumns = mapping.columns.at(i).name == m_mapping.columns.at(i).name;
    if (!sameColumns)
        beginResetModel();
    m_mapping = mapping;
    m_samples = samples;
    m_profileName = profileName;
    if (!sameColumns)
        endResetModel();
    else if (!m_mapping.columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MappingModel::rowOf(const QString &columnName) const
{
    for (qsizetype i = 0; i < m_mapping.columns.size(); ++i)
        if (m_mapping.columns.at(i).name == columnName)
            return static_cast<int>(i);
    return -1;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_mapping.columns.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappedColumn &column = m_mapping.columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == ColumnName)
            return column.name;
        if (index.column() == Samples)
            return m_samples.value(index.row());
        if (index.column() == Target)
            return role == Qt::EditRole ? mappingTargetKey(column.target) : mappingTargetDisplayName(column.target);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ColumnName) {
            if (column.matchedByProfile && !m_profileName.isEmpty())
                return tr("%1 exports this column; Herald knows what it holds.").arg(m_profileName);
            return tr("Herald does not know this column: check where it should go.");
        }
        if (index.column() == Samples)
            return m_samples.value(index.row());
        return {};
    case TargetKeyRole:
        return mappingTargetKey(column.target);
    case MatchedByProfileRole:
        return column.matchedByProfile;
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Target ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<MappingTarget> target = mappingTargetFromKey(value.toString());
    if (!target)
        return false;
    MappedColumn &column = m_mapping.columns[index.row()];
    if (column.target == *target)
        return true;
    column.target = *target;
    column.matchedByProfile = false;
    column.jsonKeys.clear();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT targetEdited(column.name, *target);
    return true;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColumnName:
        return tr("Column in the file");
    case Samples:
        return tr("Sample values");
    case Target:
        return tr("Import as");
    default:
        return {};
    }
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Target)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace herald
