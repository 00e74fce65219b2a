// SPDX-License-Identifier: MIT
// StreamAuditInput's network half: a document fetched with Qt's buffer capped, and the sitemaps an
// index names, queued within the limits and read one after the other.
#include "core/audit/streamauditinput.h"

#include "core/audit/auditinputtext.h"
#include "core/requests/httpversion.h"
#include "core/requests/proxyrouter.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 ReplyBufferBytes = 1024 * 1024;

// The run's network side on one fetch of `url` (AuditInput::setFetchRequest()): typed headers, the
// credentials that go up front, the HTTP version and TLS setup. The sentence when its certificate
// files cannot be read: then nothing is sent, as no check of the run would be either.
std::optional<QString> applyFetchRequest(const RequestSpec &base, const QUrl &url, QNetworkRequest &request)
{
    for (const HeaderPair &header : base.headers)
        request.setRawHeader(header.first, header.second);
    const AuthSetting &auth = base.options.network.auth;
    if (!hasHeader(base.headers, "Authorization")) {
        if (auth.scheme == AuthSetting::Scheme::Basic && !auth.user.isEmpty())
            request.setRawHeader("Authorization",
                                 "Basic " + (auth.user + u':' + auth.password).toUtf8().toBase64());
        else if (auth.scheme == AuthSetting::Scheme::Bearer && !auth.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + auth.token.toUtf8());
    }
    applyHttpVersion(base.options.network.httpVersion, request);
    if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QString error;
    std::optional<TlsSetup> tls = TlsSetup::load(base.options.network.tls, &error);
    if (!tls)
        return error;
    tls->setHostCertificates(base.options.network.clientCertificateRules);
    if (std::optional<QString> problem = tls->chooseFor(url))
        return problem;
    tls->apply(request);
    return std::nullopt;
}

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
    const std::optional<RequestSpec> &base = fetchRequest();
    if (base) {
        if (std::optional<QString> problem = applyFetchRequest(*base, url, request)) {
            m_doc->failure = *problem;
            QMetaObject::invokeMethod(
                this, [this] { onFetchRefused(); }, Qt::QueuedConnection);
            return;
        }
    }
    // The proxy is chosen per URL on the manager's router, as the engine does for each hop; a
    // redirect of the sitemap goes through the proxy its own URL gets.
    ProxyRouter *router = base ? ProxyRouter::forManager(m_manager) : nullptr;
    const auto assignProxy = [router, base](const QUrl &target, QNetworkRequest *sent) -> quint64 {
        const ProxySetting &setting = base->options.network.proxy;
        QNetworkProxy proxy = proxyFor(setting, target, &router->systemProxies());
        if (sent && proxySeesRequest(proxy, target) && !setting.user.isEmpty()
            && !hasHeader(base->headers, "Proxy-Authorization")) {
            sent->setRawHeader("Proxy-Authorization", proxyBasicCredentials(setting));
            proxy.setUser(QString());
            proxy.setPassword(QString());
        }
        return router->assign(target, proxy);
    };
    const quint64 ticket = router ? assignProxy(url, &request) : 0;
    QNetworkReply *reply = m_manager->get(request);
    // Only honoured when set before the event loop runs again (qt64-facts §4).
    reply->setReadBufferSize(ReplyBufferBytes);
    m_doc->reply = reply;
    if (router) {
        auto tickets = std::make_shared<QList<quint64>>(QList<quint64>{ticket});
        connect(reply, &QNetworkReply::redirected, m_manager, [assignProxy, tickets](const QUrl &target) {
            tickets->append(assignProxy(target, nullptr));
        });
        // On the manager, not this input: the input drops its connections to a reply it lets go,
        // and the assignments must end with the reply all the same (abort() emits finished()).
        connect(reply, &QNetworkReply::finished, m_manager, [router, tickets] {
            for (quint64 each : std::as_const(*tickets))
                router->release(each);
            tickets->clear();
        });
        if (base->options.acceptInvalidCertificates)
            connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400 && m_doc && m_doc->reply == reply) {
            m_doc->failure
                = AuditInputText::tr("the server answered %1 %2")
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

void StreamAuditInput::onFetchRefused()
{
    if (!m_doc || m_doc->reply)
        return;
    m_doc->replyDone = true;
    endDocument();
    if (!m_ready.empty() || atEnd())
        Q_EMIT available();
}

void StreamAuditInput::addChildSitemap(const QString &location)
{
    const int depth = m_doc->depth + 1;
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s)) {
        addNote(AuditInputText::tr(
                    "The sitemap index %1 names “%2”, which is not an http or https URL: not read.")
                    .arg(m_doc->name, location));
        return;
    }
    if (depth > m_limits.maxDepth) {
        if (!std::exchange(m_depthNoted, true))
            addNote(AuditInputText::tr("Sitemap indexes nested more than %n level(s) deep are not followed "
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
        addNote(AuditInputText::tr("The sitemap index names %n sitemap(s), but nothing can be fetched here.",
                                   nullptr, int(m_queue.size())));
        m_queue.clear();
    }
    if (!m_queue.empty()) {
        const auto [url, depth] = m_queue.front();
        m_queue.pop_front();
        fetch(url, depth);
        return;
    }
    if (m_sitemapsSkipped > 0)
        addNote(AuditInputText::tr(
                    "%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in "
                    "one run.",
                    nullptr, int(m_sitemapsSkipped))
                    .arg(m_limits.maxSitemaps));
    m_sitemapsSkipped = 0;
    m_ended = true;
}

} // namespace StatusScope::Core
