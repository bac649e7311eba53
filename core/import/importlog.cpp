#include "importlog.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace herald {

ImportSummary startImportSummary(const QString &kind, const QString &fileName, const QString &profile,
                                 const CsvFormat &format, const QJsonObject &options)
{
    ImportSummary summary;
    summary.kind = kind;
    summary.fileName = fileName;
    summary.profile = profile;
    summary.encoding = csvEncodingKey(format.encoding);
    summary.delimiter = format.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(format.delimiter);
    summary.options = options;
    summary.startedAt = QDateTime::currentDateTimeUtc();
    return summary;
}

ImportLog::ImportLog(Database &db, const ImportSummary &summary)
    : m_db(db), m_reject(db.prepare("INSERT INTO import_rejects(import_id, line, column, field, reason, raw) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
{
    Statement insert = db.prepare("INSERT INTO imports(kind, file_name, file_sha256, profile, encoding, delimiter, "
                                  "options, started_at) VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, summary.kind)
        .bind(2, summary.fileName)
        .bindNullable(3, summary.profile)
        .bindNullable(4, summary.encoding)
        .bindNullable(5, summary.delimiter)
        .bind(6, QString::fromUtf8(QJsonDocument(summary.options).toJson(QJsonDocument::Compact)))
        .bind(7,
              summary.startedAt.isValid() ? summary.startedAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch())
        .exec();
    m_id = db.lastInsertId();
}

void ImportLog::reject(const ImportReject &reject)
{
    m_reject.bind(1, m_id).bind(2, reject.line);
    if (reject.column > 0)
        m_reject.bind(3, reject.column);
    else
        m_reject.bindNull(3);
    m_reject.bindNullable(4, reject.field).bind(5, reject.reason).bindNullable(6, reject.raw).exec();
}

void ImportLog::finish(const QString &sha256, const ImportCounts &counts, qint64 finishedAt)
{
    Statement update = m_db.prepare("UPDATE imports SET file_sha256 = ?2, rows_read = ?3, imported = ?4, "
                                    "updated = ?5, duplicates = ?6, rejected = ?7, finished_at = ?8 WHERE id = ?1");
    update.bind(1, m_id)
        .bind(2, sha256)
        .bind(3, counts.rowsRead)
        .bind(4, counts.imported)
        .bind(5, counts.updated)
        .bind(6, counts.duplicates)
        .bind(7, counts.rejected)
        .bind(8, finishedAt)
        .exec();
}

QList<ImportSummary> listImports(Database &db)
{
    QList<ImportSummary> imports;
    Statement select = db.prepare("SELECT id, kind, file_name, file_sha256, profile, encoding, delimiter, options, "
                                  "started_at, finished_at, rows_read, imported, updated, duplicates, rejected "
                                  "FROM imports ORDER BY started_at DESC, id DESC");
    while (select.step()) {
        ImportSummary summary;
        summary.id = select.columnInt(0);
        summary.kind = select.columnText(1);
        summary.fileName = select.columnText(2);
        summary.sha256 = select.columnText(3);
        summary.profile = select.columnText(4);
        summary.encoding = select.columnText(5);
        summary.delimiter = select.columnText(6);
        summary.options = QJsonDocument::fromJson(select.columnText(7).toUtf8()).object();
        summary.startedAt = QDateTime::fromSecsSinceEpoch(select.columnInt(8), QTimeZone::utc());
        if (!select.isNull(9))
            summary.finishedAt = QDateTime::fromSecsSinceEpoch(select.columnInt(9), QTimeZone::utc());
        summary.counts = {select.columnInt(10), select.columnInt(11), select.columnInt(12), select.columnInt(13),
                          select.columnInt(14)};
        imports.append(summary);
    }
    return imports;
}

QList<ImportReject> importRejects(Database &db, qint64 importId, qint64 limit)
{
    QList<ImportReject> rejects;
    Statement select = db.prepare("SELECT line, column, field, reason, raw FROM import_rejects WHERE import_id = ?1 "
                                  "ORDER BY line, id LIMIT ?2");
    select.bind(1, importId).bind(2, limit);
    while (select.step())
        rejects.append({select.columnInt(0), select.columnInt(1), select.columnText(2), select.columnText(3),
                        select.columnText(4)});
    return rejects;
}

} // namespace herald
