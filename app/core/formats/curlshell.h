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

// Splits a command line into words the way a POSIX shell would (no expansions). The whole text is
// one command: line breaks are spaces.
std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error);

// Splits pasted text into commands, each as its words: a line break, ';', '|', '&&' or '||' outside
// quotes ends a command (a backslash before the line break joins the lines), '#' starting a word
// comments out the rest of its line. Empty commands are left out.
std::optional<QList<QList<QByteArray>>> splitShellCommands(const QString &text, QString *error);

} // namespace StatusScope::Core
