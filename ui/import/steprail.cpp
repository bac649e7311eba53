#include "steprail.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace herald {
namespace {

void setState(QLabel *label, const char *state)
{
    label->setProperty("stepState", QString::fromLatin1(state));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

StepRail::StepRail(const QString &title, const QStringList &steps, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepRail"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(210);

    auto *icon = new QLabel(this);
    icon->setPixmap(theme::tintedIcon(u"import", theme::accent()).pixmap(QSize(24, 24), devicePixelRatioF()));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sidebarTitle"));
    m_title->setWordWrap(true);
    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    brand->addWidget(icon);
    brand->addWidget(m_title, 1);

    m_list = new QVBoxLayout;
    m_list->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 20, 14, 16);
    layout->setSpacing(6);
    layout->addLayout(brand);
    layout->addSpacing(18);
    layout->addLayout(m_list);
    layout->addStretch(1);
    setSteps(title, steps);
}

void StepRail::setSteps(const QString &title, const QStringList &steps)
{
    m_title->setText(title);
    for (const Item &item : std::as_const(m_items)) {
        delete item.badge;
        delete item.name;
    }
    m_items.clear();
    while (QLayoutItem *row = m_list->takeAt(0))
        delete row;
    for (int i = 0; i < steps.size(); ++i) {
        Item item{new QLabel(QString::number(i + 1), this), new QLabel(steps.at(i), this)};
        item.badge->setObjectName(QStringLiteral("stepBadge"));
        item.badge->setFixedSize(24, 24);
        item.badge->setAlignment(Qt::AlignCenter);
        item.name->setObjectName(QStringLiteral("stepName"));
        auto *row = new QHBoxLayout;
        row->setSpacing(10);
        row->addWidget(item.badge);
        row->addWidget(item.name, 1);
        m_list->addLayout(row);
        m_items.append(item);
    }
    setCurrent(qBound(0, m_current, int(m_items.size()) - 1));
}

void StepRail::setCurrent(int step)
{
    m_current = step;
    for (int i = 0; i < m_items.size(); ++i) {
        const char *state = i < step ? "done" : i == step ? "current" : "todo";
        m_items[i].badge->setText(i < step ? QStringLiteral("✓") : QString::number(i + 1));
        setState(m_items[i].badge, state);
        setState(m_items[i].name, state);
    }
}

} // namespace herald
