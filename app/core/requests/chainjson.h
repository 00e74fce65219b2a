// SPDX-License-Identifier: MIT
#pragma once

#include "hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

// The documented JSON shape of a chain (`statusscope check --json`). Credentials in header values
// are masked unless `showSecrets` is set.
QJsonObject chainToJson(const ChainResult &chain, bool showSecrets = false);
QJsonObject hopToJson(const Hop &hop, bool showSecrets = false, const QList<QByteArray> &extraSecrets = {});

} // namespace StatusScope::Core
