// SPDX-License-Identifier: MIT
#include "core/formats/harentry.h"

#include "core/formats/harimport.h"
#include "core/requests/checkids.h"
#include "core/requests/hopannotator.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences are the HAR reader's: one translation context with the rest of it.
struct HarEntryText
{
    Q_DECLARE_TR_FUNCTIONS(Har)
};

HeaderList headersFromHar(const QJsonArray &array)
{
    HeaderList headers;
    headers.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject header = item.toObject();
        const QByteArray name = header.value(u"name"_s).toString().toUtf8();
        // HTTP/2 pseudo-headers (:status, :path) are framing, not fields.
        if (name.isEmpty() || name.startsWith(':'))
            continue;
        const QByteArray value = header.value(u"value"_s).toString().toUtf8();
        // Set-Cookie is held as Qt hands it over, every cookie in one field joined by line feeds
        // (the cookie rules and the export read it so), whether the file lists each cookie on
        // its own or already joins them.
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            const auto joined = std::find_if(headers.begin(), headers.end(), [](const HeaderPair &h) {
                return h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
            });
            if (joined != headers.end()) {
                joined->second += '\n' + value;
                continue;
            }
        }
        headers.append({name, value});
    }
    return headers;
}

// "HTTP/2.0", "http/2.0", "h2", "h3", "h3-29", "HTTP/3": the version number is what counts, not
// every digit in the text (a draft number is no version).
QString protocolFromHar(const QString &text)
{
    const QString version = text.trimmed().toLower();
    const QStringView number = version.startsWith(u"http/"_s) ? QStringView(version).mid(5)
        : version.startsWith(u'h')                            ? QStringView(version).mid(1)
                                                              : QStringView(version);
    if (number.startsWith(u'3'))
        return u"HTTP/3"_s;
    if (number.startsWith(u'2'))
        return u"HTTP/2"_s;
    return u"HTTP/1.x"_s;
}

void readBody(const QJsonObject &response, Hop &hop)
{
    const QJsonObject content = response.value(u"content"_s).toObject();
    const QString text = content.value(u"text"_s).toString();
    hop.bodyPreview = content.value(u"encoding"_s).toString() == u"base64"_s
        ? QByteArray::fromBase64(text.toLatin1())
        : text.toUtf8();
    const qint64 decoded = hop.bodyPreview.size();
    if (hop.bodyPreview.size() > HarPreviewBytes) {
        hop.bodyPreview.truncate(HarPreviewBytes);
        hop.bodyTruncated = true;
    }
    hop.bodyBytes = std::max<qint64>(content.value(u"size"_s).toInteger(), decoded);
}

// postData has no encoding member in HAR 1.2, so text that is not UTF-8 cannot be written as it
// is: our export writes such a body in base64 and says so with the custom member "_encoding"
// (HAR's rule for custom fields: a leading underscore). "encoding", which some tools borrow from
// content, is read the same way; any other postData is its text in UTF-8.
//
// HAR 1.2 also lets a producer give a form as "params" instead of "text" (the two are exclusive):
// a urlencoded form is then put back together as a browser sends it, name=value pairs joined
// with '&'. Other params (a multipart form without its boundary) give no body.
QByteArray postDataBody(const QJsonObject &postData)
{
    const QJsonArray params = postData.value(u"params"_s).toArray();
    if (!postData.contains(u"text"_s) && !params.isEmpty()
        && postData.value(u"mimeType"_s).toString().startsWith(u"application/x-www-form-urlencoded"_s)) {
        QByteArrayList pairs;
        for (const QJsonValue &param : params) {
            const QJsonObject pair = param.toObject();
            pairs.append(QUrl::toPercentEncoding(pair.value(u"name"_s).toString()) + '='
                         + QUrl::toPercentEncoding(pair.value(u"value"_s).toString()));
        }
        return pairs.join('&');
    }
    const QString text = postData.value(u"text"_s).toString();
    const bool base64 = postData.value(u"_encoding"_s).toString() == u"base64"_s
        || postData.value(u"encoding"_s).toString() == u"base64"_s;
    return base64 ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8();
}

