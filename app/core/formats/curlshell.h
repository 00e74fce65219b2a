// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// Quotes one word for a POSIX shell: plain when safe, '…' usually, $'…' when it holds control
// characters or bytes that are not valid UTF-8.
QString shellQuote(const QByteArray &word);

// What a chat, a wiki or a word processor does to a command on its way to the clipboard, and the
// splitters below mend outside quotes (inside quotes every character is kept as it is):
struct PasteMends
{
    bool typographicQuotes = false; // “…”, ‘…’, „…“ read as "…" and '…'
    bool unusualSpaces = false; // a no-break or other Unicode space between words read as a space
    bool invisibleCharacters = false; // zero-width spaces and joiners, a byte order mark: dropped
    bool spaceAfterBackslash = false; // "\ " ending a line read as a line continuation
};

// Splits a command line into words the way a POSIX shell would (no expansions). The whole text is
// one command: line breaks are spaces.
std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error,
                                                 PasteMends *mends = nullptr);

// Splits pasted text into commands, each as its words: a line break, ';', '|', '&&' or '||' outside
// quotes ends a command (a backslash before the line break joins the lines), '#' starting a word
// comments out the rest of its line. Empty commands are left out.
std::optional<QList<QList<QByteArray>>> splitShellCommands(const QString &text, QString *error,
                                                           PasteMends *mends = nullptr);

} // namespace StatusScope::Core
