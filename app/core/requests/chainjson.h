// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

// The documented JSON of a chain (`statusscope check --json`): the chain document
// (formats/chaindocument.h) without body bytes, which is the history record less `request.body`
// and each hop's `body_preview`. Credentials are masked as maskedChain() masks them unless
// `showSecrets` is set.
QJsonObject chainToJson(const ChainResult &chain, bool showSecrets = false);

} // namespace StatusScope::Core
