// SPDX-License-Identifier: MIT
#include "core/formats/chaindocument.h"

#include "core/formats/networkdocument.h"
#include "core/requests/httpversion.h"
#include "core/statusscope_version.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences were the history record's before the document was shared; their context stays,
// so that the translations made for them still apply.
struct DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(ChainRecord)
};

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

HeaderList headersFromDocument(const QJsonArray &array)
{
    HeaderList headers;
    for (const QJsonValue &value : array)
        headers.append(
            {value.toArray().at(0).toString().toLatin1(), value.toArray().at(1).toString().toUtf8()});
    return headers;
}

std::optional<double> optionalMsFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

HopAuth authFromDocument(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return HopAuth{o.value(u"scheme"_s).toString(), o.value(u"user"_s).toString(),
                   o.value(u"answered_hop"_s).toInt(-1)};
}

TlsInfo tlsFromDocument(const QJsonObject &o)
{
    TlsInfo tls;
    tls.encrypted = o.value(u"encrypted"_s).toBool();
    tls.protocol = o.value(u"protocol"_s).toString();
    tls.cipher = o.value(u"cipher"_s).toString();
    tls.alpn = o.value(u"alpn"_s).toString();
    for (const QJsonValue &value : o.value(u"chain"_s).toArray()) {
        const QJsonObject c = value.toObject();
        tls.chain.append({c.value(u"subject"_s).toString(), c.value(u"issuer"_s).toString(),
                          QDateTime::fromString(c.value(u"not_before"_s).toString(), Qt::ISODate),
                          QDateTime::fromString(c.value(u"not_after"_s).toString(), Qt::ISODate),
                          c.value(u"sha256"_s).toString()});
    }
    for (const QJsonValue &e : o.value(u"errors"_s).toArray())
        tls.errors.append(e.toString());
    tls.errorsIgnored = o.value(u"errors_ignored"_s).toBool();
    return tls;
}

void viaFromDocument(const QJsonObject &o, HopRoute *route)
{
    route->proxy = o.value(u"proxy"_s).toString();
    route->connectedTo = o.value(u"connect_to"_s).toString();
    route->httpVersionAsked = o.value(u"http_version_asked"_s).toString();
    const QJsonObject certificate = o.value(u"client_certificate"_s).toObject();
    route->clientCertificate = certificate.value(u"subject"_s).toString();
    route->clientCertificateSha256 = certificate.value(u"sha256"_s).toString();
    route->clientCertificatePattern = certificate.value(u"host_pattern"_s).toString();
}

HopTimings timingsFromDocument(const QJsonObject &o)
{
    HopTimings t;
    t.connect = optionalMsFrom(o.value(u"connect"_s));
    t.tls = optionalMsFrom(o.value(u"tls"_s));
    t.sent = optionalMsFrom(o.value(u"sent"_s));
    t.headers = optionalMsFrom(o.value(u"headers"_s));
    t.done = optionalMsFrom(o.value(u"done"_s));
    t.connectionReused = o.value(u"connection_reused"_s).toBool();
    t.requestSentCount = o.value(u"request_sent_count"_s).toInt();
    return t;
}

// Every value of an enum, by asking its key function (hop.h) for 0, 1, 2, … until it repeats a
// key: past the last enumerator each one falls back to a key it already gave. So a new
// enumerator with a key of its own is written and read without a change here.
template<typename Enum> QStringList enumKeys(QString (*key)(Enum))
{
    QStringList keys;
    for (int i = 0; i < 256; ++i) {
        QString name = key(Enum(i));
        if (keys.contains(name))
            break;
        keys.append(std::move(name));
    }
    return keys;
}

// An absent value is `fallback`; a key this version does not know (or anything but a key) is
// `fallback` with a sentence in *error (the first one is kept).
template<typename Enum>
Enum enumFrom(const QJsonValue &value, QString (*key)(Enum), Enum fallback, const QString &unknown,
              QString *error)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    const qsizetype index = value.isString() ? enumKeys(key).indexOf(value.toString()) : -1;
    if (index >= 0)
        return Enum(index);
    if (error && error->isEmpty())
        *error = unknown.arg(value.isString() ? value.toString() : QString::number(value.toDouble()));
    return fallback;
}

void meaningsFrom(const QJsonArray &array, QList<HopMeaning> *meanings)
{
    for (const QJsonValue &value : array) {
        const QJsonObject m = value.toObject();
        meanings->append({m.value(u"code"_s).toInt(), m.value(u"code_text"_s).toString(),
                          m.value(u"reason"_s).toString(), m.value(u"class"_s).toString(),
                          m.value(u"origin"_s).toString(), m.value(u"origin_detail"_s).toString(),
                          m.value(u"summary"_s).toString(), m.value(u"spec"_s).toString(),
                          m.value(u"fallback"_s).toBool()});
    }
}

