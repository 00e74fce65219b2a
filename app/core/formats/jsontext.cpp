// SPDX-License-Identifier: MIT
#include "core/formats/jsontext.h"

#include <QChar>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace StatusScope::Core {

namespace {

std::string_view view(QLatin1StringView key)
{
    return {key.data(), size_t(key.size())};
}

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xf];
}

} // namespace

JsonTextWriter::JsonTextWriter(QByteArray &out, QJsonDocument::JsonFormat format, int level)
    : m_out(out)
    , m_compact(format == QJsonDocument::Compact)
    , m_base(m_compact ? 0 : level)
{
}

void JsonTextWriter::indent(qsizetype depth)
{
    if (!m_compact && depth > 0)
        m_out.append(4 * depth, ' ');
}

void JsonTextWriter::startValue()
{
    if (m_levels.isEmpty()) {
        indent(m_base);
        return;
    }
    Level &level = m_levels.last();
    if (level.object)
        return; // key() has written what goes before the value
    if (level.count++ > 0)
        m_out.append(m_compact ? "," : ",\n");
    indent(m_base + m_levels.size());
}

void JsonTextWriter::key(QLatin1StringView key)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object);
    Level &level = m_levels.last();
    const bool first = level.count++ == 0;
    if (!first && view(m_members.last().key) >= view(key))
        level.sorted = false;
    // Written through one resize and a pointer, not six appends: keys are most of a hop's calls.
    const qsizetype separator = first ? 0 : m_compact ? 1 : 2;
    const qsizetype spaces = m_compact ? 0 : 4 * (m_base + m_levels.size());
    const qsizetype at = m_out.size();
    m_out.resize(at + separator + spaces + key.size() + (m_compact ? 3 : 4));
    char *cursor = m_out.data() + at;
    if (separator) {
        *cursor++ = ',';
        if (!m_compact)
            *cursor++ = '\n';
    }
    m_members.append({key, at + separator});
    std::memset(cursor, ' ', size_t(spaces));
    cursor += spaces;
    *cursor++ = '"';
    std::memcpy(cursor, key.data(), size_t(key.size()));
    cursor += key.size();
    *cursor++ = '"';
    *cursor++ = ':';
    if (!m_compact)
        *cursor++ = ' ';
}

void JsonTextWriter::beginObject()
{
    startValue();
    m_out.append(m_compact ? "{" : "{\n");
    m_levels.append({true, 0, m_members.size(), true});
}

void JsonTextWriter::beginArray()
{
    startValue();
    m_out.append(m_compact ? "[" : "[\n");
    m_levels.append({false, 0, m_members.size(), true});
}

void JsonTextWriter::endObject()
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object);
    if (!m_levels.last().sorted)
        sortMembers(m_levels.last());
    m_members.resize(m_levels.last().firstMember);
    close('}');
}

void JsonTextWriter::endArray()
{
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().object);
    close(']');
}

void JsonTextWriter::close(char bracket)
{
    // Qt ends the last member's line, then indents the bracket at its opening's depth: an empty
    // container too ("{\n" + indentation + "}").
    if (!m_compact && m_levels.last().count > 0)
        m_out.append('\n');
    m_levels.removeLast();
    indent(m_base + m_levels.size());
    m_out.append(bracket);
}

// A QJsonObject holds its members in key order whatever the order they came in: the members
// written so far are cut at their starts and put back in that order. Every member's text is
// whole (nested objects were sorted when they ended) and the separators are all alike, so the
// object keeps its length.
void JsonTextWriter::sortMembers(const Level &level)
{
    const Member *first = m_members.constData() + level.firstMember;
    const qsizetype count = m_members.size() - level.firstMember;
    const qsizetype separator = m_compact ? 1 : 2;
    const qsizetype begin = first[0].start;
    const qsizetype end = m_out.size();
    QVarLengthArray<qsizetype, 48> order(count);
    for (qsizetype i = 0; i < count; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [first](qsizetype a, qsizetype b) { return view(first[a].key) < view(first[b].key); });
    QByteArray sorted;
    sorted.reserve(end - begin);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype member = order[i];
        const qsizetype from = first[member].start;
        const qsizetype to = member + 1 < count ? first[member + 1].start - separator : end;
        if (i > 0)
            sorted.append(m_compact ? "," : ",\n");
        sorted.append(m_out.constData() + from, to - from);
    }
    m_out.replace(begin, end - begin, sorted);
}

