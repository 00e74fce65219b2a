// SPDX-License-Identifier: MIT
#include "core/formats/curlshell.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

bool isSafeUnquoted(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    static constexpr QByteArrayView safe("@%+=:,./-_");
    return std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.contains(c);
    });
}

} // namespace

QString shellQuote(const QByteArray &word)
{
    if (isSafeUnquoted(word))
        return QString::fromLatin1(word);
    const bool needsAnsi = !isValidUtf8(word) || std::any_of(word.begin(), word.end(), [](char c) {
        const uchar byte = uchar(c);
        return byte < 0x20 || byte == 0x7f;
    });
    if (!needsAnsi) {
        QString text = QString::fromUtf8(word);
        text.replace(u"'"_s, u"'\\''"_s);
        return u'\'' + text + u'\'';
    }
    QString out = u"$'"_s;
    for (char c : word) {
        const uchar byte = uchar(c);
        switch (byte) {
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\'':
            out += u"\\'"_s;
            break;
        default:
            if (byte < 0x20 || byte >= 0x7f)
                out += u"\\x%1"_s.arg(byte, 2, 16, QLatin1Char('0'));
            else
                out += QChar::fromLatin1(char(byte));
        }
    }
    return out + u'\'';
}

namespace {

// The shell reading shared by splitShellWords() and splitShellCommands(): with `separate`, an
// unquoted line break, ';', '|', '&&', '||' or a lone '&' ends a command and '#' at the start of a
// word starts a comment; without it, the text is one command and those are plain characters.
std::optional<QList<QList<QByteArray>>> splitShellText(const QString &command, bool separate, QString *error)
{
    const QByteArray input = command.toUtf8();
    QList<QList<QByteArray>> commands;
    QList<QByteArray> words;
    QByteArray word;
    bool inWord = false;
    qsizetype i = 0;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    while (i < input.size()) {
        const char c = input.at(i);
        if (c == '\\') {
            if (i + 1 < input.size() && (input.at(i + 1) == '\n' || input.at(i + 1) == '\r')) {
                // A line continuation: backslash, (CR) LF.
                i += input.at(i + 1) == '\r' && i + 2 < input.size() && input.at(i + 2) == '\n' ? 3 : 2;
                continue;
            }
            if (i + 1 < input.size())
                word += input.at(i + 1);
            inWord = true;
            i += 2;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            if (separate && c == '\n' && !words.isEmpty())
                commands.append(std::exchange(words, {}));
            ++i;
            continue;
        }
        if (separate && !inWord && c == '#') {
            // A comment runs to the end of its line; the line break still ends the command.
            const qsizetype end = input.indexOf('\n', i);
            i = end < 0 ? input.size() : end;
            continue;
        }
        const QByteArrayView rest = QByteArrayView(input).sliced(i);
        qsizetype separator = 0;
        if (separate && c == ';')
            separator = 1;
        else if (separate && !inWord && (rest.startsWith("&&") || rest.startsWith("||")))
            separator = 2;
        else if (separate && !inWord
                 && (c == '|' || (c == '&' && (rest.size() == 1 || std::isspace(uchar(rest.at(1)))))))
            separator = 1;
        if (separator > 0) {
            // What follows a pipe or && is another command, listed by the caller, never a word of this one.
            if (inWord) {
                words.append(std::exchange(word, {}));
                inWord = false;
            }
            if (!words.isEmpty())
                commands.append(std::exchange(words, {}));
            i += separator;
            continue;
        }
        if (c == '\'') {
            const qsizetype end = input.indexOf('\'', i + 1);
            if (end < 0)
                return fail(CurlText::tr("A single quote is not closed."));
            word += input.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
            continue;
        }
        if (c == '$' && i + 1 < input.size() && input.at(i + 1) == '\'') {
            i += 2;
            bool closed = false;
            while (i < input.size()) {
                const char d = input.at(i);
                if (d == '\'') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d != '\\' || i + 1 >= input.size()) {
                    word += d;
                    ++i;
                    continue;
                }
                const char e = input.at(i + 1);
                i += 2;
                switch (e) {
                case 'n':
                    word += '\n';
                    break;
                case 't':
                    word += '\t';
                    break;
                case 'r':
                    word += '\r';
                    break;
                case 'a':
                    word += '\a';
                    break;
                case 'b':
                    word += '\b';
                    break;
                case 'e':
                case 'E':
                    word += '\x1b';
                    break;
                case 'f':
                    word += '\f';
                    break;
                case 'v':
                    word += '\v';
                    break;
                case 'x': {
                    qsizetype digits = 0;
                    while (digits < 2 && i + digits < input.size()
                           && std::isxdigit(uchar(input.at(i + digits))))
                        ++digits;
                    word += char(input.mid(i, digits).toInt(nullptr, 16));
                    i += digits;
                    break;
                }
                case 'u':
                case 'U': {
                    const qsizetype maximum = e == 'u' ? 4 : 8;
                    qsizetype digits = 0;
                    while (digits < maximum && i + digits < input.size()
                           && std::isxdigit(uchar(input.at(i + digits))))
                        ++digits;
                    const char32_t code = char32_t(input.mid(i, digits).toUInt(nullptr, 16));
                    word += QString::fromUcs4(&code, 1).toUtf8();
                    i += digits;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        qsizetype digits = 1;
                        while (digits < 3 && i - 1 + digits < input.size() && input.at(i - 1 + digits) >= '0'
                               && input.at(i - 1 + digits) <= '7')
                            ++digits;
                        word += char(input.mid(i - 1, digits).toInt(nullptr, 8));
                        i += digits - 1;
                    } else {
                        word += e; // \\ \' \" and anything else stand for themselves
                    }
                }
            }
            if (!closed)
                return fail(CurlText::tr("A $'…' quote is not closed."));
            inWord = true;
            continue;
        }
        if (c == '"') {
            ++i;
            bool closed = false;
            while (i < input.size()) {
                const char d = input.at(i);
                if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == '\\' && i + 1 < input.size()) {
                    const char e = input.at(i + 1);
                    if (e == '"' || e == '\\' || e == '$' || e == '`') {
                        word += e;
                        i += 2;
                        continue;
                    }
                    if (e == '\n') {
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed)
                return fail(CurlText::tr("A double quote is not closed."));
            inWord = true;
            continue;
        }
        word += c;
        inWord = true;
        ++i;
    }
    if (inWord)
        words.append(word);
    if (!words.isEmpty() || commands.isEmpty())
        commands.append(words);
    return commands;
}

} // namespace

std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error)
{
    const auto commands = splitShellText(command, false, error);
    if (!commands)
        return std::nullopt;
    return commands->value(0);
}

std::optional<QList<QList<QByteArray>>> splitShellCommands(const QString &text, QString *error)
{
    auto commands = splitShellText(text, true, error);
    if (!commands)
        return std::nullopt;
    commands->removeIf([](const QList<QByteArray> &words) { return words.isEmpty(); });
    return commands;
}

} // namespace StatusScope::Core
