// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlshell.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// curl commands written for Windows: cmd.exe (a browser's "Copy as cURL (cmd)", '^' at line ends)
// and PowerShell (a backtick at line ends). POSIX quoting reads neither correctly.
namespace StatusScope::Core {

// True for text written for cmd.exe: a line ending in '^', or '^"' quoting before any POSIX single quote.
bool isCmdText(const QString &text);

// Splits cmd.exe text into commands, each as its words: first cmd.exe's own reading ('^' escapes
// the next character, a line break ends a command unless escaped, '^' is plain inside "…"), then
// the C runtime's, which curl.exe reads its arguments with (spaces outside "…" separate words,
// \" is a quote, backslashes before a quote are halved, "" inside "…" is a quote). REM and ::
// lines are comments. What a chat or a wiki did to the text is mended outside quotes as for a
// POSIX command, and said in `mends`: a Unicode space separates words, a zero-width character
// goes, typographic double quotes quote (and only they close what they opened).
std::optional<QList<QList<QByteArray>>> splitCmdCommands(const QString &text, QString *error,
                                                         PasteMends *mends = nullptr);

// PowerShell's line continuation: a backtick ending a line joins it with the next.
QString joinPowerShellLines(const QString &text);

} // namespace StatusScope::Core
