#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace herald {

// The "Import as" combo of the mapping table: Herald's contact fields by name, then a custom field, tags or
// nothing. "Custom field…" asks for the field's name (the column's name by default).
class TargetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Returns the custom field's name, or an empty string when the user cancels.
    using NameQuestion = std::function<QString(QWidget *parent, const QString &columnName)>;

    explicit TargetDelegate(QObject *parent = nullptr);

    // Tests answer the question without a dialog.
    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    NameQuestion m_askName;
};

} // namespace herald
