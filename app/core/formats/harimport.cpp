// SPDX-License-Identifier: MIT
#include "core/formats/harimport.h"

#include "core/formats/harentry.h"
#include "core/formats/harscanner.h"
#include "core/formats/incomingtext.h"

#include "core/requests/redirectfollower.h"
#include "core/requests/safetext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <algorithm>
#include <limits>
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
// The file is read this much at a time and never held whole.
constexpr qint64 ReadChunkBytes = 1024 * 1024;
// Texts up to this size are shared between hops (a file repeats its header names and values,
// status texts and small bodies many times); longer ones are rarely repeated.
constexpr qsizetype MaxSharedBytes = 4096;

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

// A chain still being put together: its redirect rules, and the next request they predict.
struct OpenChain
{
    ChainResult chain;
    std::unique_ptr<RedirectFollower> follower; // released once the chain has ended
    QUrl expected; // the next request the redirect rules predict, or empty when the chain ended
    QDateTime started;
};

void finishChain(OpenChain &open, QList<ChainResult> &into)
{
    ChainResult &chain = open.chain;
    const Hop &last = chain.hops.last();
    chain.totalMs = last.startMs + last.timings.done.value_or(0);
    if (chain.stop)
        chain.outcome = ChainOutcome::Stopped;
    else if (!last.status) {
        chain.outcome = ChainOutcome::Error;
        chain.error = ChainError{
            ErrorKind::Other,
            last.harError.isEmpty()
                ? HarText::tr("No response was recorded for the last request.")
                : HarText::tr("No response was recorded for the last request; the browser wrote “%1”.")
                      .arg(last.harError)};
    } else {
        chain.outcome = ChainOutcome::Complete;
    }
    // A file can carry whatever a server could send: the same escaping as a live chain.
    escapeUntrustedText(chain);
    into.append(std::move(chain));
}

// Makes equal texts share one buffer (implicit sharing), so that 100,000 hops repeating the same
// few headers hold each once, and trims each kept buffer to its size.
class Interner
{
public:
    void share(QByteArray &value)
    {
        if (value.size() > MaxSharedBytes) {
            value.squeeze();
            return;
        }
        if (value.isEmpty()) {
            value = QByteArray(); // no buffer at all
            return;
        }
        const auto found = m_bytes.constFind(value);
        if (found != m_bytes.constEnd()) {
            value = *found;
            return;
        }
        value.squeeze();
        m_bytes.insert(value);
    }
    void share(QString &value)
    {
        if (value.isEmpty() || value.size() > MaxSharedBytes)
            return;
        const auto found = m_strings.constFind(value);
        if (found != m_strings.constEnd()) {
            value = *found;
            return;
        }
        value.squeeze();
        m_strings.insert(value);
    }
    void share(HeaderList &headers)
    {
        for (HeaderPair &header : headers) {
            share(header.first);
            share(header.second);
        }
        const auto found = m_headerLists.constFind(headers);
        if (found != m_headerLists.constEnd()) {
            headers = *found;
            return;
        }
        headers.squeeze();
        m_headerLists.insert(headers);
    }
    void shareWarnings(Hop &hop)
    {
        for (HopWarning &warning : hop.warnings) {
            share(warning.id);
            share(warning.message);
            share(warning.spec);
        }
        hop.warnings.squeeze();
    }
    // The catalogue's meanings of a code are the same on every hop that has it.
    void shareMeanings(Hop &hop)
    {
        if (!hop.status)
            return;
        const auto found = m_meanings.constFind(*hop.status);
        if (found != m_meanings.constEnd()) {
            hop.meanings = *found;
            return;
        }
        hop.meanings.squeeze();
        m_meanings.insert(*hop.status, hop.meanings);
    }

private:
    QSet<QByteArray> m_bytes;
    QSet<QString> m_strings;
    QSet<HeaderList> m_headerLists;
    QHash<int, QList<HopMeaning>> m_meanings;
};

// A browser writes the Host it sent for the URL into the HAR; nobody typed it, so it is not kept
// as a typed header (the redirect rules would say it was "not sent on" at every change of origin,
// and a run of the chain would send it). A Host naming another server than the URL's was typed,
// or set by a tool, and stays.
HeaderList withoutOwnHost(HeaderList headers, const QUrl &url)
{
    const int defaultPort = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80;
    const QString host = url.host(QUrl::FullyEncoded);
    const QString name = host.contains(u':') ? u'[' + host + u']' : host;
    const int port = url.port(defaultPort);
    headers.removeIf([&](const HeaderPair &header) {
        if (header.first.compare("Host", Qt::CaseInsensitive) != 0)
            return false;
        const QString value = QString::fromUtf8(header.second).trimmed();
        return value.compare(name, Qt::CaseInsensitive) == 0
            || (value.compare(name + u':' + QString::number(port), Qt::CaseInsensitive) == 0);
    });
    return headers;
}

