// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QTextStream;

// `statusscope har FILE`: a HAR file's chains explained in the terminal as `check` explains live
// ones (the same printer and the same JSON, one chain a line with "source": "har"), and written
// back out as HAR 1.2 with --har OUT, the round trip File → Open HAR and Export HAR make in the
// window.
namespace StatusScope::Cli {

void configureHar(QCommandLineParser &parser);
// 0 when the file was read (whatever its chains say), 2 when it is not a HAR file or cannot be
// read, 3 when the catalogue cannot be, 1 when --har OUT cannot be written.
int runHar(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace StatusScope::Cli
