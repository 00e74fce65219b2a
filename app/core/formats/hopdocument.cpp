// SPDX-License-Identifier: MIT
// A hop's part of the chain document (chaindocument.h), described once and written two ways: into
// a QJsonObject (the history, the HAR export's annotations, the chain document) and straight into
// JSON text (check --json, hop by hop as the chain runs). Both ways run the same templates below
// over a "sink", so a field added, renamed or made nullable reaches both, and the text stays the
// bytes QJsonDocument would write for the object.
#include "core/formats/chaindocument.h"

#include "core/formats/jsontext.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

QJsonValue jsonValue(const QString &text)
{
    return text;
}
QJsonValue jsonValue(int number)
{
    return number;
}
QJsonValue jsonValue(qint64 number)
{
    return number;
}
QJsonValue jsonValue(double number)
{
    return number;
}
QJsonValue jsonValue(bool flag)
{
    return flag;
}
QJsonValue jsonValue(std::nullptr_t)
{
    return QJsonValue::Null;
}

class ArraySink;

// Fills a QJsonObject.
class ObjectSink
{
public:
    explicit ObjectSink(QJsonObject &object)
        : m_object(object)
    {
    }
    template<typename Value> void field(QLatin1StringView key, const Value &value)
    {
        m_object.insert(key, jsonValue(value));
    }
    template<typename Fill> void object(QLatin1StringView key, Fill &&fill);
    template<typename Fill> void array(QLatin1StringView key, Fill &&fill);

private:
    QJsonObject &m_object;
};

// Fills a QJsonArray.
class ArraySink
{
public:
    explicit ArraySink(QJsonArray &array)
        : m_array(array)
    {
    }
    template<typename Value> void append(const Value &value) { m_array.append(jsonValue(value)); }
    template<typename Fill> void object(Fill &&fill)
    {
        QJsonObject object;
        ObjectSink sink(object);
        fill(sink);
        m_array.append(object);
    }
    template<typename Fill> void array(Fill &&fill)
    {
        QJsonArray array;
        ArraySink sink(array);
        fill(sink);
        m_array.append(array);
    }

private:
    QJsonArray &m_array;
};

template<typename Fill> void ObjectSink::object(QLatin1StringView key, Fill &&fill)
{
    QJsonObject object;
    ObjectSink sink(object);
    fill(sink);
    m_object.insert(key, object);
}

template<typename Fill> void ObjectSink::array(QLatin1StringView key, Fill &&fill)
{
    QJsonArray array;
    ArraySink sink(array);
    fill(sink);
    m_object.insert(key, array);
}

// Writes text: the same calls, for an object's members and an array's elements alike.
class TextSink
{
public:
    explicit TextSink(JsonTextWriter &writer)
        : m_writer(writer)
    {
    }
    template<typename Value> void field(QLatin1StringView key, const Value &value)
    {
        m_writer.key(key);
        m_writer.value(value);
    }
    template<typename Value> void append(const Value &value) { m_writer.value(value); }
    template<typename Fill> void object(QLatin1StringView key, Fill &&fill)
    {
        m_writer.key(key);
        object(fill);
    }
    template<typename Fill> void object(Fill &&fill)
    {
        m_writer.beginObject();
        fill(*this);
        m_writer.endObject();
    }
    template<typename Fill> void array(QLatin1StringView key, Fill &&fill)
    {
        m_writer.key(key);
        array(fill);
    }
    template<typename Fill> void array(Fill &&fill)
    {
        m_writer.beginArray();
        fill(*this);
        m_writer.endArray();
    }

private:
    JsonTextWriter &m_writer;
};

// The members below are listed in key order, the order both outputs end in: the text writer then
// never has to reorder them (it would, at a small cost, if a new one went in out of place).

template<typename Sink> void nullableField(Sink &out, QLatin1StringView key, const QString &text)
{
    if (text.isEmpty())
        out.field(key, nullptr);
    else
        out.field(key, text);
}

template<typename Sink> void msField(Sink &out, QLatin1StringView key, const std::optional<double> &ms)
{
    if (ms)
        out.field(key, roundedMs(*ms));
    else
        out.field(key, nullptr);
}

