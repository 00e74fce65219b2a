// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

namespace StatusScope::Core {

// Text files as people's tools save them, read as UTF-8: UTF-8 with or without a byte order mark
// (Notepad, Excel's "CSV UTF-8"), or UTF-16 or UTF-32 where a byte order mark says so (Windows
// PowerShell's ">", Excel's "Unicode text"). Fed in any pieces; what comes out is UTF-8 without
// the mark, for readers that split lines on bytes and check each line's UTF-8 themselves. Bytes
// without a mark pass as they are, so text that is not UTF-8 is still told as such downstream.
class IncomingText
{
public:
    // The bytes fed so far, as UTF-8; the first few may be held back until they tell the mark.
    QByteArray feed(QByteArrayView bytes);
    // What was held back, at the end of the input.
    QByteArray finish();
    // The encoding a byte order mark named, once known; nullopt for UTF-8 or no mark.
    std::optional<QStringConverter::Encoding> encoding() const { return m_encoding; }

    // The encoding whose byte order mark `head` begins with, if it is not UTF-8's.
    static std::optional<QStringConverter::Encoding> markedEncoding(QByteArrayView head);

private:
    QByteArray decided(QByteArrayView bytes);

    QByteArray m_head; // the first bytes, until four tell the mark
    bool m_decided = false;
    std::optional<QStringConverter::Encoding> m_encoding;
    std::optional<QStringDecoder> m_decoder;
    QString m_highSurrogate; // the first half of a pair whose second is in the next piece
};

// A whole text as IncomingText reads it, decoded; nullopt when it is not valid in its encoding
// (UTF-8 when no mark names another).
std::optional<QString> decodeIncomingText(QByteArrayView bytes);

} // namespace StatusScope::Core
