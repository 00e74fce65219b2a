// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace StatusScope::Core {

// Undoes a response's content codings (gzip, x-gzip and deflate, any number of layers) as the
// bytes arrive, and tells whether the compressed data really ended where it should. Qt 6.4's own
// decoding is not used: it ends a truncated gzip stream without a word, and passes stacked or
// unknown codings through untouched, so nothing would tell an honest body from a broken one.
class BodyDecoder
{
public:
    // Receives decoded bytes in pieces of at most 64 KiB; returning false stops decoding.
    using Sink = std::function<bool(const QByteArray &decoded)>;

    // `contentEncoding` as received ("gzip", "gzip, gzip", "x-custom"); codings are listed in the
    // order they were applied, so they are undone from the last one back.
    explicit BodyDecoder(QByteArrayView contentEncoding);
    ~BodyDecoder();
    Q_DISABLE_COPY_MOVE(BodyDecoder)

    // The codings as listed, lower case: "gzip, gzip"; empty for none or identity.
    QString codings() const { return m_codings; }
    // A coding this class cannot undo ("br", "x-custom"); when set, decodes() is false and the
    // body is to be kept exactly as received.
    QString unsupportedCoding() const { return m_unsupported; }
    bool decodes() const { return !m_layers.empty(); }

    // Feeds bytes as received. False when the data cannot be decoded (failed() tells) or the sink
    // asked to stop; nothing more is decoded afterwards.
    bool feed(QByteArrayView wire, const Sink &sink);
    // After the last byte: false when the compressed data stopped before its end.
    bool finish();

    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; } // for people, e.g. "the gzip data is corrupt (…)"
    qint64 wireBytes() const { return m_wireBytes; }
    qint64 decodedBytes() const { return m_decodedBytes; }

private:
    struct Layer;
    bool push(size_t layer, QByteArrayView input, const Sink &sink);
    bool fail(const QString &problem);

    std::vector<std::unique_ptr<Layer>> m_layers; // in decoding order: the last coding applied first
    QString m_codings;
    QString m_unsupported;
    QString m_problem;
    qint64 m_wireBytes = 0;
    qint64 m_decodedBytes = 0;
    bool m_stopped = false;
};

} // namespace StatusScope::Core
