#pragma once

#include "csv/csvformat.h"
#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace herald {

struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

struct ImportReject
{
    qint64 line = 0;
    qint64 column = 0; // 0 when the whole row is at fault
    QString field;     // the file's column name, if any
    QString reason;    // translated
    QString raw;       // the row as read, for the rejects export
};

// One row of the imports table: what was imported, from which file, with what result.
struct ImportSummary
{
    qint64 id = 0;
    QString kind; // "contacts" or "events"
    QString fileName;
    QString sha256;
    QString profile;
    QString encoding;
    QString delimiter;
    QJsonObject options;
    QDateTime startedAt;
    QDateTime finishedAt;
    ImportCounts counts;
};

// The imports row of one file as an import starts it: what was read, how, and when (now).
ImportSummary startImportSummary(const QString &kind, const QString &fileName, const QString &profile,
                                 const CsvFormat &format, const QJsonObject &options);

// Records an import and its rejected rows inside the import's own transaction, so a failed or cancelled import
// leaves no trace either. Throws SqlError.
class ImportLog
{
public:
    ImportLog(Database &db, const ImportSummary &summary);

    qint64 id() const { return m_id; }
    void reject(const ImportReject &reject);
    void finish(const QString &sha256, const ImportCounts &counts, qint64 finishedAt);

private:
    Database &m_db;
    qint64 m_id = 0;
    Statement m_reject;
};

// Most recent first.
QList<ImportSummary> listImports(Database &db);
QList<ImportReject> importRejects(Database &db, qint64 importId, qint64 limit = -1);

} // namespace herald