Hop hopFromDocument(const QJsonObject &o, QString *error)
{
    Hop hop;
    hop.index = o.value(u"index"_s).toInt();
    hop.startMs = o.value(u"start_ms"_s).toDouble();
    hop.method = o.value(u"method"_s).toString().toLatin1();
    hop.url = QUrl(o.value(u"url"_s).toString());
    hop.requestHeaders = headersFromDocument(o.value(u"request_headers"_s).toArray());
    hop.requestBodyBytes = o.value(u"request_body_bytes"_s).toInteger();
    hop.requestHasBody = o.value(u"request_has_body"_s).toBool();
    if (o.value(u"status"_s).isDouble())
        hop.status = o.value(u"status"_s).toInt();
    hop.reason = o.value(u"reason"_s).toString();
    hop.protocol = o.value(u"protocol"_s).toString();
    hop.responseHeaders = headersFromDocument(o.value(u"headers"_s).toArray());
    hop.bodyPreview = QByteArray::fromBase64(o.value(u"body_preview"_s).toString().toLatin1());
    hop.bodyBytes = o.value(u"body_bytes"_s).toInteger();
    hop.wireBodyBytes = o.value(u"wire_body_bytes"_s).toInteger(-1);
    hop.bodyTruncated = o.value(u"body_truncated"_s).toBool();
    hop.locationRaw = o.value(u"location_raw"_s).toString().toUtf8();
    if (o.value(u"location"_s).isString())
        hop.location = QUrl(o.value(u"location"_s).toString());
    hop.tls = tlsFromDocument(o.value(u"tls"_s).toObject());
    viaFromDocument(o.value(u"via"_s).toObject(), &hop.route);
    hop.timings = timingsFromDocument(o.value(u"timings_ms"_s).toObject());
    hop.auth = authFromDocument(o.value(u"auth"_s));
    meaningsFrom(o.value(u"meaning"_s).toArray(), &hop.meanings);
    for (const QJsonValue &value : o.value(u"warnings"_s).toArray()) {
        const QJsonObject w = value.toObject();
        hop.warnings.append({w.value(u"id"_s).toString(),
                             enumFrom(w.value(u"severity"_s), &severityKey, Severity::Info,
                                      DocumentText::tr("unknown warning severity “%1”"), error),
                             w.value(u"message"_s).toString(), w.value(u"spec"_s).toString()});
    }
    return hop;
}

} // namespace

