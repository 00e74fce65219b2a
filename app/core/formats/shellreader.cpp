// SPDX-License-Identifier: MIT
#include "core/formats/shellreader.h"

#include "core/formats/pastedcharacters.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

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

// The number the digits at `at` make (at most `maximum` of them, in `base`), and how many there were.
std::pair<uint, qsizetype> digitsAt(QByteArrayView input, qsizetype at, qsizetype maximum, int base)
{
    qsizetype digits = 0;
    const auto isDigit
        = [base](char c) { return base == 8 ? c >= '0' && c <= '7' : std::isxdigit(uchar(c)) != 0; };
    while (digits < maximum && at + digits < input.size() && isDigit(input.at(at + digits)))
        ++digits;
    return {input.sliced(at, digits).toByteArray().toUInt(nullptr, base), digits};
}

// What "\e" stands for inside $'…', with the escape's letter at `at`; `at` is moved past it.
QByteArray ansiEscape(QByteArrayView input, qsizetype &at)
{
    const char e = input.at(at++);
    switch (e) {
    case 'n':
        return "\n";
    case 't':
        return "\t";
    case 'r':
        return "\r";
    case 'a':
        return "\a";
    case 'b':
        return "\b";
    case 'e':
    case 'E':
        return "\x1b";
    case 'f':
        return "\f";
    case 'v':
        return "\v";
    case 'x': {
        const auto [value, digits] = digitsAt(input, at, 2, 16);
        at += digits;
        return QByteArray(1, char(value));
    }
    case 'u':
    case 'U': {
        const auto [value, digits] = digitsAt(input, at, e == 'u' ? 4 : 8, 16);
        at += digits;
        const char32_t code = value;
        return QString::fromUcs4(&code, 1).toUtf8();
    }
    default:
        if (e >= '0' && e <= '7') {
            const auto [value, digits] = digitsAt(input, at - 1, 3, 8);
            at += digits - 1;
            return QByteArray(1, char(value));
        }
        return QByteArray(1, e); // \\ \' \" and anything else stand for themselves
    }
}

} // namespace

ShellReader::ShellReader(const QString &text, bool separate, PasteMends &mends)
    : m_input(text.toUtf8())
    , m_separate(separate)
    , m_mends(mends)
{
}

std::optional<QList<ShellCommand>> ShellReader::read(QString *error)
{
    while (m_at < m_input.size()) {
        if (readBackslash() || readBlank() || readPasted() || readComment() || readSeparator()
            || readRedirection())
            continue;
        const char c = m_input.at(m_at);
        const bool ansi = c == '$' && m_at + 1 < m_input.size() && m_input.at(m_at + 1) == '\'';
        if (c == '\'' || c == '"' || ansi) {
            const bool closed = ansi ? readAnsiQuoted() : c == '"' ? readDoubleQuoted() : readSingleQuoted();
            if (!closed) {
                if (error)
                    *error = m_error;
                return std::nullopt;
            }
            m_inWord = true;
            continue;
        }
        noteExpansion(m_at);
        m_word += c;
        m_inWord = true;
        ++m_at;
    }
    endWord();
    if (!m_hereDocuments.isEmpty()) // "<<EOF" on the last line: a document with no lines
        m_current.input = ShellInput{QByteArray(), {}};
    if (!m_current.words.isEmpty() || m_commands.isEmpty())
        m_commands.append(m_current);
    return m_commands;
}

bool ShellReader::readBackslash()
{
    if (m_input.at(m_at) != '\\')
        return false;
    const auto lineEndAt = [this](qsizetype k) {
        return k < m_input.size() && (m_input.at(k) == '\n' || m_input.at(k) == '\r');
    };
    const auto pastLineEnd = [this](qsizetype k) {
        return k + (m_input.at(k) == '\r' && k + 1 < m_input.size() && m_input.at(k + 1) == '\n' ? 2 : 1);
    };
    if (lineEndAt(m_at + 1)) { // a line continuation: backslash, (CR) LF
        m_at = pastLineEnd(m_at + 1);
        return true;
    }
    // "\ " and the line's end: an editor or a chat kept a space after the continuation's
    // backslash. A shell would end the command there with a word " "; no one means that.
    qsizetype end = m_at + 1;
    while (end < m_input.size() && (m_input.at(end) == ' ' || m_input.at(end) == '\t'))
        ++end;
    if (end > m_at + 1 && (end == m_input.size() || lineEndAt(end))) {
        m_mends.spaceAfterBackslash = true;
        m_at = end == m_input.size() ? end : pastLineEnd(end);
        return true;
    }
    if (m_at + 1 < m_input.size())
        m_word += m_input.at(m_at + 1);
    m_inWord = true;
    m_at += 2;
    return true;
}

bool ShellReader::readBlank()
{
    const char c = m_input.at(m_at);
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        return false;
    endWord();
    ++m_at;
    if (m_separate && c == '\n') {
        readHereDocuments();
        endCommand();
    }
    return true;
}

