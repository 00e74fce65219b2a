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
};

// Reads pasted text holding one or more curl commands (single, double and $'…' quotes, backslash
// line continuations, '#' comments, a "$ " or "% " prompt): one request for each command, or each
// part of a command between --next options, in order. Commands other than curl are skipped and
// named in the first request's `ignored`. Returns nothing, with `error` set, when no curl command
// is there or one of them cannot be read (no URL, a quote not closed, a value that is refused).
std::optional<QList<CurlImport>> parseCurlCommands(const QString &text, QString *error);

// The first request of parseCurlCommands(), for callers that open one: when more were pasted,
// `ignored` says how many were left out.
std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error);

} // namespace StatusScope::Core
