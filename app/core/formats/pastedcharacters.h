// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace StatusScope::Core {

// The characters a chat, a wiki or a word processor puts into text copied from it, as they arrive
// in UTF-8: no-break and other Unicode spaces, zero-width ones (and a byte order mark), and the
// typographic quotes it puts in place of straight ones.
enum class Pasted { Other, Space, Invisible, DoubleQuote, SingleQuote };

struct PastedCharacter
{
    Pasted kind = Pasted::Other;
    qsizetype length = 1; // bytes
};

// What `text` starts with.
PastedCharacter pastedCharacter(QByteArrayView text);

// `text` without the spaces, tabs, Unicode spaces and zero-width characters at either end,
// worked on the bytes: text that is not UTF-8 keeps every other byte.
QByteArray trimmedPastedBlanks(const QByteArray &text);

// `text` with every Unicode space made a space and every zero-width character left out.
QByteArray plainPastedBlanks(QByteArrayView text);

} // namespace StatusScope::Core
