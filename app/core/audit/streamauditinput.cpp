// SPDX-License-Identifier: MIT
#include "core/audit/streamauditinput.h"

#include "core/audit/auditinputtext.h"
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

constexpr qint64 ChunkBytes = 64 * 1024;
// Sources read ahead of the runner; past this, a URL's bytes wait in Qt's capped buffer.
constexpr size_t ReadAhead = 4096;
// Enough of the start to tell a list from a map from a sitemap.
constexpr qsizetype GuessBytes = 4096;

} // namespace

StreamAuditInput::StreamAuditInput(AuditInputKind kind, const SitemapLimits &limits,
                                   QNetworkAccessManager *manager)
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

void StreamAuditInput::setDescriptor(int fd, bool owned, bool regular, const QString &name,
                                     const QString &path)
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
            m_doc->failure
                = AuditInputText::tr("reading failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (got <= 0) {
            endDocument();
            return;
        }
        process(QByteArrayView(chunk, got));
    }
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
        addNote(AuditInputText::tr("%1 is larger than %2 bytes (unpacked): only its beginning was read.")
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
        source.invalid
            = AuditInputText::tr("A sitemap's <loc> is a full http or https URL; “%1” is not.").arg(location);
    m_ready.push_back(std::move(source));
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
            doc.failure = AuditInputText::tr("the gzip data stops before the end of its stream (cut short)");
    }
    if (doc.lines || doc.sitemap)
        collect();
    QString problem = doc.failure;
    if (problem.isEmpty() && doc.sitemap && !doc.cut)
        problem = doc.sitemap->error();
    if (!problem.isEmpty()) {
        if (doc.depth == 0)
            setError(AuditInputText::tr("%1: %2").arg(doc.name, problem));
        else
            addNote(AuditInputText::tr("The sitemap %1 was not read to its end: %2").arg(doc.name, problem));
    }
    if (doc.reply) {
        doc.reply->disconnect(this);
        if (!doc.replyDone)
            doc.reply->abort(); // the size limit cut it
        doc.reply->deleteLater();
    }
    nextDocument();
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
        return AuditLineReader::countDataLines(file, map);
    }
    if (m_device && !m_device->isSequential()) {
        const qint64 position = m_device->pos();
        if (!m_device->seek(0))
            return -1;
        const qint64 count = AuditLineReader::countDataLines(*m_device, map);
        m_device->seek(position);
        return count;
    }
    return -1;
}

} // namespace StatusScope::Core
