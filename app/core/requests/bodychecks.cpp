// SPDX-License-Identifier: MIT
#include "core/requests/bodychecks.h"

#include "core/requests/bodydecoder.h"
#include "core/requests/checkids.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct BodyChecks
{
    Q_DECLARE_TR_FUNCTIONS(BodyChecks)
};

bool isDecimal(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QList<QByteArray> listItems(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &item : value.split(','))
        items.append(item.trimmed());
    return items;
}

} // namespace

std::optional<qint64> announcedLength(const HeaderList &headers)
{
    if (hasHeader(headers, "Transfer-Encoding") || !hasHeader(headers, "Content-Length"))
        return std::nullopt;
    const QList<QByteArray> values = listItems(headerValue(headers, "Content-Length"));
    // Repeated identical values may be read as one (RFC 9110 §8.6); anything else is no length.
    bool ok = false;
    const qint64 length = values.first().toLongLong(&ok);
    for (const QByteArray &value : values) {
        if (!isDecimal(value) || value.toLongLong() != length)
            return std::nullopt;
    }
    return ok ? std::optional<qint64>(length) : std::nullopt;
}

void checkFraming(Hop &hop)
{
    const HeaderList &headers = hop.responseHeaders;
    const QByteArray transfer = headerValue(headers, "Transfer-Encoding");
    const QByteArray length = headerValue(headers, "Content-Length");
    const bool hasLength = hasHeader(headers, "Content-Length");
    if (!transfer.isEmpty() && hasLength) {
        hop.warnings.append(makeWarning(
            CheckId::FramingConflict,
            BodyChecks::tr("Both Transfer-Encoding (%1) and Content-Length (%2) were sent. The length was "
                           "ignored, as HTTP/1.1 requires, but anything on the way that reads it instead "
                           "ends the body elsewhere: the way requests are smuggled.")
                .arg(escapeBytesForDisplay(transfer), escapeBytesForDisplay(length))));
    } else if (hasLength && !announcedLength(headers)) {
        const QList<QByteArray> values = listItems(length);
        const bool allNumbers = std::all_of(values.cbegin(), values.cend(), isDecimal);
        hop.warnings.append(makeWarning(
            CheckId::FramingConflict,
            allNumbers ? BodyChecks::tr("Content-Length came with different values (%1): where the body "
                                        "ends is ambiguous. Qt 6.4 went by the first, so the body shown "
                                        "may be cut or run into what follows.")
                             .arg(escapeBytesForDisplay(length))
                       : BodyChecks::tr("The Content-Length “%1” is not a number of bytes: where the body "
                                        "ends is unknown, and Qt 6.4 read until the connection closed.")
                             .arg(escapeBytesForDisplay(length))));
    }

    QStringList other;
    for (const QByteArray &coding : listItems(transfer.toLower())) {
        if (!coding.isEmpty() && coding != "chunked")
            other.append(escapeBytesForDisplay(coding));
    }
    if (!other.isEmpty()) {
        hop.warnings.append(
            makeWarning(CheckId::BodyNotDecoded,
                        BodyChecks::tr("The transfer coding %1 was not undone: the body is shown as it "
                                       "arrived, after chunked framing was removed.")
                            .arg(other.join(u", "_s)),
                        u"RFC 9112 §7"_s));
    }
}

bool describeDecoding(Hop &hop, BodyDecoder &decoder)
{
    if (!decoder.unsupportedCoding().isEmpty()) {
        if (hop.bodyBytes > 0)
            hop.warnings.append(makeWarning(
                CheckId::BodyNotDecoded,
                BodyChecks::tr("The body is shown as received: “%1” is not a content coding StatusScope "
                               "undoes (it undoes gzip and deflate). Content-Encoding: %2.")
                    .arg(escapeForDisplay(decoder.unsupportedCoding()),
                         escapeForDisplay(decoder.codings()))));
        return true;
    }
    if (!decoder.decodes() || decoder.wireBytes() == 0)
        return true;
    const bool ok = decoder.finish();
    hop.wireBodyBytes = decoder.wireBytes();
    if (ok) {
        hop.warnings.append(
            makeWarning(CheckId::DecodedBody,
                        BodyChecks::tr("The %1 body was decoded: %2 bytes on the wire became %3.")
                            .arg(decoder.codings())
                            .arg(decoder.wireBytes())
                            .arg(decoder.decodedBytes())));
        return true;
    }
    hop.warnings.append(
        makeWarning(CheckId::BodyDecodeFailed,
                    BodyChecks::tr("The %1 body could not be decoded: %2. %3 bytes arrived and %4 "
                                   "were decoded; the body shown is only that part.")
                        .arg(decoder.codings(), decoder.problem())
                        .arg(decoder.wireBytes())
                        .arg(decoder.decodedBytes())));
    return false;
}

void describeKeptEncoded(Hop &hop)
{
    const QByteArray coding = headerValue(hop.responseHeaders, "Content-Encoding").trimmed();
    if (hop.bodyBytes == 0 || coding.isEmpty() || coding.compare("identity", Qt::CaseInsensitive) == 0)
        return;
    hop.warnings.append(
        makeWarning(CheckId::BodyNotDecoded,
                    BodyChecks::tr("The body is shown as received, %1-coded, because Accept-Encoding "
                                   "was typed.")
                        .arg(escapeBytesForDisplay(coding)),
                    u"RFC 9110 §12.5.3"_s));
}

} // namespace StatusScope::Core
