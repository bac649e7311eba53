#include "targetdelegate.h"

#include "mappingmodel.h"
#include "profiles/heraldfields.h"

#include <QComboBox>
#include <QInputDialog>

namespace herald {
namespace {

const QString askKey = QStringLiteral("custom?");

// The combo's items for a column currently mapped to `current`: every contact field, the current custom field
// (if any), then the choices that are not fields.
void fillCombo(QComboBox *combo, const MappingTarget &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const HeraldField &field : heraldFields())
        if (field.record == RecordKind::Contacts && field.key != QLatin1StringView("tags"))
            combo->addItem(heraldFieldDisplayName(field.key), mappingTargetKey(MappingTarget::contactField(field.key)));
    combo->insertSeparator(combo->count());
    if (current.kind == MappingTarget::Kind::CustomField)
        combo->addItem(mappingTargetDisplayName(current), mappingTargetKey(current));
    combo->addItem(TargetDelegate::tr("Custom field…"), askKey);
    combo->addItem(TargetDelegate::tr("Tags"), mappingTargetKey(MappingTarget::tags()));
    combo->addItem(TargetDelegate::tr("Ignore"), mappingTargetKey(MappingTarget::ignore()));
    combo->setCurrentIndex(combo->findData(mappingTargetKey(current)));
}

} // namespace

TargetDelegate::TargetDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_askName([](QWidget *parent, const QString &column) {
          bool ok = false;
          const QString name = QInputDialog::getText(parent, tr("Custom Field"),
                                                     tr("Name of the custom field for the column “%1”:").arg(column),
                                                     QLineEdit::Normal, column, &ok);
          return ok ? name.trimmed() : QString();
      })
{}

QWidget *TargetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("targetCombo"));
    combo->setMaxVisibleItems(20);
    combo->setFocusPolicy(Qt::StrongFocus);
    const QPersistentModelIndex persistent(index);
    connect(combo, &QComboBox::activated, this, [this, combo, persistent] {
        if (combo->currentData().toString() == askKey) {
            const QString column = QModelIndex(persistent).siblingAtColumn(MappingModel::ColumnName).data().toString();
            const QString name = m_askName(combo->window(), column);
            if (name.isEmpty()) {
                setEditorData(combo, persistent); // back to what it was
                return;
            }
            fillCombo(combo, MappingTarget::customField(name));
        }
        Q_EMIT const_cast<TargetDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void TargetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    const auto target = mappingTargetFromKey(index.data(MappingModel::TargetKeyRole).toString());
    if (combo && target)
        fillCombo(combo, *target);
}

void TargetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && combo->currentData().toString() != askKey)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void TargetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(2, 2, -2, -2));
}

} // namespace herald
