#include "pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace herald {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_subtitle(new QLabel(this)), m_trailing(new QHBoxLayout)
{
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->hide();

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(titleLabel);
    texts->addWidget(m_subtitle);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    layout->addLayout(m_trailing);
    m_trailing->setSpacing(8);
}

void PageHeader::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignBottom);
}

} // namespace herald
