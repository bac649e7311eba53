#include "importstep.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace herald {

ImportStep::ImportStep(ImportDraft *draft, QWidget *parent) : QWidget(parent), m_draft(draft)
{}

namespace steps {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QWidget *banner(const QString &kind, QLabel **title, QLabel **text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("banner"));
    frame->setProperty("kind", kind);
    *title = new QLabel(frame);
    (*title)->setObjectName(QStringLiteral("bannerTitle"));
    (*title)->setWordWrap(true);
    *text = new QLabel(frame);
    (*text)->setObjectName(QStringLiteral("bannerText"));
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(3);
    layout->addWidget(*title);
    layout->addWidget(*text);
    return frame;
}

void setBannerKind(QWidget *banner, const QString &kind)
{
    banner->setProperty("kind", kind);
    banner->style()->unpolish(banner);
    banner->style()->polish(banner);
}

QPushButton *secondaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QStringLiteral("secondaryButton"));
    return button;
}

} // namespace steps
} // namespace herald
