// SPDX-License-Identifier: MIT
#include "core/formats/har.h"

#include "core/formats/bodyformat.h"
#include "core/formats/chaindocument.h"
#include "core/formats/datasize.h"
#include "core/requests/chainmasking.h"
#include "core/statusscope_version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkCookie>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HarText
{
    Q_DECLARE_TR_FUNCTIONS(Har)
};

// Headers, cookies and bodies as given: an export without credentials was masked as a whole by
// maskedChain() first, so nothing here decides what is secret.
QJsonArray nameValues(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderPair &header : headers) {
        // Qt joins repeated fields; HAR lists each field on its own.
        const QList<QByteArray> values = header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0
            ? header.second.split('\n')
            : QList<QByteArray>{header.second};
        for (const QByteArray &value : values)
            array.append(
                QJsonObject{{u"name"_s, headerNameText(header.first)}, {u"value"_s, headerValueText(value)}});
    }
    return array;
}

QJsonArray requestCookies(const HeaderList &headers)
{
    QJsonArray array;
    for (const QByteArray &pair : headerValue(headers, "Cookie").split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf('=');
        const QByteArray value = equals < 0 ? QByteArray() : trimmed.mid(equals + 1);
        array.append(QJsonObject{{u"name"_s, QString::fromUtf8(equals < 0 ? trimmed : trimmed.left(equals))},
                                 {u"value"_s, QString::fromUtf8(value)}});
    }
    return array;
}

