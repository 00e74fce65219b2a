// SPDX-License-Identifier: MIT
#include "harimport.h"

#include "requests/hopannotator.h"
#include "requests/redirectfollower.h"
#include "requests/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HarText
{
    Q_DECLARE_TR_FUNCTIONS(Har)
};

// Raw JSON text kept of each string: enough for HarPreviewBytes of a base64 body (4 characters
// for 3 bytes), and a multiple of 4 so that such a body is cut between whole groups.
constexpr qsizetype KeptJsonStringBytes = 2 * HarPreviewBytes;
constexpr qint64 ReadChunkBytes = 8 * 1024 * 1024;

// Progress is given in three parts: reading the file, parsing it, reading its entries.
constexpr int ReadDone = 100;
constexpr int ParseDone = 350;

bool stopped(HarImportControl *control)
{
    return control && control->cancelled.load(std::memory_order_relaxed);
}

void report(HarImportControl *control, int permille)
{
    if (control && control->progress)
        control->progress(permille);
}

QString cancelledSentence()
{
    return HarText::tr("The import was cancelled.");
}

bool isHighSurrogateEscape(const char *escape)
{
    return escape[1] == 'u' && (escape[2] == 'd' || escape[2] == 'D')
        && QByteArrayView("89abAB").contains(escape[3]);
}

HeaderList headersFromHar(const QJsonArray &array)
{
    HeaderList headers;
    headers.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject header = value.toObject();
        const QByteArray name = header.value(u"name"_s).toString().toUtf8();
        // HTTP/2 pseudo-headers (:status, :path) are framing, not fields.
        if (!name.isEmpty() && !name.startsWith(':'))
            headers.append({name, header.value(u"value"_s).toString().toUtf8()});
    }
    return headers;
}

// A chain still being put together: its redirect rules, and the next request they predict.
struct OpenChain
{
    ChainResult chain;
    std::unique_ptr<RedirectFollower> follower; // released once the chain has ended
    QUrl expected; // the next request the redirect rules predict, or empty when the chain ended
    QDateTime started;
};

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

Hop hopFromEntry(const QJsonObject &entry, const QUrl &url, const StatusCatalogue &catalogue,
                 QByteArray *requestBody, QDateTime *started)
{
    const QJsonObject request = entry.value(u"request"_s).toObject();
    const QJsonObject response = entry.value(u"response"_s).toObject();
    Hop hop;
    hop.method = request.value(u"method"_s).toString(u"GET"_s).toUtf8();
    hop.url = url.adjusted(QUrl::RemoveFragment);
    hop.requestHeaders = headersFromHar(request.value(u"headers"_s).toArray());
    *requestBody = request.value(u"postData"_s).toObject().value(u"text"_s).toString().toUtf8();
    hop.requestHasBody = request.contains(u"postData"_s);
    hop.requestBodyBytes = requestBody->size();
    const int status = response.value(u"status"_s).toInt(0);
    if (status > 0) {
        hop.status = status;
        // A file's text is shown like a server's: nothing in it may steer the display.
        hop.reason = escapeForDisplay(response.value(u"statusText"_s).toString());
        const QString version = response.value(u"httpVersion"_s).toString().toLower();
        hop.protocol = version.contains(u'2') || version == u"h2"_s ? u"HTTP/2"_s
            : version.contains(u'3')                                ? u"HTTP/3"_s
                                                                    : u"HTTP/1.x"_s;
        hop.responseHeaders = headersFromHar(response.value(u"headers"_s).toArray());
        readBody(response, hop);
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
    hop.timings.headers = cursor;
    add("receive");
    hop.timings.done = std::max(cursor, entry.value(u"time"_s).toDouble(cursor));
    hop.timings.requestSentCount = 1;
    *started = QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs);
    if (hop.status)
        annotateHop(hop, catalogue, started->isValid() ? *started : QDateTime::currentDateTimeUtc());
    return hop;
}

void finish(OpenChain &open, QList<ChainResult> &into)
{
    ChainResult &chain = open.chain;
    const Hop &last = chain.hops.last();
    chain.totalMs = last.startMs + last.timings.done.value_or(0);
    if (chain.stop)
        chain.outcome = ChainOutcome::Stopped;
    else if (!last.status) {
        chain.outcome = ChainOutcome::Error;
        chain.error
            = ChainError{ErrorKind::Other, HarText::tr("No response was recorded for the last request.")};
    } else {
        chain.outcome = ChainOutcome::Complete;
    }
    into.append(std::move(chain));
}

} // namespace

void shortenLongJsonStrings(QByteArray &json, qsizetype maxBytes)
{
    const qsizetype size = json.size();
    char *data = json.data();
    qsizetype in = 0;
    qsizetype out = 0;
    while (in < size) {
        const char c = data[in++];
        data[out++] = c;
        if (c != '"')
            continue;
        // Inside a string until its closing quote.
        qsizetype kept = 0;
        bool cut = false;
        bool afterHighSurrogate = false;
        while (in < size && data[in] != '"') {
            qsizetype length = 1;
            if (data[in] == '\\')
                length = std::min<qsizetype>(in + 1 < size && data[in + 1] == 'u' ? 6 : 2, size - in);
            // Cut before an escape that would pass the limit, or before the first byte past it
            // that starts a character (not a UTF-8 continuation byte).
            if (!cut
                && (length > 1 ? kept + length > maxBytes
                               : kept >= maxBytes && (uchar(data[in]) & 0xc0) != 0x80)) {
                cut = true;
                if (afterHighSurrogate)
                    out -= 6; // its low half is cut away: drop the high half too
            }
            if (!cut) {
                afterHighSurrogate = length == 6 && isHighSurrogateEscape(data + in);
                std::memmove(data + out, data + in, size_t(length));
                out += length;
                kept += length;
            }
            in += length;
        }
        if (in < size)
            data[out++] = data[in++]; // the closing quote
    }
    json.truncate(out);
}

