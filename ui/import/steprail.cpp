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
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("sidebarTitle"));
    heading->setWordWrap(true);
    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    brand->addWidget(icon);
    brand->addWidget(heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 20, 14, 16);
    layout->setSpacing(6);
    layout->addLayout(brand);
    layout->addSpacing(18);
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
        layout->addLayout(row);
        m_items.append(item);
    }
    layout->addStretch(1);
    setCurrent(0);
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
