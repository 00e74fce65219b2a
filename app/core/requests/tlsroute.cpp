// SPDX-License-Identifier: MIT
#include "core/requests/tlsroute.h"

#include "core/requests/checkids.h"
#include "core/requests/httpversion.h"
#include "core/requests/pins.h"
#include "core/requests/proxyselection.h"
#include "core/requests/safetext.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct RouteText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEngine)
};

// Where the manager remembers which TLS setup its kept connections were made with.
constexpr char ConnectionKeyProperty[] = "statusscope.tlsConnectionKey";

// The proxy, not this computer, turns the host name into an address: curl's --resolve is then
// never consulted for it.
bool proxyResolvesNames(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::HttpProxy
        || (proxy.type() == QNetworkProxy::Socks5Proxy
            && proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
}

} // namespace

std::optional<QString> pinThroughProxyProblem(const QUrl &url, const NetworkOptions &network,
                                              const QNetworkProxy &proxy)
{
    if (network.connectTo.isEmpty() || !proxySeesRequest(proxy, url))
        return std::nullopt;
    const std::optional<PinnedRoute> pinned = pinnedRoute(url, network, false);
    if (!pinned)
        return std::nullopt;
    return RouteText::tr("Nothing was sent to %1: --connect-to sends it to %2, which curl does through a "
                         "tunnel of the proxy %3, while Qt 6.4 opens tunnels for https only and the proxy "
                         "would take the address for the site. Use an https URL, a SOCKS proxy, or "
                         "--noproxy %4.")
        .arg(displayHostAndPort(url), pinned->connectedTo, proxyDisplay(proxy), displayHost(url));
}

void forgetConnectionsMadeOtherwise(QNetworkAccessManager *manager, const TlsSetup &tls)
{
    const QByteArray key = tls.connectionKey();
    if (manager->property(ConnectionKeyProperty).toByteArray() == key)
        return;
    manager->clearConnectionCache();
    manager->setProperty(ConnectionKeyProperty, key);
}

void routeHop(QNetworkRequest &request, Hop &hop, const NetworkOptions &network, const TlsSetup &tls,
              const QNetworkProxy &proxy)
{
    applyHttpVersion(network.httpVersion, request);
    hop.route.httpVersionAsked = httpVersionKey(network.httpVersion);
    if (hop.url.scheme() == u"https"_s)
        tls.apply(request);
    const bool resolveHere = !proxyResolvesNames(proxy);
    const std::optional<PinnedRoute> pinned = pinnedRoute(hop.url, network, resolveHere);
    if (!resolveHere) {
        const std::optional<PinnedRoute> unused = pinnedRoute(hop.url, network, true);
        if (unused && (!pinned || unused->connectedTo != pinned->connectedTo))
            hop.warnings.append(makeWarning(
                CheckId::PinNotApplied,
                RouteText::tr("The --resolve pin to %1 was not used: the proxy %2 looks up “%3” itself, as "
                              "with curl; --connect-to asks it for the address instead.")
                    .arg(unused->connectedTo, proxyDisplay(proxy),
                         pinned ? pinned->connectUrl.host() : displayHost(hop.url)),
                Severity::Info));
    }
    if (!pinned)
        return;
    applyPinnedRoute(*pinned, request);
    hop.route.connectedTo = pinned->connectedTo;
    // Qt 6.4 writes HTTP/2's :authority from the URL it connects to (the address) and drops the
    // Host field, so a server choosing its site by name would see the address. HTTP/1.1 keeps the
    // Host field: a pinned hop uses it unless HTTP/2 was required.
    if (network.httpVersion == HttpVersion::Http1_1)
        return;
    if (network.httpVersion == HttpVersion::Http2PriorKnowledge) {
        hop.warnings.append(makeWarning(
            CheckId::PinnedHttp2,
            RouteText::tr("HTTP/2 with prior knowledge through a pin: Qt 6.4 names the address %1 in "
                          ":authority instead of %2, so a server that tells its sites apart by name may "
                          "answer for another one.")
                .arg(pinned->connectedTo, QString::fromLatin1(pinned->hostField))));
        return;
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, false);
    hop.warnings.append(makeWarning(
        CheckId::PinnedHttp2,
        RouteText::tr("Sent over HTTP/1.1: through a pin, Qt 6.4 would name the address %1 instead of %2 in "
                      "HTTP/2's :authority, while HTTP/1.1 keeps the Host field right.")
            .arg(pinned->connectedTo, QString::fromLatin1(pinned->hostField)),
        Severity::Info));
}

void noteClientCertificateRequest(Hop &hop, const TlsSetup &tls)
{
    // nginx with ssl_verify_client completes the handshake without a certificate and answers
    // 400 with this page; the TLS layer of Qt 6.4 does not say that a certificate was asked for.
    if (tls.hasClientCertificate() || hop.status != 400
        || !hop.bodyPreview.contains("No required SSL certificate was sent"))
        return;
    hop.warnings.append(makeWarning(
        CheckId::ClientCertificateRequested,
        RouteText::tr("The server asked for a client certificate and none was given: pass one with "
                      "--cert FILE (and --key FILE), or a PKCS#12 file with --cert FILE --cert-type P12.")));
}

} // namespace StatusScope::Core