// Chrome says on an entry when the network was not what answered it: its cache ("_fromCache")
// or the page's service worker ("_fetchedViaServiceWorker"). A cached 301 or 308 is the usual
// reason a redirect changed on the server still leads where it used to.
void noteBrowserSources(const QJsonObject &entry, Hop &hop)
{
    const QString cache = entry.value(u"_fromCache"_s).toString();
    if (hop.status && (cache == u"disk"_s || cache == u"memory"_s)) {
        hop.harFromCache = cache;
        const bool permanent = *hop.status == 301 || *hop.status == 308;
        const QString sentence = cache == u"disk"_s
            ? (permanent
                   ? HarEntryText::tr("The browser took this %1 from its disk cache without asking the "
                                      "server. It keeps following a cached permanent redirect until the "
                                      "entry expires or the cache is cleared, so a change on the server "
                                      "goes unseen.")
                   : HarEntryText::tr("The browser took this %1 from its disk cache without asking the "
                                      "server."))
            : (permanent
                   ? HarEntryText::tr("The browser took this %1 from its memory cache without asking the "
                                      "server. It keeps following a cached permanent redirect until the "
                                      "entry expires or the cache is cleared, so a change on the server "
                                      "goes unseen.")
                   : HarEntryText::tr("The browser took this %1 from its memory cache without asking the "
                                      "server."));
        hop.warnings.append(makeWarning(CheckId::BrowserCache, sentence.arg(*hop.status)));
    }
    if (entry.value(u"_fetchedViaServiceWorker"_s).toBool()) {
        hop.harServiceWorker = true;
        hop.warnings.append(makeWarning(
            CheckId::ServiceWorker,
            HarEntryText::tr("The page's service worker answered this request: what the server sent, if "
                             "it was asked at all, may differ.")));
    }
}

} // namespace

Hop hopFromHarEntry(const QJsonObject &entry, const QUrl &url, const StatusCatalogue &catalogue,
                    QByteArray *requestBody, QDateTime *started)
{
    const QJsonObject request = entry.value(u"request"_s).toObject();
    const QJsonObject response = entry.value(u"response"_s).toObject();
    Hop hop;
    hop.method = request.value(u"method"_s).toString(u"GET"_s).toUtf8();
    hop.url = url.adjusted(QUrl::RemoveFragment);
    hop.requestHeaders = headersFromHar(request.value(u"headers"_s).toArray());
    *requestBody = postDataBody(request.value(u"postData"_s).toObject());
    hop.requestHasBody = request.contains(u"postData"_s);
    hop.harRequestVersion = request.value(u"httpVersion"_s).toString();
    hop.fromHar = true;
    hop.requestBodyBytes = requestBody->size();
    const int status = response.value(u"status"_s).toInt(0);
    if (status > 0) {
        hop.status = status;
        // A file's text is shown like a server's: nothing in it may steer the display.
        hop.reason = escapeForDisplay(response.value(u"statusText"_s).toString());
        // Some captures leave the response's version empty; the request's is the same connection's.
        const QString version = response.value(u"httpVersion"_s).toString();
        hop.protocol
            = protocolFromHar(version.isEmpty() ? request.value(u"httpVersion"_s).toString() : version);
        hop.harResponseVersion = version;
        hop.responseHeaders = headersFromHar(response.value(u"headers"_s).toArray());
        readBody(response, hop);
    } else {
        hop.harError = escapeForDisplay(response.value(u"_error"_s).toString());
    }
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    double cursor = 0;
    const auto add = [&](const char *key) {
        const double value = timings.value(QLatin1StringView(key)).toDouble(-1);
        if (value > 0)
            cursor += value;
    };
    add("blocked");
    add("dns");
    add("connect");
    add("send");
    hop.timings.sent = cursor;
    add("wait");
    if (hop.status) // a request that got no response got no headers either
        hop.timings.headers = cursor;
    add("receive");
    hop.timings.done = std::max(cursor, entry.value(u"time"_s).toDouble(cursor));
    hop.timings.requestSentCount = 1;
    *started = QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs);
    if (hop.status)
        annotateHop(hop, catalogue, started->isValid() ? *started : QDateTime::currentDateTimeUtc());
    noteBrowserSources(entry, hop);
    return hop;
}

} // namespace StatusScope::Core
