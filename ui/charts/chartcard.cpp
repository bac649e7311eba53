#include "chartcard.h"

#include "busyindicator.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace herald {

ChartCard::ChartCard(const QString &title, QWidget *chart, QWidget *parent)
    : QFrame(parent), m_subtitle(new QLabel(this)), m_caption(new QLabel(this)), m_states(new QStackedWidget(this)),
      m_chart(chart), m_message(new QLabel(m_states)), m_busy(new BusyIndicator(QString(), m_states))
{
    setObjectName(QStringLiteral("card"));
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_subtitle->setObjectName(QStringLiteral("cardDetail"));
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();
    m_caption->setObjectName(QStringLiteral("cardDetail"));
    m_caption->setWordWrap(true);
    m_caption->hide();
    m_message->setObjectName(QStringLiteral("muted"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);

    m_chart->setParent(m_states);
    m_states->addWidget(m_chart);
    m_states->addWidget(m_message);
    m_states->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(titleLabel);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_states, 1);
    layout->addWidget(m_caption);
}

void ChartCard::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

QString ChartCard::subtitle() const
{
    return m_subtitle->text();
}

void ChartCard::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty() && m_states->currentWidget() != m_message);
}

QString ChartCard::caption() const
{
    return m_caption->text();
}

void ChartCard::showChart()
{
    m_states->setCurrentWidget(m_chart);
    m_caption->setVisible(!m_caption->text().isEmpty());
}

void ChartCard::showMessage(const QString &text)
{
    m_message->setText(text);
    m_states->setCurrentWidget(m_message);
    m_caption->hide(); // it explains a chart that is not there
}

void ChartCard::showBusy(const QString &text)
{
    m_busy->setText(text);
    m_states->setCurrentWidget(m_busy);
}

bool ChartCard::isShowingChart() const
{
    return m_states->currentWidget() == m_chart;
}

QString ChartCard::message() const
{
    return m_states->currentWidget() == m_message ? m_message->text() : QString();
}

} // namespace herald
