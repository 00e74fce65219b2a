// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace StatusScope::Core {

// How strictly an audit compares a chain's final URL with the expected target.
struct MatchOptions
{
    bool ignoreQuery = false; // --ignore-query: "?utm=x" and no query are the same
    bool ignoreTrailingSlash = false; // --ignore-trailing-slash: "/a/" and "/a" are the same
};

// The form two URLs are compared in: scheme and host in lower case, the scheme's default port
// dropped, an empty path written "/", everything else exactly as it is (percent-encoded), with
// the query and a trailing slash dropped when the options say so.
QString urlForMatch(const QUrl &url, const MatchOptions &options = {});
// Whether `finalUrl` is `expected` under those rules.
bool urlsMatch(const QUrl &finalUrl, const QUrl &expected, const MatchOptions &options = {});

} // namespace StatusScope::Core
