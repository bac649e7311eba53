#include "eventbulkload.h"

#include "logging.h"

#include <string>

namespace herald {

BulkWriteSettings::BulkWriteSettings(Database &db)
    : m_db(db), m_foreignKeys(db.scalarInt("PRAGMA foreign_keys")), m_cacheSize(db.scalarInt("PRAGMA cache_size"))
{
    m_db.exec("PRAGMA foreign_keys = OFF");
    // 128 MiB: the natural key's pages stay in memory while rows arrive in random contact order, and index
    // rebuilds sort in memory instead of in temporary files.
    m_db.exec("PRAGMA cache_size = -131072");
}

BulkWriteSettings::~BulkWriteSettings()
{
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
        m_db.exec(m_foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
    } catch (const SqlError &error) {
        qCWarning(lcImport) << "Cannot restore the connection settings:" << error.message();
    }
}

bool SecondaryEventIndexes::worthDropping(qint64 expectedNewEvents, qint64 existingEvents)
{
    return expectedNewEvents >= 10'000 && expectedNewEvents >= existingEvents;
}

void SecondaryEventIndexes::drop()
{
    Statement list = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                                  "AND sql IS NOT NULL AND name NOT IN ('events_natural_key', 'events_by_campaign') "
                                  "ORDER BY name");
    QStringList names;
    while (list.step()) {
        names.append(list.columnText(0));
        m_definitions.append(list.columnText(1));
    }
    for (QString name : std::as_const(names)) {
        // Names come from the workspace's own schema, not from input; quoted as identifiers all the same.
        name.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
        m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toStdString());
    }
}

void SecondaryEventIndexes::rebuild()
{
    for (const QString &sql : std::as_const(m_definitions))
        m_db.exec(sql.toStdString());
    m_definitions.clear();
}

} // namespace herald
