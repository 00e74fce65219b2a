// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

// Text a server chose (a reason phrase, a header value) is shown to people, in the window and on a
// terminal. A control character could move the cursor or colour a terminal, a bidirectional
// override could make "gpj.exe" read as "exe.jpg", and a byte that is not UTF-8 would turn into a
// question mark that hides what was sent. These functions write such characters as visible escapes
// (\x1B, \u202E, \xFF) and leave everything else as it is.
namespace StatusScope::Core {

// Bytes as received: valid UTF-8 is decoded, every other byte is written as \xHH.
QString escapeBytesForDisplay(QByteArrayView bytes);
// Text already decoded.
QString escapeForDisplay(const QString &text);

} // namespace StatusScope::Core
