// SPDX-License-Identifier: MIT
#include "core/requests/proxyrouter.h"

#include "core/requests/checkids.h"
#include "core/requests/pins.h"
#include "core/requests/proxyselection.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences are the engine's, as people read them: one translation context with it.
struct RequestEngineText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEngine)
};

QString exactKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
}

QString originKey(const QString &scheme, const QString &host, int port)
{
    return scheme.toLower() + u"://"_s + host.toLower() + u':' + QString::number(port);
}

QString originKey(const QUrl &url)
{
    return originKey(url.scheme(), url.host(), url.port(url.scheme() == u"https" ? 443 : 80));
}

} // namespace

ProxyRouter *ProxyRouter::forManager(QNetworkAccessManager *manager)
{
    if (auto *router = dynamic_cast<ProxyRouter *>(manager->proxyFactory()))
        return router;
    auto *router = new ProxyRouter;
    manager->setProxyFactory(router); // the manager owns it from here
    return router;
}

quint64 ProxyRouter::assign(const QUrl &url, const QNetworkProxy &proxy)
{
    // Both keys made here, once, outside the lock: Qt asks queryProxy() for every request.
    Assignment assignment{exactKey(url), originKey(url), proxy};
    QMutexLocker lock(&m_mutex);
    m_assignments.insert(++m_lastTicket, std::move(assignment));
    return m_lastTicket;
}

void ProxyRouter::release(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    m_assignments.remove(ticket);
}

QList<QNetworkProxy> ProxyRouter::queryProxy(const QNetworkProxyQuery &query)
{
    {
        QMutexLocker lock(&m_mutex);
        const QUrl url = query.url();
        const QString exact = url.isValid() ? exactKey(url) : QString();
        const QString origin = url.isValid()
            ? originKey(url)
            : originKey(query.protocolTag(), query.peerHostName(), query.peerPort());
        // The latest assignment for the very URL, else for its origin (Qt may ask with the URL
        // normalised, or for the socket alone).
        quint64 best = 0;
        bool bestExact = false;
        for (auto it = m_assignments.cbegin(); it != m_assignments.cend(); ++it) {
            const bool isExact = !exact.isEmpty() && it->key == exact;
            const bool sameOrigin = isExact || it->origin == origin;
            if (!sameOrigin)
                continue;
            if ((isExact && !bestExact) || (isExact == bestExact && it.key() > best)) {
                best = it.key();
                bestExact = isExact;
            }
        }
        if (best)
            return {m_assignments.value(best).proxy};
    }
    return QNetworkProxyFactory::proxyForQuery(query);
}

HopProxy::~HopProxy()
{
    if (m_router && m_ticket)
        m_router->release(m_ticket);
}

