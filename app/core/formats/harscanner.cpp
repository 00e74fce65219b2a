// SPDX-License-Identifier: MIT
#include "core/formats/harscanner.h"

#include <QCoreApplication>

namespace StatusScope::Core {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(Har)
};

// QJsonDocument refuses deeper documents; so do we, before an entry reaches it.
constexpr std::size_t MaxDepth = 1024;

bool isSpace(uchar c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool isHex(uchar c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QString shown(uchar c)
{
    if (c >= 0x21 && c < 0x7f)
        return QStringLiteral("“%1”").arg(QChar(char16_t(c)));
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QChar(u'0'));
}

} // namespace

HarEntryScanner::HarEntryScanner(qsizetype maxStringBytes, EntryHandler onEntry)
    : m_maxStringBytes(maxStringBytes)
    , m_onEntry(std::move(onEntry))
{
}

bool HarEntryScanner::feed(QByteArrayView bytes)
{
    if (hasError() || m_stopped)
        return false;
    qsizetype i = 0;
    // A byte order mark, which some Windows tools write and QJsonDocument skips too.
    if (m_offset == 0 && m_state == State::Start && bytes.startsWith("\xef\xbb\xbf"))
        i = 3;
    m_chunk = bytes.data();
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (; i < size; ++i) {
        if (m_state == State::String && m_utf8Pending == 0) {
            // Most of a file is plain text inside strings (bodies): taken in runs, not byte by byte.
            qsizetype end = i;
            while (end < size && data[end] >= 0x20 && data[end] < 0x80 && data[end] != '"'
                   && data[end] != '\\')
                ++end;
            if (end > i) {
                plainRun(i, end);
                i = end;
                if (i == size)
                    break;
            }
        }
        if (!step(data[i], i))
            return false;
    }
    if (m_capturing && m_spanStart >= 0) {
        flushSpan(size);
        m_spanStart = 0; // the entry goes on in the next chunk
    }
    m_chunk = nullptr;
    m_offset += size;
    return true;
}

bool HarEntryScanner::finish()
{
    if (hasError() || m_stopped)
        return false;
    if (m_state != State::Done)
        return fail(
            m_offset == 0 ? ScanText::tr("the file is empty") : ScanText::tr("the file ends too early"), -1);
    return true;
}

bool HarEntryScanner::fail(const QString &what, qsizetype i)
{
    m_error = what;
    m_errorByte = m_offset + i + 1;
    m_errorEntry = m_capturing && !m_captureRoot ? m_entryNumber : 0;
    return false;
}

void HarEntryScanner::flushSpan(qsizetype upTo)
{
    if (m_spanStart >= 0 && upTo > m_spanStart)
        m_entry.append(m_chunk + m_spanStart, upTo - m_spanStart);
    m_spanStart = upTo;
}

