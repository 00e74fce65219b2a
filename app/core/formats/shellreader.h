// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlshell.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// Reads pasted text the way a POSIX shell does, for curlshell.h's splitters: words and their
// quotes ('…', "…", $'…', backslashes), and with `separate` also what ends a command (a line break,
// ';', '|', '&&', '||', a lone '&'), '#' comments, redirections and here-documents. No expansion is
// done; what a chat or word processor did to the text is mended outside quotes (PasteMends).
class ShellReader
{
public:
    ShellReader(const QString &text, bool separate, PasteMends &mends);

    // The commands (one, without `separate`); nothing, with `error` set, for a quote not closed.
    std::optional<QList<ShellCommand>> read(QString *error);

private:
    // A redirection's operator waits for its word: a file, a here-string, a here-document's end.
    enum class Target { None, Output, InputFile, HereString, HereDocument };
    struct HereDocument
    {
        QByteArray end;
        bool stripTabs = false;
        qsizetype command = 0; // its command's place in m_commands, once that command has ended
    };

    // Each reads what starts at m_at when it is theirs, moves past it and returns true.
    bool readBackslash();
    bool readBlank();
    bool readPasted();
    bool readComment();
    bool readSeparator();
    bool readRedirection();
    // The quotes: false with m_error set when one is not closed.
    bool readSingleQuoted();
    // The sentence for a quote opened at `at` that never closes, quoting the line it opens in: a
    // paste's stray apostrophe ("It's done", copied with the command) is found at a glance.
    QString quoteNotClosed(const QString &kind, qsizetype at) const;
    bool readAnsiQuoted();
    bool readDoubleQuoted();

    void endWord();
    void endCommand();
    void readHereDocuments();
    void noteExpansion(qsizetype at);
    bool windowsPromptEnds() const;

    QByteArray m_input;
    bool m_separate;
    PasteMends &m_mends;
    qsizetype m_at = 0;
    QList<ShellCommand> m_commands;
    ShellCommand m_current;
    QByteArray m_word;
    bool m_inWord = false;
    Target m_target = Target::None;
    QByteArray m_targetOperator;
    QList<HereDocument> m_hereDocuments; // opened on this line, read from the next
    QString m_error;
};

} // namespace StatusScope::Core
