#include "firststartpage.h"

#include "choicebutton.h"
#include "theme.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace herald {

FirstStartPage::FirstStartPage(QWidget *parent)
    : QWidget(parent), m_prompt(new QLabel(this)), m_choiceLayout(new QVBoxLayout), m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("firstStart"));
    setAttribute(Qt::WA_StyledBackground);

    auto *column = new QWidget(this);
    column->setFixedWidth(560);

    auto *logo = new QLabel(column);
    logo->setPixmap(theme::appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    auto *headline = new QLabel(tr("Welcome to Herald"), column);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setWordWrap(true); // a translated welcome can be wider than the column
    auto *lead = new QLabel(tr("Herald plans your email campaigns on this computer: it learns when each contact "
                               "tends to open, groups your list into segments and previews every send, and "
                               "your contacts never leave this machine."),
                            column);
    lead->setObjectName(QStringLiteral("lead"));
    lead->setWordWrap(true);
    m_prompt->setWordWrap(true);

    m_choiceLayout->setSpacing(12);
    setWorkspacePath(QString());
    m_footer->setObjectName(QStringLiteral("muted"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(logo);
    columnLayout->addSpacing(18);
    columnLayout->addWidget(headline);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(lead);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_prompt);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(m_choiceLayout);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_footer);

    // Centred with stretches rather than AlignHCenter: an aligned item is asked its height for the full width,
    // and the wrapped texts would be measured one line short.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

ChoiceButton *FirstStartPage::addChoice(const QIcon &icon, const QString &title, const QString &detail)
{
    auto *button = new ChoiceButton(icon, title, detail, this);
    m_choiceLayout->addWidget(button);
    m_choices.append(button);
    return button;
}

void FirstStartPage::setWorkspacePath(const QString &path)
{
    if (path.isEmpty()) {
        m_prompt->setText(tr("No workspace is open. How would you like to start?"));
        m_footer->setText(QString());
    } else {
        m_prompt->setText(tr("This workspace has no contacts yet. How would you like to start?"));
        m_footer->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
    }
}

QString FirstStartPage::footerText() const
{
    return m_footer->text();
}

} // namespace herald
