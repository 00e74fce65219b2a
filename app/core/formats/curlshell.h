// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
    // And what is left as written: a shell's variables ("$TOKEN", "${KEY}"), and "$(…)" or "`…`",
    // outside single quotes. Never expanded: a command from a web page must not send the
    // environment's secrets wherever it points.
    QStringList shellVariables;
    bool commandSubstitution = false;
};

// What pasted text gives a command on standard input: the bytes of a here-document (<<EOF … EOF),
// a here-string (<<< WORD) or an echo or printf piped into it, or a file ("< FILE", "cat FILE |").
struct ShellInput
{
    std::optional<QByteArray> bytes;
    QString file;
    bool given() const { return bytes.has_value() || !file.isEmpty(); }
};

// One command of pasted text: its words and what the shell around it does.
struct ShellCommand
{
    QList<QByteArray> words;
    ShellInput input; // from its own "<", "<<" or "<<<" (a pipe into it is the caller's to read)
    QStringList redirections; // of its output, as written: "> out.json", "2>&1"
    bool pipedToNext = false; // "|" after it: its output is the next command's input
};

// Splits a command line into words the way a POSIX shell would (no expansions). The whole text is
// one command: line breaks are spaces.
std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error,
                                                 PasteMends *mends = nullptr);

// Splits pasted text into commands, each as its words: a line break, ';', '|', '&&' or '||' outside
// quotes ends a command (a backslash before the line break joins the lines), '#' starting a word
// comments out the rest of its line. Redirections are taken out of the words: "<", here-documents
// (whose lines are the command's input, not commands) and here-strings become its input, the
// output ones (">", ">>", "2>&1", "&>"…) are listed. Empty commands are left out.
std::optional<QList<ShellCommand>> splitShellCommands(const QString &text, QString *error,
                                                      PasteMends *mends = nullptr);

} // namespace StatusScope::Core
