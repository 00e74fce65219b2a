// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace StatusScope::Core {

// Header fields whose values are credentials: Authorization, Proxy-Authorization, Cookie and
// Set-Cookie. Their values are masked wherever they are shown or exported, unless the user asks.
bool isSecretHeader(QByteArrayView name);

// "Basic dXNlcjpwYXNz" -> "Basic ••••"; "a=1; b=2" -> "a=••••; b=••••"; Set-Cookie keeps its
// attributes. Other fields are returned unchanged.
QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value);
// The same, and fields named in `extraSecrets` (case-insensitive) are masked whole.
QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value,
                           const QList<QByteArray> &extraSecrets);

} // namespace StatusScope::Core
