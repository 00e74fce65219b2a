// SPDX-License-Identifier: MIT
#include "core/requests/chainjson.h"

#include "core/requests/chainmasking.h"
#include "core/statusscope_version.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderPair &header : headers)
        array.append(QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue tlsToJson(const TlsInfo &tls)
{
    if (!tls.encrypted && tls.errors.isEmpty())
        return QJsonValue::Null;
    QJsonArray chain;
    for (const CertificateInfo &certificate : tls.chain)
        chain.append(QJsonObject{{u"subject"_s, certificate.subject},
                                 {u"issuer"_s, certificate.issuer},
                                 {u"not_before"_s, certificate.notBefore.toUTC().toString(Qt::ISODate)},
                                 {u"not_after"_s, certificate.notAfter.toUTC().toString(Qt::ISODate)},
                                 {u"sha256"_s, certificate.sha256}});
    return QJsonObject{{u"protocol"_s, tls.protocol},
                       {u"cipher"_s, tls.cipher},
                       {u"alpn"_s, tls.alpn},
                       {u"chain"_s, chain},
                       {u"errors"_s, QJsonArray::fromStringList(tls.errors)},
                       {u"errors_ignored"_s, tls.errorsIgnored}};
}

} // namespace

QJsonObject hopToJson(const Hop &hop)
{
    QJsonArray meanings;
    for (const HopMeaning &meaning : hop.meanings)
        meanings.append(QJsonObject{{u"code"_s, meaning.code},
                                    {u"reason"_s, meaning.reason},
                                    {u"class"_s, meaning.statusClass},
                                    {u"origin"_s, meaning.origin},
                                    {u"origin_detail"_s, meaning.originDetail},
                                    {u"summary"_s, meaning.summary},
                                    {u"spec"_s, meaning.spec},
                                    {u"fallback"_s, meaning.fallback}});
    QJsonArray warnings;
    for (const HopWarning &warning : hop.warnings)
        warnings.append(QJsonObject{{u"id"_s, warning.id},
                                    {u"severity"_s, severityKey(warning.severity)},
                                    {u"message"_s, warning.message},
                                    {u"spec"_s, warning.spec}});
    const HopTimings &t = hop.timings;
    return QJsonObject{
        {u"index"_s, hop.index},
        {u"method"_s, QString::fromLatin1(hop.method)},
        {u"url"_s, hop.url.toString(QUrl::FullyEncoded)},
        {u"request_headers"_s, headersToJson(hop.requestHeaders)},
        {u"request_body_bytes"_s, hop.requestBodyBytes},
        {u"status"_s, hop.status ? QJsonValue(*hop.status) : QJsonValue(QJsonValue::Null)},
        {u"reason"_s, hop.status ? QJsonValue(hop.reason) : QJsonValue(QJsonValue::Null)},
        {u"protocol"_s, hop.status ? QJsonValue(hop.protocol) : QJsonValue(QJsonValue::Null)},
        {u"headers"_s, headersToJson(hop.responseHeaders)},
        {u"body_bytes"_s, hop.bodyBytes},
        {u"wire_body_bytes"_s,
         hop.wireBodyBytes >= 0 ? QJsonValue(hop.wireBodyBytes) : QJsonValue(QJsonValue::Null)},
        {u"body_truncated"_s, hop.bodyTruncated},
        {u"location"_s,
         hop.location ? QJsonValue(hop.location->toString(QUrl::FullyEncoded))
                      : QJsonValue(QJsonValue::Null)},
        {u"meaning"_s, meanings},
        {u"warnings"_s, warnings},
        {u"tls"_s, tlsToJson(hop.tls)},
        {u"timings_ms"_s,
         QJsonObject{{u"connect"_s, number(t.connect)},
                     {u"tls"_s, number(t.tls)},
                     {u"sent"_s, number(t.sent)},
                     {u"headers"_s, number(t.headers)},
                     {u"done"_s, number(t.done)},
                     {u"connection_reused"_s, t.connectionReused},
                     {u"request_sent_count"_s, t.requestSentCount}}},
    };
}

QJsonObject chainToJson(const ChainResult &given, bool showSecrets)
{
    const ChainResult chain
        = maskedChain(given, {showSecrets ? SecretStorage::Plain : SecretStorage::Masked, {}});
    QJsonArray hops;
    for (const Hop &hop : chain.hops)
        hops.append(hopToJson(hop));
    QJsonValue stop = QJsonValue::Null;
    if (chain.stop)
        stop = QJsonObject{{u"reason"_s, stopReasonKey(chain.stop->reason)},
                           {u"message"_s, chain.stop->message}};
    QJsonValue error = QJsonValue::Null;
    if (chain.error)
        error
            = QJsonObject{{u"kind"_s, errorKindKey(chain.error->kind)}, {u"message"_s, chain.error->message}};
    return QJsonObject{
        {u"version"_s, QStringLiteral(STATUSSCOPE_VERSION)},
        {u"request"_s,
         QJsonObject{{u"method"_s, QString::fromLatin1(chain.request.method)},
                     {u"url"_s, chain.request.url.toString(QUrl::FullyEncoded)}}},
        {u"outcome"_s, outcomeKey(chain.outcome)},
        {u"final_url"_s,
         chain.finalUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(chain.finalUrl.toString(QUrl::FullyEncoded))},
        {u"stop"_s, stop},
        {u"error"_s, error},
        {u"total_ms"_s, std::round(chain.totalMs * 1000.0) / 1000.0},
        {u"hops"_s, hops},
    };
}

} // namespace StatusScope::Core
