// herald info, herald index, herald demo, herald contacts count
#include "command.h"

#include "demo/demogenerator.h"
#include "indexmaintenance.h"
#include "runtime.h"
#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace herald::cli {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};

int info(Context &context)
{
    Workspace *workspace = context.openWorkspace(true, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    // Reading commands skip SQLite's check of the whole file (seconds on a large workspace); --check runs it.
    const bool check = context.parser().isSet(QStringLiteral("check"));
    if (check) {
        const Result<void> checked = Workspace::checkIntegrity(workspace->path(), context.jobControl());
        context.endProgress();
        if (!checked)
            return context.fail(checked.error());
    }
    const ml::RuntimeInfo runtime = ml::runtimeInfo();
    const Result<PendingIndexes> pending = pendingIndexes(workspace->db());
    if (!pending)
        return context.fail(pending.error());
    const qint64 contacts = workspace->contactCount();
    const qint64 campaigns = workspace->campaignCount();
    const qint64 events = workspace->eventCount();
    if (context.json()) {
        QJsonObject object{
            {QStringLiteral("version"), QStringLiteral(HERALD_VERSION)},
            {QStringLiteral("schema_version"), workspace->schemaVersion()},
            {QStringLiteral("workspace"), QDir::toNativeSeparators(workspace->path())},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("campaigns"), campaigns},
            {QStringLiteral("events"), events},
            {QStringLiteral("time_zone"), QString::fromUtf8(workspace->timeZone().id())},
            {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
            {QStringLiteral("torch_version"), runtime.torchVersion},
            {QStringLiteral("torch_threads"), runtime.threads},
            {QStringLiteral("blas"), runtime.blas},
            {QStringLiteral("blas_path"), runtime.blasPath},
        };
        if (!runtime.blasWarning.isEmpty())
            object.insert(QStringLiteral("blas_warning"), runtime.blasWarning);
        if (!runtime.error.isEmpty())
            object.insert(QStringLiteral("torch_error"), runtime.error);
        if (check)
            object.insert(QStringLiteral("integrity"), QStringLiteral("ok"));
        object.insert(QStringLiteral("pending_indexes"),
                      QJsonObject{{QStringLiteral("unsearched_contacts"), pending->unsearchedContacts},
                                  {QStringLiteral("indexes"), QJsonArray::fromStringList(pending->indexes)}});
        context.printJson(object);
    } else {
        const QLocale locale;
        context.printLine(Tr::tr("Herald %1").arg(QStringLiteral(HERALD_VERSION)));
        context.printLine(Tr::tr("Workspace:      %1 (schema %2)")
                              .arg(QDir::toNativeSeparators(workspace->path()))
                              .arg(workspace->schemaVersion()));
        context.printLine(Tr::tr("Contacts:       %1").arg(locale.toString(contacts)));
        context.printLine(Tr::tr("Campaigns:      %1").arg(locale.toString(campaigns)));
        context.printLine(Tr::tr("Events:         %1").arg(locale.toString(events)));
        context.printLine(Tr::tr("Time zone:      %1").arg(QString::fromUtf8(workspace->timeZone().id())));
        context.printLine(Tr::tr("Qt:             %1").arg(QString::fromLatin1(qVersion())));
        if (runtime.error.isEmpty())
            context.printLine(Tr::tr("libtorch:       %1, %2 threads").arg(runtime.torchVersion).arg(runtime.threads));
        else
            context.printLine(Tr::tr("libtorch:       not available (%1)").arg(runtime.error));
        context.printLine(Tr::tr("BLAS:           %1 (%2)").arg(runtime.blas, runtime.blasPath));
        if (check)
            context.printLine(Tr::tr("Integrity:      ok (SQLite checked the whole file)"));
        if (pending->unsearchedContacts > 0)
            context.printLine(Tr::tr("Search index:   %1 contacts not indexed yet (herald index builds it)")
                                  .arg(locale.toString(pending->unsearchedContacts)));
        if (!pending->indexes.isEmpty())
            context.printLine(
                Tr::tr("Indexes:        %1 still to build (herald index builds them)").arg(pending->indexes.size()));
    }
    if (!runtime.blasWarning.isEmpty())
        QTextStream(stderr) << Tr::tr("herald: warning: %1").arg(runtime.blasWarning) << Qt::endl;
    if (!runtime.error.isEmpty())
        QTextStream(stderr) << Tr::tr("herald: warning: %1").arg(runtime.error) << Qt::endl;
    return exitOk;
}

int index(Context &context)
{
    Workspace *workspace = context.openWorkspace(false);
    if (!workspace)
        return exitFailure;
    const auto report = buildPendingIndexes(workspace->db(), context.jobControl());
    context.endProgress();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("contacts_indexed"), report->contactsIndexed},
                           {QStringLiteral("indexes_built"), QJsonArray::fromStringList(report->indexesBuilt)},
                           {QStringLiteral("seconds"), report->seconds}});
    } else if (report->contactsIndexed == 0 && report->indexesBuilt.isEmpty()) {
        context.printLine(Tr::tr("Every index is up to date."));
    } else {
        const QLocale locale;
        context.printLine(Tr::tr("Indexed %1 contacts for search and built %2 indexes in %3 s.")
                              .arg(locale.toString(report->contactsIndexed))
                              .arg(report->indexesBuilt.size())
                              .arg(locale.toString(report->seconds, 'f', 1)));
    }
    return exitOk;
}

