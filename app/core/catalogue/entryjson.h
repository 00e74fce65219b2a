// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QJsonObject>

namespace StatusScope::Core {

// The public JSON shape of a catalogue entry, as printed by `statusscope codes --json` and
// `explain --json`. Keys are stable: scripts depend on them.
QJsonObject entryToJson(const StatusEntry &entry);
QString redirectMethodKey(RedirectMethod method);

} // namespace StatusScope::Core
