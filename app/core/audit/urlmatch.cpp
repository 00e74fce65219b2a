// SPDX-License-Identifier: MIT
#include "core/audit/urlmatch.h"

namespace StatusScope::Core {

QString urlForMatch(const QUrl &url, const MatchOptions &options)
{
    Q_UNUSED(options);
    return url.toString(QUrl::FullyEncoded);
}

bool urlsMatch(const QUrl &finalUrl, const QUrl &expected, const MatchOptions &options)
{
    return urlForMatch(finalUrl, options) == urlForMatch(expected, options);
}

} // namespace StatusScope::Core