QString methodText(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString headerNameText(const QByteArray &name)
{
    return QString::fromLatin1(name);
}

QString headerValueText(const QByteArray &value)
{
    return QString::fromUtf8(value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

double roundedMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonObject chainAnnotations(const ChainResult &chain)
{
    QJsonValue stop = QJsonValue::Null;
    if (chain.stop)
        stop = QJsonObject{{u"reason"_s, stopReasonKey(chain.stop->reason)},
                           {u"message"_s, chain.stop->message}};
    QJsonValue error = QJsonValue::Null;
    if (chain.error)
        error
            = QJsonObject{{u"kind"_s, errorKindKey(chain.error->kind)}, {u"message"_s, chain.error->message}};
    return QJsonObject{
        {u"outcome"_s, outcomeKey(chain.outcome)},
        {u"final_url"_s, nullable(urlText(chain.finalUrl))},
        {u"stop"_s, stop},
        {u"error"_s, error},
        {u"total_ms"_s, roundedMs(chain.totalMs)},
    };
}

QJsonObject chainToDocument(const ChainResult &chain, BodyBytes bodies)
{
    QJsonArray hops;
    for (const Hop &hop : chain.hops)
        hops.append(hopToDocument(hop, bodies));
    QJsonObject document = chainAnnotations(chain);
    document.insert(u"version"_s, QStringLiteral(STATUSSCOPE_VERSION));
    document.insert(u"request"_s, requestToDocument(chain.request, bodies));
    document.insert(u"started_at"_s, nullable(timeText(chain.startedAt)));
    document.insert(u"hops"_s, hops);
    return document;
}

ChainResult chainFromDocument(const QJsonObject &document, QString *error)
{
    ChainResult chain;
    chain.request = requestFromRecord(document.value(u"request"_s).toObject());
    chain.outcome = enumFrom(document.value(u"outcome"_s), &outcomeKey, ChainOutcome::Running,
                             DocumentText::tr("unknown outcome “%1”"), error);
    chain.finalUrl = QUrl(document.value(u"final_url"_s).toString());
    chain.startedAt = QDateTime::fromString(document.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    chain.totalMs = document.value(u"total_ms"_s).toDouble();
    for (const QJsonValue &hop : document.value(u"hops"_s).toArray())
        chain.hops.append(hopFromDocument(hop.toObject(), error));
    if (document.value(u"stop"_s).isObject()) {
        const QJsonObject stop = document.value(u"stop"_s).toObject();
        chain.stop = ChainStop{enumFrom(stop.value(u"reason"_s), &stopReasonKey, StopReason::Cancelled,
                                        DocumentText::tr("unknown stop reason “%1”"), error),
                               stop.value(u"message"_s).toString()};
    }
    if (document.value(u"error"_s).isObject()) {
        const QJsonObject failure = document.value(u"error"_s).toObject();
        chain.error = ChainError{enumFrom(failure.value(u"kind"_s), &errorKindKey, ErrorKind::Other,
                                          DocumentText::tr("unknown error kind “%1”"), error),
                                 failure.value(u"message"_s).toString()};
    }
    return chain;
}

QJsonObject requestToDocument(const RequestSpec &request, BodyBytes bodies)
{
    QJsonArray secretNames;
    for (const QByteArray &name : request.secretHeaders)
        secretNames.append(headerNameText(name));
    QJsonObject document{
        {u"method"_s, methodText(request.method)},
        {u"url"_s, urlText(request.url)},
        {u"headers"_s, headersToDocument(request.headers)},
        {u"has_body"_s, request.hasBody},
        {u"secret_headers"_s, secretNames},
        {u"options"_s, requestOptionsToRecord(request.options)},
    };
    if (bodies == BodyBytes::Kept)
        document.insert(u"body"_s, QString::fromLatin1(request.body.toBase64()));
    return document;
}

RequestSpec requestFromRecord(const QJsonObject &record)
{
    RequestSpec request;
    request.method = record.value(u"method"_s).toString(u"GET"_s).toLatin1();
    request.url = QUrl(record.value(u"url"_s).toString());
    request.headers = headersFromDocument(record.value(u"headers"_s).toArray());
    request.body = QByteArray::fromBase64(record.value(u"body"_s).toString().toLatin1());
    request.hasBody = record.value(u"has_body"_s).toBool();
    for (const QJsonValue &name : record.value(u"secret_headers"_s).toArray())
        request.secretHeaders.append(name.toString().toLatin1());
    request.options = requestOptionsFromRecord(record.value(u"options"_s).toObject());
    return request;
}

QJsonArray keptPostStatuses(const PostKept &kept)
{
    QJsonArray statuses;
    for (const int status : {301, 302, 303}) {
        if (kept.covers(status))
            statuses.append(status);
    }
    return statuses;
}

PostKept keptPostFromStatuses(const QJsonArray &statuses)
{
    PostKept kept;
    for (const QJsonValue &status : statuses) {
        kept.on301 = kept.on301 || status.toInt() == 301;
        kept.on302 = kept.on302 || status.toInt() == 302;
        kept.on303 = kept.on303 || status.toInt() == 303;
    }
    return kept;
}

QJsonObject requestOptionsToRecord(const RequestOptions &o)
{
    QJsonObject record{{u"follow"_s, o.followRedirects},
                       {u"max_redirects"_s, o.maxRedirects},
                       {u"timeout_ms"_s, o.inactivityTimeoutMs},
                       {u"deadline_ms"_s, o.deadlineMs},
                       {u"connect_timeout_ms"_s, o.connectTimeoutMs},
                       {u"low_speed_bytes_per_second"_s, o.lowSpeedBytesPerSecond},
                       {u"low_speed_window_ms"_s, o.lowSpeedWindowMs},
                       {u"body_cap"_s, o.bodyCap},
                       {u"allow_downgrade"_s, o.allowDowngrade},
                       {u"insecure"_s, o.acceptInvalidCertificates},
                       // "http2" is what versions before issue 15 read; "http_version" says more.
                       {u"http2"_s, o.network.httpVersion != HttpVersion::Http1_1},
                       {u"http_version"_s, httpVersionKey(o.network.httpVersion)}};
    record.insert(u"keep_post"_s, keptPostStatuses(o.keepPost)); // [301, 303]: --post301 --post303
    // The proxy, trust, pins and authentication, never their secrets (networkdocument.h).
    networkOptionsToDocument(o.network, record);
    return record;
}

RequestOptions requestOptionsFromRecord(const QJsonObject &o)
{
    RequestOptions options;
    options.followRedirects = o.value(u"follow"_s).toBool(options.followRedirects);
    options.maxRedirects = o.value(u"max_redirects"_s).toInt(options.maxRedirects);
    options.inactivityTimeoutMs = o.value(u"timeout_ms"_s).toInt(options.inactivityTimeoutMs);
    options.deadlineMs = o.value(u"deadline_ms"_s).toInt(options.deadlineMs);
    options.connectTimeoutMs = std::clamp(o.value(u"connect_timeout_ms"_s).toInt(0), 0, 86400000);
    options.lowSpeedBytesPerSecond
        = std::max(0, o.value(u"low_speed_bytes_per_second"_s).toInt(options.lowSpeedBytesPerSecond));
    options.lowSpeedWindowMs = std::max(1, o.value(u"low_speed_window_ms"_s).toInt(options.lowSpeedWindowMs));
    options.bodyCap = o.value(u"body_cap"_s).toInteger(options.bodyCap);
    options.allowDowngrade = o.value(u"allow_downgrade"_s).toBool();
    options.acceptInvalidCertificates = o.value(u"insecure"_s).toBool();
    options.keepPost = keptPostFromStatuses(o.value(u"keep_post"_s).toArray());
    // Records written before issue 15 say only "http2": false for --http1.1.
    if (const std::optional<HttpVersion> version = httpVersionFromKey(o.value(u"http_version"_s).toString()))
        options.network.httpVersion = *version;
    if (!o.value(u"http2"_s).toBool(true))
        options.network.httpVersion = HttpVersion::Http1_1;
    networkOptionsFromDocument(o, options.network);
    return options;
}

} // namespace StatusScope::Core
