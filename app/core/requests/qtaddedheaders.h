// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QLocale>

// The header fields Qt 6.4 writes into a request by itself, beside those StatusScope hands it
// (Hop::requestHeaders): Host, Connection, Accept-Language, Content-Length, and Cache-Control and
// Pragma for GET and HEAD (the engine asks for no cache). QNetworkAccessManager never says what it
// sent, so they are worked out from the hop the way Qt 6.4 writes them; a test sends requests to a
// raw server and checks that the two lists together are exactly what arrived. Computed when shown,
// so stored chains show them too.
namespace StatusScope::Core {

// `locale` is the one Qt reads for Accept-Language (the system's).
HeaderList headersAddedByQt(const Hop &hop, const QLocale &locale = QLocale::system());

} // namespace StatusScope::Core
