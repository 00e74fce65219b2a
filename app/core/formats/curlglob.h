// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// curl's URL globbing: "{a,b}" sets and "[1-3]", "[01-10]", "[a-z]", "[1-9:2]" ranges in a URL make
// one request for each combination, the last pattern turning fastest, as curl sends them. curl -g
// (--globoff) turns it off. Brackets around an IPv6 address are an address, not a range.
namespace StatusScope::Core {

// The most URLs one pattern may give: a pasted command is not a crawler.
inline constexpr int CurlGlobLimit = 1000;

struct CurlGlob
{
    QStringList urls; // the URLs it stands for, in curl's order; itself when it has no pattern
    // Set when a pattern is not closed or not one curl reads: curl refuses such a URL, the importer
    // keeps it as written (as curl -g would send it) and says so; `urls` is then the URL alone.
    QString problem;
};

// Nothing, with `error` set, when the patterns give more than CurlGlobLimit URLs.
std::optional<CurlGlob> expandCurlGlob(const QString &url, QString *error);

} // namespace StatusScope::Core
