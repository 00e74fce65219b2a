// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope explain` and `statusscope codes`: the catalogue on the command line.
namespace StatusScope::Cli {

void configureExplain(QCommandLineParser &parser);
int runExplain(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

void configureCodes(QCommandLineParser &parser);
int runCodes(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
