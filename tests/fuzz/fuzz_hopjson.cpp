// SPDX-License-Identifier: MIT
// libFuzzer target: a hop's JSON written straight as text (writeHopJson, JsonTextWriter) is the
// very text Qt writes for the same hop put into a QJsonObject (hopToDocument, QJsonDocument), in
// both layouts, whatever the server sent: `check --json` must not change by a byte for having
// skipped Qt's writer. The input is cut at NUL bytes into the hop's texts; its first bytes give the
// numbers.
#include "core/formats/chaindocument.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace StatusScope::Core;

namespace {

// Texts taken in turn from the input's NUL-separated pieces; empty once they run out.
class Pieces
{
public:
    explicit Pieces(const QByteArray &bytes)
        : m_pieces(bytes.split('\0'))
    {
    }
    QByteArray bytes() { return m_next < m_pieces.size() ? m_pieces.at(m_next++) : QByteArray(); }
    // UTF-8 as a server's text would be decoded, invalid sequences and all; or, every other time,
    // the raw bytes as UTF-16 units, so lone surrogates and every code unit occur.
    QString text()
    {
        const QByteArray raw = bytes();
        if (m_next % 2)
            return QString::fromUtf8(raw);
        return QString(reinterpret_cast<const QChar *>(raw.constData()), raw.size() / 2);
    }

private:
    QList<QByteArray> m_pieces;
    qsizetype m_next = 0;
};

double numberFrom(const QByteArray &bytes, qsizetype at)
{
    double value = 0;
    if (bytes.size() >= at + qsizetype(sizeof value))
        std::memcpy(&value, bytes.constData() + at, sizeof value);
    return value; // any double: NaN, infinities, denormals, huge, negative zero
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Pieces in(bytes);
    Hop hop;
    hop.index = int(bytes.size() % 50);
    hop.startMs = numberFrom(bytes, 0);
    hop.method = in.bytes();
    hop.url = QUrl::fromEncoded(in.bytes());
    hop.requestHeaders = {{in.bytes(), in.bytes()}, {"X-Dup", in.bytes()}, {"X-Dup", in.bytes()}};
    hop.requestBodyBytes = qint64(numberFrom(bytes, 8)) & 0xffffffffffffLL;
    hop.requestHasBody = bytes.size() % 3 == 0;
    if (bytes.size() % 5)
        hop.status = int(bytes.size() % 1000);
    hop.reason = in.text();
    hop.protocol = in.text();
    hop.responseHeaders = {{"Location", in.bytes()}, {in.bytes(), in.bytes()}};
    hop.bodyPreview = in.bytes();
    hop.bodyBytes = bytes.size();
    hop.wireBodyBytes = bytes.size() % 2 ? -1 : bytes.size() / 2;
    hop.bodyTruncated = bytes.size() % 7 == 0;
    hop.locationRaw = in.bytes();
    if (bytes.size() % 4 == 1)
        hop.location = QUrl(in.text());
    hop.tls.encrypted = bytes.size() % 2 == 0;
    hop.tls.protocol = in.text();
    hop.tls.cipher = in.text();
    hop.tls.errors = {in.text()};
    hop.route.proxy = in.text();
    hop.route.connectedTo = in.text();
    hop.auth = {in.text(), in.text(), int(bytes.size() % 4) - 1};
    hop.timings.connect = numberFrom(bytes, 16);
    if (bytes.size() % 6)
        hop.timings.done = numberFrom(bytes, 24);
    hop.timings.requestSentCount = int(bytes.size() % 3);
    hop.meanings = {{int(bytes.size() % 600), in.text(), in.text(), in.text(), in.text(), in.text(),
                     in.text(), in.text(), bytes.size() % 2 == 1}};
    hop.warnings = {{in.text(), Severity(bytes.size() % 3), in.text(), in.text()}};

    for (const BodyBytes bodies : {BodyBytes::LeftOut, BodyBytes::Kept}) {
        for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
            const QByteArray qt = QJsonDocument(hopToDocument(hop, bodies)).toJson(format);
            QByteArray ours;
            writeHopJson(ours, hop, bodies, format);
            if (ours != qt)
                std::abort();
        }
    }
    return 0;
}
