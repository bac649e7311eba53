#include "busyindicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace herald {

BusyIndicator::BusyIndicator(const QString &text, QWidget *parent) : QWidget(parent), m_text(new QLabel(text, this))
{
    m_text->setObjectName(QStringLiteral("muted"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setFixedWidth(260);
    bar->setMaximumHeight(8);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_text);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void BusyIndicator::setText(const QString &text)
{
    m_text->setText(text);
}

QString BusyIndicator::text() const
{
    return m_text->text();
}

} // namespace herald
