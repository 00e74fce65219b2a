// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"
#include "core/requests/proxyauth.h"
#include "core/requests/proxyselection.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

class QNetworkAccessManager;
class QNetworkReply;

namespace StatusScope::Core {

// The proxy factory RequestEngine installs on the manager it is given. A manager has one proxy or
// one factory, while each hop of each chain has its own choice (--noproxy hosts in the middle of a
// redirect chain, several chains with their own settings on one manager): an engine assigns the
// proxy it chose to the URL it is about to request, Qt asks the factory while it starts that
// request, and the engine releases the assignment when the hop ends. A URL nobody assigned gets
// what the manager would have used without this factory (the application's proxy, none by default).
class ProxyRouter final : public QNetworkProxyFactory
{
public:
    // The router on `manager`, installed there (the manager owns it) on first use. A factory set on
    // the manager before is replaced.
    static ProxyRouter *forManager(QNetworkAccessManager *manager);

    // Until release(ticket), requests for `url` go through `proxy`. When two hops in flight ask
    // for the same URL, the later assignment wins.
    quint64 assign(const QUrl &url, const QNetworkProxy &proxy);
    void release(quint64 ticket);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // The system proxy's answers for the engines on this manager (asking libproxy each hop costs).
    SystemProxyCache &systemProxies() { return m_systemProxies; }

private:
    struct Assignment
    {
        QString key; // the URL, without fragment and user
        QString origin; // scheme, host and port
        QNetworkProxy proxy;
    };
    mutable QMutex m_mutex; // Qt may ask from its HTTP thread
    QHash<quint64, Assignment> m_assignments;
    quint64 m_lastTicket = 0;
    SystemProxyCache m_systemProxies;
};

// What the engine does for a proxy on each hop (kept here so requestengine.cpp only calls in).
class HopProxy
{
public:
    HopProxy() = default;
    ~HopProxy(); // a hop cut short by the engine's end still gives its URL back
    Q_DISABLE_COPY_MOVE(HopProxy)

    // Chooses the proxy for this hop, assigns it on the manager's router and records it on the
    // hop (route.proxy, without credentials). For plain http through an HTTP proxy, the proxy reads
    // the request itself: --proxy-user's credentials go with it (Basic up front, as curl sends them,
    // or Digest once the proxy asked for it: proxyauth.h), unless Proxy-Authorization was typed. A
    // CONNECT tunnel or a SOCKS proxy gets them from Qt when it asks. Hop 0 starts a new chain.
    // A --resolve pin for the proxy's own host name and port (curl's, too) sends Qt to its address.
    void begin(QNetworkAccessManager *manager, const NetworkOptions &network, Hop &hop, HeaderList &headers);
    // Ends the assignment (`reply` null for a hop refused before sending); says on the hop and the chain what
    // a proxy's refusal means: a 407 (or a tunnel Qt could not open because the proxy wanted credentials)
    // with the fix, --proxy-user, and a proxy that could not be reached named as the proxy, not as the
    // server.
    void end(const QNetworkReply *reply, Hop &hop, ChainResult &result);
    // True when end() found a 407 that --proxy-user answers: the same request goes again.
    bool answers407() const { return m_answer407; }
    // The hop is requested at `url` (a pin rewrote it): Qt asks the router for that URL, which must
    // get the proxy chosen for the hop's own URL.
    void retarget(const QUrl &url);
    // The proxy begin() chose for the hop (NoProxy for none), for the hop's pins (tlsroute.h).
    const QNetworkProxy &proxy() const { return m_proxy; }

private:
    ProxyRouter *m_router = nullptr;
    quint64 m_ticket = 0;
    QUrl m_url; // the URL the ticket holds
    QNetworkProxy m_proxy;
    ProxyAuthResponder m_auth; // the chain's: a proxy's Digest nonce serves its later hops
    QString m_user; // this hop's --proxy-user, for a proxy that reads the request
    bool m_answer407 = false;
};

} // namespace StatusScope::Core
