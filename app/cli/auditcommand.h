// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope audit`: checks a list of URLs, a redirect map or a sitemap, chain by chain, and
// reports each source as a JSON Lines object, a CSV row or a table line, then a summary.
namespace StatusScope::Cli {

// Exit status of an audit interrupted with Ctrl+C, after the summary of what finished: 128 + SIGINT,
// what a shell reports for a command the signal ended, so a script can tell it from a mismatch.
inline constexpr int ExitAuditInterrupted = 130;

void configureAudit(QCommandLineParser &parser);
int runAudit(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