bool ShellReader::readPasted()
{
    if (uchar(m_input.at(m_at)) < 0xc2)
        return false;
    const QByteArrayView input(m_input);
    const PastedCharacter pasted = pastedCharacter(input.sliced(m_at));
    if (pasted.kind == Pasted::Space || pasted.kind == Pasted::Invisible) {
        if (pasted.kind == Pasted::Space)
            endWord();
        (pasted.kind == Pasted::Space ? m_mends.unusualSpaces : m_mends.invisibleCharacters) = true;
        m_at += pasted.length;
        return true;
    }
    qsizetype closerLength = 0;
    const qsizetype end = pasted.kind == Pasted::Other
        ? -1
        : typographicQuoteEnd(input, m_at + pasted.length, pasted.kind, &closerLength);
    if (end < 0)
        return false;
    m_mends.typographicQuotes = true;
    // What the chat changed outside it changed inside too: ‘{“a”: 1}’ was '{"a": 1}'.
    const Pasted inner = pasted.kind == Pasted::DoubleQuote ? Pasted::SingleQuote : Pasted::DoubleQuote;
    for (qsizetype k = m_at + pasted.length; k < end;) {
        const PastedCharacter d = pastedCharacter(input.sliced(k));
        if (d.kind == inner) {
            m_word += inner == Pasted::DoubleQuote ? '"' : '\'';
            k += d.length;
        } else {
            m_word += m_input.at(k++);
        }
    }
    m_inWord = true;
    m_at = end + closerLength;
    return true;
}

bool ShellReader::readComment()
{
    if (!m_separate || m_inWord || m_input.at(m_at) != '#')
        return false;
    // A comment runs to the end of its line; the line break still ends the command.
    const qsizetype end = m_input.indexOf('\n', m_at);
    m_at = end < 0 ? m_input.size() : end;
    return true;
}

bool ShellReader::readSeparator()
{
    if (!m_separate)
        return false;
    const char c = m_input.at(m_at);
    const QByteArrayView rest = QByteArrayView(m_input).sliced(m_at);
    qsizetype length = 0;
    if (c == ';')
        length = 1;
    else if (!m_inWord && (rest.startsWith("&&") || rest.startsWith("||")))
        length = 2;
    else if (!m_inWord && (c == '|' || (c == '&' && (rest.size() == 1 || std::isspace(uchar(rest.at(1)))))))
        length = 1;
    if (length == 0)
        return false;
    // What follows a pipe or && is another command, listed by the caller, never a word of this one.
    endWord();
    m_current.pipedToNext = c == '|' && length == 1;
    endCommand();
    m_at += length;
    return true;
}

bool ShellReader::windowsPromptEnds() const
{
    // "PS C:\work> curl.exe …", "C:\Users\ann> curl …": the prompt's '>' ends a word of the
    // command, for the caller to drop; it is no redirection.
    const QList<QByteArray> &words = m_current.words;
    return m_inWord && m_word.size() >= 2 && std::isalpha(uchar(m_word.at(0))) && m_word.at(1) == ':'
        && (words.isEmpty() || (words.size() == 1 && words.first() == "PS")) && m_at + 1 < m_input.size()
        && m_input.at(m_at + 1) == ' ';
}

bool ShellReader::readRedirection()
{
    const char c = m_input.at(m_at);
    const QByteArrayView rest = QByteArrayView(m_input).sliced(m_at);
    if (!m_separate || !(c == '<' || c == '>' || rest.startsWith("&>")) || (c == '>' && windowsPromptEnds()))
        return false;
    // "2>" and "2>&1": digits right before the operator name a descriptor, not a word.
    QByteArray descriptor;
    if (m_inWord && c != '&' && !m_word.isEmpty()
        && std::all_of(m_word.cbegin(), m_word.cend(), [](char d) { return d >= '0' && d <= '9'; })) {
        descriptor = std::exchange(m_word, {});
        m_inWord = false;
    }
    endWord();
    qsizetype length = 1;
    if (rest.startsWith("<<<")) {
        m_target = Target::HereString;
        length = 3;
    } else if (rest.startsWith("<<")) {
        m_target = Target::HereDocument;
        length = rest.startsWith("<<-") ? 3 : 2;
    } else if (rest.startsWith("<&") || rest.startsWith(">&")) {
        qsizetype end = m_at + 2;
        while (end < m_input.size()
               && ((m_input.at(end) >= '0' && m_input.at(end) <= '9') || m_input.at(end) == '-'))
            ++end;
        if (end > m_at + 2) { // "2>&1", "<&0", ">&-": complete, no word follows
            m_current.redirections.append(QString::fromUtf8(descriptor + m_input.mid(m_at, end - m_at)));
            m_at = end;
            return true;
        }
        m_target = Target::Output; // ">&FILE", as "&>FILE"
        length = 2;
    } else if (c == '<') {
        m_target = Target::InputFile;
    } else {
        m_target = Target::Output;
        if (rest.startsWith("&>>"))
            length = 3;
        else if (rest.startsWith(">>") || rest.startsWith(">|") || rest.startsWith("&>"))
            length = 2;
    }
    m_targetOperator = descriptor + m_input.mid(m_at, length);
    m_at += length;
    return true;
}

