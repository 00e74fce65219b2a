// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTextStream;

namespace StatusScope::Cli {

// Exit statuses shared by every subcommand and documented in the README.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitNotFound = 1, // explain: the code is not catalogued
    ExitUsage = 2, // bad arguments
    ExitDataError = 3, // the catalogue file could not be loaded, or the output could not be written
};

// True when the arguments ask for a subcommand, --help or --version, so main() can pick a
// QCoreApplication and never touch the display.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs a subcommand. `arguments` includes the program name, as QCoreApplication::arguments().
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

// True once anything written to `out` was lost: through the stream, or straight to its file (JSON
// goes to the device as bytes).
bool outputFailed(const QTextStream &out);

// Flushes what a command wrote to `out` (standard output) and returns its exit status. When any of
// it could not be written (a full disk, a closed descriptor), that is said on `err` and the status
// becomes ExitDataError: a script must not take a cut output for a whole one.
int finishOutput(int status, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
