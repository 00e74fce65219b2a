// SPDX-License-Identifier: MIT
#include "core/requests/bodydecoder.h"

#include <QCoreApplication>
#include <QList>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct BodyDecoderText
{
    Q_DECLARE_TR_FUNCTIONS(BodyDecoder)
};

constexpr qsizetype OutputPiece = 64 * 1024;

} // namespace

struct BodyDecoder::Layer
{
    enum class Kind { Gzip, Deflate };

    explicit Layer(Kind k, QString n)
        : kind(k)
        , name(std::move(n))
    {
    }
    ~Layer()
    {
        if (initialized)
            inflateEnd(&stream);
    }
    Q_DISABLE_COPY_MOVE(Layer)

    Kind kind;
    QString name;
    z_stream stream{};
    bool initialized = false;
    bool ended = false; // the compressed data reached its end marker
    bool received = false;
    QByteArray head; // "deflate" waits for two bytes to tell a zlib wrapper from raw data
};

BodyDecoder::BodyDecoder(QByteArrayView contentEncoding)
{
    QStringList names;
    for (const QByteArray &part : contentEncoding.toByteArray().split(',')) {
        const QByteArray coding = part.trimmed().toLower();
        if (coding.isEmpty() || coding == "identity")
            continue;
        names.append(QString::fromLatin1(coding));
    }
    m_codings = names.join(u", "_s);
    for (const QString &name : std::as_const(names)) {
        if (name != u"gzip"_s && name != u"x-gzip"_s && name != u"deflate"_s) {
            m_unsupported = name;
            m_layers.clear();
            return;
        }
        // The last coding applied is the first to undo.
        m_layers.insert(
            m_layers.begin(),
            std::make_unique<Layer>(name == u"deflate"_s ? Layer::Kind::Deflate : Layer::Kind::Gzip, name));
    }
}

BodyDecoder::~BodyDecoder() = default;

bool BodyDecoder::fail(const QString &problem)
{
    m_problem = problem;
    m_stopped = true;
    return false;
}

bool BodyDecoder::feed(QByteArrayView wire, const Sink &sink)
{
    if (m_stopped)
        return false;
    m_wireBytes += wire.size();
    if (m_layers.empty()) {
        m_decodedBytes += wire.size();
        if (!sink(wire.toByteArray()))
            m_stopped = true;
        return !m_stopped;
    }
    return push(0, wire, sink);
}

bool BodyDecoder::push(size_t index, QByteArrayView input, const Sink &sink)
{
    if (index == m_layers.size()) {
        m_decodedBytes += input.size();
        if (!sink(input.toByteArray()))
            m_stopped = true;
        return !m_stopped;
    }
    Layer &layer = *m_layers[index];
    if (input.isEmpty())
        return true;
    layer.received = true;

    QByteArray held;
    if (!layer.initialized) {
        int windowBits = 15 + 16; // gzip wrapper only
        if (layer.kind == Layer::Kind::Deflate) {
            // "deflate" means zlib-wrapped data (RFC 9110 §8.4.1.2), but servers send raw deflate
            // too, and browsers accept both: the first two bytes tell which.
            layer.head += input.toByteArray();
            if (layer.head.size() < 2)
                return true;
            const uchar cmf = uchar(layer.head.at(0));
            const uchar flg = uchar(layer.head.at(1));
            const bool zlibWrapped = (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
            windowBits = zlibWrapped ? 15 : -15;
            held = std::exchange(layer.head, QByteArray());
            input = held;
        }
        if (inflateInit2(&layer.stream, windowBits) != Z_OK)
            return fail(BodyDecoderText::tr("the %1 decoder could not start").arg(layer.name));
        layer.initialized = true;
    }

    layer.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    layer.stream.avail_in = uInt(input.size());
    QByteArray out(OutputPiece, Qt::Uninitialized);
    for (;;) {
        if (layer.ended) {
            // A gzip body may hold several members one after the other (RFC 1952 §2.2).
            if (layer.kind == Layer::Kind::Gzip && uchar(*layer.stream.next_in) == 0x1f) {
                inflateReset(&layer.stream);
                layer.ended = false;
            } else {
                return fail(BodyDecoderText::tr("%n byte(s) follow the end of the %1 data", nullptr,
                                                int(layer.stream.avail_in))
                                .arg(layer.name));
            }
        }
        layer.stream.next_out = reinterpret_cast<Bytef *>(out.data());
        layer.stream.avail_out = uInt(out.size());
        const int status = inflate(&layer.stream, Z_NO_FLUSH);
        const qsizetype produced = out.size() - qsizetype(layer.stream.avail_out);
        if (status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR
            || status == Z_STREAM_ERROR) {
            const QString detail = layer.stream.msg ? QString::fromLatin1(layer.stream.msg) : QString();
            return fail(detail.isEmpty()
                            ? BodyDecoderText::tr("the %1 data is corrupt").arg(layer.name)
                            : BodyDecoderText::tr("the %1 data is corrupt (%2)").arg(layer.name, detail));
        }
        // Hand each piece on at once, so a bomb is stopped by the sink's limit piece by piece.
        if (produced > 0 && !push(index + 1, QByteArrayView(out.constData(), produced), sink))
            return false;
        if (status == Z_STREAM_END) {
            layer.ended = true;
            if (layer.stream.avail_in == 0)
                return true;
            continue;
        }
        if (layer.stream.avail_in == 0 && layer.stream.avail_out != 0)
            return true; // everything consumed, nothing held back
        if (status == Z_BUF_ERROR && produced == 0)
            return true; // no progress possible until more input arrives
    }
}

bool BodyDecoder::finish()
{
    if (m_stopped)
        return !failed();
    if (m_wireBytes == 0)
        return true; // no body at all: nothing was due
    for (const auto &layer : m_layers) {
        if (!layer->ended)
            return fail(BodyDecoderText::tr("the %1 data stops before its end").arg(layer->name));
    }
    return true;
}

} // namespace StatusScope::Core
