#pragma once

#include "database.h"
#include "domain.h"
#include "jobcontrol.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <map>
#include <memory>
#include <optional>

namespace herald {

struct MonthlyActivity
{
    QDate month; // first day of the month, UTC
    qint64 sends = 0;
    qint64 opens = 0;
    qint64 clicks = 0;
};

struct WorkspaceSummary
{
    qint64 contacts = 0;
    std::map<ContactStatus, qint64> contactsByStatus;
    qint64 campaigns = 0;
    qint64 events = 0;
    QDateTime firstEvent; // invalid when there are no events
    QDateTime lastEvent;
    QList<MonthlyActivity> monthly;
};

// One open Herald workspace file: a SQLite database at the current schema version.
// A Workspace belongs to the thread that opened it; background work opens its own.
class Workspace
{
public:
    enum class OpenMode
    {
        OpenExisting, // fail when the file does not exist
        OpenOrCreate,
        // Another connection to a workspace this process has already opened (and so checked), e.g. a background
        // job's own: like OpenExisting without the integrity check, which reads the whole file.
        AttachExisting,
    };

    // Opens (and, when allowed, creates) the workspace at `path`, migrating it to the current schema.
    // Fails with a message a user can act on for a missing, read-only, foreign, newer or corrupt file.
    // When SQLite's integrity check runs: on open, or later through checkIntegrity() so that a window can show the
    // workspace first (the check reads the whole file: seconds for millions of events).
    enum class IntegrityCheck
    {
        OnOpen,
        Deferred
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate,
                                                   IntegrityCheck check = IntegrityCheck::OnOpen);
    // PRAGMA quick_check on a connection of its own; an error says what is damaged.
    // Cancelling stops SQLite mid-check; the result is then a cancelled Error, not a verdict.
    static Result<void> checkIntegrity(const QString &path, const JobControl &control = {});

    // <AppDataLocation>/default.herald
    static QString defaultPath();
    // An explicit path wins, then $HERALD_WORKSPACE, then defaultPath().
    static QString resolvePath(const QString &explicitPath = {});

    Database &db() { return m_db; }
    const QString &path() const { return m_db.path(); }
    int schemaVersion();

    qint64 contactCount(std::optional<ContactStatus> status = std::nullopt);
    qint64 campaignCount();
    qint64 eventCount();
    // Counts, date range and monthly activity. Scans the events table: run it off the GUI thread.
    Result<WorkspaceSummary> summary();

    // Copies the open workspace to a new file with SQLite's online backup API. Refuses to overwrite `target`.
    // Reports progress in pages; a cancel removes the partial copy.
    Result<void> backupTo(const QString &target, const JobControl &control = {});

    // The zone used for contacts without one of their own. Defaults to the system zone.
    QTimeZone timeZone();
    Result<void> setTimeZone(const QTimeZone &zone);

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

private:
    Workspace() = default;
    Database m_db;
};

} // namespace herald