QString ShellReader::quoteNotClosed(const QString &kind, qsizetype at) const
{
    const qsizetype lineStart = m_input.lastIndexOf('\n', at) + 1;
    const qsizetype lineEnd = m_input.indexOf('\n', at);
    QString line
        = QString::fromUtf8(m_input.mid(lineStart, lineEnd < 0 ? -1 : lineEnd - lineStart)).trimmed();
    constexpr qsizetype Shown = 60;
    if (line.size() > Shown)
        line = line.left(Shown) + u'…';
    return CurlText::tr("%1 is not closed: it opens in “%2”.").arg(kind, escapeForDisplay(line));
}

bool ShellReader::readSingleQuoted()
{
    const qsizetype end = m_input.indexOf('\'', m_at + 1);
    if (end < 0) {
        m_error = quoteNotClosed(CurlText::tr("A single quote"), m_at);
        return false;
    }
    m_word += m_input.mid(m_at + 1, end - m_at - 1);
    m_at = end + 1;
    return true;
}

bool ShellReader::readAnsiQuoted()
{
    const qsizetype opened = m_at;
    m_at += 2; // $'
    while (m_at < m_input.size()) {
        const char d = m_input.at(m_at);
        if (d == '\'') {
            ++m_at;
            return true;
        }
        if (d == '\\' && m_at + 1 < m_input.size()) {
            ++m_at;
            m_word += ansiEscape(m_input, m_at);
            continue;
        }
        m_word += d;
        ++m_at;
    }
    m_error = quoteNotClosed(CurlText::tr("A $'…' quote"), opened);
    return false;
}

bool ShellReader::readDoubleQuoted()
{
    const qsizetype opened = m_at;
    ++m_at;
    while (m_at < m_input.size()) {
        const char d = m_input.at(m_at);
        if (d == '"') {
            ++m_at;
            return true;
        }
        if (d == '\\' && m_at + 1 < m_input.size()) {
            const char e = m_input.at(m_at + 1);
            if (e == '"' || e == '\\' || e == '$' || e == '`') {
                m_word += e;
                m_at += 2;
                continue;
            }
            if (e == '\n') {
                m_at += 2;
                continue;
            }
        }
        noteExpansion(m_at);
        m_word += d;
        ++m_at;
    }
    m_error = quoteNotClosed(CurlText::tr("A double quote"), opened);
    return false;
}

void ShellReader::endWord()
{
    if (!m_inWord)
        return;
    m_inWord = false;
    QByteArray done = std::exchange(m_word, {});
    switch (std::exchange(m_target, Target::None)) {
    case Target::None:
        m_current.words.append(std::move(done));
        break;
    case Target::Output:
        m_current.redirections.append(QString::fromUtf8(m_targetOperator + ' ' + done));
        break;
    case Target::InputFile:
        m_current.input = ShellInput{std::nullopt, QString::fromUtf8(done)};
        break;
    case Target::HereString:
        m_current.input = ShellInput{done + '\n', {}};
        break;
    case Target::HereDocument:
        m_hereDocuments.append({done, m_targetOperator == "<<-", m_commands.size()});
        break;
    }
}

void ShellReader::endCommand()
{
    if (!m_current.words.isEmpty())
        m_commands.append(m_current);
    m_current = {};
}

void ShellReader::readHereDocuments()
{
    // The lines after the one that opened here-documents: each one's text up to its end line.
    for (const HereDocument &document : std::exchange(m_hereDocuments, {})) {
        QByteArray text;
        while (m_at < m_input.size()) {
            qsizetype end = m_input.indexOf('\n', m_at);
            if (end < 0)
                end = m_input.size();
            QByteArray line = m_input.mid(m_at, end - m_at);
            m_at = std::min(end + 1, m_input.size());
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
        (document.command < m_commands.size() ? m_commands[document.command] : m_current).input
            = ShellInput{text, {}};
    }
}

void ShellReader::noteExpansion(qsizetype at)
{
    // "$NAME", "${NAME}", "$(…)" and "`…`" where a shell would expand them: kept as written (a
    // pasted command must not send the environment's secrets where a page says), and named.
    const char d = m_input.at(at);
    if (d == '`' || (d == '$' && at + 1 < m_input.size() && m_input.at(at + 1) == '(')) {
        m_mends.commandSubstitution = true;
        return;
    }
    if (d != '$' || at + 1 >= m_input.size())
        return;
    qsizetype start = at + 1;
    qsizetype end = start;
    if (m_input.at(start) == '{') {
        end = m_input.indexOf('}', start);
        if (end < 0)
            return;
        ++start;
    } else {
        while (end < m_input.size() && (std::isalnum(uchar(m_input.at(end))) || m_input.at(end) == '_'))
            ++end;
    }
    QByteArray name = m_input.mid(start, end - start);
    if (name.isEmpty() || std::isdigit(uchar(name.at(0))))
        return;
    if (const qsizetype colon = name.indexOf(':'); colon >= 0) // ${NAME:-default}
        name.truncate(colon);
    const QString shown = u'$' + QString::fromUtf8(name);
    if (!m_mends.shellVariables.contains(shown))
        m_mends.shellVariables.append(shown);
}

} // namespace StatusScope::Core
