#include "campaigndetail.h"

#include "charts/chartcard.h"
#include "charts/chartstyle.h"
#include "charts/hourlyengagementchart.h"
#include "statcard.h"
#include "taskrunner.h"
#include "workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace herald {
namespace {

enum State
{
    Placeholder,
    Shown
};

} // namespace

CampaignDetail::CampaignDetail(QWidget *parent)
    : QWidget(parent), m_states(new QStackedWidget(this)), m_placeholder(new QLabel(m_states))
{
    m_placeholder->setObjectName(QStringLiteral("muted"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_states->insertWidget(Placeholder, m_placeholder);
    m_states->insertWidget(Shown, createContent());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states);
    showPlaceholder(tr("Select a campaign to see its results."));
}

CampaignDetail::~CampaignDetail() = default;

QWidget *CampaignDetail::createContent()
{
    auto *content = new QWidget(m_states);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("muted"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject = new QLabel(content);
    m_subject->setObjectName(QStringLiteral("campaignSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.45);
    subjectFont.setWeight(QFont::DemiBold);
    m_subject->setFont(subjectFont);
    m_meta = new QLabel(content);
    m_meta->setObjectName(QStringLiteral("muted"));
    m_subject->setToolTip(tr("Subject line"));

    m_delivered = new StatCard(tr("Delivered"), content);
    m_opened = new StatCard(tr("Opened"), content);
    m_opened->setAccent(charts::humanOpensColor());
    m_clicked = new StatCard(tr("Clicked"), content);
    m_clicked->setAccent(charts::clicksColor());
    m_unsubscribed = new StatCard(tr("Unsubscribed"), content);
    m_bounced = new StatCard(tr("Bounced"), content);
    m_revenue = new StatCard(tr("Revenue"), content);
    m_cards = {m_delivered, m_opened, m_clicked, m_unsubscribed, m_bounced, m_revenue};
    auto *cards = new QGridLayout;
    cards->setSpacing(10);
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i)->setMinimumWidth(170);
        cards->addWidget(m_cards.at(i), int(i / 2), int(i % 2));
    }
    cards->setRowStretch(3, 1);

    m_chart = new HourlyEngagementChart;
    m_chartCard = new ChartCard(tr("Opens and clicks by hour since send"), m_chart, content);
    const QString machineOpens = tr("Machine opens are mail clients, privacy proxies (such as Apple Mail’s) and "
                                    "security scanners fetching the message, mostly minutes after delivery. Open "
                                    "rates count people only.");
    m_chartCard->setCaption(machineOpens);
    m_chartCard->setToolTip(machineOpens);

    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    body->addLayout(cards, 0);
    body->addWidget(m_chartCard, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(4);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(0);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_meta, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_subject);
    layout->addSpacing(10);
    layout->addLayout(body, 1);
    return content;
}

void CampaignDetail::showPlaceholder(const QString &message)
{
    delete m_loading;
    m_campaign = {};
    m_placeholder->setText(message);
    m_states->setCurrentIndex(Placeholder);
}

void CampaignDetail::showCampaign(const CampaignStats &campaign, const QString &sentText, const QString &path)
{
    m_campaign = campaign;
    const QLocale locale;
    m_name->setText(campaign.name);
    m_subject->setText(campaign.subject.isEmpty() ? tr("No subject line recorded")
                                                  : locale.quoteString(campaign.subject));
    m_subject->setEnabled(!campaign.subject.isEmpty());
    m_meta->setText(campaign.sentAt > 0
                        ? tr(" · sent %1 to %2 recipients").arg(sentText, locale.toString(campaign.recipients))
                        : tr(" · sent time unknown, %1 recipients").arg(locale.toString(campaign.recipients)));

    m_delivered->setValue(locale.toString(campaign.delivered));
    m_delivered->setDetail(tr("of %1 recipients").arg(locale.toString(campaign.recipients)));
    m_opened->setValue(charts::percentText(campaign.openRate));
    m_opened->setDetail(tr("%1 people, %2 machine opens")
                            .arg(locale.toString(campaign.humanOpeners), locale.toString(campaign.machineOpens)));
    m_clicked->setValue(charts::percentText(campaign.clickRate));
    m_clicked->setDetail(tr("%1 people, %2 click-to-open")
                             .arg(locale.toString(campaign.clickers), charts::percentText(campaign.clickToOpenRate)));
    m_unsubscribed->setValue(locale.toString(campaign.unsubscribes));
    m_unsubscribed->setDetail(
        tr("%1 of delivered, %2 complaints")
            .arg(charts::percentText(campaign.unsubscribeRate, 2), locale.toString(campaign.complaints)));
    m_bounced->setValue(locale.toString(campaign.bounced + campaign.softBounced));
    m_bounced->setDetail(
        tr("%1 hard, %2 soft").arg(locale.toString(campaign.bounced), locale.toString(campaign.softBounced)));
    m_revenue->setValue(locale.toString(campaign.revenue, 'f', 2));
    m_revenue->setDetail(campaign.purchases == 1 ? tr("1 purchase")
                                                 : tr("%1 purchases").arg(locale.toString(campaign.purchases)));

    m_states->setCurrentIndex(Shown);
    loadEngagement(path);
}

void CampaignDetail::loadEngagement(const QString &path)
{
    delete m_loading; // the previous campaign's hours are no longer wanted
    m_chartCard->setSubtitle(QString());
    m_chartCard->showBusy(tr("Reading the campaign's activity…"));
    auto *task = new TaskRunner<QList<HourlyEngagement>>(this);
    m_loading = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        Result<QList<HourlyEngagement>> hours = task->takeResult();
        task->deleteLater();
        if (m_loading != task)
            return;
        m_loading = nullptr;
        if (!hours) {
            m_chart->setEngagement({});
            m_chartCard->showMessage(tr("The campaign's activity could not be read.\n%1").arg(hours.error().message));
        } else {
            showEngagement(*hours);
        }
        Q_EMIT engagementLoaded();
    });
    task->start([path, id = m_campaign.id](const JobControl &) -> Result<QList<HourlyEngagement>> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return engagementByHourSinceSend((*workspace)->db(), id, windowHours);
    });
}

