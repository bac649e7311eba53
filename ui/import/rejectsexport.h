#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace herald {

class TaskRunnerBase;
class Workspace;

// One import whose rejected rows are exported, and the file name they are listed under.
struct RejectSource
{
    qint64 importId = 0;
    QString fileName;
};

// Writes every rejected row of `sources` to `target` as a CSV a spreadsheet opens (UTF-8 with BOM): file, line,
// column, field, reason and the row as read. The file is replaced only once it is complete. Returns the rows.
Result<qint64> writeRejectsCsv(Workspace &workspace, const QList<RejectSource> &sources, const QString &target,
                               const JobControl &control = {});

// "Export rejects…" for the import summary and the Imports page: asks where, then writes on a worker with its
// own workspace connection, one export at a time.
class RejectsExporter : public QObject
{
    Q_OBJECT
public:
    explicit RejectsExporter(QWidget *window);

    // Asks for a file name (suggested from `fileName`), then exports.
    void choose(const QString &workspacePath, const QList<RejectSource> &sources, const QString &fileName);
    // The step after the file dialog; what tests drive.
    void exportTo(const QString &workspacePath, const QList<RejectSource> &sources, const QString &target);
    bool isRunning() const { return m_task != nullptr; }

Q_SIGNALS:
    // `message` says how many rows went where, or why not.
    void finished(bool ok, const QString &message);

private:
    QWidget *m_window;
    TaskRunnerBase *m_task = nullptr;
};

} // namespace herald
