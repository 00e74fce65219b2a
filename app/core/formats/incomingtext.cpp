// SPDX-License-Identifier: MIT
#include "core/formats/incomingtext.h"

#include <algorithm>
#include <array>

namespace StatusScope::Core {

namespace {

constexpr qsizetype MarkBytes = 4; // UTF-32's mark is the longest

struct ByteOrderMark
{
    QByteArrayView bytes;
    std::optional<QStringConverter::Encoding> encoding; // none for UTF-8's: its bytes are kept as they are
};

// UTF-32LE's mark begins with UTF-16LE's: the longer one first.
const std::array<ByteOrderMark, 5> Marks{{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE},
    {QByteArrayView("\xFF\xFE"), QStringConverter::Utf16LE},
    {QByteArrayView("\xFE\xFF"), QStringConverter::Utf16BE},
    {QByteArrayView("\xEF\xBB\xBF"), std::nullopt},
}};

const ByteOrderMark *markOf(QByteArrayView head)
{
    const auto found = std::find_if(Marks.cbegin(), Marks.cend(), [head](const ByteOrderMark &mark) {
        return head.startsWith(mark.bytes);
    });
    return found == Marks.cend() ? nullptr : &*found;
}

} // namespace

std::optional<QStringConverter::Encoding> IncomingText::markedEncoding(QByteArrayView head)
{
    const ByteOrderMark *mark = markOf(head);
    return mark ? mark->encoding : std::nullopt;
}

QByteArray IncomingText::feed(QByteArrayView bytes)
{
    if (m_decided)
        return decided(bytes);
    m_head += bytes;
    // Four bytes tell every mark; fewer do when they already differ from every mark's start.
    const bool mayBeMark = m_head.size() < MarkBytes
        && std::any_of(Marks.cbegin(), Marks.cend(),
                       [this](const ByteOrderMark &mark) { return mark.bytes.startsWith(m_head); });
    if (mayBeMark)
        return {};
    return finish();
}

QByteArray IncomingText::finish()
{
    if (m_decided)
        return decided(QByteArrayView()); // a first half still waiting, now alone
    m_decided = true;
    QByteArray head = std::exchange(m_head, {});
    if (const ByteOrderMark *mark = markOf(head)) {
        m_encoding = mark->encoding;
        if (m_encoding)
            m_decoder.emplace(*m_encoding); // drops the mark as it decodes
        else
            head.remove(0, mark->bytes.size());
    }
    return decided(head);
}

QByteArray IncomingText::decided(QByteArrayView bytes)
{
    if (!m_decoder)
        return bytes.toByteArray();
    // A character outside the BMP may end one piece with its first half: that half waits for the
    // second, as UTF-8 writes the pair as one character.
    QString text = std::exchange(m_highSurrogate, {}) + QString(m_decoder->decode(bytes));
    if (!text.isEmpty() && text.back().isHighSurrogate() && !bytes.isEmpty()) {
        m_highSurrogate = text.back();
        text.chop(1);
    }
    return text.toUtf8();
}

std::optional<QString> decodeIncomingText(QByteArrayView bytes)
{
    const std::optional<QStringConverter::Encoding> encoding = IncomingText::markedEncoding(bytes);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8)); // the mark is dropped
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace StatusScope::Core
