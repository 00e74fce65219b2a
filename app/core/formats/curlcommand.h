// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlshell.h"
#include "core/requests/requestspec.h"

#include <QStringList>

#include <optional>

namespace StatusScope::Core {

// A request written as one curl command line, quoted for a POSIX shell: method, URL, headers,
// body, and -L / --max-redirs / -k and the network options (curlnetwork.h: proxy, trust, pins, HTTP
// version, credentials) to match the options. Credentials are written as the request holds them:
// mask it first (maskedRequest()) for a command without them.
QString toCurlCommand(const RequestSpec &request);

// What a pasted curl command asks for. Options StatusScope cannot apply are listed in `ignored`
// with the reason, never dropped silently.
struct CurlImport
{
    RequestSpec request;
    QStringList ignored;
    // The files its options name that were not there or could not be read (CurlFiles::ListMissing),
    // as written in the command; each also has its line in `ignored`.
    QStringList missingFiles;
};

// How the files that options name are treated: -d/--data/--data-ascii @FILE, --data-binary @FILE,
// --data-urlencode [NAME]@FILE, --json @FILE, -F NAME=@FILE and NAME=<FILE, -T FILE, -b FILE.
// Relative paths are read from the current directory, as curl does. "@-" (standard input) is never
// read: it is listed in `ignored` either way.
enum class CurlFiles {
    // A real send: every file is read now. One that is missing or cannot be read fails the whole
    // paste, nothing is sent, and `error` names it: "-d @body.json: file not found: body.json".
    MustRead,
    // A dry run, and the window: files that are there are read; an option whose file is missing or
    // unreadable is left out, listed in `ignored` as "OPTION: file not found: PATH" (or "file not
    // readable: PATH: why") with PATH in `missingFiles`, and the rest of the command is imported;
    // the method stays curl's (POST for -d/-F, PUT for -T).
    ListMissing,
};

// Reads pasted text holding one or more curl commands (single, double and $'…' quotes, backslash
// line continuations, '#' comments, a "$ " or "% " prompt): one request for each URL of each
// command, or of each part of a command between --next options, in order, as curl would send
// them ("curl URL1 URL2" is two requests with the same options). Commands other than curl are
// skipped and named in the first request's `ignored`. Returns nothing, with `error` set, when no
// curl command is there or one of them cannot be read (no URL, a quote not closed, a value that is
// refused, a file that `files` says must be read).
std::optional<QList<CurlImport>> parseCurlCommands(const QString &text, QString *error,
                                                   CurlFiles files = CurlFiles::ListMissing);

// True when pasted text starts, after blank lines, '#' comment lines and a "$ " or "% " prompt,
// with a curl command: the URL field takes such a paste as a command, not as a URL.
bool looksLikeCurlPaste(const QString &text);

// The first request of parseCurlCommands(), for callers that open one: when more were pasted,
// `ignored` says how many were left out.
std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error);

} // namespace StatusScope::Core