// Groups hops into chains: a request continues the latest chain whose redirect predicted it, else
// starts one. Entries are read as they arrive and grouped at the end in the order they were
// started: HAR 1.2 asks readers to sort them, as a file merged from several captures or written
// by a proxy need not be (a redirect's target listed before it then started a chain of its own).
class ChainBuilder
{
public:
    explicit ChainBuilder(const StatusCatalogue &catalogue)
        : m_catalogue(catalogue)
    {
    }

    void add(const QJsonObject &entry, int number);
    // Nothing when `control` cancels while the chains are being put together.
    std::optional<HarImport> finish(int entries, HarImportControl *control);

private:
    struct ReadHop
    {
        Hop hop;
        QUrl url;
        QByteArray requestBody;
        QDateTime started;
    };
    void group(ReadHop &&read);

    const StatusCatalogue &m_catalogue;
    std::vector<ReadHop> m_read; // in file order, until finish()
    std::vector<OpenChain> m_chains;
    // The chains waiting for each predicted URL, by position: the latest one takes the request.
    // A lookup here instead of a scan of every open chain keeps a file of many short chains linear.
    QHash<QUrl, std::set<std::size_t>> m_waiting;
    QStringList m_skipped;
    // Entries a browser records without a request on the network (data:, blob:, an extension's
    // own pages…), by scheme: told in one sentence each, not one per entry.
    QMap<QString, QList<int>> m_notFetched;
    Interner m_interner;
};