bool HarEntryScanner::step(uchar c, qsizetype i)
{
    switch (m_state) {
    case State::String:
        return stringByte(c, i);
    case State::Escape:
        if (!QByteArrayView("\"\\/bfnrtu").contains(char(c)))
            return fail(ScanText::tr("%1 cannot follow a backslash in a string").arg(shown(c)), i);
        m_escapeLength = 2;
        if (c == 'u') {
            m_hexPending = 4;
            m_escapeIsHighSurrogate = false;
            m_state = State::UnicodeEscape;
        } else {
            keepEscape(i);
            m_state = State::String;
        }
        return true;
    case State::UnicodeEscape:
        if (!isHex(c))
            return fail(ScanText::tr("a \\u escape needs four hexadecimal digits"), i);
        ++m_escapeLength;
        if (m_escapeLength == 3)
            m_escapeIsHighSurrogate = c == 'd' || c == 'D';
        else if (m_escapeLength == 4)
            m_escapeIsHighSurrogate = m_escapeIsHighSurrogate && QByteArrayView("89abAB").contains(char(c));
        if (--m_hexPending == 0) {
            keepEscape(i);
            m_state = State::String;
        }
        return true;
    case State::Number:
        switch (m_numberPart) {
        case NumberPart::Minus:
            if (!isDigit(c))
                return fail(ScanText::tr("a number needs a digit after its minus sign"), i);
            m_numberPart = c == '0' ? NumberPart::Zero : NumberPart::Integer;
            return true;
        case NumberPart::Zero:
        case NumberPart::Integer:
            if (isDigit(c) && m_numberPart == NumberPart::Integer)
                return true;
            if (c == '.') {
                m_numberPart = NumberPart::Point;
                return true;
            }
            break;
        case NumberPart::Point:
            if (!isDigit(c))
                return fail(ScanText::tr("a number needs a digit after its decimal point"), i);
            m_numberPart = NumberPart::Fraction;
            return true;
        case NumberPart::Fraction:
            if (isDigit(c))
                return true;
            break;
        case NumberPart::Exponent:
            if (c == '+' || c == '-') {
                m_numberPart = NumberPart::ExponentSign;
                return true;
            }
            [[fallthrough]];
        case NumberPart::ExponentSign:
            if (!isDigit(c))
                return fail(ScanText::tr("a number needs digits in its exponent"), i);
            m_numberPart = NumberPart::ExponentDigits;
            return true;
        case NumberPart::ExponentDigits:
            if (isDigit(c))
                return true;
            break;
        }
        if ((c == 'e' || c == 'E') && m_numberPart != NumberPart::ExponentDigits) {
            m_numberPart = NumberPart::Exponent;
            return true;
        }
        // The byte after the number belongs to what follows it.
        return endValue(i) && step(c, i);
    case State::Literal:
        if (c != uchar(m_literal[m_literalAt]))
            return fail(ScanText::tr("%1 is not a JSON value").arg(shown(c)), i);
        return m_literal[++m_literalAt] != '\0' || endValue(i + 1);
    default:
        break;
    }

    if (isSpace(c))
        return true;
    switch (m_state) {
    case State::Start:
        if (c != '{' && c != '[')
            return fail(ScanText::tr("a JSON document starts with “{” or “[”, not %1").arg(shown(c)), i);
        return beginValue(c, i);
    case State::Value:
        return beginValue(c, i);
    case State::ValueOrEnd:
        return c == ']' ? closeContainer(c, i) : beginValue(c, i);
    case State::KeyOrEnd:
        if (c == '}')
            return closeContainer(c, i);
        [[fallthrough]];
    case State::Key:
        if (c != '"')
            return fail(ScanText::tr("a key in quotes was expected, not %1").arg(shown(c)), i);
        m_stringIsKey = true;
        m_keepKey = m_stack.back().role == Role::Root || m_stack.back().role == Role::Log;
        m_key.clear();
        m_kept = 0;
        m_cut = false;
        m_afterHighSurrogate = false;
        m_state = State::String;
        return true;
    case State::Colon:
        if (c != ':')
            return fail(ScanText::tr("a colon was expected after a key, not %1").arg(shown(c)), i);
        m_state = State::Value;
        return true;
    case State::CommaOrEnd:
        if (c == ',') {
            m_state = m_stack.back().isObject ? State::Key : State::Value;
            return true;
        }
        if (c == '}' || c == ']')
            return closeContainer(c, i);
        return fail(ScanText::tr("a comma or a closing bracket was expected, not %1").arg(shown(c)), i);
    case State::Done:
        return fail(ScanText::tr("%1 follows the end of the document").arg(shown(c)), i);
    default:
        return true;
    }
}

bool HarEntryScanner::beginValue(uchar c, qsizetype i)
{
    Role role = Role::Other;
    if (m_stack.empty()) {
        role = Role::Root;
    } else if (m_stack.back().isObject) {
        role = m_stack.back().nextValueRole;
    } else if (m_stack.back().role == Role::Entries && !m_captureRoot) {
        m_capturing = true;
        m_captureDepth = m_stack.size();
        ++m_entryNumber;
        m_entry.clear();
        m_spanStart = i;
    }
    if (m_stack.empty() && m_captureRoot) {
        m_capturing = true;
        m_captureDepth = 0;
        m_spanStart = i;
    }
    switch (c) {
    case '"':
        m_stringIsKey = false;
        m_kept = 0;
        m_cut = false;
        m_afterHighSurrogate = false;
        m_state = State::String;
        return true;
    case '{':
    case '[':
        if (m_stack.size() >= MaxDepth)
            return fail(ScanText::tr("arrays and objects are nested too deeply"), i);
        if (c == '[' && role == Role::Entries) {
            if (m_foundEntries)
                return fail(ScanText::tr("the file has more than one log.entries list"), i);
            m_foundEntries = true;
        }
        m_stack.push_back(Frame{c == '{',
                                c == '{' ? (role == Role::Root || role == Role::Log ? role : Role::Other)
                                         : (role == Role::Entries ? role : Role::Other),
                                Role::Other});
        m_state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
        return true;
    case 't':
    case 'f':
    case 'n':
        m_literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
        m_literalAt = 1;
        m_state = State::Literal;
        return true;
    default:
        if (c == '-' || isDigit(c)) {
            m_numberPart = c == '-' ? NumberPart::Minus : c == '0' ? NumberPart::Zero : NumberPart::Integer;
            m_state = State::Number;
            return true;
        }
        return fail(ScanText::tr("%1 is not a JSON value").arg(shown(c)), i);
    }
}

bool HarEntryScanner::closeContainer(uchar c, qsizetype i)
{
    if (m_stack.back().isObject != (c == '}'))
        return fail(
            ScanText::tr("%1 does not close the open %2")
                .arg(shown(c), m_stack.back().isObject ? ScanText::tr("object") : ScanText::tr("array")),
            i);
    m_stack.pop_back();
    return endValue(i + 1);
}

