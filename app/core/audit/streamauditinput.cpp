// SPDX-License-Identifier: MIT
#include "core/audit/streamauditinput.h"

#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct StreamText
{
    Q_DECLARE_TR_FUNCTIONS(AuditInput)
};

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 ReplyBufferBytes = 1024 * 1024;
// Sources read ahead of the runner; past this, a URL's bytes wait in Qt's capped buffer.
constexpr size_t ReadAhead = 4096;
// Enough of the start to tell a list from a map from a sitemap.
constexpr qsizetype GuessBytes = 4096;

// The lines a list or map will give sources for: not blank, not a comment, not a map's header
// row. Read in large pieces, since a list can have a million lines. A gzip file is not counted.
qint64 countDataLines(QIODevice &device, bool map)
{
    if (GzipStream::looksGzipped(device.peek(2)))
        return -1;
    qint64 count = 0;
    bool first = true;
    QByteArray carry;
    auto countLine = [&](QByteArrayView line) {
        line = line.trimmed();
        if (first && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.isEmpty() || line.startsWith('#'))
            return;
        if (std::exchange(first, false) && map) {
            QStringList fields;
            const QString text = QString::fromUtf8(line);
            if (AuditLineReader::splitRecord(text, text.contains(u'\t') ? u'\t' : u',', &fields)
                && AuditLineReader::isHeaderRow(fields))
                return;
        }
        ++count;
    };
    for (;;) {
        const QByteArray chunk = device.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        qsizetype start = 0;
        for (qsizetype end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
            if (carry.isEmpty()) {
                countLine(QByteArrayView(chunk).sliced(start, end - start));
            } else {
                carry += QByteArrayView(chunk).sliced(start, end - start);
                countLine(carry);
                carry.clear();
            }
            start = end + 1;
        }
        carry += QByteArrayView(chunk).sliced(start);
        if (carry.size() > 1024 * 1024)
            carry = carry.right(1024); // a line that long is one invalid row, whatever it holds
    }
    if (!carry.isEmpty())
        countLine(carry);
    return count;
}

} // namespace

struct StreamAuditInput::Document
{
    QString name; // the file's or URL's, for notes
    int depth = 0; // 0: the input itself; 1: a sitemap its index names; …
    QIODevice *device = nullptr; // or
    int fd = -1; // or
    QPointer<QNetworkReply> reply;
    bool replyDone = false;
    QString failure; // why the fetch failed
    bool gzipChecked = false;
    QByteArray raw; // the first bytes, until gzip is ruled in or out
    std::unique_ptr<GzipStream> gzip;
    bool decided = false;
    QByteArray head; // the first decoded bytes, until the kind is known
    AuditInputKind kind = AuditInputKind::Guess;
    std::unique_ptr<AuditLineReader> lines;
    std::unique_ptr<SitemapReader> sitemap;
    qint64 bytes = 0; // decoded
    bool cut = false; // the size limit stopped it
};

StreamAuditInput::StreamAuditInput(AuditInputKind kind, const SitemapLimits &limits, QNetworkAccessManager *manager)
    : AuditInput(kind)
    , m_limits(limits)
    , m_manager(manager)
    , m_asked(kind)
{
}

StreamAuditInput::~StreamAuditInput()
{
    delete m_notifier;
    if (m_fd >= 0 && m_fdOwned)
        ::close(m_fd);
    if (m_doc && m_doc->reply) {
        m_doc->reply->disconnect(this);
        m_doc->reply->abort();
        m_doc->reply->deleteLater();
    }
}

void StreamAuditInput::setDevice(QIODevice *device, bool owned, const QString &name, const QString &path)
{
    m_device = device;
    if (owned)
        m_ownedDevice.reset(device);
    m_name = name;
    m_path = path;
}

void StreamAuditInput::setDescriptor(int fd, bool owned, bool regular, const QString &name, const QString &path)
{
    m_fd = fd;
    m_fdOwned = owned;
    m_fdRegular = regular;
    m_name = name;
    m_path = regular ? path : QString();
    if (!regular) {
        m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        m_notifier->setEnabled(false);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            m_notifier->setEnabled(false);
            m_fdReadable = true;
            pump();
            if (!m_ready.empty() || atEnd())
                Q_EMIT available();
        });
    }
}

void StreamAuditInput::setUrl(const QUrl &url)
{
    m_url = url;
    m_name = url.toDisplayString();
}

