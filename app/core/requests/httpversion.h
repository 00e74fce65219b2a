// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QString>

#include <optional>

class QNetworkRequest;

namespace StatusScope::Core {

// The HTTP version a request asks for (curl's --http1.1, --http2, --http2-prior-knowledge) as
// Qt 6.4's request attributes, and as the key check --json writes in a hop's "via" and in the
// request's options: "1.1", "2", "2-prior-knowledge", and an empty key for the default.
QString httpVersionKey(HttpVersion version);
// Nothing for a key this version does not know.
std::optional<HttpVersion> httpVersionFromKey(const QString &key);

// Default and Http2 offer h2 by ALPN on https; on http, Default speaks HTTP/1.1 and Http2 asks
// for the h2c upgrade (curl's --http2). Http1_1 offers no ALPN at all; Http2PriorKnowledge starts
// HTTP/2 at once on http (h2c), and asks for it by ALPN on https. Call it once the request's URL
// is set to where it goes.
void applyHttpVersion(HttpVersion version, QNetworkRequest &request);

} // namespace StatusScope::Core