bool HarEntryScanner::endValue(qsizetype end)
{
    m_state = m_stack.empty() ? State::Done : State::CommaOrEnd;
    if (!m_capturing || m_stack.size() != m_captureDepth)
        return true;
    flushSpan(end);
    m_capturing = false;
    m_spanStart = -1;
    if (!m_onEntry(std::move(m_entry), m_entryNumber)) {
        m_stopped = true;
        return false;
    }
    m_entry = QByteArray();
    return true;
}

bool HarEntryScanner::stringByte(uchar c, qsizetype i)
{
    if (m_utf8Pending > 0) {
        if (c < m_utf8Low || c > m_utf8High)
            return fail(ScanText::tr("a string is not valid UTF-8"), i);
        m_utf8Low = 0x80;
        m_utf8High = 0xbf;
        --m_utf8Pending;
    } else if (c == '"') {
        if (m_stringIsKey) {
            Frame &frame = m_stack.back();
            frame.nextValueRole = frame.role == Role::Root && m_keepKey && m_key == "log" ? Role::Log
                : frame.role == Role::Log && m_keepKey && m_key == "entries"              ? Role::Entries
                                                                                          : Role::Other;
        }
        if (m_capturing && m_cut)
            m_spanStart = i; // the closing quote is kept
        if (!m_stringIsKey)
            return endValue(i + 1);
        m_state = State::Colon;
        return true;
    } else if (c == '\\') {
        m_escapeLength = 1;
        m_state = State::Escape;
        return true;
    } else if (c < 0x20) {
        return fail(
            ScanText::tr("a string holds a control character (%1) that must be escaped").arg(shown(c)), i);
    } else if (c >= 0x80) {
        // The ranges of RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
        if (c >= 0xc2 && c <= 0xdf)
            m_utf8Pending = 1;
        else if (c >= 0xe0 && c <= 0xef)
            m_utf8Pending = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            m_utf8Pending = 3;
        else
            return fail(ScanText::tr("a string is not valid UTF-8"), i);
        m_utf8Low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
        m_utf8High = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
    }
    if (m_stringIsKey && m_keepKey && m_key.size() < 8)
        m_key.append(char(c));
    if (!m_capturing)
        return true;
    // Cut before the first byte past the limit that starts a character (not a continuation byte).
    if (!m_cut && m_kept >= m_maxStringBytes && (c & 0xc0) != 0x80) {
        flushSpan(i);
        if (m_afterHighSurrogate)
            m_entry.chop(6); // its low half is cut away: the high half goes too
        m_spanStart = -1;
        m_cut = true;
    }
    if (!m_cut) {
        m_afterHighSurrogate = false;
        ++m_kept;
    }
    return true;
}

void HarEntryScanner::plainRun(qsizetype begin, qsizetype end)
{
    if (m_stringIsKey && m_keepKey)
        m_key.append(m_chunk + begin,
                     std::min<qsizetype>(end - begin, std::max<qsizetype>(0, 8 - m_key.size())));
    if (!m_capturing || m_cut)
        return;
    // What stringByte() does for each of these bytes: all are whole ASCII characters.
    if (m_kept + (end - begin) <= m_maxStringBytes) {
        m_kept += end - begin;
        m_afterHighSurrogate = false;
        return;
    }
    const qsizetype cutAt = begin + std::max<qsizetype>(0, m_maxStringBytes - m_kept);
    flushSpan(cutAt);
    if (cutAt == begin && m_afterHighSurrogate)
        m_entry.chop(6);
    m_spanStart = -1;
    m_cut = true;
}

void HarEntryScanner::keepEscape(qsizetype i)
{
    if (m_stringIsKey && m_keepKey && m_key.size() < 8)
        m_key.append('\\'); // an escaped key is never taken for "log" or "entries"
    if (!m_capturing)
        return;
    // An escape is kept whole or not at all.
    if (!m_cut && m_kept + m_escapeLength > m_maxStringBytes) {
        flushSpan(i + 1);
        m_entry.chop(m_escapeLength + (m_afterHighSurrogate ? 6 : 0));
        m_spanStart = -1;
        m_cut = true;
    }
    if (!m_cut) {
        m_afterHighSurrogate = m_escapeLength == 6 && m_escapeIsHighSurrogate;
        m_kept += m_escapeLength;
    }
}

void HarEntryScanner::shortenStrings(QByteArray &json, qsizetype maxBytes)
{
    QByteArray shortened;
    HarEntryScanner scanner(maxBytes, [&shortened](QByteArray &&whole, int) {
        shortened = std::move(whole);
        return true;
    });
    scanner.m_captureRoot = true;
    if (scanner.feed(json) && scanner.finish())
        json = std::move(shortened);
}

} // namespace StatusScope::Core
