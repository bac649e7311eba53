#pragma once

#include "activitysimulator.h"
#include "campaignplan.h"
#include "database.h"
#include "population.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <vector>

namespace herald::demo {

// Writes the demo into an open transaction with statements prepared once and reused for every row.
// Throws SqlError; an interrupted statement (see CancelGuard) throws too.
class DemoWriter
{
public:
    explicit DemoWriter(Database &db);

    // Bulk inserts run several times faster without the events indexes; they are rebuilt from their own stored
    // definitions afterwards, so the workspace ends with exactly the schema it started with.
    void dropEventIndexes();
    void recreateEventIndexes();

    void writeTags(const QStringList &names);
    void writeCampaigns(const std::vector<PlannedCampaign> &plan, quint64 seed);
    void writeContact(const DemoContact &contact, const ContactActivity &activity);
    void writeCampaignTallies(const std::vector<CampaignTally> &tallies);

    qint64 eventsWritten() const { return m_events; }

private:
    Database &m_db;
    Statement m_contact;
    Statement m_tag;
    Statement m_consent;
    Statement m_event;
    Statement m_truth;
    QHash<QString, qint64> m_tagIds;
    std::vector<QList<QByteArray>> m_campaignUrls; // UTF-8, per campaign
    QStringList m_eventIndexSql;
    qint64 m_events = 0;
};

// Connection settings for the bulk load, restored on destruction. Set before the transaction begins: SQLite
// ignores a change of foreign_keys inside one. The demo's rows reference each other correctly by construction
// (the tests run foreign_key_check), so checking every event's contact and campaign only costs time.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(Database &db);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    Database &m_db;
    std::int64_t m_foreignKeys;
    std::int64_t m_cacheSize;
};

// While alive, makes SQLite abandon a long statement (an index build) once `flag` is set.
class CancelGuard
{
public:
    CancelGuard(Database &db, const std::atomic_bool *flag);
    ~CancelGuard();
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    Database &m_db;
};

} // namespace herald::demo
