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

// The URLs `url` stands for (itself when it has no pattern), or nothing with `error` set when a
// pattern is not closed or not valid, or gives more than CurlGlobLimit URLs.
std::optional<QStringList> expandCurlGlob(const QString &url, QString *error);

} // namespace StatusScope::Core