void StreamAuditInput::failAtOnce(const QString &error)
{
    setError(error);
    m_started = true;
    m_ended = true;
}

void StreamAuditInput::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_device || m_fd >= 0) {
        m_doc = std::make_unique<Document>();
        m_doc->name = m_name;
        m_doc->device = m_device;
        m_doc->fd = m_fd;
        ++m_documents;
    } else if (m_url.isValid()) {
        fetch(m_url, 0);
    } else {
        m_ended = true;
    }
}

std::optional<AuditSource> StreamAuditInput::take()
{
    if (!m_started)
        start();
    if (m_ready.empty())
        pump();
    if (m_ready.empty())
        return std::nullopt;
    AuditSource source = std::move(m_ready.front());
    m_ready.pop_front();
    source.index = m_nextIndex++;
    return source;
}

bool StreamAuditInput::atEnd() const
{
    return m_ended && m_ready.empty();
}

qint64 StreamAuditInput::total() const
{
    if (atEnd())
        return m_nextIndex;
    if (m_counted == -2)
        m_counted = countLines();
    return m_counted;
}

bool StreamAuditInput::wantsMore() const
{
    return m_ready.size() < ReadAhead && m_doc && !m_doc->cut;
}

void StreamAuditInput::pump()
{
    if (!m_doc)
        return;
    if (m_doc->device)
        pullDevice();
    else if (m_doc->fd >= 0)
        pullDescriptor();
    else
        readReply();
}

void StreamAuditInput::pullDevice()
{
    while (m_doc && m_doc->device && m_ready.empty()) {
        const QByteArray chunk = m_doc->cut ? QByteArray() : m_doc->device->read(ChunkBytes);
        if (chunk.isEmpty()) {
            endDocument();
            return;
        }
        process(chunk);
    }
}

void StreamAuditInput::pullDescriptor()
{
    while (m_doc && m_doc->fd >= 0 && m_ready.empty()) {
        if (m_doc->cut) {
            endDocument();
            return;
        }
        if (!m_fdRegular && !std::exchange(m_fdReadable, false)) {
            m_notifier->setEnabled(true); // activated() reads on
            return;
        }
        char chunk[ChunkBytes];
        ssize_t got = 0;
        do {
            got = ::read(m_doc->fd, chunk, sizeof chunk);
        } while (got < 0 && errno == EINTR);
        if (got < 0)
            m_doc->failure = StreamText::tr("reading failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (got <= 0) {
            endDocument();
            return;
        }
        process(QByteArrayView(chunk, got));
    }
}

void StreamAuditInput::readReply()
{
    if (!m_doc || !m_doc->reply)
        return;
    QNetworkReply *reply = m_doc->reply;
    if (!m_doc->failure.isEmpty())
        return; // an error page: its bytes are no input
    while (wantsMore() && reply->bytesAvailable() > 0)
        process(reply->read(ChunkBytes));
    if (m_doc && m_doc->reply == reply && (m_doc->cut || (m_doc->replyDone && reply->bytesAvailable() == 0)))
        endDocument();
}

void StreamAuditInput::onReplyFinished()
{
    if (!m_doc || !m_doc->reply)
        return;
    QNetworkReply *reply = m_doc->reply;
    m_doc->replyDone = true;
    if (m_doc->failure.isEmpty() && !m_doc->cut && reply->error() != QNetworkReply::NoError)
        m_doc->failure = reply->errorString();
    if (m_doc->failure.isEmpty())
        readReply();
    else
        endDocument();
    if (!m_ready.empty() || atEnd())
        Q_EMIT available();
}

void StreamAuditInput::fetch(const QUrl &url, int depth)
{
    ++m_documents;
    m_doc = std::make_unique<Document>();
    m_doc->name = url.toDisplayString();
    m_doc->depth = depth;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.fetchTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"StatusScope audit"_s);
    QNetworkReply *reply = m_manager->get(request);
    // Only honoured when set before the event loop runs again (qt64-facts §4).
    reply->setReadBufferSize(ReplyBufferBytes);
    m_doc->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400 && m_doc && m_doc->reply == reply) {
            m_doc->failure = StreamText::tr("the server answered %1 %2")
                                 .arg(status)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            // Not from inside the reply's own signal: Qt 6.4 warns when a reply is aborted there.
            QMetaObject::invokeMethod(
                this,
                [this, reply] {
                    if (!m_doc || m_doc->reply != reply)
                        return;
                    endDocument();
                    if (!m_ready.empty() || atEnd())
                        Q_EMIT available();
                },
                Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (!m_doc || m_doc->reply != reply)
            return;
        readReply();
        if (!m_ready.empty() || atEnd())
            Q_EMIT available();
    });
    connect(reply, &QNetworkReply::finished, this, &StreamAuditInput::onReplyFinished);
}

