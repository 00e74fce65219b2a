// SPDX-License-Identifier: MIT
#include "core/history/chainrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Headers as they are given: credentials were already masked or dropped by maskedChain().
QJsonArray headersOut(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderPair &header : headers)
        array.append(QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

MaskingPolicy maskingPolicy(const RecordOptions &options)
{
    return MaskingPolicy{options.secrets, options.extraSecretHeaders};
}

HeaderList headersIn(const QJsonArray &array)
{
    HeaderList headers;
    for (const QJsonValue &value : array)
        headers.append(
            {value.toArray().at(0).toString().toLatin1(), value.toArray().at(1).toString().toUtf8()});
    return headers;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberIn(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

struct RecordText
{
    Q_DECLARE_TR_FUNCTIONS(ChainRecord)
};

// Every value of an enum, by asking its key function (hop.h) for 0, 1, 2, … until it repeats a
// key: past the last enumerator each one falls back to a key it already gave. So a new
// enumerator with a key of its own is stored and read without a change here.
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

// The order of each enum when records held numbers (schema 2 and before), frozen here: the enums
// may grow or be reordered, the numbers already on disk keep meaning what they meant.
constexpr QStringView LegacyOutcomes[] = {u"running", u"complete", u"stopped", u"error"};
constexpr QStringView LegacySeverities[] = {u"info", u"warning", u"error"};
constexpr QStringView LegacyStopReasons[] = {
    u"redirect-limit", u"redirect-loop", u"unsafe-redirect-scheme", u"invalid-location", u"https-downgrade",
    u"body-limit",     u"cancelled"};
constexpr QStringView LegacyErrorKinds[]
    = {u"connection-refused", u"host-not-found",   u"tls",           u"timeout",
       u"remote-closed",      u"invalid-response", u"invalid-input", u"other"};

// The key an old number stood for, or empty when it is not one.
template<std::size_t N> QString legacyKey(const QJsonValue &value, const QStringView (&legacy)[N])
{
    const int number = value.toInt(-1);
    if (!value.isDouble() || value.toDouble() != double(number) || number < 0 || std::size_t(number) >= N)
        return {};
    return legacy[number].toString();
}

// Enum values are stored as their keys ("timeout"); an old number is read as the key it stood for.
// An absent value is `fallback`; a key or number this version does not know is `fallback` with a
// sentence in *error (the first one is kept).
template<typename Enum, std::size_t N>
Enum enumIn(const QJsonValue &value, QString (*key)(Enum), const QStringView (&legacy)[N], Enum fallback,
            const QString &unknown, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    const QString name = value.isString() ? value.toString() : legacyKey(value, legacy);
    const qsizetype index = name.isEmpty() ? -1 : enumKeys(key).indexOf(name);
    if (index >= 0)
        return Enum(index);
    if (error && error->isEmpty())
        *error = unknown.arg(value.isString() ? value.toString() : QString::number(value.toDouble()));
    return fallback;
}

// An old number replaced by its key; true when something changed.
template<std::size_t N>
bool upgradeValue(QJsonObject &object, const QString &name, const QStringView (&legacy)[N])
{
    const QString key = legacyKey(object.value(name), legacy);
    if (key.isEmpty())
        return false;
    object.insert(name, key);
    return true;
}

QJsonObject hopOut(const Hop &hop)
{
    QJsonArray warnings;
    for (const HopWarning &w : hop.warnings)
        warnings.append(QJsonObject{{u"id"_s, w.id},
                                    {u"severity"_s, severityKey(w.severity)},
                                    {u"message"_s, w.message},
                                    {u"spec"_s, w.spec}});
    QJsonArray meanings;
    for (const HopMeaning &m : hop.meanings)
        meanings.append(QJsonObject{{u"code"_s, m.code},
                                    {u"code_text"_s, m.codeText},
                                    {u"reason"_s, m.reason},
                                    {u"class"_s, m.statusClass},
                                    {u"origin"_s, m.origin},
                                    {u"origin_detail"_s, m.originDetail},
                                    {u"summary"_s, m.summary},
                                    {u"spec"_s, m.spec},
                                    {u"fallback"_s, m.fallback}});
    QJsonArray chain;
    for (const CertificateInfo &c : hop.tls.chain)
        chain.append(QJsonObject{{u"subject"_s, c.subject},
                                 {u"issuer"_s, c.issuer},
                                 {u"not_before"_s, c.notBefore.toString(Qt::ISODate)},
                                 {u"not_after"_s, c.notAfter.toString(Qt::ISODate)},
                                 {u"sha256"_s, c.sha256}});
    const HopTimings &t = hop.timings;
    return QJsonObject{
        {u"index"_s, hop.index},
        {u"start_ms"_s, hop.startMs},
        {u"method"_s, QString::fromLatin1(hop.method)},
        {u"url"_s, hop.url.toString(QUrl::FullyEncoded)},
        {u"request_headers"_s, headersOut(hop.requestHeaders)},
        {u"request_body_bytes"_s, hop.requestBodyBytes},
        {u"request_has_body"_s, hop.requestHasBody},
        {u"status"_s, hop.status ? QJsonValue(*hop.status) : QJsonValue(QJsonValue::Null)},
        {u"reason"_s, hop.reason},
        {u"protocol"_s, hop.protocol},
        {u"headers"_s, headersOut(hop.responseHeaders)},
        {u"body_preview"_s, QString::fromLatin1(hop.bodyPreview.toBase64())},
        {u"body_bytes"_s, hop.bodyBytes},
        {u"wire_body_bytes"_s, hop.wireBodyBytes},
        {u"body_truncated"_s, hop.bodyTruncated},
        {u"location_raw"_s, QString::fromUtf8(hop.locationRaw)},
        {u"location"_s,
         hop.location ? QJsonValue(hop.location->toString(QUrl::FullyEncoded))
                      : QJsonValue(QJsonValue::Null)},
        {u"tls"_s,
         QJsonObject{{u"encrypted"_s, hop.tls.encrypted},
                     {u"protocol"_s, hop.tls.protocol},
                     {u"cipher"_s, hop.tls.cipher},
                     {u"alpn"_s, hop.tls.alpn},
                     {u"chain"_s, chain},
                     {u"errors"_s, QJsonArray::fromStringList(hop.tls.errors)},
                     {u"errors_ignored"_s, hop.tls.errorsIgnored}}},
        {u"timings"_s,
         QJsonObject{{u"connect"_s, optionalNumber(t.connect)},
                     {u"tls"_s, optionalNumber(t.tls)},
                     {u"sent"_s, optionalNumber(t.sent)},
                     {u"headers"_s, optionalNumber(t.headers)},
                     {u"done"_s, optionalNumber(t.done)},
                     {u"reused"_s, t.connectionReused},
                     {u"sent_count"_s, t.requestSentCount}}},
        {u"meanings"_s, meanings},
        {u"warnings"_s, warnings},
    };
}

Hop hopIn(const QJsonObject &o, QString *error)
{
    Hop hop;
    hop.index = o.value(u"index"_s).toInt();
    hop.startMs = o.value(u"start_ms"_s).toDouble();
    hop.method = o.value(u"method"_s).toString().toLatin1();
    hop.url = QUrl(o.value(u"url"_s).toString());
    hop.requestHeaders = headersIn(o.value(u"request_headers"_s).toArray());
    hop.requestBodyBytes = o.value(u"request_body_bytes"_s).toInteger();
    hop.requestHasBody = o.value(u"request_has_body"_s).toBool();
    if (o.value(u"status"_s).isDouble())
        hop.status = o.value(u"status"_s).toInt();
    hop.reason = o.value(u"reason"_s).toString();
    hop.protocol = o.value(u"protocol"_s).toString();
    hop.responseHeaders = headersIn(o.value(u"headers"_s).toArray());
    hop.bodyPreview = QByteArray::fromBase64(o.value(u"body_preview"_s).toString().toLatin1());
    hop.bodyBytes = o.value(u"body_bytes"_s).toInteger();
    hop.wireBodyBytes = o.value(u"wire_body_bytes"_s).toInteger(-1);
    hop.bodyTruncated = o.value(u"body_truncated"_s).toBool();
    hop.locationRaw = o.value(u"location_raw"_s).toString().toUtf8();
    if (o.value(u"location"_s).isString())
        hop.location = QUrl(o.value(u"location"_s).toString());
    const QJsonObject tls = o.value(u"tls"_s).toObject();
    hop.tls.encrypted = tls.value(u"encrypted"_s).toBool();
    hop.tls.protocol = tls.value(u"protocol"_s).toString();
    hop.tls.cipher = tls.value(u"cipher"_s).toString();
    hop.tls.alpn = tls.value(u"alpn"_s).toString();
    for (const QJsonValue &c : tls.value(u"chain"_s).toArray()) {
        const QJsonObject certificate = c.toObject();
        hop.tls.chain.append(
            {certificate.value(u"subject"_s).toString(), certificate.value(u"issuer"_s).toString(),
             QDateTime::fromString(certificate.value(u"not_before"_s).toString(), Qt::ISODate),
             QDateTime::fromString(certificate.value(u"not_after"_s).toString(), Qt::ISODate),
             certificate.value(u"sha256"_s).toString()});
    }
    for (const QJsonValue &e : tls.value(u"errors"_s).toArray())
        hop.tls.errors.append(e.toString());
    hop.tls.errorsIgnored = tls.value(u"errors_ignored"_s).toBool();
    const QJsonObject t = o.value(u"timings"_s).toObject();
    hop.timings.connect = numberIn(t.value(u"connect"_s));
    hop.timings.tls = numberIn(t.value(u"tls"_s));
    hop.timings.sent = numberIn(t.value(u"sent"_s));
    hop.timings.headers = numberIn(t.value(u"headers"_s));
    hop.timings.done = numberIn(t.value(u"done"_s));
    hop.timings.connectionReused = t.value(u"reused"_s).toBool();
    hop.timings.requestSentCount = t.value(u"sent_count"_s).toInt();
    for (const QJsonValue &m : o.value(u"meanings"_s).toArray()) {
        const QJsonObject meaning = m.toObject();
        hop.meanings.append({meaning.value(u"code"_s).toInt(), meaning.value(u"code_text"_s).toString(),
                             meaning.value(u"reason"_s).toString(), meaning.value(u"class"_s).toString(),
                             meaning.value(u"origin"_s).toString(),
                             meaning.value(u"origin_detail"_s).toString(),
                             meaning.value(u"summary"_s).toString(), meaning.value(u"spec"_s).toString(),
                             meaning.value(u"fallback"_s).toBool()});
    }
    for (const QJsonValue &w : o.value(u"warnings"_s).toArray()) {
        const QJsonObject warning = w.toObject();
        hop.warnings.append({warning.value(u"id"_s).toString(),
                             enumIn(warning.value(u"severity"_s), &severityKey, LegacySeverities,
                                    Severity::Info, RecordText::tr("unknown warning severity “%1”"), error),
                             warning.value(u"message"_s).toString(), warning.value(u"spec"_s).toString()});
    }
    return hop;
}

} // namespace

QJsonObject requestToRecord(const RequestSpec &given, const RecordOptions &options)
{
    const RequestSpec request = maskedRequest(given, maskingPolicy(options));
    QJsonArray secretNames;
    for (const QByteArray &name : request.secretHeaders)
        secretNames.append(QString::fromLatin1(name));
    return QJsonObject{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"url"_s, request.url.toString(QUrl::FullyEncoded)},
        {u"headers"_s, headersOut(request.headers)},
        {u"body"_s, QString::fromLatin1(request.body.toBase64())},
        {u"has_body"_s, request.hasBody},
        {u"secret_headers"_s, secretNames},
        {u"options"_s, requestOptionsToRecord(request.options)},
    };
}

QJsonObject requestOptionsToRecord(const RequestOptions &o)
{
    return QJsonObject{{u"follow"_s, o.followRedirects},
                       {u"max_redirects"_s, o.maxRedirects},
                       {u"timeout_ms"_s, o.inactivityTimeoutMs},
                       {u"deadline_ms"_s, o.deadlineMs},
                       {u"low_speed_bytes_per_second"_s, o.lowSpeedBytesPerSecond},
                       {u"low_speed_window_ms"_s, o.lowSpeedWindowMs},
                       {u"body_cap"_s, o.bodyCap},
                       {u"allow_downgrade"_s, o.allowDowngrade},
                       {u"insecure"_s, o.acceptInvalidCertificates},
                       {u"http2"_s, o.http2Allowed}};
}

RequestOptions requestOptionsFromRecord(const QJsonObject &o)
{
    RequestOptions options;
    options.followRedirects = o.value(u"follow"_s).toBool(options.followRedirects);
    options.maxRedirects = o.value(u"max_redirects"_s).toInt(options.maxRedirects);
    options.inactivityTimeoutMs = o.value(u"timeout_ms"_s).toInt(options.inactivityTimeoutMs);
    options.deadlineMs = o.value(u"deadline_ms"_s).toInt(options.deadlineMs);
    options.lowSpeedBytesPerSecond
        = std::max(0, o.value(u"low_speed_bytes_per_second"_s).toInt(options.lowSpeedBytesPerSecond));
    options.lowSpeedWindowMs = std::max(1, o.value(u"low_speed_window_ms"_s).toInt(options.lowSpeedWindowMs));
    options.bodyCap = o.value(u"body_cap"_s).toInteger(options.bodyCap);
    options.allowDowngrade = o.value(u"allow_downgrade"_s).toBool();
    options.acceptInvalidCertificates = o.value(u"insecure"_s).toBool();
    options.http2Allowed = o.value(u"http2"_s).toBool(true);
    return options;
}

RequestSpec requestFromRecord(const QJsonObject &record)
{
    RequestSpec request;
    request.method = record.value(u"method"_s).toString(u"GET"_s).toLatin1();
    request.url = QUrl(record.value(u"url"_s).toString());
    request.headers = headersIn(record.value(u"headers"_s).toArray());
    request.body = QByteArray::fromBase64(record.value(u"body"_s).toString().toLatin1());
    request.hasBody = record.value(u"has_body"_s).toBool();
    for (const QJsonValue &name : record.value(u"secret_headers"_s).toArray())
        request.secretHeaders.append(name.toString().toLatin1());
    request.options = requestOptionsFromRecord(record.value(u"options"_s).toObject());
    return request;
}

QJsonObject chainToRecord(const ChainResult &given, const RecordOptions &options)
{
    // Cut the previews first, so a credential cut in two at the cap is still found and masked.
    ChainResult capped = given;
    for (Hop &hop : capped.hops)
        hop.bodyPreview.truncate(options.previewCap);
    const ChainResult chain = maskedChain(capped, maskingPolicy(options));
    QJsonArray hops;
    for (const Hop &hop : chain.hops)
        hops.append(hopOut(hop));
    RecordOptions asMasked; // the request was masked with the rest of the chain
    asMasked.secrets = SecretStorage::Plain;
    QJsonObject record{{u"request"_s, requestToRecord(chain.request, asMasked)},
                       {u"outcome"_s, outcomeKey(chain.outcome)},
                       {u"final_url"_s, chain.finalUrl.toString(QUrl::FullyEncoded)},
                       {u"started_at"_s, chain.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"total_ms"_s, chain.totalMs},
                       {u"hops"_s, hops}};
    if (chain.stop)
        record.insert(u"stop"_s,
                      QJsonObject{{u"reason"_s, stopReasonKey(chain.stop->reason)},
                                  {u"message"_s, chain.stop->message}});
    if (chain.error)
        record.insert(
            u"error"_s,
            QJsonObject{{u"kind"_s, errorKindKey(chain.error->kind)}, {u"message"_s, chain.error->message}});
    return record;
}

ChainResult chainFromRecord(const QJsonObject &record, QString *error)
{
    ChainResult chain;
    chain.request = requestFromRecord(record.value(u"request"_s).toObject());
    chain.outcome = enumIn(record.value(u"outcome"_s), &outcomeKey, LegacyOutcomes, ChainOutcome::Running,
                           RecordText::tr("unknown outcome “%1”"), error);
    chain.finalUrl = QUrl(record.value(u"final_url"_s).toString());
    chain.startedAt = QDateTime::fromString(record.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    chain.totalMs = record.value(u"total_ms"_s).toDouble();
    for (const QJsonValue &hop : record.value(u"hops"_s).toArray())
        chain.hops.append(hopIn(hop.toObject(), error));
    if (record.contains(u"stop"_s)) {
        const QJsonObject stop = record.value(u"stop"_s).toObject();
        chain.stop
            = ChainStop{enumIn(stop.value(u"reason"_s), &stopReasonKey, LegacyStopReasons,
                               StopReason::Cancelled, RecordText::tr("unknown stop reason “%1”"), error),
                        stop.value(u"message"_s).toString()};
    }
    if (record.contains(u"error"_s)) {
        const QJsonObject failure = record.value(u"error"_s).toObject();
        chain.error = ChainError{enumIn(failure.value(u"kind"_s), &errorKindKey, LegacyErrorKinds,
                                        ErrorKind::Other, RecordText::tr("unknown error kind “%1”"), error),
                                 failure.value(u"message"_s).toString()};
    }
    return chain;
}

bool upgradeChainRecord(QJsonObject &record)
{
    bool changed = upgradeValue(record, u"outcome"_s, LegacyOutcomes);
    const auto upgradeIn = [&](const QString &name, const auto &legacy, const QString &field) {
        if (!record.value(name).isObject())
            return;
        QJsonObject inner = record.value(name).toObject();
        if (upgradeValue(inner, field, legacy)) {
            record.insert(name, inner);
            changed = true;
        }
    };
    upgradeIn(u"stop"_s, LegacyStopReasons, u"reason"_s);
    upgradeIn(u"error"_s, LegacyErrorKinds, u"kind"_s);
    QJsonArray hops = record.value(u"hops"_s).toArray();
    bool hopsChanged = false;
    for (QJsonValueRef hopValue : hops) {
        QJsonObject hop = hopValue.toObject();
        QJsonArray warnings = hop.value(u"warnings"_s).toArray();
        bool warningsChanged = false;
        for (QJsonValueRef warningValue : warnings) {
            QJsonObject warning = warningValue.toObject();
            if (upgradeValue(warning, u"severity"_s, LegacySeverities)) {
                warningValue = warning;
                warningsChanged = true;
            }
        }
        if (warningsChanged) {
            hop.insert(u"warnings"_s, warnings);
            hopValue = hop;
            hopsChanged = true;
        }
    }
    if (hopsChanged)
        record.insert(u"hops"_s, hops);
    return changed || hopsChanged;
}

} // namespace StatusScope::Core