void ChainBuilder::add(const QJsonObject &entry, int number)
{
    const QUrl url(entry.value(u"request"_s).toObject().value(u"url"_s).toString(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s && scheme != u"ws"_s
        && scheme != u"wss"_s) {
        m_notFetched[scheme].append(number);
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        m_skipped.append(HarText::tr("Entry %1: no usable request URL.").arg(number));
        return;
    }
    QByteArray requestBody;
    QDateTime started;
    Hop hop = hopFromHarEntry(entry, url, m_catalogue, &requestBody, &started);
    m_interner.share(hop.method);
    m_interner.share(hop.requestHeaders);
    m_interner.share(hop.reason);
    m_interner.share(hop.harRequestVersion);
    m_interner.share(hop.harResponseVersion);
    m_interner.share(hop.responseHeaders);
    m_interner.share(hop.bodyPreview);
    m_interner.shareMeanings(hop);
    m_read.push_back({std::move(hop), url, std::move(requestBody), started});
}

void ChainBuilder::group(ReadHop &&read)
{
    Hop &hop = read.hop;
    const QUrl &url = read.url;
    const QByteArray &requestBody = read.requestBody;
    const QDateTime &started = read.started;
    std::size_t index = m_chains.size();
    const auto found = m_waiting.find(hop.url);
    if (found != m_waiting.end()) {
        index = *found->rbegin();
        hop.url = found.key(); // the same URL as the chain's prediction: one copy for both
        found->erase(index);
        if (found->empty())
            m_waiting.erase(found);
    } else {
        RequestSpec spec;
        spec.method = hop.method;
        spec.url = url;
        spec.headers = withoutOwnHost(hop.requestHeaders, url);
        spec.body = requestBody;
        spec.hasBody = hop.requestHasBody;
        OpenChain open{ChainResult{}, std::make_unique<RedirectFollower>(spec, nullptr), QUrl(), started};
        open.chain.request = spec;
        open.chain.startedAt = started;
        m_chains.push_back(std::move(open));
    }
    OpenChain &chain = m_chains[index];
    hop.index = int(chain.chain.hops.size());
    hop.startMs = chain.started.isValid() && started.isValid() ? double(chain.started.msecsTo(started)) : 0;
    if (!chain.chain.hops.isEmpty()) {
        Hop &previous = chain.chain.hops.last();
        if (previous.location && *previous.location == hop.url)
            previous.location = hop.url;
    }
    const RedirectFollower::Decision decision = chain.follower->onResponse(hop);
    m_interner.shareWarnings(hop);
    m_interner.share(hop.locationRaw);
    chain.expected
        = decision == RedirectFollower::Decision::Follow ? chain.follower->urlForSending() : QUrl();
    if (decision == RedirectFollower::Decision::Stop)
        chain.chain.stop = chain.follower->stop();
    chain.chain.hops.append(std::move(hop));
    if (chain.expected.isEmpty()) {
        // Ended: nothing can join it any more, so its redirect rules are let go now.
        chain.chain.finalUrl = chain.follower->current().url;
        chain.follower.reset();
        chain.chain.hops.squeeze();
    } else {
        m_waiting[chain.expected].insert(index);
    }
}

std::optional<HarImport> ChainBuilder::finish(int entries, HarImportControl *control)
{
    // A stable sort by start: entries started at once, or without a time (which keep the place
    // of the entry before them), stay in file order.
    std::vector<std::pair<qint64, std::size_t>> order;
    order.reserve(m_read.size());
    qint64 last = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < m_read.size(); ++i) {
        if (m_read[i].started.isValid())
            last = m_read[i].started.toMSecsSinceEpoch();
        order.emplace_back(last, i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t k = 0; k < order.size(); ++k) {
        if ((k & 4095) == 0 && stopped(control))
            return std::nullopt;
        group(std::move(m_read[order[k].second]));
    }
    m_read.clear();
    m_read.shrink_to_fit();

    HarImport result;
    result.entries = entries;
    result.skipped = std::move(m_skipped);
    for (auto it = m_notFetched.cbegin(); it != m_notFetched.cend(); ++it) {
        QStringList numbers;
        for (const int number : it.value().first(std::min<qsizetype>(it.value().size(), 5)))
            numbers.append(QString::number(number));
        if (it.value().size() > 5)
            numbers.append(u"…"_s);
        result.skipped.append(HarText::tr("%n entries with a %1: URL skipped: they are not requests on the "
                                          "network (entries %2).",
                                          nullptr, int(it.value().size()))
                                  .arg(it.key(), numbers.join(u", "_s)));
    }
    result.chains.reserve(qsizetype(m_chains.size()));
    for (OpenChain &open : m_chains) {
        if (open.follower)
            open.chain.finalUrl = open.follower->current().url;
        open.chain.hops.squeeze();
        finishChain(open, result.chains);
    }
    m_chains.clear();
    return result;
}

// Reads `device` a chunk at a time: its entries become chains as they are found, and a JSON
// error anywhere, or a cancel, gives nothing at all.
std::optional<HarImport> importHarFrom(QIODevice &device, qint64 size, const StatusCatalogue &catalogue,
                                       QString *error, HarImportControl *control)
{
    ChainBuilder builder(catalogue);
    QString entryError;
    HarEntryScanner scanner(KeptJsonStringBytes, [&](QByteArray &&bytes, int number) {
        if ((number & 255) == 0 && stopped(control))
            return false;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        bytes = QByteArray(); // only the parsed entry is needed from here
        if (parseError.error != QJsonParseError::NoError) {
            entryError
                = HarText::tr("Entry %1 could not be read: %2.").arg(number).arg(parseError.errorString());
            return false;
        }
        builder.add(document.object(), number);
        return true;
    });
    QByteArray chunk(qsizetype(ReadChunkBytes), Qt::Uninitialized);
    IncomingText incoming;
    qint64 done = 0;
    for (;;) {
        const qint64 read = device.read(chunk.data(), ReadChunkBytes);
        if (read < 0) {
            *error = device.errorString();
            return std::nullopt;
        }
        if (read == 0)
            break; // the end, or shorter than it said (it changed while read): what arrived counts
        done += read;
        // A HAR passed through Windows PowerShell's ">" is UTF-16: read as the UTF-8 it was.
        const QByteArray utf8 = incoming.feed(QByteArrayView(chunk.data(), qsizetype(read)));
        const bool more = scanner.feed(utf8);
        if (stopped(control)) {
            *error = cancelledSentence();
            return std::nullopt;
        }
        if (!more)
            break;
        report(control, int(std::min<qint64>(999, 1000 * done / std::max<qint64>(size, 1))));
    }
    if (stopped(control)) {
        *error = cancelledSentence();
        return std::nullopt;
    }
    if (!entryError.isEmpty()) {
        *error = entryError;
        return std::nullopt;
    }
    if (!scanner.hasError()) {
        scanner.feed(incoming.finish());
        scanner.finish();
    }
    if (scanner.hasError()) {
        *error = scanner.errorEntry() > 0
            ? HarText::tr("The file is not valid JSON: %1 (at byte %2, in entry %3).")
                  .arg(scanner.errorString())
                  .arg(scanner.errorByte())
                  .arg(scanner.errorEntry())
            : HarText::tr("The file is not valid JSON: %1 (at byte %2).")
                  .arg(scanner.errorString())
                  .arg(scanner.errorByte());
        return std::nullopt;
    }
    if (!scanner.foundEntries()) {
        *error = HarText::tr("This is not a HAR file: it has no log.entries list.");
        return std::nullopt;
    }
    std::optional<HarImport> result = builder.finish(scanner.entriesSeen(), control);
    if (!result) {
        *error = cancelledSentence();
        return std::nullopt;
    }
    report(control, 1000);
    return result;
}

} // namespace

void shortenLongJsonStrings(QByteArray &json, qsizetype maxBytes)
{
    HarEntryScanner::shortenStrings(json, maxBytes);
}

std::optional<HarImport> importHar(QByteArray json, const StatusCatalogue &catalogue, QString *error,
                                   HarImportControl *control)
{
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    return importHarFrom(buffer, json.size(), catalogue, error, control);
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
    return importHarFrom(file, size, catalogue, error, control);
}

} // namespace StatusScope::Core
