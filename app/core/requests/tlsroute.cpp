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
#include <QNetworkReply>
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

bool AddressFallback::next(const QNetworkReply *reply, bool timedOut, QNetworkRequest &request, Hop &hop,
                           const NetworkOptions &network, const QNetworkProxy &proxy)
{
    if (hop.route.connectedTo.isEmpty()
        || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return false;
    QString why;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        why = RouteText::tr("connection refused");
        break;
    case QNetworkReply::TimeoutError:
        why = RouteText::tr("no answer in time");
        break;
    case QNetworkReply::UnknownNetworkError: // unreachable: Qt 6.4 has no error of its own for it
        why = reply->errorString();
        break;
    case QNetworkReply::OperationCanceledError:
        // The engine's inactivity timeout, before the request was written: the connection never
        // opened. Later, the server is just slow, and another address would not help.
        if (timedOut && !hop.timings.sent && !hop.timings.tls) {
            why = RouteText::tr("no answer in time");
            break;
        }
        return false;
    default:
        return false;
    }
    m_failed.append(RouteText::tr("%1 (%2)").arg(hop.route.connectedTo, why));
    const std::optional<PinnedRoute> pinned
        = pinnedRoute(hop.url, network, !proxyResolvesNames(proxy), m_index + 1);
    if (!pinned)
        return false;
    ++m_index;
    applyPinnedRoute(*pinned, request);
    hop.warnings.append(makeWarning(
        CheckId::PinAddressFailed,
        RouteText::tr("Connecting to %1 failed (%2); tried %3, the next address --resolve gives for %4.")
            .arg(hop.route.connectedTo, why, pinned->connectedTo, displayHostAndPort(hop.url)),
        Severity::Info));
    // The sentences routeHop() wrote about the pin (pinned-http2) now concern the new address.
    for (HopWarning &warning : hop.warnings) {
        if (warning.id == checkKey(CheckId::PinnedHttp2))
            warning.message.replace(hop.route.connectedTo, pinned->connectedTo);
    }
    hop.route.connectedTo = pinned->connectedTo;
    // The new attempt's own times; the failed one's are in no phase.
    hop.timings = HopTimings{};
    hop.tls = TlsInfo{};
    return true;
}

void AddressFallback::explain(const Hop &hop, ChainResult &result) const
{
    if (m_failed.isEmpty() || hop.status || !result.error)
        return;
    const QString where = displayHostAndPort(hop.url);
    result.error->message = m_failed.size() == 1
        ? RouteText::tr("Could not connect to %1 at the address it is pinned to: %2.")
              .arg(where, m_failed.constFirst())
        : RouteText::tr("Could not connect to %1 at any of the %2 addresses --resolve gives for it: %3.")
              .arg(where)
              .arg(m_failed.size())
              .arg(m_failed.join(u", "_s));
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
        RouteText::tr("The server asked for a client certificate and none was given: add one for this "
                      "host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE "
                      "or --cert-type P12, on the command line).")));
}

} // namespace StatusScope::Core
