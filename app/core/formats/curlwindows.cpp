// SPDX-License-Identifier: MIT
#include "core/formats/curlwindows.h"

#include "core/formats/pastedcharacters.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// cmd.exe's pass: the command lines as the program would get them.
QStringList cmdLines(const QString &text)
{
    QStringList lines;
    QString line;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r')
            continue;
        if (c == u'"') {
            quoted = !quoted;
            line += c;
        } else if (c == u'^' && !quoted && i + 1 < text.size()) {
            // "^" and a line break: the break is dropped and the next character taken as it is.
            qsizetype next = i + 1;
            if (text.at(next) == u'\r' && next + 1 < text.size())
                ++next;
            if (text.at(next) == u'\n') {
                // The character taken as it is may itself be a (CR)LF: a line break in a value.
                if (next + 2 < text.size() && text.at(next + 1) == u'\r' && text.at(next + 2) == u'\n')
                    ++next;
                if (next + 1 < text.size())
                    line += text.at(next + 1);
                i = next + 1;
            } else {
                line += text.at(next);
                i = next;
            }
        } else if (c == u'\n') {
            lines.append(line);
            line.clear();
            quoted = false;
        } else {
            line += c;
        }
    }
    lines.append(line);
    return lines;
}

// What a chat or a wiki put in place of a plain character, by the table the POSIX reading uses.
Pasted pastedKind(QChar c)
{
    if (c.unicode() < 0x80)
        return Pasted::Other;
    const QByteArray utf8 = QString(c).toUtf8();
    const PastedCharacter pasted = pastedCharacter(utf8);
    return pasted.length == utf8.size() ? pasted.kind : Pasted::Other;
}

// The C runtime's pass: one command line into its arguments.
QList<QByteArray> crtWords(const QString &line, PasteMends &mends)
{
    QList<QByteArray> words;
    QString word;
    bool inWord = false;
    bool typographic = false; // the quote open is a typographic one, which only its kind closes
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype count = 0;
            while (i < line.size() && line.at(i) == u'\\') {
                ++count;
                ++i;
            }
            inWord = true;
            if (i < line.size() && line.at(i) == u'"') {
                word += QString(count / 2, u'\\');
                if (count % 2 == 1)
                    word += u'"';
                else
                    --i; // the quote opens or closes below
            } else {
                word += QString(count, u'\\');
                --i;
            }
            continue;
        }
        const Pasted pasted = pastedKind(c);
        if (pasted == Pasted::DoubleQuote && (!quoted || typographic)) {
            mends.typographicQuotes = true;
            inWord = true;
            quoted = !quoted;
            typographic = quoted;
            continue;
        }
        if (!quoted && pasted == Pasted::Invisible) {
            mends.invisibleCharacters = true;
            continue;
        }
        if (!quoted && pasted == Pasted::Space) {
            mends.unusualSpaces = true;
            if (inWord)
                words.append(word.toUtf8());
            word.clear();
            inWord = false;
            continue;
        }
        if (c == u'"' && !typographic) {
            inWord = true;
            if (quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
                word += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
            continue;
        }
        if ((c == u' ' || c == u'\t') && !quoted) {
            if (inWord)
                words.append(word.toUtf8());
            word.clear();
            inWord = false;
            continue;
        }
        word += c;
        inWord = true;
    }
    if (inWord)
        words.append(word.toUtf8());
    return words;
}

} // namespace

bool isCmdText(const QString &text)
{
    static const QRegularExpression caretAtLineEnd(u"\\^[ \\t]*\\r?\\n"_s);
    if (text.contains(caretAtLineEnd))
        return true;
    // '^"' quoting, unless a POSIX single quote comes first: then it is a character inside one
    // ("--data-raw '^\"x'", as Copy as curl writes such a body).
    const qsizetype caretQuote = text.indexOf(u"^\""_s);
    const qsizetype singleQuote = text.indexOf(u'\'');
    return caretQuote >= 0 && (singleQuote < 0 || caretQuote < singleQuote);
}

std::optional<QList<QList<QByteArray>>> splitCmdCommands(const QString &text, QString *error,
                                                         PasteMends *mends)
{
    Q_UNUSED(error); // every text splits: the C runtime closes what is left open
    PasteMends unused;
    QList<QList<QByteArray>> commands;
    for (const QString &line : cmdLines(text)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"::"_s)
            || trimmed.compare(u"rem"_s, Qt::CaseInsensitive) == 0
            || trimmed.startsWith(u"rem "_s, Qt::CaseInsensitive))
            continue;
        QList<QByteArray> words = crtWords(trimmed, mends ? *mends : unused);
        // A prompt copied with the command: "C:\Users\ann> curl …".
        if (!words.isEmpty() && words.first().endsWith('>'))
            words.removeFirst();
        if (!words.isEmpty())
            commands.append(words);
    }
    return commands;
}

QString joinPowerShellLines(const QString &text)
{
    static const QRegularExpression backtickAtLineEnd(u"`[ \\t]*\\r?\\n"_s);
    return QString(text).replace(backtickAtLineEnd, u" "_s);
}

} // namespace StatusScope::Core
