// SPDX-License-Identifier: MIT
#include "core/formats/incomingtext.h"

namespace StatusScope::Core {

namespace {

constexpr qsizetype MarkBytes = 4; // UTF-32's mark is the longest

} // namespace

std::optional<QStringConverter::Encoding> IncomingText::markedEncoding(QByteArrayView head)
{
    // UTF-32LE's mark begins with UTF-16LE's: the longer one first.
    if (head.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return QStringConverter::Utf32LE;
    if (head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return QStringConverter::Utf32BE;
    if (head.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QByteArray IncomingText::feed(QByteArrayView bytes)
{
    if (m_decided)
        return decided(bytes);
    m_head += bytes;
    // Four bytes tell every mark; fewer do when they already differ from every mark's start.
    const bool mayBeMark = m_head.size() < MarkBytes
        && (QByteArrayView("\xFF\xFE\x00\x00", 4).startsWith(m_head)
            || QByteArrayView("\x00\x00\xFE\xFF", 4).startsWith(m_head)
            || QByteArrayView("\xFE\xFF").startsWith(m_head)
            || QByteArrayView("\xEF\xBB\xBF").startsWith(m_head));
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
    m_encoding = markedEncoding(head);
    if (m_encoding)
        m_decoder.emplace(*m_encoding); // drops the mark as it decodes
    else if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
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
