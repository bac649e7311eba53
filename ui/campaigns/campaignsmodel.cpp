#include "campaignsmodel.h"

#include "charts/chartstyle.h"
#include "taskrunner.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>

namespace herald {
namespace {

struct CampaignList
{
    QList<CampaignStats> campaigns;
    QTimeZone zone;
};

bool isNumeric(int column)
{
    return column >= CampaignsModel::Recipients;
}

} // namespace

CampaignsModel::CampaignsModel(QObject *parent) : QAbstractTableModel(parent)
{}

CampaignsModel::~CampaignsModel() = default;

void CampaignsModel::load(const QString &path)
{
    delete m_loading; // abandons the list of a workspace that is no longer shown
    m_lastError.clear();
    if (path.isEmpty()) {
        setCampaigns({}, QTimeZone::utc());
        Q_EMIT loaded();
        return;
    }
    auto *task = new TaskRunner<CampaignList>(this);
    m_loading = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        Result<CampaignList> list = task->takeResult();
        task->deleteLater();
        if (m_loading != task)
            return;
        m_loading = nullptr;
        if (!list) {
            m_lastError = list.error().message;
            setCampaigns({}, m_zone);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        setCampaigns(list->campaigns, list->zone);
        Q_EMIT loaded();
    });
    task->start([path](const JobControl &) -> Result<CampaignList> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        auto campaigns = listCampaigns((*workspace)->db());
        if (!campaigns)
            return campaigns.error();
        return CampaignList{std::move(campaigns.value()), (*workspace)->timeZone()};
    });
}

bool CampaignsModel::isLoading() const
{
    return m_loading && m_loading->isRunning();
}

void CampaignsModel::setCampaigns(const QList<CampaignStats> &campaigns, const QTimeZone &zone)
{
    beginResetModel();
    m_campaigns = campaigns;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int CampaignsModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_campaigns.size(); ++row)
        if (m_campaigns.at(row).id == id)
            return int(row);
    return -1;
}

QString CampaignsModel::sentText(qint64 sentAt) const
{
    if (sentAt <= 0)
        return QStringLiteral("–");
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(sentAt, m_zone), QLocale::ShortFormat);
}

int CampaignsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignsModel::display(const CampaignStats &campaign, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return campaign.name;
    case Sent:
        return sentText(campaign.sentAt);
    case Recipients:
        return locale.toString(campaign.recipients);
    case Delivered:
        return locale.toString(campaign.delivered);
    case OpenRate:
        return charts::percentText(campaign.openRate);
    case MachineOpens:
        return locale.toString(campaign.machineOpens);
    case ClickRate:
        return charts::percentText(campaign.clickRate);
    case ClickToOpen:
        return charts::percentText(campaign.clickToOpenRate);
    case Unsubscribes:
        return locale.toString(campaign.unsubscribes);
    case Bounces:
        return locale.toString(campaign.bounced + campaign.softBounced);
    case Revenue:
        // No currency symbol: an ESP export rarely says which currency its revenue is in.
        return locale.toString(campaign.revenue, 'f', 2);
    default:
        return {};
    }
}

QVariant CampaignsModel::raw(const CampaignStats &campaign, int column) const
{
    switch (column) {
    case Name:
        return campaign.name;
    case Sent:
        return campaign.sentAt;
    case Recipients:
        return campaign.recipients;
    case Delivered:
        return campaign.delivered;
    case OpenRate:
        return campaign.openRate;
    case MachineOpens:
        return campaign.machineOpens;
    case ClickRate:
        return campaign.clickRate;
    case ClickToOpen:
        return campaign.clickToOpenRate;
    case Unsubscribes:
        return campaign.unsubscribes;
    case Bounces:
        return campaign.bounced + campaign.softBounced;
    case Revenue:
        return campaign.revenue;
    default:
        return {};
    }
}

QVariant CampaignsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignStats &campaign = m_campaigns.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return display(campaign, index.column());
    case RawValueRole:
        return raw(campaign, index.column());
    case CampaignIdRole:
        return campaign.id;
    case SubjectRole:
        return campaign.subject;
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return campaign.subject.isEmpty() ? campaign.name
                                              : tr("%1\nSubject: %2").arg(campaign.name, campaign.subject);
        case OpenRate:
            return tr("%1 of %2 delivered opened it")
                .arg(locale.toString(campaign.humanOpeners), locale.toString(campaign.delivered));
        case MachineOpens:
            return tr("%1 opens made by mail clients or scanners, not by people")
                .arg(locale.toString(campaign.machineOpens));
        case ClickRate:
            return tr("%1 of %2 delivered clicked")
                .arg(locale.toString(campaign.clickers), locale.toString(campaign.delivered));
        case ClickToOpen:
            return tr("%1 clicked, of %2 who opened or clicked")
                .arg(locale.toString(campaign.clickers), locale.toString(campaign.responders));
        case Unsubscribes:
            return tr("%1 of delivered; %2 spam complaints")
                .arg(charts::percentText(campaign.unsubscribeRate, 2), locale.toString(campaign.complaints));
        case Bounces:
            return tr("%1 hard, %2 soft (%3 of recipients)")
                .arg(locale.toString(campaign.bounced), locale.toString(campaign.softBounced),
                     charts::percentText(campaign.bounceRate));
        case Revenue:
            return campaign.purchases == 1 ? tr("1 purchase")
                                           : tr("%1 purchases").arg(locale.toString(campaign.purchases));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sent:
            return tr("When the campaign was sent, in the workspace's time zone (%1)")
                .arg(QString::fromUtf8(m_zone.id()));
        case Delivered:
            return tr("Recipients minus hard and soft bounces");
        case OpenRate:
            return tr("People who opened, as a share of delivered. Machine opens are left out: mail clients "
                      "such as Apple Mail fetch every message whether or not anyone reads it.");
        case MachineOpens:
            return tr("Opens made by mail clients, privacy proxies or security scanners rather than people");
        case ClickRate:
            return tr("People who clicked, as a share of delivered");
        case ClickToOpen:
            return tr("People who clicked, as a share of the people who opened or clicked");
        case Unsubscribes:
            return tr("People who unsubscribed from this campaign");
        case Bounces:
            return tr("Hard and soft bounces");
        case Revenue:
            return tr("Revenue from purchases attributed to the campaign, in your shop's currency");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    // Two-line labels keep eleven columns within a laptop's width, leaving the campaign's name room.
    switch (section) {
    case Name:
        return tr("Campaign");
    case Sent:
        return tr("Sent");
    case Recipients:
        return tr("Recipients");
    case Delivered:
        return tr("Delivered");
    case OpenRate:
        return tr("Open\nrate");
    case MachineOpens:
        return tr("Machine\nopens");
    case ClickRate:
        return tr("Click\nrate");
    case ClickToOpen:
        return tr("Click-to-\nopen");
    case Unsubscribes:
        return tr("Unsubscribes");
    case Bounces:
        return tr("Bounces");
    case Revenue:
        return tr("Revenue");
    default:
        return {};
    }
}

} // namespace herald
