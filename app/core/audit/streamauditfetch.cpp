// SPDX-License-Identifier: MIT
// StreamAuditInput's network half: a document fetched with Qt's buffer capped, and the sitemaps an
// index names, queued within the limits and read one after the other.
#include "core/audit/streamauditinput.h"

#include "core/audit/auditinputtext.h"
#include "core/requests/authresponder.h"
#include "core/requests/chaincookiejar.h"
#include "core/requests/locationresolver.h"
#include "core/requests/proxyrouter.h"
#include "core/requests/proxyselection.h"
#include "core/requests/redirectfollower.h"
#include "core/requests/secrets.h"
#include "core/requests/tlsroute.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 ReplyBufferBytes = 1024 * 1024;

// A request of `base` for one sitemap document at `url`: its headers, credentials and cookies. A
// document on another origin than the input's (a sitemap an index names elsewhere) gets none of
// the typed credential fields, as the first hop to another origin of a chain gets none.
RequestSpec documentRequest(const RequestSpec &base, const QUrl &url, const QUrl &inputUrl)
{
    RequestSpec spec = base;
    spec.method = QByteArrayLiteral("GET");
    spec.url = url;
    spec.body.clear();
    spec.hasBody = false;
    spec.options.followRedirects = true;
    if (!isSameOrigin(url, inputUrl)) {
        spec.headers.removeIf(
            [&base](const HeaderPair &header) { return isSecretHeader(header.first, base.secretHeaders); });
    }
    return spec;
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
    if (m_doc->again) {
        // The redirect's target, or the 401 answered: the next request for the same document.
        reply->disconnect(this);
        reply->deleteLater();
        m_doc->reply = nullptr;
        sendFetch();
        return;
    }
    // Qt's sentence names the URL whole, a password in it included.
    if (m_doc->failure.isEmpty() && !m_doc->cut && reply->error() != QNetworkReply::NoError)
        m_doc->failure = QString::fromUtf8(
            CredentialScrubber(credentialValues(m_doc->url)).scrub(reply->errorString().toUtf8()));
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
    m_sitemapsSeen.insert(sitemapKey(url));
    m_doc = std::make_unique<Document>();
    m_doc->name = url.toDisplayString();
    m_doc->depth = depth;
    m_doc->url = url;
    if (const std::optional<RequestSpec> &base = fetchRequest()) {
        // The engine's rules, request by request (setFetchRequest()): redirects followed here, so
        // credentials stop at the first other origin; a 401 answered with -u (--digest, --anyauth);
        // -b's cookies from a jar of the input's own.
        if (!m_fetchJar) {
            m_fetchJar = std::make_unique<ChainCookieJar>();
            m_fetchJar->seed(base->options.cookies);
        }
        const RequestSpec spec = documentRequest(*base, url, m_url.isValid() ? m_url : url);
        m_doc->follower = std::make_unique<RedirectFollower>(spec, m_fetchJar.get());
        RequestSpec origin = spec;
        origin.url = m_url.isValid() ? m_url : url; // credentials go to the origin typed only
        m_doc->auth = std::make_unique<AuthResponder>(origin);
    }
    sendFetch();
}

// The proxy for `target`, with --proxy-user's Basic credentials up front in `headers` for a proxy
// that reads the request, as the engine sends them.
QNetworkProxy StreamAuditInput::fetchProxy(const RequestSpec &base, const QUrl &target, HeaderList &headers)
{
    const ProxySetting &setting = base.options.network.proxy;
    QNetworkProxy proxy = proxyFor(setting, target, &ProxyRouter::forManager(m_manager)->systemProxies());
    if (proxySeesRequest(proxy, target) && !setting.user.isEmpty()
        && !hasHeader(headers, "Proxy-Authorization")) {
        headers.append({QByteArrayLiteral("Proxy-Authorization"), proxyBasicCredentials(setting)});
        proxy.setUser(QString());
        proxy.setPassword(QString());
    }
    return proxy;
}

