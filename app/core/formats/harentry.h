// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

class StatusCatalogue;

// One element of a HAR file's log.entries read as a hop, for the import (harimport.cpp), which
// groups the hops into chains: method, URL, headers (HTTP/2 pseudo-headers left out, Set-Cookie
// joined by line feeds as Qt holds it), the request body (postData text, base64 with "_encoding",
// or a urlencoded form given as params), the version texts as written and what they mean, the
// response body, the timings laid end to end, and the catalogue's meanings and checks.
// `requestBody` gets the request body and `started` the entry's start (invalid when it has none).
Hop hopFromHarEntry(const QJsonObject &entry, const QUrl &url, const StatusCatalogue &catalogue,
                    QByteArray *requestBody, QDateTime *started);

} // namespace StatusScope::Core