void HopProxy::begin(QNetworkAccessManager *manager, const NetworkOptions &network, Hop &hop,
                     HeaderList &headers)
{
    const ProxySetting &setting = network.proxy;
    m_router = ProxyRouter::forManager(manager);
    m_answer407 = false;
    m_user.clear();
    if (hop.index == 0)
        m_auth.reset();
    QNetworkProxy proxy = proxyFor(setting, hop.url, &m_router->systemProxies());
    const QString proxyName = proxyDisplay(proxy); // as given, also when pinned below
    if (proxy.type() != QNetworkProxy::NoProxy) {
        const QString address = resolvedAddress(network.resolve, proxy.hostName(), proxy.port());
        if (!address.isEmpty()) {
            proxy.setHostName(address);
            hop.warnings.append(makeWarning(
                CheckId::ProxyPinned,
                RequestEngineText::tr("The proxy %1 was reached at %2, the address --resolve gives for it.")
                    .arg(proxyName, address.contains(u':') ? u'[' + address + u']' : address)));
        }
    }
    if (proxySeesRequest(proxy, hop.url)) {
        // The request itself carries the credentials (visible on the hop, masked when shown); Qt
        // would otherwise resend it behind the chain's back, and does not while the engine keeps
        // authentication manual. Credentials the system's proxy URL held count as given.
        ProxySetting credentials = setting;
        if (credentials.user.isEmpty()) {
            credentials.user = proxy.user();
            credentials.password = proxy.password();
        }
        proxy.setUser(QString());
        proxy.setPassword(QString());
        if (!credentials.user.isEmpty()) {
            hop.route.proxyUser = credentials.user;
            m_user = credentials.user;
        }
        if (!credentials.user.isEmpty() && !hasHeader(headers, "Proxy-Authorization"))
            headers.append({QByteArrayLiteral("Proxy-Authorization"),
                            m_auth.prepare(hop, proxyName, credentials.user, credentials.password)});
        else
            m_auth.prepare(hop, proxyName, QString(), QString());
    } else {
        if (proxy.type() != QNetworkProxy::NoProxy && !proxy.user().isEmpty())
            hop.route.proxyUser = proxy.user();
        // Proxy-Authorization is for a proxy that reads the request. With none, or inside a
        // CONNECT or SOCKS tunnel, the request goes to the server itself, which must not get it.
        if (removeHeader(headers, "Proxy-Authorization") > 0) {
            hop.warnings.append(makeWarning(
                CheckId::CredentialsStripped,
                proxy.type() == QNetworkProxy::NoProxy
                    ? RequestEngineText::tr("Proxy-Authorization was not sent: this hop goes to the server "
                                            "without a proxy, and the field is for a proxy only.")
                    : RequestEngineText::tr("Proxy-Authorization was not sent: this hop goes to the server "
                                            "through a tunnel of %1, which would have handed the field to "
                                            "the server; give the proxy's credentials with --proxy-user.")
                          .arg(proxyName)));
        }
    }
    m_proxy = proxy;
    m_ticket = m_router->assign(hop.url, proxy);
    m_url = hop.url;
    hop.route.proxy = proxyName;
}

void HopProxy::retarget(const QUrl &url)
{
    // Without a pin the hop is requested at the URL begin() assigned: nothing to move.
    if (!m_router || !m_ticket || url == m_url)
        return;
    m_router->release(m_ticket);
    m_ticket = m_router->assign(url, m_proxy);
    m_url = url;
}

