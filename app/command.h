#pragma once

#include "cli.h"
#include "jobcontrol.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace herald {
class Workspace;
}

namespace herald::cli {

// What a command handler gets: its parsed options and the common helpers every command uses.
class Context
{
public:
    explicit Context(QCommandLineParser &parser) : m_parser(parser) {}

    QCommandLineParser &parser() { return m_parser; }
    bool json() const;
    QString workspacePath() const;

    // Commands that write check the whole file first (SQLite's quick_check: seconds on a gigabyte workspace), so
    // nothing is written into a damaged one. Commands that only read skip it: SQLite reports a damaged page when a
    // read reaches it, and the error says the workspace is damaged.
    enum class Access
    {
        Read,
        Write,
    };

    // Opens the workspace named by --workspace / HERALD_WORKSPACE / the default, printing the error on failure.
    // Without `create`, a workspace that does not exist is an error.
    Workspace *openWorkspace(bool create = true, Access access = Access::Write);

    // Parses an integer option; prints a usage error naming the option when it is not one.
    std::optional<qint64> intOption(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);

    void printJson(const QJsonObject &object) const;
    void printLine(const QString &text) const; // stdout
    int fail(const Error &error) const;        // stderr, exitFailure
    int fail(const QString &message) const;
    int usageError(const QString &message) const; // stderr, exitUsage

    // For long jobs: Ctrl+C cancels (the job rolls back), and progress is drawn on stderr when it is a terminal.
    JobControl jobControl() const;
    // Clears the progress line, if one was drawn.
    void endProgress() const;

private:
    QCommandLineParser &m_parser;
    std::unique_ptr<Workspace> m_workspace;

public:
    ~Context();
};

struct Command
{
    QStringList words;   // e.g. {"contacts", "count"}
    QString arguments;   // positional arguments for the synopsis, e.g. "FILE"
    QString description; // translated, one line
    QList<QCommandLineOption> options;
    bool takesJson = true;
    std::function<int(Context &)> run;
};

// Each file of commands adds its own.
void addWorkspaceCommands(QList<Command> &commands);
void addImportExportCommands(QList<Command> &commands);
void addExploreCommands(QList<Command> &commands);

} // namespace herald::cli
