// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope checks`: every check a hop can carry, from the one table the engine uses
// (core/requests/checkids.h), so a script knows each warning id before it meets one.
namespace StatusScope::Cli {

void configureChecks(QCommandLineParser &parser);
int runChecks(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
