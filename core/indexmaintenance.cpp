#include "indexmaintenance.h"

#include "database.h"
#include "import/bulkload.h"
#include "import/sqlitecancel.h"
#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace herald {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::IndexMaintenance)
};

constexpr qint64 searchStep = 50'000;

QStringList readDefinitions(Database &db)
{
    Statement read = db.prepare("SELECT value FROM workspace_meta WHERE key = 'pending_indexes'");
    QStringList definitions;
    if (read.step())
        for (const QJsonValue &value : QJsonDocument::fromJson(read.columnText(0).toUtf8()).array())
            definitions.append(value.toString());
    return definitions;
}

void writeDefinitions(Database &db, const QStringList &definitions)
{
    if (definitions.isEmpty()) {
        db.exec("DELETE FROM workspace_meta WHERE key = 'pending_indexes'");
        return;
    }
    Statement write = db.prepare("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES ('pending_indexes', ?1)");
    write
        .bind(1,
              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(definitions)).toJson(QJsonDocument::Compact)))
        .exec();
}

// "CREATE [UNIQUE] INDEX name ON table(...)": the statements come from sqlite_master, which keeps them as written.
QRegularExpressionMatch parseDefinition(const QString &sql)
{
    static const QRegularExpression pattern(QStringLiteral(R"re(INDEX\s+"?(\w+)"?\s+ON\s+"?(\w+)"?)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(sql);
}

// Contacts above the mark are missing from the search index; none are when there is no mark.
std::optional<qint64> searchMark(Database &db)
{
    Statement read = db.prepare("SELECT CAST(value AS INTEGER) FROM workspace_meta WHERE key = 'search_bulk_after'");
    if (!read.step())
        return std::nullopt;
    return read.columnInt(0);
}

qint64 contactsAfter(Database &db, qint64 id)
{
    Statement count = db.prepare("SELECT count(*) FROM contacts WHERE id > ?1");
    count.bind(1, id);
    return count.step() ? count.columnInt(0) : 0;
}

bool anyContactAfter(Database &db, qint64 id)
{
    Statement any = db.prepare("SELECT EXISTS (SELECT 1 FROM contacts WHERE id > ?1)");
    any.bind(1, id);
    return any.step() && any.columnInt(0) != 0;
}

qint64 tableRows(Database &db, const QString &table)
{
    return tableRowsEstimate(db, table);
}

Error cancelledError()
{
    Error error{Tr::tr("Indexing was cancelled; it continues the next time the workspace opens.")};
    error.cancelled = true;
    return error;
}

} // namespace

void deferIndexBuilds(Database &db, const QStringList &definitions)
{
    QStringList all = readDefinitions(db);
    for (const QString &sql : definitions)
        if (!all.contains(sql))
            all.append(sql);
    writeDefinitions(db, all);
}

Result<PendingIndexes> pendingIndexes(Database &db)
{
    try {
        PendingIndexes pending;
        if (const auto mark = searchMark(db))
            pending.unsearchedContacts = contactsAfter(db, *mark);
        for (const QString &sql : readDefinitions(db))
            pending.indexes.append(parseDefinition(sql).captured(1));
        return pending;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read which indexes are pending: %1").arg(error.message()), db.path()};
    }
}

Result<IndexBuildReport> buildPendingIndexes(Database &db, const JobControl &control)
{
    QElapsedTimer timer;
    timer.start();
    IndexBuildReport report;
    try {
        SqliteCancelGuard guard(db, control.cancelFlag);
        // The total is an estimate in rows: the contacts to index, then each index's table.
        qint64 total = 0;
        if (const auto mark = searchMark(db))
            total += contactsAfter(db, *mark);
        const QStringList definitions = readDefinitions(db);
        for (const QString &sql : definitions)
            total += tableRows(db, parseDefinition(sql).captured(2));
        qint64 done = 0;

        const QString searchStage = Tr::tr("Indexing contacts for search");
        control.report(done, total, searchStage);
        while (true) {
            if (control.cancelled())
                return cancelledError();
            Transaction transaction(db);
            const auto mark = searchMark(db);
            if (!mark)
                break;
            Statement stepEnd =
                db.prepare("SELECT max(id) FROM (SELECT id FROM contacts WHERE id > ?1 ORDER BY id LIMIT ?2)");
            stepEnd.bind(1, *mark).bind(2, searchStep);
            const qint64 last = stepEnd.step() && !stepEnd.isNull(0) ? stepEnd.columnInt(0) : *mark;
            stepEnd.reset();
            Statement index = db.prepare("INSERT INTO contacts_search(rowid, email, first_name, last_name, company) "
                                         "SELECT id, email, first_name, last_name, company FROM contacts "
                                         "WHERE id > ?1 AND id <= ?2");
            index.bind(1, *mark).bind(2, last).exec();
            const qint64 added = db.changes();
            if (added == 0 || !anyContactAfter(db, last)) {
                db.exec("DELETE FROM workspace_meta WHERE key = 'search_bulk_after'");
            } else {
                Statement advance = db.prepare("UPDATE workspace_meta SET value = ?1 WHERE key = 'search_bulk_after'");
                advance.bind(1, QString::number(last)).exec();
            }
            transaction.commit();
            report.contactsIndexed += added;
            done += added;
            control.report(done, total, searchStage);
            if (added == 0)
                break;
        }

        for (qsizetype i = 0; i < definitions.size(); ++i) {
            if (control.cancelled())
                return cancelledError();
            const QRegularExpressionMatch parsed = parseDefinition(definitions.at(i));
            control.report(done, total,
                           Tr::tr("Building sort and look-up indexes (%1 of %2)").arg(i + 1).arg(definitions.size()));
            Transaction transaction(db);
            QStringList remaining = readDefinitions(db);
            if (remaining.removeAll(definitions.at(i)) > 0) {
                Statement exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1");
                exists.bind(1, parsed.captured(1));
                if (!exists.step())
                    db.exec(definitions.at(i).toStdString());
                exists.reset();
                writeDefinitions(db, remaining);
                report.indexesBuilt.append(parsed.captured(1));
            }
            transaction.commit();
            done += tableRows(db, parsed.captured(2));
            control.report(done, total,
                           Tr::tr("Building sort and look-up indexes (%1 of %2)").arg(i + 1).arg(definitions.size()));
        }
    } catch (const SqlError &error) {
        if (control.cancelled())
            return cancelledError();
        return Error{Tr::tr("Cannot build the workspace's indexes: %1").arg(error.message()), db.path()};
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (report.contactsIndexed > 0 || !report.indexesBuilt.isEmpty())
        qCInfo(lcStorage) << "Indexed" << report.contactsIndexed << "contacts for search and built"
                          << report.indexesBuilt.size() << "indexes in" << report.seconds << "s";
    return report;
}

} // namespace herald
