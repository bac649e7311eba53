#include "cli.h"

#include "command.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace herald::cli {
namespace {

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QString(), QStringLiteral("PATH"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QString());

QList<Command> allCommands()
{
    QList<Command> commands;
    addWorkspaceCommands(commands);
    addImportExportCommands(commands);
    addExploreCommands(commands);
    return commands;
}

QString synopsis(const Command &command)
{
    QString line = QStringLiteral("herald ") + command.words.join(QLatin1Char(' '));
    if (!command.arguments.isEmpty())
        line += QLatin1Char(' ') + command.arguments;
    for (const QCommandLineOption &option : command.options) {
        QString name = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            name += QLatin1Char(' ') + option.valueName();
        line += QStringLiteral(" [") + name + QLatin1Char(']');
    }
    if (command.takesJson)
        line += QStringLiteral(" [--json]");
    return line;
}

QString usage(const QList<Command> &commands)
{
    QString text = Tr::tr("Usage: herald [--workspace PATH] [COMMAND] [OPTIONS]\n"
                          "Without a command, Herald opens its window.\n\n"
                          "Commands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  ") + synopsis(command) + QStringLiteral("\n      ") + command.description +
                QLatin1Char('\n');
    text += Tr::tr("\nCommon options:\n"
                   "  --workspace PATH  the workspace file (default: $HERALD_WORKSPACE, else %1)\n"
                   "  --json            print one JSON object on standard output\n"
                   "  --help, --version\n")
                .arg(Workspace::defaultPath());
    return text;
}

// Options that take a value, from every command's own definitions: their values are not command words.
QSet<QString> valueOptionNames(const QList<Command> &commands)
{
    QSet<QString> names{workspaceOption.names().constFirst()};
    for (const Command &command : commands)
        for (const QCommandLineOption &option : command.options)
            if (!option.valueName().isEmpty())
                for (const QString &name : option.names())
                    names.insert(name);
    return names;
}

// Words of the command line that are not options or option values.
QStringList commandWords(const QStringList &arguments, const QSet<QString> &valueOptions)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1Char('-'))) {
            QString name = argument;
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            if (!name.contains(QLatin1Char('=')) && valueOptions.contains(name))
                ++i; // skip the option's value
            continue;
        }
        words.append(argument);
    }
    return words;
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    for (const QString &argument : std::as_const(arguments))
        if (argument == QLatin1StringView("--help") || argument == QLatin1StringView("-h") ||
            argument == QLatin1StringView("--version") || argument == QLatin1StringView("-v"))
            return true;
    return !commandWords(arguments, valueOptionNames(allCommands())).isEmpty();
}

Context::~Context() = default;

bool Context::json() const
{
    return m_parser.isSet(jsonOption);
}

QString Context::workspacePath() const
{
    return Workspace::resolvePath(m_parser.value(workspaceOption));
}

Workspace *Context::openWorkspace(bool create, Access access)
{
    if (!m_workspace) {
        auto opened = Workspace::open(
            workspacePath(), create ? Workspace::OpenMode::OpenOrCreate : Workspace::OpenMode::OpenExisting,
            access == Access::Write ? Workspace::IntegrityCheck::OnOpen : Workspace::IntegrityCheck::Deferred);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

std::optional<qint64> Context::intOption(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = m_parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(Tr::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                       .arg(name)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

void Context::printJson(const QJsonObject &object) const
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void Context::printLine(const QString &text) const
{
    out() << text << Qt::endl;
}

int Context::fail(const Error &error) const
{
    err() << Tr::tr("herald: error: %1").arg(error.toString()) << Qt::endl;
    return exitFailure;
}

int Context::fail(const QString &message) const
{
    return fail(Error{message});
}

int Context::usageError(const QString &message) const
{
    err() << Tr::tr("herald: %1").arg(message) << Qt::endl << Tr::tr("Run \"herald --help\" for usage.") << Qt::endl;
    return exitUsage;
}

JobControl Context::jobControl() const
{
    JobControl control;
    control.cancelFlag = &interrupted;
    if (isatty(STDERR_FILENO)) {
        control.progress = [last = QString()](qint64 done, qint64 total, const QString &stage) mutable {
            const QString line =
                total > 0 ? QStringLiteral("%1 %2%").arg(stage).arg(100 * done / total) : stage + QStringLiteral("…");
            if (line != last) {
                last = line;
                err() << QStringLiteral("\r\033[K") << line << Qt::flush;
            }
        };
    }
    return control;
}

void Context::endProgress() const
{
    if (isatty(STDERR_FILENO))
        err() << QStringLiteral("\r\033[K") << Qt::flush;
}

int run(const QStringList &arguments)
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const QList<Command> commands = allCommands();
    const QStringList words = commandWords(arguments, valueOptionNames(commands));

    if (arguments.contains(QLatin1StringView("--version")) || arguments.contains(QLatin1StringView("-v"))) {
        out() << QStringLiteral("herald ") << QCoreApplication::applicationVersion() << Qt::endl;
        return exitOk;
    }
    if (words.isEmpty()) {
        out() << usage(commands);
        return exitOk;
    }

    // The longest run of words that names a command.
    const Command *match = nullptr;
    for (const Command &command : commands) {
        if (words.mid(0, command.words.size()) == command.words &&
            (!match || command.words.size() > match->words.size()))
            match = &command;
    }
    if (!match) {
        err() << Tr::tr("herald: unknown command \"%1\".").arg(words.join(QLatin1Char(' '))) << Qt::endl
              << Qt::endl
              << usage(commands);
        return exitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(workspaceOption);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (match->takesJson)
        parser.addOption(jsonOption);
    parser.addOptions(match->options);
    if (!parser.parse(arguments)) {
        err() << Tr::tr("herald: %1").arg(parser.errorText()) << Qt::endl
              << Tr::tr("Usage: %1").arg(synopsis(*match)) << Qt::endl;
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Tr::tr("Usage: %1").arg(synopsis(*match)) << Qt::endl << match->description << Qt::endl;
        return exitOk;
    }
    const qsizetype expectedPositionals = match->arguments.isEmpty() ? 0 : match->arguments.count(QLatin1Char(' ')) + 1;
    if (parser.positionalArguments().size() - match->words.size() > expectedPositionals) {
        err() << Tr::tr("herald: unexpected argument \"%1\".")
                     .arg(parser.positionalArguments().at(match->words.size() + expectedPositionals))
              << Qt::endl
              << Tr::tr("Usage: %1").arg(synopsis(*match)) << Qt::endl;
        return exitUsage;
    }
    Context context(parser);
    return match->run(context);
}

} // namespace herald::cli
