// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <optional>

class QIODevice;

// Files given by the user (a request body, a catalogue) may be devices or pipes that never say how
// big they are (/dev/zero): they are read in chunks and given up past a limit, never read whole.
namespace StatusScope::Core {

// At most `limit` bytes of `device`, to its end. Null when it holds more; a read error shows in
// the device's error state.
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 limit);

} // namespace StatusScope::Core
