// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope check`: runs request chains with the engine and reports them.
namespace StatusScope::Cli {

void configureCheck(QCommandLineParser &parser);
int runCheck(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
