#include "rejectsexport.h"

#include "csv/csvwriter.h"
#include "import/importlog.h"
#include "importtext.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::RejectsExport)
};

} // namespace

Result<qint64> writeRejectsCsv(Workspace &workspace, const QList<RejectSource> &sources, const QString &target,
                               const JobControl &control)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("The file cannot be written: %1").arg(file.errorString()), target};
    CsvWriteOptions options;
    options.writeBom = true; // so that Excel reads the reasons' accents right
    options.fileName = target;
    CsvWriter writer(&file, options);
    if (auto header = writer.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                       QStringLiteral("field"), QStringLiteral("reason"), QStringLiteral("raw_row")});
        !header)
        return header.error();
    qint64 rows = 0;
    try {
        for (const RejectSource &source : sources) {
            if (control.cancelled())
                return Error{Tr::tr("Export cancelled; no file was written."), target, 0, 0, true};
            const QList<ImportReject> rejects = importRejects(workspace.db(), source.importId);
            for (const ImportReject &reject : rejects) {
                const QString column = reject.column > 0 ? QString::number(reject.column) : QString();
                if (auto written = writer.writeRow({source.fileName, QString::number(reject.line), column, reject.field,
                                                    reject.reason, reject.raw});
                    !written)
                    return written.error();
                ++rows;
            }
            control.report(rows, -1, Tr::tr("Writing rejected rows"));
        }
    } catch (const SqlError &error) {
        return Error{Tr::tr("The rejected rows could not be read: %1").arg(error.message()), workspace.path()};
    }
    if (auto finished = writer.finish(); !finished)
        return finished.error();
    if (!file.commit())
        return Error{Tr::tr("The file cannot be written: %1").arg(file.errorString()), target};
    return rows;
}

RejectsExporter::RejectsExporter(QWidget *window) : QObject(window), m_window(window)
{}

void RejectsExporter::choose(const QString &workspacePath, const QList<RejectSource> &sources, const QString &fileName)
{
    if (isRunning())
        return;
    const QString base = QFileInfo(fileName.section(QLatin1Char('/'), -1)).completeBaseName();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              Tr::tr("%1 rejected rows").arg(base) + QStringLiteral(".csv");
    const QString target = QFileDialog::getSaveFileName(m_window, Tr::tr("Export Rejected Rows"), suggested,
                                                        Tr::tr("CSV files (*.csv);;All files (*)"));
    if (!target.isEmpty())
        exportTo(workspacePath, sources, target);
}

void RejectsExporter::exportTo(const QString &workspacePath, const QList<RejectSource> &sources, const QString &target)
{
    if (isRunning())
        return;
    auto *task = new TaskRunner<qint64>(this);
    m_task = task;
    (new TaskProgressDialog(task, Tr::tr("Export Rejected Rows"),
                            Tr::tr("Writing %1…").arg(QFileInfo(target).fileName()), m_window))
        ->openWhenSlow();
    connect(task, &TaskRunnerBase::finished, this, [this, task, target] {
        const Result<qint64> rows = task->takeResult();
        task->deleteLater();
        m_task = nullptr;
        if (rows) {
            const QString count = rows.value() == 1 ? Tr::tr("1 rejected row")
                                                    : Tr::tr("%1 rejected rows").arg(QLocale().toString(rows.value()));
            Q_EMIT finished(true, Tr::tr("Saved %1 to %2").arg(count, QDir::toNativeSeparators(target)));
        } else {
            Q_EMIT finished(false, importtext::errorText(rows.error()));
        }
    });
    task->start([workspacePath, sources, target](const JobControl &control) -> Result<qint64> {
        auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return writeRejectsCsv(**workspace, sources, target, control);
    });
}

} // namespace herald
