// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

// The documented JSON shape of a chain (`statusscope check --json`). Credentials are masked as
// maskedChain() masks them unless `showSecrets` is set.
QJsonObject chainToJson(const ChainResult &chain, bool showSecrets = false);
// One hop as it is given: pass a hop of maskedChain() unless credentials are meant to show.
QJsonObject hopToJson(const Hop &hop);

} // namespace StatusScope::Core
