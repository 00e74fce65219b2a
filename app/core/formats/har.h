// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/harimport.h"
#include "core/requests/hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

class StatusCatalogue;

// HAR 1.2 (the HTTP Archive format of browsers' developer tools) for chains.
//
// Export: every hop is an entry with its request, response, headers, cookies, body text where
// kept, redirectURL and timings. Qt cannot separate DNS from queueing, nor TCP from TLS, so those
// fields are -1 and the span is given where HAR allows it (blocked, connect). The values HAR has a
// member for come from the chain document's functions (chaindocument.h); the document's other
// fields ride along as custom fields: the hop's as `_index`, `_meaning`, `_warnings`, `_tls`,
// `_timings_ms`, `_body_truncated`, `_location_raw`, the chain's as `_chain` on each entry. Unless
// `showSecrets`, each chain is written as maskedChain() masks it (headers, URL passwords, echoes of
// credentials in bodies) and log.comment says so.
QJsonObject chainsToHar(const QList<ChainResult> &chains, bool showSecrets = false);

// Import (importHar, importHarFile) lives in harimport.h, included here for callers of both.

} // namespace StatusScope::Core
