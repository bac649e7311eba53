#pragma once

#include "database.h"
#include "eventrecord.h"

#include <QHash>
#include <QString>

namespace herald {

// Finds or creates the campaigns an import speaks of, inside the import's transaction. A campaign is the same
// campaign when the ESP and its id there match, else when the name matches (a campaign of the same ESP first).
// What the file adds (a subject, a send time, an id the campaign lacked, results) is filled in; nothing the
// workspace knows is blanked. Throws SqlError.
class CampaignWriter
{
public:
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged
    };

    CampaignWriter(Database &db, const QString &esp, qint64 now);

    // The campaign's id, created when new. 0 for an empty reference (an event outside any campaign).
    qint64 resolve(const CampaignRef &ref);
    // A campaign report row: the campaign with its recipients and results (merged into its stats by key).
    Outcome write(const CampaignRecord &record);

    qint64 created() const { return m_created; }

private:
    struct Found
    {
        qint64 id = 0;
        bool created = false;
        bool cached = false; // met earlier in this import
        bool filledIn = false;
    };
    Found find(const CampaignRef &ref);
    bool fillIn(qint64 id, const CampaignRef &ref);

    Database &m_db;
    QString m_esp;
    qint64 m_now;
    qint64 m_created = 0;
    QHash<QString, qint64> m_ids; // "id:<external id>" or "name:<name>" -> campaign id
    CampaignRef m_last;           // activity files list one campaign's events together: the last one is a hit
    qint64 m_lastId = 0;
    Statement m_byExternalId;
    Statement m_byName;
    Statement m_insert;
    Statement m_select;
    Statement m_fill;
    Statement m_stats;
};

} // namespace herald
