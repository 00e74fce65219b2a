// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace StatusScope::Core {
class StatusCatalogue;
}

// `statusscope explain` and `statusscope codes`: the catalogue on the command line.
namespace StatusScope::Cli {

// The catalogue --catalogue names, or the built-in one; nothing (reason on err) when unreadable.
std::optional<Core::StatusCatalogue> loadCatalogue(const QCommandLineParser &parser, QTextStream &err);

void configureExplain(QCommandLineParser &parser);
int runExplain(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

void configureCodes(QCommandLineParser &parser);
int runCodes(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
