#pragma once

#include "profiles/columnmapping.h"

#include <QAbstractTableModel>

namespace herald {

// A mapping target as one string, for combo boxes and item data: "field:email", "custom:Shoe size", "custom:"
// (a JSON column's keys), "tags", "ignore".
QString mappingTargetKey(const MappingTarget &target);
std::optional<MappingTarget> mappingTargetFromKey(const QString &key);

// One row per column of the file: its name, a few sample values and where it goes. The target is editable;
// an edit is reported with targetEdited() and shown at once, before the preview catches up.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ColumnName,
        Samples,
        Target,
        ColumnCount
    };
    enum Role
    {
        TargetKeyRole = Qt::UserRole + 1, // mappingTargetKey() of the column's target
        MatchedByProfileRole,
    };

    explicit MappingModel(QObject *parent = nullptr);

    // `profileName` names the ESP in tooltips ("a Mailchimp column").
    void setMapping(const ColumnMapping &mapping, const QList<QStringList> &sampleRows, const QString &profileName);
    const ColumnMapping &mapping() const { return m_mapping; }
    // The row of a column by its name in the file, or -1.
    int rowOf(const QString &columnName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void targetEdited(const QString &columnName, const MappingTarget &target);

private:
    ColumnMapping m_mapping;
    QStringList m_samples; // per row, already joined
    QString m_profileName;
};

} // namespace herald