void StreamAuditInput::sendFetch()
{
    Document &doc = *m_doc;
    const std::optional<RequestSpec> &base = fetchRequest();
    const QUrl url = doc.follower ? doc.follower->urlForSending() : doc.url;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.fetchTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"StatusScope audit"_s);
    ProxyRouter *router = base ? ProxyRouter::forManager(m_manager) : nullptr;
    quint64 ticket = 0;
    if (base) {
        const NetworkOptions &network = base->options.network;
        doc.hop = Hop{};
        doc.hop.index = doc.hops++;
        doc.hop.method = QByteArrayLiteral("GET");
        doc.hop.url = url;
        HeaderList headers = doc.follower->headersForSending();
        doc.auth->prepare(doc.hop, headers);
        const QNetworkProxy proxy = fetchProxy(*base, url, headers);
        doc.hop.requestHeaders = headers;
        for (const HeaderPair &header : std::as_const(headers))
            request.setRawHeader(header.first, header.second);
        // Each redirect is read here (the follower's rules), and the manager's own cookie jar
        // would replace the Cookie field made from -b's.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        // Nothing is sent when the certificate files cannot be read, as no check of the run would be.
        QString problem;
        std::optional<TlsSetup> tls = TlsSetup::load(network.tls, &problem);
        if (tls) {
            tls->setHostCertificates(network.clientCertificateRules);
            if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0) {
                if (std::optional<QString> refused = tls->chooseFor(url))
                    problem = *refused;
            }
        }
        if (problem.isEmpty()) {
            if (std::optional<QString> refused = pinThroughProxyProblem(url, network, proxy))
                problem = *refused;
        }
        if (!problem.isEmpty()) {
            doc.failure = problem;
            QMetaObject::invokeMethod(
                this, [this] { onFetchRefused(); }, Qt::QueuedConnection);
            return;
        }
        // The HTTP version, trust and a --resolve or --connect-to pin, as for a hop of a check.
        routeHop(request, doc.hop, network, *tls, proxy);
        ticket = router->assign(request.url(), proxy);
    }
    QNetworkReply *reply = m_manager->get(request);
    // Only honoured when set before the event loop runs again (qt64-facts §4).
    reply->setReadBufferSize(ReplyBufferBytes);
    doc.reply = reply;
    doc.again = false;
    doc.replyDone = false;
    if (router) {
        // On the manager, not this input: the input drops its connections to a reply it lets go,
        // and the assignment must end with the reply all the same (abort() emits finished()).
        connect(reply, &QNetworkReply::finished, m_manager, [router, ticket] { router->release(ticket); });
        if (base->options.acceptInvalidCertificates)
            connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onFetchHead(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (!m_doc || m_doc->reply != reply)
            return;
        if (m_doc->again) {
            reply->readAll(); // a redirect's or a 401's page: no input
            return;
        }
        readReply();
        if (!m_ready.empty() || atEnd())
            Q_EMIT available();
    });
    connect(reply, &QNetworkReply::finished, this, &StreamAuditInput::onReplyFinished);
}

void StreamAuditInput::onFetchHead(QNetworkReply *reply)
{
    if (!m_doc || m_doc->reply != reply || m_doc->again || !m_doc->failure.isEmpty())
        return;
    Document &doc = *m_doc;
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusValue.isValid())
        return;
    const int status = statusValue.toInt();
    if (doc.follower) {
        doc.hop.status = status;
        doc.hop.responseHeaders = reply->rawHeaderPairs();
        // A redirect the engine would follow, or a 401 its credentials answer: the same document,
        // asked for again once this reply is done.
        const RedirectFollower::Decision decision = doc.follower->onResponse(doc.hop);
        if (decision == RedirectFollower::Decision::Follow
            || (decision == RedirectFollower::Decision::Final && doc.auth->onResponse(doc.hop))) {
            doc.again = true;
            return;
        }
        if (decision == RedirectFollower::Decision::Stop && doc.follower->stop())
            doc.failure = doc.follower->stop()->message;
    }
    if (status >= 400 && doc.failure.isEmpty())
        doc.failure = AuditInputText::tr("the server answered %1 %2")
                          .arg(status)
                          .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (doc.failure.isEmpty())
        return;
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
    // An index that names itself, or a sitemap named twice (by one index or two): read once.
    const QString key = sitemapKey(url);
    if (m_sitemapsSeen.contains(key)) {
        ++m_sitemapsRepeated;
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
    m_sitemapsSeen.insert(key);
    m_queue.emplace_back(url, depth);
}

QString StreamAuditInput::sitemapKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
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
    if (m_sitemapsRepeated > 0)
        addNote(AuditInputText::tr("%n sitemap(s) named again by an index (or an index naming itself) were "
                                   "read once.",
                                   nullptr, int(m_sitemapsRepeated)));
    m_sitemapsRepeated = 0;
    m_ended = true;
}

} // namespace StatusScope::Core
