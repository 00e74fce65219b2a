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

// The characters PasteMends is about, as they arrive in UTF-8.
enum class Pasted { Other, Space, Invisible, DoubleQuote, SingleQuote };

struct PastedCharacter
{
    Pasted kind = Pasted::Other;
    qsizetype length = 1;
};

PastedCharacter pastedCharacter(QByteArrayView rest)
{
    const auto byte = [&](qsizetype k) { return k < rest.size() ? uchar(rest.at(k)) : 0; };
    if (byte(0) == 0xc2 && byte(1) == 0xa0) // no-break space
        return {Pasted::Space, 2};
    if (byte(0) == 0xe3 && byte(1) == 0x80 && byte(2) == 0x80) // ideographic space
        return {Pasted::Space, 3};
    if (byte(0) == 0xef && byte(1) == 0xbb && byte(2) == 0xbf) // byte order mark
        return {Pasted::Invisible, 3};
    if (byte(0) != 0xe2 || (byte(1) != 0x80 && byte(1) != 0x81))
        return {};
    const uint code = 0x2000 + (byte(1) - 0x80) * 0x40 + (byte(2) & 0x3f);
    if ((code >= 0x2000 && code <= 0x200a) || code == 0x202f || code == 0x205f)
        return {Pasted::Space, 3};
    if ((code >= 0x200b && code <= 0x200d) || code == 0x2060)
        return {Pasted::Invisible, 3};
    if (code >= 0x201c && code <= 0x201f) // “ ” „ ‟
        return {Pasted::DoubleQuote, 3};
    if (code >= 0x2018 && code <= 0x201b) // ‘ ’ ‚ ‛
        return {Pasted::SingleQuote, 3};
    return {};
}

// Where the typographic quote opened at `from` (after it) closes: the next quote of its kind,
// typographic or straight; -1 when none does, and the opening one is then an ordinary character.
qsizetype typographicQuoteEnd(QByteArrayView input, qsizetype from, Pasted kind, qsizetype *closerLength)
{
    const char straight = kind == Pasted::DoubleQuote ? '"' : '\'';
    for (qsizetype k = from; k < input.size(); ++k) {
        if (input.at(k) == straight) {
            *closerLength = 1;
            return k;
        }
        const PastedCharacter c = pastedCharacter(input.sliced(k));
        if (c.kind == kind) {
            *closerLength = c.length;
            return k;
        }
    }
    return -1;
}

