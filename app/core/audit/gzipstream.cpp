// SPDX-License-Identifier: MIT
#include "core/audit/gzipstream.h"
#include "core/audit/auditinputtext.h"

#include <QCoreApplication>

#include <zlib.h>

namespace StatusScope::Core {

struct GzipStream::State
{
    z_stream stream{};
    bool open = false;
    bool inMember = false; // bytes of a member were read and its end not yet seen
};

GzipStream::GzipStream()
    : m_state(std::make_unique<State>())
{
    // 16 + MAX_WBITS: gzip's header and trailer, not zlib's.
    m_state->open = inflateInit2(&m_state->stream, 16 + MAX_WBITS) == Z_OK;
    if (!m_state->open)
        m_error = AuditInputText::tr("zlib could not be set up to read gzip.");
}

GzipStream::~GzipStream()
{
    if (m_state->open)
        inflateEnd(&m_state->stream);
}

QByteArray GzipStream::inflate(QByteArrayView compressed)
{
    QByteArray out;
    if (!m_state->open || !m_error.isEmpty())
        return out;
    z_stream &z = m_state->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = uInt(compressed.size());
    char buffer[64 * 1024];
    while (z.avail_in > 0) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        m_state->inMember = true;
        const int result = ::inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (result == Z_STREAM_END) {
            // Several gzip members in a row are one file (gzip -c a b > c).
            m_state->inMember = false;
            inflateReset(&z);
            continue;
        }
        if (result != Z_OK && result != Z_BUF_ERROR) {
            m_error = AuditInputText::tr("The gzip data is corrupt (%1).")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            break;
        }
        if (result == Z_BUF_ERROR && z.avail_out != 0)
            break;
    }
    return out;
}

bool GzipStream::truncated() const
{
    return m_state->inMember;
}

} // namespace StatusScope::Core