void CampaignDetail::showEngagement(const QList<HourlyEngagement> &hours)
{
    m_chart->setEngagement(hours);
    qint64 human = 0;
    qint64 machine = 0;
    qint64 clicks = 0;
    for (const HourlyEngagement &hour : hours) {
        human += hour.humanOpens;
        machine += hour.machineOpens;
        clicks += hour.clicks;
    }
    const QLocale locale;
    if (human + machine + clicks == 0) {
        m_chartCard->showMessage(
            m_campaign.sentAt > 0
                ? tr("No opens or clicks were recorded in the %1 hours after this campaign was sent.").arg(hours.size())
                : tr("This campaign has no sent time and no send events, so its opens and clicks cannot be placed "
                     "in hours since send."));
        return;
    }
    m_chartCard->setSubtitle(tr("In the first %1 hours: %2 opens by people, %3 machine opens, %4 clicks")
                                 .arg(locale.toString(hours.size()), locale.toString(human), locale.toString(machine),
                                      locale.toString(clicks)));
    m_chartCard->showChart();
}

bool CampaignDetail::isShowingCampaign() const
{
    return m_states->currentIndex() == Shown;
}

bool CampaignDetail::isLoading() const
{
    return m_loading && m_loading->isRunning();
}

QString CampaignDetail::nameText() const
{
    return m_name->text();
}

QString CampaignDetail::subjectText() const
{
    return m_subject->text();
}

QString CampaignDetail::metaText() const
{
    return m_meta->text();
}

QString CampaignDetail::placeholderText() const
{
    return m_placeholder->text();
}

} // namespace herald