// In order, duplicates kept: [["Name", "value"], …].
template<typename Array> void headersTo(Array &out, const HeaderList &headers)
{
    for (const HeaderPair &header : headers) {
        out.array([&header](auto &pair) {
            pair.append(headerNameText(header.first));
            pair.append(headerValueText(header.second));
        });
    }
}

template<typename Array> void meaningsTo(Array &out, const QList<HopMeaning> &meanings)
{
    for (const HopMeaning &m : meanings) {
        out.object([&m](auto &o) {
            o.field("class"_L1, m.statusClass);
            o.field("code"_L1, m.code);
            o.field("code_text"_L1, m.codeText);
            o.field("fallback"_L1, m.fallback);
            o.field("origin"_L1, m.origin);
            o.field("origin_detail"_L1, m.originDetail);
            o.field("reason"_L1, m.reason);
            o.field("spec"_L1, m.spec);
            o.field("summary"_L1, m.summary);
        });
    }
}

template<typename Array> void warningsTo(Array &out, const QList<HopWarning> &warnings)
{
    for (const HopWarning &w : warnings) {
        out.object([&w](auto &o) {
            o.field("id"_L1, w.id);
            o.field("message"_L1, w.message);
            o.field("severity"_L1, severityKey(w.severity));
            o.field("spec"_L1, w.spec);
        });
    }
}

// (auth) The credentials the engine sent on a hop, never the secret: null when it sent none.
// answered_hop is the index of the 401 hop they answer, null when they went up front.
template<typename Sink> void authField(Sink &out, const HopAuth &auth)
{
    if (auth.scheme.isEmpty())
        return out.field("auth"_L1, nullptr);
    out.object("auth"_L1, [&auth](auto &o) {
        if (auth.answeredHop >= 0)
            o.field("answered_hop"_L1, auth.answeredHop);
        else
            o.field("answered_hop"_L1, nullptr);
        o.field("scheme"_L1, auth.scheme);
        nullableField(o, "user"_L1, auth.user);
    });
}

// Null for a plain connection that met no certificate problem: there is nothing to say.
template<typename Sink> void tlsField(Sink &out, const TlsInfo &tls)
{
    if (!tls.encrypted && tls.errors.isEmpty() && tls.chain.isEmpty())
        return out.field("tls"_L1, nullptr);
    out.object("tls"_L1, [&tls](auto &o) {
        o.field("alpn"_L1, tls.alpn);
        o.array("chain"_L1, [&tls](auto &chain) {
            // Certificates carry whole seconds: no milliseconds, as scripts have always read them.
            for (const CertificateInfo &c : tls.chain) {
                chain.object([&c](auto &certificate) {
                    certificate.field("issuer"_L1, c.issuer);
                    certificate.field("not_after"_L1, c.notAfter.toUTC().toString(Qt::ISODate));
                    certificate.field("not_before"_L1, c.notBefore.toUTC().toString(Qt::ISODate));
                    certificate.field("sha256"_L1, c.sha256);
                    certificate.field("subject"_L1, c.subject);
                });
            }
        });
        o.field("cipher"_L1, tls.cipher);
        o.field("encrypted"_L1, tls.encrypted);
        o.array("errors"_L1, [&tls](auto &errors) {
            for (const QString &error : tls.errors)
                errors.append(error);
        });
        o.field("errors_ignored"_L1, tls.errorsIgnored);
        o.field("protocol"_L1, tls.protocol);
    });
}

// How the hop reached its server: "via": {"proxy", "connect_to", "http_version_asked",
// "client_certificate"}, each null when nothing but the default applied.
template<typename Sink> void viaField(Sink &out, const HopRoute &route)
{
    out.object("via"_L1, [&route](auto &o) {
        // (cert15) The client certificate offered to this hop's server, and the Preferences
        // pattern that chose it (null: the request's own --cert).
        if (route.clientCertificate.isEmpty() && route.clientCertificateSha256.isEmpty()) {
            o.field("client_certificate"_L1, nullptr);
        } else {
            o.object("client_certificate"_L1, [&route](auto &certificate) {
                nullableField(certificate, "host_pattern"_L1, route.clientCertificatePattern);
                certificate.field("sha256"_L1, route.clientCertificateSha256);
                certificate.field("subject"_L1, route.clientCertificate);
            });
        }
        nullableField(o, "connect_to"_L1, route.connectedTo);
        nullableField(o, "http_version_asked"_L1, route.httpVersionAsked);
        nullableField(o, "proxy"_L1, route.proxy);
    });
}

