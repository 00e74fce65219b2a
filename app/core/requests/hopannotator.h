// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"
#include "core/requests/hop.h"

#include <QDateTime>

#include <optional>

namespace StatusScope::Core {

class StatusCatalogue;

// Explains a response from the catalogue (every meaning of its code, or its class when the code
// is not catalogued) and runs the protocol checks that need only this one response: a 401
// without WWW-Authenticate, a 405 without Allow, a vendor code, a Retry-After to read, and so on.
void annotateHop(Hop &hop, const StatusCatalogue &catalogue,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

// The meanings alone, for the command line and the console.
QList<HopMeaning> meaningsFor(int status, const StatusCatalogue &catalogue);

// The catalogue entry a meaning was read from (its code, reason and origin), for its texts in
// another language; none when the catalogue no longer holds it.
std::optional<StatusEntry> entryOfMeaning(const HopMeaning &meaning, const StatusCatalogue &catalogue);

} // namespace StatusScope::Core