// Max-Age counts from when the response arrived, but QNetworkCookie counts it from the moment it
// parses; the expiry is taken from `received` instead, so the same chain always exports the same
// "expires" (a file exported twice, or imported and exported again, does not drift with the clock).
std::optional<qint64> maxAgeSeconds(const QByteArray &setCookie)
{
    static const QRegularExpression maxAge(u";\\s*max-age\\s*=\\s*(-?\\d{1,12})\\s*(;|$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = maxAge.match(QString::fromLatin1(setCookie));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QJsonArray responseCookies(const HeaderList &headers, const QDateTime &received)
{
    QJsonArray array;
    QList<QNetworkCookie> cookies;
    for (const QByteArray &line : headerValue(headers, "Set-Cookie").split('\n')) {
        const std::optional<qint64> maxAge = maxAgeSeconds(line);
        for (QNetworkCookie cookie : QNetworkCookie::parseCookies(line)) {
            if (maxAge && received.isValid())
                cookie.setExpirationDate(received.addSecs(*maxAge));
            cookies.append(cookie);
        }
    }
    for (const QNetworkCookie &cookie : std::as_const(cookies)) {
        QJsonObject object{{u"name"_s, QString::fromUtf8(cookie.name())},
                           {u"value"_s, QString::fromUtf8(cookie.value())},
                           {u"httpOnly"_s, cookie.isHttpOnly()},
                           {u"secure"_s, cookie.isSecure()}};
        if (!cookie.path().isEmpty())
            object.insert(u"path"_s, cookie.path());
        if (!cookie.domain().isEmpty())
            object.insert(u"domain"_s, cookie.domain());
        if (cookie.expirationDate().isValid())
            object.insert(u"expires"_s, timeText(cookie.expirationDate()));
        array.append(object);
    }
    return array;
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// HAR's httpVersion for a hop's protocol; HTTP/1.x (Qt does not say which) is written as 1.1.
QString harVersion(const QString &protocol)
{
    return protocol == u"HTTP/2"_s || protocol == u"HTTP/3"_s ? protocol : u"HTTP/1.1"_s;
}

double span(const std::optional<double> &from, const std::optional<double> &to)
{
    return from && to ? std::max(0.0, *to - *from) : -1.0;
}

QJsonObject timingsToHar(const Hop &hop, double *total)
{
    const HopTimings &t = hop.timings;
    const bool tls = hop.url.scheme() == u"https"_s;
    const std::optional<double> zero = 0.0;
    double blocked = -1;
    double connect = -1;
    double send = 0;
    QString comment;
    if (t.connect && !t.connectionReused) {
        blocked = *t.connect;
        if (tls && t.tls) {
            connect = span(t.connect, t.tls);
            send = std::max(0.0, span(t.tls, t.sent));
            comment = HarText::tr(
                "blocked includes the DNS lookup; connect includes the TLS handshake (Qt 6.4 reports "
                "neither separately).");
        } else {
            connect = std::max(0.0, span(t.connect, t.sent));
            comment = HarText::tr(
                "blocked includes the DNS lookup; on plain HTTP connect includes sending the request "
                "(Qt 6.4 reports neither separately).");
        }
    } else {
        send = std::max(0.0, span(zero, t.sent));
        comment = HarText::tr("The connection was reused: no DNS, connect or TLS time.");
    }
    // Each phase to the microsecond, as browsers write them: the phases are differences of the
    // hop's times, and unrounded a file read back and exported again drifted in the last digits
    // (0.2 became 0.1999999999999993, then 0.20000000000000107).
    const auto microseconds = [](double ms) { return ms < 0 ? ms : std::round(ms * 1000) / 1000; };
    blocked = microseconds(blocked);
    connect = microseconds(connect);
    send = microseconds(send);
    const double wait = microseconds(std::max(0.0, span(t.sent ? t.sent : zero, t.headers)));
    const double receive = microseconds(std::max(0.0, span(t.headers, t.done)));
    *total = microseconds(std::max(0.0, blocked) + std::max(0.0, connect) + send + wait + receive);
    return QJsonObject{{u"blocked"_s, blocked}, {u"dns"_s, -1},         {u"connect"_s, connect},
                       {u"send"_s, send},       {u"wait"_s, wait},      {u"receive"_s, receive},
                       {u"ssl"_s, -1},          {u"comment"_s, comment}};
}

QJsonObject contentToHar(const Hop &hop)
{
    const QByteArray contentType = headerValue(hop.responseHeaders, "Content-Type");
    QJsonObject content{
        {u"size"_s, hop.bodyBytes},
        {u"mimeType"_s, contentType.isEmpty() ? u"x-unknown"_s : headerValueText(contentType)}};
    if (hop.wireBodyBytes >= 0)
        content.insert(u"compression"_s, std::max<qint64>(0, hop.bodyBytes - hop.wireBodyBytes));
    if (!hop.bodyPreview.isEmpty()) {
        const BodyKind kind = bodyKindOf(hop.bodyPreview, contentType);
        // Text that is not UTF-8 (a Latin-1 page, a cut sequence) would come back changed as JSON
        // text, whose strings are Unicode: its bytes go as base64 like a binary body's.
        if (kind == BodyKind::Binary || kind == BodyKind::Image || !isUtf8(hop.bodyPreview)) {
            content.insert(u"text"_s, QString::fromLatin1(hop.bodyPreview.toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        } else {
            content.insert(u"text"_s, QString::fromUtf8(hop.bodyPreview));
        }
        if (hop.bodyPreview.size() < hop.bodyBytes)
            content.insert(
                u"comment"_s,
                HarText::tr("Only the first %1 were kept.").arg(readableSize(hop.bodyPreview.size())));
    }
    return content;
}

// HAR 1.2's postData holds text only: a body that is not UTF-8 (a Latin-1 form, an image sent
// with -d @file) would come back changed, so its bytes go in base64 with our own "_encoding"
// member saying so, which the import reads (harimport.cpp); other readers see a comment.
QJsonObject postDataToHar(const QByteArray &body, const HeaderList &headers)
{
    QJsonObject postData{{u"mimeType"_s, headerValueText(headerValue(headers, "Content-Type"))}};
    if (isUtf8(body)) {
        postData.insert(u"text"_s, QString::fromUtf8(body));
    } else {
        postData.insert(u"text"_s, QString::fromLatin1(body.toBase64()));
        postData.insert(u"_encoding"_s, u"base64"_s);
        postData.insert(u"comment"_s,
                        HarText::tr("The body is not UTF-8 text: “text” holds its bytes in base64, as "
                                    "“_encoding” says."));
    }
    return postData;
}

// Each field of the chain document that HAR has no member for, under its own name with a leading
// underscore (HAR's rule for custom fields): a field added to the document reaches the HAR too.
// The chain's own fields go on each of its entries as `_chain`, so that an entry written alone
// (`check --har` writes each chain as it ends) still says how its chain ended.
void insertAnnotations(QJsonObject &entry, const ChainResult &chain, const Hop &hop)
{
    const QJsonObject annotations = hopAnnotations(hop);
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it)
        entry.insert(u'_' + it.key(), it.value());
    entry.insert(u"_chain"_s, chainAnnotations(chain));
}

QJsonObject entryToHar(const ChainResult &chain, const Hop &hop)
{
    QJsonArray query;
    for (const auto &[name, value] : QUrlQuery(hop.url).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
    const QDateTime started = (chain.startedAt.isValid() ? chain.startedAt : QDateTime::currentDateTimeUtc())
                                  .addMSecs(qint64(roundedMs(hop.startMs)));
    // An imported hop's versions go back as the file wrote them (HTTP/1.0 stays HTTP/1.0, h3 stays
    // h3, none stays none); a live one's come from its protocol.
    const bool recorded = hop.fromHar;
    const QString requestVersion = recorded ? hop.harRequestVersion : harVersion(hop.protocol);
    const QString responseVersion
        = recorded ? hop.harResponseVersion : (hop.status ? harVersion(hop.protocol) : QString());
    QJsonObject request{{u"method"_s, methodText(hop.method)},
                        {u"url"_s, urlText(hop.url)},
                        {u"httpVersion"_s, requestVersion},
                        {u"cookies"_s, requestCookies(hop.requestHeaders)},
                        {u"headers"_s, nameValues(hop.requestHeaders)},
                        {u"queryString"_s, query},
                        {u"headersSize"_s, -1},
                        {u"bodySize"_s, hop.requestHasBody ? hop.requestBodyBytes : 0}};
    if (hop.requestHasBody)
        request.insert(u"postData"_s, postDataToHar(chain.request.body, hop.requestHeaders));
    QJsonObject response{
        {u"status"_s, hop.status.value_or(0)},
        {u"statusText"_s, hop.status ? hop.reason : QString()},
        {u"httpVersion"_s, responseVersion},
        {u"cookies"_s, responseCookies(hop.responseHeaders, started)},
        {u"headers"_s, nameValues(hop.responseHeaders)},
        {u"content"_s, contentToHar(hop)},
        {u"redirectURL"_s, hop.location ? urlText(*hop.location) : QString()},
        {u"headersSize"_s, -1},
        {u"bodySize"_s,
         !hop.status                  ? -1
             : hop.wireBodyBytes >= 0 ? hop.wireBodyBytes
                                      : hop.bodyBytes},
    };
    if (!hop.harError.isEmpty())
        response.insert(u"_error"_s, hop.harError); // as the browser wrote it, for the next reader
    double total = 0;
    const QJsonObject timings = timingsToHar(hop, &total);
    QJsonObject entry{{u"startedDateTime"_s, timeText(started)},
                      {u"time"_s, roundedMs(total)},
                      {u"request"_s, request},
                      {u"response"_s, response},
                      {u"cache"_s, QJsonObject{}},
                      {u"timings"_s, timings}};
    // As the browser wrote them, for the next reader.
    if (!hop.harFromCache.isEmpty())
        entry.insert(u"_fromCache"_s, hop.harFromCache);
    if (hop.harServiceWorker)
        entry.insert(u"_fetchedViaServiceWorker"_s, true);
    insertAnnotations(entry, chain, hop);
    return entry;
}

} // namespace

QJsonObject chainsToHar(const QList<ChainResult> &chains, bool showSecrets)
{
    QJsonArray entries;
    for (const ChainResult &given : chains) {
        const ChainResult chain = showSecrets ? given : maskedChain(given);
        for (const Hop &hop : chain.hops)
            entries.append(entryToHar(chain, hop));
    }
    QJsonObject log{
        {u"version"_s, u"1.2"_s},
        {u"creator"_s,
         QJsonObject{{u"name"_s, u"StatusScope"_s}, {u"version"_s, QStringLiteral(STATUSSCOPE_VERSION)}}},
        {u"entries"_s, entries}};
    // Said in the file itself, so whoever opens it knows the dots are not what was sent.
    if (!showSecrets)
        log.insert(u"comment"_s,
                   HarText::tr("Credentials are masked (••••): Authorization, cookies, headers marked "
                               "secret, passwords in URLs, and their echoes in bodies."));
    return QJsonObject{{u"log"_s, log}};
}

} // namespace StatusScope::Core
