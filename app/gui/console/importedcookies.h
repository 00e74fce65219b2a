// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

namespace StatusScope::Gui {

// An imported curl command's -b FILE cookies, made visible in the form: those the request's own
// URL would be sent, by the rules the engine's jar applies (domain, path, Secure), become its
// Cookie header row, where they can be read and edited (they then go where a typed Cookie goes:
// to the request's origin, not past a redirect to another). The others (another host, another
// path, https only) stay in request.options.cookies, for the hops they belong to, and the Options
// tab names them. A Cookie header the command typed (-b 'name=value') keeps its pairs first.
void moveImportedCookiesToRows(Core::RequestSpec &request);

} // namespace StatusScope::Gui