std::optional<HarImport> importHar(QByteArray json, const StatusCatalogue &catalogue, QString *error,
                                   HarImportControl *control)
{
    // Bodies are cut to their previews before parsing: the parsed document then holds no more
    // than the previews, and the file's bytes are freed as soon as it is parsed.
    shortenLongJsonStrings(json, KeptJsonStringBytes);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    json = QByteArray();
    if (parseError.error != QJsonParseError::NoError) {
        *error = HarText::tr("The file is not valid JSON: %1 (at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (stopped(control)) {
        *error = cancelledSentence();
        return std::nullopt;
    }
    report(control, ParseDone);
    const QJsonValue entriesValue = document.object().value(u"log"_s).toObject().value(u"entries"_s);
    if (!entriesValue.isArray()) {
        *error = HarText::tr("This is not a HAR file: it has no log.entries list.");
        return std::nullopt;
    }

    std::vector<OpenChain> chains;
    // The chains waiting for each predicted URL, by position: the latest one takes the request.
    // A lookup here instead of a scan of every open chain keeps a file of many short chains linear.
    QHash<QUrl, std::set<std::size_t>> waiting;
    HarImport result;
    const QJsonArray entries = entriesValue.toArray();
    result.entries = int(entries.size());

    for (qsizetype i = 0; i < entries.size(); ++i) {
        if ((i & 255) == 0) {
            if (stopped(control)) {
                *error = cancelledSentence();
                return std::nullopt;
            }
            report(control, ParseDone + int((1000 - ParseDone) * i / entries.size()));
        }
        const QJsonObject entry = entries.at(i).toObject();
        const QUrl url(entry.value(u"request"_s).toObject().value(u"url"_s).toString(), QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty()) {
            result.skipped.append(HarText::tr("Entry %1: no usable request URL.").arg(i + 1));
            continue;
        }
        QByteArray requestBody;
        QDateTime started;
        Hop hop = hopFromEntry(entry, url, catalogue, &requestBody, &started);

        // Continue the chain whose redirect predicted this request, else start a new one.
        std::size_t index = chains.size();
        const auto found = waiting.find(hop.url);
        if (found != waiting.end()) {
            index = *found->rbegin();
            found->erase(index);
            if (found->empty())
                waiting.erase(found);
        } else {
            RequestSpec spec;
            spec.method = hop.method;
            spec.url = url;
            spec.headers = hop.requestHeaders;
            spec.body = requestBody;
            spec.hasBody = hop.requestHasBody;
            OpenChain open{ChainResult{}, std::make_unique<RedirectFollower>(spec, nullptr), QUrl(), started};
            open.chain.request = spec;
            open.chain.startedAt = started;
            chains.push_back(std::move(open));
        }
        OpenChain &chain = chains[index];
        hop.index = int(chain.chain.hops.size());
        hop.startMs
            = chain.started.isValid() && started.isValid() ? double(chain.started.msecsTo(started)) : 0;
        const RedirectFollower::Decision decision = chain.follower->onResponse(hop);
        chain.expected
            = decision == RedirectFollower::Decision::Follow ? chain.follower->urlForSending() : QUrl();
        if (decision == RedirectFollower::Decision::Stop)
            chain.chain.stop = chain.follower->stop();
        chain.chain.hops.append(std::move(hop));
        if (chain.expected.isEmpty()) {
            // Ended: nothing can join it any more, so its redirect rules are let go now.
            chain.chain.finalUrl = chain.follower->current().url;
            chain.follower.reset();
        } else {
            waiting[chain.expected].insert(index);
        }
    }

    result.chains.reserve(qsizetype(chains.size()));
    for (OpenChain &open : chains) {
        if (open.follower)
            open.chain.finalUrl = open.follower->current().url;
        finish(open, result.chains);
    }
    report(control, 1000);
    return result;
}

std::optional<HarImport> importHarFile(const QString &path, const StatusCatalogue &catalogue, QString *error,
                                       HarImportControl *control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size > HarMaxFileBytes) {
        *error = HarText::tr("The file is %1 MiB; HAR files up to %2 MiB can be opened.")
                     .arg(size / (1024 * 1024))
                     .arg(HarMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray json;
    json.resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 read = file.read(json.data() + done, std::min(ReadChunkBytes, size - done));
        if (read <= 0)
            break; // shorter than it said (it changed while read): what arrived is parsed
        done += read;
        if (stopped(control)) {
            *error = cancelledSentence();
            return std::nullopt;
        }
        report(control, int(ReadDone * done / std::max<qint64>(size, 1)));
    }
    json.truncate(qsizetype(done));
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.close();
    return importHar(std::move(json), catalogue, error, control);
}

} // namespace StatusScope::Core
