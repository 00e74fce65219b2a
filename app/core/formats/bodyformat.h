// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace StatusScope::Core {

enum class BodyKind { Empty, Json, Xml, Html, Text, Image, Binary };

// Decides how a response body is best shown, from its Content-Type and, failing that, its bytes.
BodyKind bodyKindOf(const QByteArray &body, const QByteArray &contentType);

// The body as text for reading: JSON and XML pretty-printed (left as they are when they do not
// parse), text decoded as UTF-8, anything else as a hex dump of its first `hexLimit` bytes.
QString formatBody(const QByteArray &body, BodyKind kind, qsizetype hexLimit = 4096);

QString hexDump(const QByteArray &bytes, qsizetype limit);

} // namespace StatusScope::Core
