// SPDX-License-Identifier: MIT
// StreamAuditInput's network half: a document fetched with Qt's buffer capped, and the sitemaps an
// index names, queued within the limits and read one after the other.
#include "core/audit/streamauditinput.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct StreamText
{
    Q_DECLARE_TR_FUNCTIONS(AuditInput)
};

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 ReplyBufferBytes = 1024 * 1024;

} // namespace

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

} // namespace StatusScope::Core
