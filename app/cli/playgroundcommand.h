// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope playground`: the teaching server on 127.0.0.1 until the process is stopped.
namespace StatusScope::Cli {

void configurePlayground(QCommandLineParser &parser);
int runPlayground(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
