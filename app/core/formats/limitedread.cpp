// SPDX-License-Identifier: MIT
#include "core/formats/limitedread.h"

#include <QIODevice>

#include <algorithm>

namespace StatusScope::Core {

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 limit)
{
    constexpr qint64 chunkBytes = 64 * 1024;
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = device.read(std::min<qint64>(chunkBytes, limit + 1 - bytes.size()));
        if (chunk.isEmpty())
            return bytes;
        bytes += chunk;
        if (bytes.size() > limit)
            return std::nullopt;
    }
}

} // namespace StatusScope::Core
