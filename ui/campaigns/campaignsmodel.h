#pragma once

#include "query/campaignstats.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace herald {

class TaskRunnerBase;

// Every campaign of a workspace with its results, newest first; read on a worker thread (listCampaigns reads
// campaign_stats, one row per campaign, but a workspace on a slow disk must not stall the window).
class CampaignsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Sent,
        Recipients,
        Delivered,
        OpenRate,
        MachineOpens,
        ClickRate,
        ClickToOpen,
        Unsubscribes,
        Bounces,
        Revenue,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // numbers as numbers, rates as fractions, Sent as UTC epoch seconds
        CampaignIdRole,
        SubjectRole,
    };

    explicit CampaignsModel(QObject *parent = nullptr);
    ~CampaignsModel() override;

    // Reads the campaigns of the workspace at `path` on a worker; loaded() or loadFailed() follows. An empty
    // path clears the model. A load still running is abandoned.
    void load(const QString &path);
    bool isLoading() const;
    QString lastError() const { return m_lastError; }

    // Sent times are shown in `zone` (the workspace's).
    void setCampaigns(const QList<CampaignStats> &campaigns, const QTimeZone &zone);
    const QList<CampaignStats> &campaigns() const { return m_campaigns; }
    QTimeZone timeZone() const { return m_zone; }
    // The row of the campaign with `id`, or -1.
    int rowOf(qint64 id) const;

    // "Sat, Nov 19, 2026, 9:00 AM" in the workspace's zone, or a dash when the history has no sent time.
    QString sentText(qint64 sentAt) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    QVariant display(const CampaignStats &campaign, int column) const;
    QVariant raw(const CampaignStats &campaign, int column) const;

    QList<CampaignStats> m_campaigns;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_lastError;
    QPointer<TaskRunnerBase> m_loading;
};

} // namespace herald