void StreamAuditInput::process(QByteArrayView bytes)
{
    Document &doc = *m_doc;
    QByteArray raw;
    if (!doc.gzipChecked) {
        doc.raw += bytes;
        if (doc.raw.size() < 2)
            return;
        doc.gzipChecked = true;
        if (GzipStream::looksGzipped(doc.raw))
            doc.gzip = std::make_unique<GzipStream>();
        raw = std::exchange(doc.raw, {});
        bytes = raw;
    }
    QByteArray text = doc.gzip ? doc.gzip->inflate(bytes) : bytes.toByteArray();
    if (doc.gzip && !doc.gzip->error().isEmpty())
        doc.failure = doc.gzip->error();
    if (!doc.decided) {
        doc.head += text;
        if (!enoughToDecide(doc))
            return;
        decide(false);
        text = std::exchange(doc.head, {});
    }
    feedLimited(std::move(text));
}

void StreamAuditInput::feedLimited(QByteArray text)
{
    Document &doc = *m_doc;
    // Lists and maps are streamed whatever their size; a sitemap has the protocol's limit.
    if (doc.kind == AuditInputKind::Sitemap && doc.bytes + text.size() > m_limits.maxBytes) {
        text.truncate(qsizetype(std::max<qint64>(0, m_limits.maxBytes - doc.bytes)));
        doc.cut = true;
        addNote(StreamText::tr("%1 is larger than %2 bytes (unpacked): only its beginning was read.")
                    .arg(doc.name)
                    .arg(m_limits.maxBytes));
    }
    doc.bytes += text.size();
    feedReader(text);
}

bool StreamAuditInput::enoughToDecide(const Document &doc) const
{
    if (doc.depth > 0 || m_asked != AuditInputKind::Guess || doc.head.size() >= GuessBytes)
        return true;
    // A pipe may bring the rest much later: one complete line that is not blank or a comment is
    // enough to tell a list from a map, and a first "<" a sitemap.
    qsizetype start = 0;
    while (start < doc.head.size()) {
        const qsizetype end = doc.head.indexOf('\n', start);
        const QByteArray line = doc.head.mid(start, end < 0 ? -1 : end - start).trimmed();
        if (line.startsWith('<') || line.startsWith("\xEF\xBB\xBF<"))
            return true;
        if (end < 0)
            return false;
        if (!line.isEmpty() && !line.startsWith('#') && line != "\xEF\xBB\xBF")
            return true;
        start = end + 1;
    }
    return false;
}

void StreamAuditInput::decide(bool final)
{
    Q_UNUSED(final);
    Document &doc = *m_doc;
    doc.decided = true;
    if (doc.depth > 0) {
        doc.kind = AuditInputKind::Sitemap;
    } else if (m_asked == AuditInputKind::Guess) {
        QString why;
        doc.kind = guessAuditInputKind(doc.head, &why);
        setKind(doc.kind, true);
        addNote(why);
    } else {
        doc.kind = m_asked;
        setKind(doc.kind, false);
    }
    if (doc.kind == AuditInputKind::Sitemap)
        doc.sitemap = std::make_unique<SitemapReader>();
    else
        doc.lines = std::make_unique<AuditLineReader>(doc.kind);
}

void StreamAuditInput::feedReader(const QByteArray &text)
{
    if (text.isEmpty())
        return;
    if (m_doc->lines)
        m_doc->lines->feed(text);
    else if (m_doc->sitemap)
        m_doc->sitemap->feed(text);
    collect();
}

void StreamAuditInput::collect()
{
    Document &doc = *m_doc;
    if (doc.lines) {
        for (const QString &note : doc.lines->takeNotes())
            addNote(note);
        std::deque<AuditSource> &read = doc.lines->sources();
        while (!read.empty()) {
            m_ready.push_back(std::move(read.front()));
            read.pop_front();
        }
        return;
    }
    if (!doc.sitemap || !doc.sitemap->hasLocations())
        return;
    const bool index = doc.sitemap->root() == SitemapReader::Root::Index;
    for (const QString &location : doc.sitemap->takeLocations()) {
        if (index)
            addChildSitemap(location);
        else
            addSitemapPage(location);
    }
}

