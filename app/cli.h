#pragma once

#include <QStringList>

namespace herald::cli {

// Exit codes of the herald command line.
inline constexpr int exitOk = 0;
inline constexpr int exitFailure = 1; // the command ran and failed (bad input, unreadable workspace, ...)
inline constexpr int exitUsage = 2;   // unknown command or bad options

// True when the arguments name a command (or --help/--version): run headless, without a display.
bool wantsCommandLine(int argc, char *argv[]);

// Runs one command; arguments include the program name. Prints JSON or text on stdout, errors on stderr.
int run(const QStringList &arguments);

} // namespace herald::cli
