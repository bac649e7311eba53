#include "filterbutton.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace herald {

FilterButton::FilterButton(const QString &title, QWidget *parent)
    : QPushButton(parent), m_title(title), m_popup(new FilterPopup(this))
{
    setObjectName(QStringLiteral("filterButton"));
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    connect(this, &QPushButton::clicked, this, [this] { m_popup->popUp(this); });
    connect(m_popup, &FilterPopup::selectionChanged, this, [this](const QStringList &keys) {
        m_selection = keys;
        updateText();
        Q_EMIT selectionChanged(keys);
    });
    updateText();
}

void FilterButton::setOptions(const QList<FilterOption> &options)
{
    m_options = options;
    // Keep what is ticked even when the workspace no longer holds it: the query still filters by it, and the
    // user removes it here.
    for (const QString &key : std::as_const(m_selection)) {
        const bool known = std::any_of(m_options.cbegin(), m_options.cend(),
                                       [&key](const FilterOption &option) { return option.key == key; });
        if (!known)
            m_options.append({key, key, 0, {}});
    }
    m_popup->setOptions(m_options, m_selection);
}

void FilterButton::setSelection(const QStringList &keys)
{
    if (keys == m_selection)
        return;
    m_selection = keys;
    setOptions(m_options);
    updateText();
}

QStringList FilterButton::selectedLabels() const
{
    QStringList labels;
    for (const FilterOption &option : m_options)
        if (m_selection.contains(option.key))
            labels.append(option.label);
    return labels;
}

void FilterButton::updateText()
{
    setText(m_selection.isEmpty() ? m_title
                                  : QStringLiteral("%1 · %2").arg(m_title, QLocale().toString(m_selection.size())));
    setProperty("active", !m_selection.isEmpty());
    style()->unpolish(this);
    style()->polish(this);
}

void FilterButton::paintEvent(QPaintEvent *event)
{
    QPushButton::paintEvent(event);
    // A chevron in the padding the style sheet leaves on the right.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = m_selection.isEmpty() ? QColor(0x61, 0x6e, 0x7c) : QColor(0x1c, 0x3f, 0xaa);
    painter.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF centre(width() - 14, height() / 2.0 + 1);
    QPainterPath chevron;
    chevron.moveTo(centre + QPointF(-4, -2));
    chevron.lineTo(centre + QPointF(0, 2));
    chevron.lineTo(centre + QPointF(4, -2));
    painter.drawPath(chevron);
}

} // namespace herald
