#include "statcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace herald {

StatCard::StatCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_dot(new QLabel(this)), m_caption(new QLabel(caption, this)), m_value(new QLabel(this)),
      m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_value->setText(QStringLiteral("–"));
    m_detail->setObjectName(QStringLiteral("cardDetail"));
    m_dot->setFixedSize(8, 8);
    m_dot->hide();

    auto *captionRow = new QHBoxLayout;
    captionRow->setSpacing(7);
    captionRow->addWidget(m_dot, 0, Qt::AlignVCenter);
    captionRow->addWidget(m_caption, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addLayout(captionRow);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void StatCard::setAccent(const QColor &color)
{
    m_dot->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px;").arg(color.name()));
    m_dot->show();
}

QString StatCard::caption() const
{
    return m_caption->text();
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::detail() const
{
    return m_detail->text();
}

} // namespace herald