void JsonTextWriter::value(QStringView text)
{
    startValue();
    // Room for the worst case, six bytes a code unit (\u00xx, or \udxxx for a lone surrogate),
    // then cut to what was written: one pass, no growing.
    const qsizetype at = m_out.size();
    m_out.resize(at + 2 + 6 * text.size());
    char *cursor = m_out.data() + at;
    *cursor++ = '"';
    const char16_t *source = text.utf16();
    const char16_t *const end = source + text.size();
    while (source != end) {
        const char16_t unit = *source++;
        if (unit >= 0x20 && unit < 0x80 && unit != '"' && unit != '\\') {
            *cursor++ = char(unit);
        } else if (unit < 0x80) {
            *cursor++ = '\\';
            switch (unit) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case '\b':
                *cursor++ = 'b';
                break;
            case '\f':
                *cursor++ = 'f';
                break;
            case '\n':
                *cursor++ = 'n';
                break;
            case '\r':
                *cursor++ = 'r';
                break;
            case '\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(unit >> 4);
                *cursor++ = hexDigit(unit);
            }
        } else if (unit < 0x800) {
            *cursor++ = char(0xc0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *cursor++ = char(0xe0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3f));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && source != end && QChar::isLowSurrogate(*source)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *source++);
            *cursor++ = char(0xf0 | (code >> 18));
            *cursor++ = char(0x80 | ((code >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((code >> 6) & 0x3f));
            *cursor++ = char(0x80 | (code & 0x3f));
        } else {
            // Half a pair has no UTF-8 form: Qt writes the code unit as an escape instead.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit(unit >> 12);
            *cursor++ = hexDigit(unit >> 8);
            *cursor++ = hexDigit(unit >> 4);
            *cursor++ = hexDigit(unit);
        }
    }
    *cursor++ = '"';
    m_out.truncate(cursor - m_out.constData());
}

void JsonTextWriter::value(qint64 number)
{
    startValue();
    writeInteger(number);
}

void JsonTextWriter::writeInteger(qint64 number)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, written.ptr - digits);
}

void JsonTextWriter::value(double number)
{
    startValue();
    // QJsonValue keeps a whole double that a double holds exactly (within ±2^53) as an integer,
    // and writes it so: 5.0 as "5", -0.0 as "0".
    if (!std::isfinite(number))
        m_out.append("null");
    else if (std::trunc(number) == number && std::abs(number) <= 9007199254740992.0)
        writeInteger(qint64(number));
    else if (!writeThousandths(number))
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

// Our doubles are milliseconds rounded to whole thousandths (roundedMs()). Such a value between
// 0.01 and 10^9 has as its shortest form the thousandths themselves, in fixed notation (shorter
// there than the exponent form Qt would otherwise pick), which is cheap to write by hand;
// QByteArray::number() goes through QLocale's machinery. Anything else is left to Qt.
bool JsonTextWriter::writeThousandths(double number)
{
    const double magnitude = std::abs(number);
    if (!(magnitude >= 0.01 && magnitude < 1e9))
        return false;
    const qint64 thousandths = std::llround(number * 1000.0);
    if (double(thousandths) / 1000.0 != number)
        return false;
    char text[32];
    char *cursor = text;
    if (thousandths < 0)
        *cursor++ = '-';
    const quint64 whole = quint64(thousandths < 0 ? -thousandths : thousandths);
    cursor = std::to_chars(cursor, text + sizeof text, whole / 1000).ptr;
    const unsigned fraction = unsigned(whole % 1000); // not 0: whole numbers were written as such
    *cursor++ = '.';
    *cursor++ = char('0' + fraction / 100);
    if (fraction % 100 != 0) {
        *cursor++ = char('0' + fraction / 10 % 10);
        if (fraction % 10 != 0)
            *cursor++ = char('0' + fraction % 10);
    }
    m_out.append(text, cursor - text);
    return true;
}

void JsonTextWriter::value(bool flag)
{
    startValue();
    m_out.append(flag ? "true" : "false");
}

void JsonTextWriter::value(std::nullptr_t)
{
    startValue();
    m_out.append("null");
}

void JsonTextWriter::finishDocument()
{
    if (!m_compact)
        m_out.append('\n');
}

} // namespace StatusScope::Core