void StreamAuditInput::addSitemapPage(const QString &location)
{
    AuditSource source;
    source.source = location;
    const UrlInput read = readTypedUrl(location);
    source.url = read.url;
    if (!read.isValid())
        source.invalid = read.error;
    else if (!location.startsWith(u"http://"_s, Qt::CaseInsensitive)
             && !location.startsWith(u"https://"_s, Qt::CaseInsensitive))
        source.invalid = StreamText::tr("A sitemap's <loc> is a full http or https URL; “%1” is not.").arg(location);
    m_ready.push_back(std::move(source));
}

void StreamAuditInput::addChildSitemap(const QString &location)
{
    const int depth = m_doc->depth + 1;
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s)) {
        addNote(StreamText::tr("The sitemap index %1 names “%2”, which is not an http or https URL: not read.")
                    .arg(m_doc->name, location));
        return;
    }
    if (depth > m_limits.maxDepth) {
        if (!std::exchange(m_depthNoted, true))
            addNote(StreamText::tr("Sitemap indexes nested more than %n level(s) deep are not followed "
                                   "(first: %1).",
                                   nullptr, m_limits.maxDepth)
                        .arg(location));
        return;
    }
    if (m_documents + qint64(m_queue.size()) >= m_limits.maxSitemaps) {
        ++m_sitemapsSkipped;
        return;
    }
    m_queue.emplace_back(url, depth);
}

void StreamAuditInput::endDocument()
{
    if (!m_doc)
        return;
    Document &doc = *m_doc;
    if (!doc.gzipChecked && !doc.raw.isEmpty()) {
        // Fewer than two bytes in all.
        doc.gzipChecked = true;
        doc.head += std::exchange(doc.raw, {});
    }
    if (!doc.decided && doc.failure.isEmpty()) {
        decide(true);
        feedLimited(std::exchange(doc.head, {}));
    }
    if (!doc.cut) {
        if (doc.lines)
            doc.lines->finish();
        else if (doc.sitemap)
            doc.sitemap->finish();
        if (doc.gzip && doc.gzip->truncated() && doc.failure.isEmpty())
            doc.failure = StreamText::tr("the gzip data ends before its end (cut short)");
    }
    if (doc.lines || doc.sitemap)
        collect();
    QString problem = doc.failure;
    if (problem.isEmpty() && doc.sitemap && !doc.cut)
        problem = doc.sitemap->error();
    if (!problem.isEmpty()) {
        if (doc.depth == 0)
            setError(StreamText::tr("%1: %2").arg(doc.name, problem));
        else
            addNote(StreamText::tr("The sitemap %1 was not read to its end: %2").arg(doc.name, problem));
    }
    if (doc.reply) {
        doc.reply->disconnect(this);
        if (!doc.replyDone)
            doc.reply->abort(); // the size limit cut it
        doc.reply->deleteLater();
    }
    nextDocument();
}

void StreamAuditInput::nextDocument()
{
    m_doc.reset();
    if (!m_queue.empty() && !m_manager) {
        addNote(StreamText::tr("The sitemap index names %n sitemap(s), but nothing can be fetched here.", nullptr,
                               int(m_queue.size())));
        m_queue.clear();
    }
    if (!m_queue.empty()) {
        const auto [url, depth] = m_queue.front();
        m_queue.pop_front();
        fetch(url, depth);
        return;
    }
    if (m_sitemapsSkipped > 0)
        addNote(StreamText::tr("%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in "
                               "one run.",
                               nullptr, int(m_sitemapsSkipped))
                    .arg(m_limits.maxSitemaps));
    m_sitemapsSkipped = 0;
    m_ended = true;
}

qint64 StreamAuditInput::countLines() const
{
    if (kind() != AuditInputKind::List && kind() != AuditInputKind::Map)
        return -1;
    const bool map = kind() == AuditInputKind::Map;
    // A file by its name, or a device that can seek (pasted text): one quick pass, then the device
    // goes back where the reading had got to. A pipe cannot be counted.
    if (!m_path.isEmpty()) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return countDataLines(file, map);
    }
    if (m_device && !m_device->isSequential()) {
        const qint64 position = m_device->pos();
        if (!m_device->seek(0))
            return -1;
        const qint64 count = countDataLines(*m_device, map);
        m_device->seek(position);
        return count;
    }
    return -1;
}

} // namespace StatusScope::Core
