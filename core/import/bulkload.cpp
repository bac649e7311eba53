#include "bulkload.h"

#include "indexmaintenance.h"
#include "logging.h"

#include <atomic>

#include <string>

namespace herald {
namespace {

constexpr qint64 defaultDropRows = 10'000;
constexpr qint64 defaultDeferredIndexRows = 100'000;
std::atomic<qint64> dropRowsSetting{defaultDropRows};
std::atomic<qint64> deferredIndexRowsSetting{defaultDeferredIndexRows};
constexpr qint64 defaultWithoutLogBytes = qint64(8) << 20;
std::atomic<qint64> withoutLogBytesSetting{defaultWithoutLogBytes};

} // namespace

qint64 tableRowsEstimate(Database &db, const QString &table)
{
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    try {
        // max(rowid) reads one page; count(*) reads the table.
        return db.scalarInt(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(quoted).toStdString());
    } catch (const SqlError &) {
        // A WITHOUT ROWID table (contact_tags) has no rowid to ask.
        return db.scalarInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted).toStdString());
    }
}

BulkWriteSettings::BulkWriteSettings(Database &db, qint64 cacheKib, bool withoutLog)
    : m_db(db), m_foreignKeys(db.scalarInt("PRAGMA foreign_keys")), m_cacheSize(db.scalarInt("PRAGMA cache_size"))
{
    m_db.exec("PRAGMA foreign_keys = OFF");
    if (cacheKib > 0)
        m_db.exec("PRAGMA cache_size = -" + std::to_string(cacheKib));
    if (withoutLog)
        leaveLog();
}

qint64 BulkWriteSettings::withoutLogBytes()
{
    return withoutLogBytesSetting.load(std::memory_order_relaxed);
}

void BulkWriteSettings::setWithoutLogBytesForTests(qint64 bytes)
{
    withoutLogBytesSetting.store(bytes < 0 ? defaultWithoutLogBytes : bytes, std::memory_order_relaxed);
}

void BulkWriteSettings::leaveLog()
{
    // Without waiting: a connection that has the workspace open holds a lock until it closes.
    const qint64 timeout = m_db.scalarInt("PRAGMA busy_timeout");
    m_db.exec("PRAGMA busy_timeout = 0");
    try {
        m_withoutLog =
            m_db.scalarText("PRAGMA journal_mode = DELETE").compare(QLatin1StringView("delete"), Qt::CaseInsensitive) ==
            0;
    } catch (const SqlError &error) {
        qCInfo(lcImport) << "Importing through the write-ahead log, as another connection has the workspace open:"
                         << error.message();
    }
    m_db.exec("PRAGMA busy_timeout = " + std::to_string(timeout));
    if (m_withoutLog) {
        m_synchronous = m_db.scalarInt("PRAGMA synchronous");
        m_db.exec("PRAGMA synchronous = FULL");
    }
}

BulkWriteSettings::~BulkWriteSettings()
{
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
        m_db.exec(m_foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
    } catch (const SqlError &error) {
        qCWarning(lcImport) << "Cannot restore the connection settings:" << error.message();
    }
    if (!m_withoutLog)
        return;
    try {
        m_db.exec("PRAGMA synchronous = " + std::to_string(m_synchronous));
        // Every connection that opens the workspace asks for the log too, so a failure here only lasts until then.
        const QString journal = m_db.scalarText("PRAGMA journal_mode = WAL");
        if (journal.compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcImport) << "The workspace stays in journal mode" << journal << "until it is opened again";
    } catch (const SqlError &error) {
        qCWarning(lcImport) << "Cannot return the workspace to the write-ahead log:" << error.message();
    }
}

bool SecondaryIndexes::worthDropping(qint64 expectedNewRows, qint64 existingRows)
{
    return expectedNewRows >= dropRowsSetting.load(std::memory_order_relaxed) && expectedNewRows >= existingRows;
}

void SecondaryIndexes::drop()
{
    Statement list = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                                  "AND sql IS NOT NULL ORDER BY name");
    list.bind(1, m_table);
    QStringList names;
    while (list.step()) {
        if (m_keep.contains(list.columnText(0)))
            continue;
        names.append(list.columnText(0));
        m_definitions.append(list.columnText(1));
    }
    for (QString name : std::as_const(names)) {
        // Names come from the workspace's own schema, not from input; quoted as identifiers all the same.
        name.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
        m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toStdString());
    }
}

void SecondaryIndexes::rebuild()
{
    for (const QString &sql : std::as_const(m_definitions))
        m_db.exec(sql.toStdString());
    m_definitions.clear();
}

void SecondaryIndexes::defer()
{
    deferIndexBuilds(m_db, m_definitions);
    m_definitions.clear();
}

bool SecondaryIndexes::rebuildOrDefer()
{
    if (m_definitions.isEmpty())
        return false;
    const qint64 rows = tableRowsEstimate(m_db, m_table);
    if (rows < deferredIndexRows()) {
        rebuild();
        return false;
    }
    defer();
    return true;
}

qint64 SecondaryIndexes::deferredIndexRows()
{
    return deferredIndexRowsSetting.load(std::memory_order_relaxed);
}

void SecondaryIndexes::setThresholdsForTests(qint64 rows)
{
    dropRowsSetting.store(rows < 0 ? defaultDropRows : rows, std::memory_order_relaxed);
    deferredIndexRowsSetting.store(rows < 0 ? defaultDeferredIndexRows : rows, std::memory_order_relaxed);
}

} // namespace herald