template<typename Sink> void timingsField(Sink &out, const HopTimings &t)
{
    out.object("timings_ms"_L1, [&t](auto &o) {
        msField(o, "connect"_L1, t.connect);
        o.field("connection_reused"_L1, t.connectionReused);
        msField(o, "done"_L1, t.done);
        msField(o, "headers"_L1, t.headers);
        o.field("request_sent_count"_L1, t.requestSentCount);
        msField(o, "sent"_L1, t.sent);
        msField(o, "tls"_L1, t.tls);
    });
}

// hopAnnotations() is the fields HAR has no member of its own for; hopToDocument() all of them.
enum class HopFields { Annotations, All };

template<typename Sink> void hopTo(Sink &out, const Hop &hop, HopFields which, BodyBytes bodies)
{
    const bool all = which == HopFields::All;
    authField(out, hop.auth);
    if (all) {
        out.field("body_bytes"_L1, hop.bodyBytes);
        if (bodies == BodyBytes::Kept)
            out.field("body_preview"_L1, QString::fromLatin1(hop.bodyPreview.toBase64()));
    }
    out.field("body_truncated"_L1, hop.bodyTruncated);
    if (all)
        out.array("headers"_L1, [&hop](auto &headers) { headersTo(headers, hop.responseHeaders); });
    out.field("index"_L1, hop.index);
    if (all) {
        if (hop.location)
            out.field("location"_L1, urlText(*hop.location));
        else
            out.field("location"_L1, nullptr);
    }
    nullableField(out, "location_raw"_L1, headerValueText(hop.locationRaw));
    out.array("meaning"_L1, [&hop](auto &meanings) { meaningsTo(meanings, hop.meanings); });
    if (all) {
        out.field("method"_L1, methodText(hop.method));
        // Reason and protocol belong to a response: a hop without one has neither.
        if (hop.status)
            out.field("protocol"_L1, hop.protocol);
        else
            out.field("protocol"_L1, nullptr);
        if (hop.status)
            out.field("reason"_L1, hop.reason);
        else
            out.field("reason"_L1, nullptr);
        out.field("request_body_bytes"_L1, hop.requestBodyBytes);
        out.field("request_has_body"_L1, hop.requestHasBody);
        out.array("request_headers"_L1, [&hop](auto &headers) { headersTo(headers, hop.requestHeaders); });
        out.field("start_ms"_L1, roundedMs(hop.startMs));
        if (hop.status)
            out.field("status"_L1, *hop.status);
        else
            out.field("status"_L1, nullptr);
    }
    timingsField(out, hop.timings);
    tlsField(out, hop.tls);
    if (all)
        out.field("url"_L1, urlText(hop.url));
    viaField(out, hop.route);
    out.array("warnings"_L1, [&hop](auto &warnings) { warningsTo(warnings, hop.warnings); });
    if (all) {
        if (hop.wireBodyBytes >= 0)
            out.field("wire_body_bytes"_L1, hop.wireBodyBytes);
        else
            out.field("wire_body_bytes"_L1, nullptr);
    }
}

QJsonObject hopObject(const Hop &hop, HopFields which, BodyBytes bodies)
{
    QJsonObject object;
    ObjectSink sink(object);
    hopTo(sink, hop, which, bodies);
    return object;
}

} // namespace

QJsonArray headersToDocument(const HeaderList &headers)
{
    QJsonArray array;
    ArraySink sink(array);
    headersTo(sink, headers);
    return array;
}

QJsonObject hopAnnotations(const Hop &hop)
{
    return hopObject(hop, HopFields::Annotations, BodyBytes::LeftOut);
}

QJsonObject hopToDocument(const Hop &hop, BodyBytes bodies)
{
    return hopObject(hop, HopFields::All, bodies);
}

void writeHopJson(QByteArray &out, const Hop &hop, BodyBytes bodies, QJsonDocument::JsonFormat format,
                  int level)
{
    JsonTextWriter writer(out, format, level);
    TextSink sink(writer);
    sink.object([&](TextSink &o) { hopTo(o, hop, HopFields::All, bodies); });
    if (level == 0)
        writer.finishDocument();
}

} // namespace StatusScope::Core