// The shell reading shared by splitShellWords() and splitShellCommands(): with `separate`, an
// unquoted line break, ';', '|', '&&', '||' or a lone '&' ends a command and '#' at the start of a
// word starts a comment; without it, the text is one command and those are plain characters.
std::optional<QList<ShellCommand>> splitShellText(const QString &command, bool separate, QString *error,
                                                  PasteMends *mends)
{
    PasteMends unused;
    PasteMends &mended = mends ? *mends : unused;
    const QByteArray input = command.toUtf8();
    QList<ShellCommand> commands;
    ShellCommand current;
    QList<QByteArray> &words = current.words;
    QByteArray word;
    bool inWord = false;
    qsizetype i = 0;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // A redirection's operator waits for its word: a file, a here-string, a here-document's end.
    enum class Target { None, Output, InputFile, HereString, HereDocument };
    Target target = Target::None;
    QByteArray targetOperator;
    struct HereDocument
    {
        QByteArray end;
        bool stripTabs = false;
        qsizetype command = 0; // its command's place in `commands`, once that command has ended
    };
    QList<HereDocument> hereDocuments; // opened on this line, read from the next
    const auto endWord = [&] {
        if (!inWord)
            return;
        inWord = false;
        QByteArray done = std::exchange(word, {});
        switch (std::exchange(target, Target::None)) {
        case Target::None:
            words.append(std::move(done));
            break;
        case Target::Output:
            current.redirections.append(QString::fromUtf8(targetOperator + ' ' + done));
            break;
        case Target::InputFile:
            current.input = ShellInput{std::nullopt, QString::fromUtf8(done)};
            break;
        case Target::HereString:
            current.input = ShellInput{done + '\n', {}};
            break;
        case Target::HereDocument:
            hereDocuments.append({done, targetOperator == "<<-", commands.size()});
            break;
        }
    };
    const auto endCommand = [&] {
        if (!words.isEmpty())
            commands.append(std::exchange(current, {}));
        current = {};
    };
    // "$NAME", "${NAME}", "$(…)" and "`…`" where a shell would expand them: kept as written (a
    // pasted command must not send the environment's secrets where a page says), and named.
    const auto noteExpansion = [&](qsizetype at) {
        const char d = input.at(at);
        if (d == '`') {
            mended.commandSubstitution = true;
            return;
        }
        if (d != '$' || at + 1 >= input.size())
            return;
        const char next = input.at(at + 1);
        if (next == '(') {
            mended.commandSubstitution = true;
            return;
        }
        qsizetype start = at + 1;
        qsizetype end = start;
        if (next == '{') {
            end = input.indexOf('}', start);
            if (end < 0)
                return;
            ++start;
        } else {
            while (end < input.size() && (std::isalnum(uchar(input.at(end))) || input.at(end) == '_'))
                ++end;
        }
        const QByteArray name = input.mid(start, end - start);
        if (name.isEmpty() || std::isdigit(uchar(name.at(0))))
            return;
        const QString shown
            = u'$' + QString::fromUtf8(name.left(name.indexOf(':') < 0 ? name.size() : name.indexOf(':')));
        if (!mended.shellVariables.contains(shown))
            mended.shellVariables.append(shown);
    };
    // The lines after the one that opened here-documents: each one's text up to its end line.
    const auto readHereDocuments = [&] {
        for (const HereDocument &document : std::exchange(hereDocuments, {})) {
            QByteArray text;
            while (i < input.size()) {
                qsizetype end = input.indexOf('\n', i);
                if (end < 0)
                    end = input.size();
                QByteArray line = input.mid(i, end - i);
                i = std::min(end + 1, input.size());
                if (line.endsWith('\r'))
                    line.chop(1); // a Windows clipboard's line ends
                if (document.stripTabs) {
                    while (line.startsWith('\t'))
                        line.remove(0, 1);
                }
                if (line == document.end)
                    break;
                text += line + '\n';
            }
            // "cat <<EOF | curl -d @- …": the document is cat's, whose command has ended by now.
            (document.command < commands.size() ? commands[document.command] : current).input
                = ShellInput{text, {}};
        }
    };
    while (i < input.size()) {
        const char c = input.at(i);
        if (c == '\\') {
            if (i + 1 < input.size() && (input.at(i + 1) == '\n' || input.at(i + 1) == '\r')) {
                // A line continuation: backslash, (CR) LF.
                i += input.at(i + 1) == '\r' && i + 2 < input.size() && input.at(i + 2) == '\n' ? 3 : 2;
                continue;
            }
            // "\ " and the line's end: an editor or a chat kept a space after the continuation's
            // backslash. A shell would end the command there with a word " "; no one means that.
            qsizetype end = i + 1;
            while (end < input.size() && (input.at(end) == ' ' || input.at(end) == '\t'))
                ++end;
            if (end > i + 1 && (end == input.size() || input.at(end) == '\n' || input.at(end) == '\r')) {
                mended.spaceAfterBackslash = true;
                i = end;
                if (i < input.size())
                    i += input.at(i) == '\r' && i + 1 < input.size() && input.at(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            if (i + 1 < input.size())
                word += input.at(i + 1);
            inWord = true;
            i += 2;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            endWord();
            ++i;
            if (separate && c == '\n') {
                readHereDocuments();
                endCommand();
            }
            continue;
        }
        if (uchar(c) >= 0xc2) {
            const PastedCharacter pasted = pastedCharacter(QByteArrayView(input).sliced(i));
            if (pasted.kind == Pasted::Space || pasted.kind == Pasted::Invisible) {
                if (pasted.kind == Pasted::Space)
                    endWord();
                (pasted.kind == Pasted::Space ? mended.unusualSpaces : mended.invisibleCharacters) = true;
                i += pasted.length;
                continue;
            }
            qsizetype closerLength = 0;
            const qsizetype end = pasted.kind == Pasted::Other
                ? -1
                : typographicQuoteEnd(input, i + pasted.length, pasted.kind, &closerLength);
            if (end >= 0) {
                mended.typographicQuotes = true;
                // What the chat changed outside it changed inside too: ‘{“a”: 1}’ was '{"a": 1}'.
                const Pasted inner
                    = pasted.kind == Pasted::DoubleQuote ? Pasted::SingleQuote : Pasted::DoubleQuote;
                for (qsizetype k = i + pasted.length; k < end;) {
                    const PastedCharacter d = pastedCharacter(QByteArrayView(input).sliced(k));
                    if (d.kind == inner) {
                        word += inner == Pasted::DoubleQuote ? '"' : '\'';
                        k += d.length;
                    } else {
                        word += input.at(k++);
                    }
                }
                inWord = true;
                i = end + closerLength;
                continue;
            }
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
            endWord();
            current.pipedToNext = c == '|' && separator == 1;
            endCommand();
            i += separator;
            continue;
        }
        // A Windows prompt copied with the command ("PS C:\\work> curl.exe …", "C:\\Users\\ann> curl …")
        // ends in '>': a word of the command, for the caller to drop, not a redirection.
        const bool windowsPrompt = c == '>' && inWord && word.size() >= 2 && std::isalpha(uchar(word.at(0)))
            && word.at(1) == ':' && (words.isEmpty() || (words.size() == 1 && words.first() == "PS"))
            && i + 1 < input.size() && input.at(i + 1) == ' ';
        if (separate && !windowsPrompt && (c == '<' || c == '>' || rest.startsWith("&>"))) {
            // "2>" and "2>&1": digits right before the operator name a descriptor, not a word.
            QByteArray descriptor;
            if (inWord && c != '&' && !word.isEmpty()
                && std::all_of(word.cbegin(), word.cend(), [](char d) { return d >= '0' && d <= '9'; })) {
                descriptor = std::exchange(word, {});
                inWord = false;
            }
            endWord();
            qsizetype length = 1;
            if (rest.startsWith("<<<")) {
                target = Target::HereString;
                length = 3;
            } else if (rest.startsWith("<<")) {
                target = Target::HereDocument;
                length = rest.startsWith("<<-") ? 3 : 2;
            } else if (rest.startsWith("<&") || rest.startsWith(">&")) {
                length = 2;
                qsizetype k = i + 2;
                while (k < input.size() && ((input.at(k) >= '0' && input.at(k) <= '9') || input.at(k) == '-'))
                    ++k;
                if (k > i + 2) { // "2>&1", "<&0", ">&-": complete, no word follows
                    current.redirections.append(QString::fromUtf8(descriptor + input.mid(i, k - i)));
                    i = k;
                    continue;
                }
                target = Target::Output; // ">&FILE", as "&>FILE"
            } else if (c == '<') {
                target = Target::InputFile;
            } else {
                target = Target::Output;
                length = rest.startsWith("&>>")                                                 ? 3
                    : (rest.startsWith(">>") || rest.startsWith(">|") || rest.startsWith("&>")) ? 2
                                                                                                : 1;
            }
            targetOperator = descriptor + input.mid(i, length);
            i += length;
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
                noteExpansion(i);
                word += d;
                ++i;
            }
            if (!closed)
                return fail(CurlText::tr("A double quote is not closed."));
            inWord = true;
            continue;
        }
        noteExpansion(i);
        word += c;
        inWord = true;
        ++i;
    }
    endWord();
    if (!hereDocuments.isEmpty()) // "<<EOF" on the last line: a document with no lines
        current.input = ShellInput{QByteArray(), {}};
    if (!words.isEmpty() || commands.isEmpty())
        commands.append(current);
    return commands;
}

} // namespace

std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error, PasteMends *mends)
{
    const auto commands = splitShellText(command, false, error, mends);
    if (!commands)
        return std::nullopt;
    return commands->value(0).words;
}

std::optional<QList<ShellCommand>> splitShellCommands(const QString &text, QString *error, PasteMends *mends)
{
    auto commands = splitShellText(text, true, error, mends);
    if (!commands)
        return std::nullopt;
    commands->removeIf([](const ShellCommand &command) { return command.words.isEmpty(); });
    return commands;
}

} // namespace StatusScope::Core
