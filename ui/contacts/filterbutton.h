#pragma once

#include "filterpopup.h"

#include <QPushButton>

namespace herald {

// A toolbar button that opens a FilterPopup. It names its filter and, when some choices are ticked, how many,
// drawn in the accent colour so that an active filter is visible at a glance.
class FilterButton : public QPushButton
{
    Q_OBJECT
public:
    explicit FilterButton(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    void setOptions(const QList<FilterOption> &options);
    // Replaces the ticked choices without emitting selectionChanged (the query is being set as a whole).
    void setSelection(const QStringList &keys);
    QStringList selection() const { return m_selection; }
    // The ticked choices' labels, in list order.
    QStringList selectedLabels() const;
    FilterPopup *popup() const { return m_popup; }

Q_SIGNALS:
    void selectionChanged(const QStringList &keys);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateText();

    QString m_title;
    QList<FilterOption> m_options;
    QStringList m_selection;
    FilterPopup *m_popup;
};

} // namespace herald
