#include "workspace.h"

#include "import/sqlitecancel.h"

#include "logging.h"
#include "query/calendarmonth.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

#include <limits>
#include <map>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Workspace)
};

Error workspaceError(const QString &path, const QString &message)
{
    return Error{message, QDir::toNativeSeparators(path)};
}

} // namespace

QString Workspace::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.herald");
    return dir + QStringLiteral("/default.herald");
}

QString Workspace::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("HERALD_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode, IntegrityCheck check)
{
    if (path.isEmpty())
        return Error{Tr::tr("No workspace file was given.")};
    const QFileInfo info(path);
    bool creating = false;
    if (!info.exists()) {
        if (mode != OpenMode::OpenOrCreate)
            return workspaceError(path, Tr::tr("The workspace file does not exist."));
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return workspaceError(path,
                                  Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
        creating = true;
    } else {
        if (info.isDir())
            return workspaceError(path, Tr::tr("This is a folder, not a workspace file."));
        if (!info.isReadable())
            return workspaceError(path, Tr::tr("The workspace file cannot be read: permission denied."));
        if (!info.isWritable())
            return workspaceError(path,
                                  Tr::tr("The workspace file is read-only. Herald needs to write to its workspace; "
                                         "copy it somewhere writable or change its permissions."));
        if (info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return workspaceError(path, Tr::tr("The workspace file cannot be read: %1").arg(file.errorString()));
            if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
                return workspaceError(path,
                                      Tr::tr("This file is not a Herald workspace (it is not an SQLite database)."));
        } else {
            creating = true; // an empty file: initialise it
        }
    }

    std::unique_ptr<Workspace> workspace(new Workspace);
    Database &db = workspace->m_db;
    try {
        db.open(path, creating ? Database::Mode::ReadWriteCreate : Database::Mode::ReadWrite);
        // Readers never wait in WAL mode; a writer may wait for another one's step (the background indexer builds an
        // index over ten million events in one): a minute before giving up. So does a connection that opens the
        // workspace while a command-line import writes it without the log (see BulkWriteSettings).
        db.exec("PRAGMA busy_timeout = 60000");
        const qint64 applicationId = db.scalarInt("PRAGMA application_id");
        const qint64 version = db.scalarInt("PRAGMA user_version");
        if (applicationId != schema::applicationId) {
            const qint64 objects = db.scalarInt("SELECT count(*) FROM sqlite_master");
            if (applicationId != 0 || objects > 0)
                return workspaceError(path, Tr::tr("This SQLite database is not a Herald workspace."));
        }
        if (version > schema::currentVersion)
            return workspaceError(path,
                                  Tr::tr("This workspace was written by a newer version of Herald (schema %1; this "
                                         "version reads up to schema %2). Update Herald to open it.")
                                      .arg(version)
                                      .arg(schema::currentVersion));
        if (!creating && mode != OpenMode::AttachExisting && check == IntegrityCheck::OnOpen) {
            const QString result = db.scalarText("PRAGMA quick_check");
            if (result != QLatin1StringView("ok"))
                return workspaceError(
                    path,
                    Tr::tr("The workspace file is damaged (%1). Restore it from a backup.").arg(result.left(200)));
        }
        // A new workspace gets 16 KiB pages (SQLite's default is 4 KiB): a million-contact import writes a quarter of
        // the pages, log frames and system calls, and commits in about two thirds of the time. Only an empty file
        // takes a page size; an existing workspace keeps its own.
        if (creating)
            db.exec("PRAGMA page_size = 16384");
        const QString journal = db.scalarText("PRAGMA journal_mode = WAL");
        if (journal.compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
            return workspaceError(path,
                                  Tr::tr("Cannot switch the workspace to write-ahead logging (journal mode is %1). "
                                         "Is it on a network drive?")
                                      .arg(journal));
        db.exec("PRAGMA synchronous = NORMAL");
        // Imports and the demo write hundreds of megabytes in one transaction: a small page cache would spill
        // dirty pages into the log over and over (ten writes a row). 64 MiB is an upper bound, not an allocation.
        db.exec("PRAGMA cache_size = -65536");
        db.exec("PRAGMA foreign_keys = ON");
        if (db.scalarInt("PRAGMA foreign_keys") != 1)
            return workspaceError(path, Tr::tr("This SQLite build does not enforce foreign keys."));
        schema::migrate(db);
        if (creating) {
            workspace->setMeta(QStringLiteral("created_at"), QString::number(QDateTime::currentSecsSinceEpoch()));
            workspace->setMeta(QStringLiteral("created_by"), QStringLiteral("Herald " HERALD_VERSION));
        }
    } catch (const SqlError &error) {
        if ((error.code() & 0xff) == SQLITE_READONLY)
            return workspaceError(path, Tr::tr("The workspace file is read-only (%1).").arg(error.message()));
        if ((error.code() & 0xff) == SQLITE_BUSY)
            return workspaceError(path,
                                  Tr::tr("The workspace is locked by another program (%1).").arg(error.message()));
        return workspaceError(path, Tr::tr("Cannot open the workspace: %1").arg(error.message()));
    }
    qCInfo(lcStorage) << "Opened workspace" << path;
    return workspace;
}

Result<void> Workspace::checkIntegrity(const QString &path, const JobControl &control)
{
    try {
        Database db;
        db.open(path, Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 10000");
        const SqliteCancelGuard cancel(db, control.cancelFlag);
        const QString result = db.scalarText("PRAGMA quick_check");
        if (result != QLatin1StringView("ok"))
            return workspaceError(
                path, Tr::tr("The workspace file is damaged (%1). Restore it from a backup.").arg(result.left(200)));
    } catch (const SqlError &error) {
        if (control.cancelled())
            return Error{Tr::tr("The integrity check was cancelled."), path, 0, 0, true};
        // A damaged file's SqlError says so and what to do (see SqlError); anything else stopped the check.
        return workspaceError(path, Tr::tr("Cannot open the workspace: %1").arg(error.message()));
    }
    return {};
}

int Workspace::schemaVersion()
{
    return static_cast<int>(m_db.scalarInt("PRAGMA user_version"));
}

qint64 Workspace::contactCount(std::optional<ContactStatus> status)
{
    if (!status)
        return m_db.scalarInt("SELECT count(*) FROM contacts");
    Statement statement = m_db.prepare("SELECT count(*) FROM contacts WHERE status = ?1");
    statement.bind(1, static_cast<int>(*status));
    return statement.step() ? statement.columnInt(0) : 0;
}

qint64 Workspace::campaignCount()
{
    return m_db.scalarInt("SELECT count(*) FROM campaigns");
}

qint64 Workspace::eventCount()
{
    return m_db.scalarInt("SELECT count(*) FROM events");
}

Result<WorkspaceSummary> Workspace::summary()
{
    WorkspaceSummary summary;
    try {
        Transaction snapshot(m_db, Transaction::Kind::Deferred); // one consistent read
        Statement byStatus = m_db.prepare("SELECT status, count(*) FROM contacts GROUP BY status");
        while (byStatus.step()) {
            const auto status = static_cast<ContactStatus>(byStatus.columnInt(0));
            summary.contactsByStatus[status] = byStatus.columnInt(1);
            summary.contacts += byStatus.columnInt(1);
        }
        summary.campaigns = campaignCount();
        // One pass over (occurred_at, type), which SQLite reads from events_by_time when it is there (the smaller
        // b-tree) and from the table while the background indexer has yet to build it; months are counted here, with
        // integer arithmetic per event. (A month at a time with GROUP BY type took 2.4 s at 9.6 M events; grouping
        // by strftime() costs a date conversion per event.)
        std::map<qint64, MonthlyActivity> months;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        qint64 currentMonth = std::numeric_limits<qint64>::min();
        MonthlyActivity *current = nullptr;
        Statement events = m_db.prepare("SELECT occurred_at, type FROM events");
        while (events.step()) {
            const qint64 at = events.columnInt(0);
            ++summary.events;
            first = std::min(first, at);
            last = std::max(last, at);
            const auto type = static_cast<EventType>(events.columnInt(1));
            if (type != EventType::Send && type != EventType::Open && type != EventType::Click)
                continue;
            const qint64 month = calendarMonthOf(at);
            if (month != currentMonth || !current) {
                currentMonth = month;
                current = &months[month];
            }
            current->sends += type == EventType::Send;
            current->opens += type == EventType::Open;
            current->clicks += type == EventType::Click;
        }
        if (summary.events > 0) {
            summary.firstEvent = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc());
            summary.lastEvent = QDateTime::fromSecsSinceEpoch(last, QTimeZone::utc());
        }
        for (auto &[month, activity] : months) {
            activity.month = firstDayOfCalendarMonth(month);
            summary.monthly.append(activity);
        }
        snapshot.commit();
    } catch (const SqlError &error) {
        return workspaceError(path(), Tr::tr("Cannot read the workspace summary: %1").arg(error.message()));
    }
    return summary;
}

Result<void> Workspace::backupTo(const QString &target, const JobControl &control)
{
    if (QFileInfo::exists(target))
        return workspaceError(target,
                              Tr::tr("A file with this name already exists; choose a new name for the backup."));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath())
        return workspaceError(target, Tr::tr("A workspace cannot be backed up onto itself."));
    Database destination;
    try {
        destination.open(target, Database::Mode::ReadWriteCreate);
    } catch (const SqlError &error) {
        return workspaceError(target, Tr::tr("Cannot create the backup file: %1").arg(error.message()));
    }
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", m_db.handle(), "main");
    if (!backup) {
        const QString message = destination.lastErrorMessage();
        destination.close();
        QFile::remove(target);
        return workspaceError(target, Tr::tr("Cannot start the backup: %1").arg(message));
    }
    int rc = SQLITE_OK;
    const QString stage = Tr::tr("Copying the workspace");
    do {
        if (control.cancelled()) {
            sqlite3_backup_finish(backup);
            destination.close();
            QFile::remove(target);
            Error cancelled = workspaceError(target, Tr::tr("The backup was cancelled."));
            cancelled.cancelled = true;
            return cancelled;
        }
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
        const int total = sqlite3_backup_pagecount(backup);
        control.report(total - sqlite3_backup_remaining(backup), total, stage);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errstr(rc));
        destination.close();
        QFile::remove(target);
        return workspaceError(target, Tr::tr("The backup failed: %1").arg(message));
    }
    try {
        // A backup is a standalone file: fold the copied pages out of any journal before handing it over.
        destination.exec("PRAGMA journal_mode = DELETE");
    } catch (const SqlError &error) {
        qCWarning(lcStorage) << "Backup journal mode:" << error.message();
    }
    return {};
}

QString Workspace::meta(const QString &key)
{
    Statement statement = m_db.prepare("SELECT value FROM workspace_meta WHERE key = ?1");
    statement.bind(1, key);
    return statement.step() ? statement.columnText(0) : QString();
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    Statement statement = m_db.prepare("INSERT INTO workspace_meta(key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key).bind(2, value).exec();
}

QTimeZone Workspace::timeZone()
{
    const QByteArray id = meta(QStringLiteral("time_zone")).toUtf8();
    if (!id.isEmpty()) {
        QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

Result<void> Workspace::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return Error{Tr::tr("Unknown time zone.")};
    try {
        setMeta(QStringLiteral("time_zone"), QString::fromUtf8(zone.id()));
    } catch (const SqlError &error) {
        return workspaceError(path(), Tr::tr("Cannot save the time zone: %1").arg(error.message()));
    }
    return {};
}

} // namespace herald
