#include "choicebutton.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int iconBoxSize = 46;
constexpr int textSpacing = 3;

} // namespace

ChoiceButton::ChoiceButton(const QIcon &icon, const QString &title, const QString &detail, QWidget *parent)
    : QPushButton(parent), m_title(new QLabel(title, this)), m_detail(new QLabel(detail, this))
{
    setObjectName(QStringLiteral("choiceButton"));
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setAccessibleDescription(detail);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("choiceIcon"));
    iconLabel->setPixmap(icon.pixmap(QSize(26, 26), devicePixelRatioF()));
    iconLabel->setFixedSize(iconBoxSize, iconBoxSize);
    iconLabel->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("choiceTitle"));
    m_detail->setObjectName(QStringLiteral("choiceDetail"));
    m_detail->setWordWrap(true);
    // The labels only draw: clicks and hover belong to the button underneath.
    for (QLabel *label : {iconLabel, m_title, m_detail})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(textSpacing);
    texts->addStretch(1);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    texts->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(16);
    layout->addWidget(iconLabel, 0, Qt::AlignVCenter);
    layout->addLayout(texts, 1);
}

QString ChoiceButton::title() const
{
    return m_title->text();
}

QSize ChoiceButton::sizeHint() const
{
    const int width = qMax(this->width(), 480);
    return {width, heightForWidth(width)};
}

QSize ChoiceButton::minimumSizeHint() const
{
    return {300, heightForWidth(300)};
}

int ChoiceButton::heightForWidth(int width) const
{
    const QMargins margins = layout()->contentsMargins();
    const int textWidth = width - margins.left() - margins.right() - iconBoxSize - layout()->spacing();
    const int text = m_title->heightForWidth(textWidth) + textSpacing + m_detail->heightForWidth(textWidth);
    return margins.top() + qMax(iconBoxSize, text) + margins.bottom();
}

} // namespace herald