int demo(Context &context)
{
    const auto contacts = context.intOption(QStringLiteral("contacts"), 5000, 10, 2'000'000);
    if (!contacts)
        return exitUsage;
    const auto seed = context.intOption(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return exitUsage;
    DemoOptions options;
    options.contacts = static_cast<int>(*contacts);
    options.seed = static_cast<quint64>(*seed);
    if (context.parser().isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(context.parser().value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return context.usageError(Tr::tr("--until takes a date as YYYY-MM-DD, not \"%1\".")
                                          .arg(context.parser().value(QStringLiteral("until"))));
    }
    Workspace *workspace = context.openWorkspace();
    if (!workspace)
        return exitFailure;

    const JobControl control = context.jobControl();
    const auto report = generateDemo(*workspace, options, control);
    context.endProgress();
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({
            {QStringLiteral("workspace"), QDir::toNativeSeparators(workspace->path())},
            {QStringLiteral("contacts"), report->contacts},
            {QStringLiteral("campaigns"), report->campaigns},
            {QStringLiteral("events"), report->events},
            {QStringLiteral("purchases"), report->purchases},
            {QStringLiteral("seconds"), report->seconds},
        });
    } else {
        const QLocale locale;
        context.printLine(Tr::tr("Generated %1 contacts, %2 campaigns and %3 events in %4 s into %5.")
                              .arg(locale.toString(report->contacts), locale.toString(report->campaigns),
                                   locale.toString(report->events), locale.toString(report->seconds, 'f', 1),
                                   QDir::toNativeSeparators(workspace->path())));
    }
    return exitOk;
}

int contactsCount(Context &context)
{
    std::optional<ContactStatus> status;
    if (context.parser().isSet(QStringLiteral("status"))) {
        status = statusFromKey(context.parser().value(QStringLiteral("status")));
        if (!status) {
            QStringList keys;
            for (ContactStatus known : allContactStatuses)
                keys.append(statusKey(known));
            return context.usageError(
                Tr::tr("unknown status \"%1\"; use one of: %2.")
                    .arg(context.parser().value(QStringLiteral("status")), keys.join(QStringLiteral(", "))));
        }
    }
    Workspace *workspace = context.openWorkspace(false, Context::Access::Read);
    if (!workspace)
        return exitFailure;
    const qint64 count = workspace->contactCount(status);
    if (context.json())
        context.printJson({{QStringLiteral("count"), count}});
    else
        context.printLine(QString::number(count));
    return exitOk;
}

} // namespace

void addWorkspaceCommands(QList<Command> &commands)
{
    commands.append({{QStringLiteral("info")},
                     {},
                     Tr::tr("Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use; "
                            "--check also checks the whole file for damage."),
                     {QCommandLineOption(QStringLiteral("check"))},
                     true,
                     info});
    commands.append({{QStringLiteral("index")},
                     {},
                     Tr::tr("Build the search and sort indexes a large import left to build in the background "
                            "(the window builds them by itself)."),
                     {},
                     true,
                     index});
    commands.append(
        {{QStringLiteral("demo")},
         {},
         Tr::tr("Fill an empty workspace with a realistic, generated small business (deterministic for a seed)."),
         {QCommandLineOption(QStringLiteral("contacts"), QString(), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("seed"), QString(), QStringLiteral("S")),
          QCommandLineOption(QStringLiteral("until"), QString(), QStringLiteral("YYYY-MM-DD"))},
         true,
         demo});
    commands.append({{QStringLiteral("contacts"), QStringLiteral("count")},
                     {},
                     Tr::tr("Count the contacts, optionally with one consent status."),
                     {QCommandLineOption(QStringLiteral("status"), QString(), QStringLiteral("STATUS"))},
                     true,
                     contactsCount});
}

} // namespace herald::cli
