// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"
#include "core/requests/requestspec.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

// `check --from-curl FILE|-`: the requests of curl commands pasted into a file or piped in, run
// like URL arguments, so a command copied from a browser or a README can be checked as it is.
namespace StatusScope::Cli {

// The most pasted text read: a command is a few lines, a screenful of them a few KiB.
inline constexpr qsizetype CurlTextLimit = 1024 * 1024;

void addFromCurlOption(QCommandLineParser &parser);

// The requests of the commands in --from-curl's file, in order, with the limits given on the
// command line (--timeout, --max-time, -k, --no-follow…) laid over each; `notApplied` gets one
// line for each option of a command that StatusScope does not use. A sentence instead, and no
// request, when the text cannot be read, holds no curl command, or comes with a URL argument or
// an option the pasted command has to carry itself (-H, -d, credentials…).
// The files the commands name (-d @FILE, -F x=@FILE, -T FILE, -b FILE) must be there: a missing
// one is a sentence and nothing is sent.
std::optional<QString> readFromCurl(const QCommandLineParser &parser, const Core::RequestSpec &base,
                                    QList<Core::RequestSpec> &requests, QStringList &notApplied);

// As readFromCurl(), one CurlImport per request with its own not-applied list (`ignored`), files
// treated as `files` says: CurlFiles::ListMissing for --dry-run, which lists a missing file
// instead of refusing the command. --dry-run is accepted beside --from-curl.
std::optional<QString> readFromCurlImports(const QCommandLineParser &parser, const Core::RequestSpec &base,
                                           Core::CurlFiles files, QList<Core::CurlImport> &imports);

} // namespace StatusScope::Cli
