// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace StatusScope::Core {

// Undoes gzip (a sitemap.xml.gz) piece by piece with zlib, as the bytes arrive: Qt's qUncompress
// reads zlib's own format only, and wants everything at once.
class GzipStream
{
public:
    GzipStream();
    ~GzipStream();
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    static bool looksGzipped(QByteArrayView head) { return head.size() >= 2 && head.startsWith("\x1f\x8b"); }

    // The bytes `compressed` decodes to; on corrupt data, what came before it, and error() says so.
    QByteArray inflate(QByteArrayView compressed);
    // Whether the stream ended in the middle of a member (call at the end of the input).
    bool truncated() const;
    QString error() const { return m_error; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace StatusScope::Core
