// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QStringList>

#include <optional>

namespace StatusScope::Core {

// A request written as one curl command line, quoted for a POSIX shell: method, URL, headers,
// body, and -L / --max-redirs / -k and the network options (curlnetwork.h: proxy, trust, pins, HTTP
// version, credentials) to match the options. Credentials are written as the request holds them:
// mask it first (maskedRequest()) for a command without them.
QString toCurlCommand(const RequestSpec &request);

// Quotes one word for a POSIX shell: plain when safe, '…' usually, $'…' when it holds control
// characters or bytes that are not valid UTF-8.
QString shellQuote(const QByteArray &word);

// What a pasted curl command asks for. Options StatusScope cannot apply are listed in `ignored`
// with the reason, never dropped silently.
struct CurlImport
{
    RequestSpec request;
    QStringList ignored;
};

// Parses a curl command line (single, double and $'…' quotes, backslash line continuations).
// Returns nothing, with `error` set, when it is not a curl command or lacks a URL.
std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error);

// Splits a command line into words the way a POSIX shell would (no expansions).
std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error);

} // namespace StatusScope::Core