void HopProxy::end(const QNetworkReply *reply, Hop &hop, ChainResult &result)
{
    if (m_router && m_ticket)
        m_router->release(m_ticket);
    m_ticket = 0;
    if (!reply || hop.route.proxy.isEmpty()) // no reply: the hop was refused before it was sent
        return;
    const QString proxyName = hop.route.proxy;
    const QString user = escapeForDisplay(hop.route.proxyUser);

    if (proxySeesRequest(m_proxy, hop.url) && hop.status) {
        // The proxy's own answer: a hop like any other. A 407 --proxy-user can answer is answered
        // as the next hop; any other gets the fix in its warning.
        QString message;
        m_answer407 = m_auth.onResponse(hop, proxyName, m_user, &message);
        if (!message.isEmpty())
            hop.warnings.append(makeWarning(CheckId::ProxyAuthRequired, message));
        return;
    }
    if (hop.status)
        return;

    const bool socks = m_proxy.type() == QNetworkProxy::Socks5Proxy;
    const QString where = displayHostAndPort(hop.url);
    std::optional<ChainError> error;
    switch (reply->error()) {
    case QNetworkReply::ProxyAuthenticationRequiredError: {
        QString message;
        if (!user.isEmpty() && !socks)
            // Probed: Qt 6.4 answers a tunnel's 407 itself, once, and takes a Digest 407 saying
            // stale=true as a refusal, without answering its new nonce.
            message
                = RequestEngineText::tr("The proxy %1 refused the credentials of user “%2” (--proxy-user) "
                                        "for the tunnel to %3. Qt 6.4 answers a tunnel's 407 itself, once: "
                                        "a Digest nonce the proxy calls expired (stale=true) ends it too.")
                      .arg(proxyName, user, where);
        else if (!user.isEmpty())
            message
                = RequestEngineText::tr("The proxy %1 refused the credentials of user “%2” (--proxy-user).")
                      .arg(proxyName, user);
        else if (socks)
            message = RequestEngineText::tr("The SOCKS proxy %1 asks for a user name and password; give them "
                                            "with --proxy-user USER:PASSWORD.")
                          .arg(proxyName);
        else
            // Qt 6.4 keeps a CONNECT's 407 to itself: no status, no headers, only this error.
            message
                = RequestEngineText::tr("The proxy %1 asked for credentials before opening a tunnel to %2 "
                                        "(Qt 6.4 does not show its 407 answer); give them with "
                                        "--proxy-user USER:PASSWORD.")
                      .arg(proxyName, where);
        hop.warnings.append(makeWarning(CheckId::ProxyAuthRequired, message));
        error = ChainError{ErrorKind::ProxyAuthRequired, message};
        break;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
        error = ChainError{ErrorKind::ConnectionRefused,
                           RequestEngineText::tr("Connection refused by the proxy %1: nothing is listening "
                                                 "there.")
                               .arg(proxyName)};
        break;
    case QNetworkReply::ProxyNotFoundError:
        error = ChainError{ErrorKind::HostNotFound,
                           RequestEngineText::tr("The proxy %1 could not be found: its host name does not "
                                                 "resolve.")
                               .arg(proxyName)};
        break;
    case QNetworkReply::ProxyConnectionClosedError:
        error = ChainError{ErrorKind::RemoteClosed,
                           RequestEngineText::tr("The proxy %1 closed the connection before %2 answered.")
                               .arg(proxyName, where)};
        break;
    case QNetworkReply::ProxyTimeoutError:
        error = ChainError{ErrorKind::Timeout,
                           RequestEngineText::tr("The proxy %1 did not answer in time.").arg(proxyName)};
        break;
    case QNetworkReply::ConnectionRefusedError:
        // Plain http goes to the proxy itself; through a tunnel the refusal may be the server's.
        if (proxySeesRequest(m_proxy, hop.url))
            error
                = ChainError{ErrorKind::ConnectionRefused,
                             RequestEngineText::tr("Connection refused by the proxy %1: nothing is listening "
                                                   "there.")
                                 .arg(proxyName)};
        break;
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError: {
        // Qt 6.4 ends a CONNECT or SOCKS exchange that failed with UnknownNetworkError whatever the
        // cause (probed): the proxy is not listening, cannot reach the server, or refused the
        // credentials given.
        const QString qtSays = reply->errorString();
        // Probed: a 407 whose challenge Qt 6.4's own answering cannot read (Digest with SHA-256;
        // anything but Basic, Digest MD5, NTLM and Negotiate) ends the tunnel with this text.
        if (!socks && !user.isEmpty()
            && qtSays.contains(QCoreApplication::translate(
                "QHttpSocketEngine", "Error parsing authentication request from proxy"))) {
            const QString message
                = RequestEngineText::tr(
                      "The proxy %1 asked for credentials for the tunnel to %2 in a way Qt 6.4 "
                      "cannot answer: Qt 6.4 answers a tunnel's request for credentials with "
                      "Basic or Digest MD5 only (not Digest SHA-256), where StatusScope cannot "
                      "step in. Plain http through the same proxy is answered with either.")
                      .arg(proxyName, where);
            hop.warnings.append(makeWarning(CheckId::ProxyAuthRequired, message));
            error = ChainError{ErrorKind::ProxyAuthRequired, message};
            break;
        }
        error = ChainError{
            ErrorKind::Other,
            user.isEmpty()
                ? RequestEngineText::tr("The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not "
                                        "listening, or could not reach the server.")
                      .arg(proxyName, where, qtSays)
                : RequestEngineText::tr(
                      "The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not "
                      "listening, could not reach the server, or refused the credentials of "
                      "user “%4” (--proxy-user).")
                      .arg(proxyName, where, qtSays, user)};
        break;
    }
    case QNetworkReply::HostNotFoundError:
        if (socks && m_proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability))
            error = ChainError{ErrorKind::HostNotFound,
                               RequestEngineText::tr("The proxy %1 could not resolve the host name “%2”.")
                                   .arg(proxyName, displayHost(hop.url))};
        else if (!socks) // an HTTP proxy looks the server's name up itself: the name Qt missed is the proxy's
            error
                = ChainError{ErrorKind::HostNotFound,
                             RequestEngineText::tr("The proxy %1 could not be found: its host name does not "
                                                   "resolve.")
                                 .arg(proxyName)};
        break;
    default:
        break;
    }
    if (error)
        result.error = error;
}

} // namespace StatusScope::Core
