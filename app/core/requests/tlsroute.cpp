// SPDX-License-Identifier: MIT
#include "core/requests/tlsroute.h"

#include "core/requests/checkids.h"
#include "core/requests/httpversion.h"
#include "core/requests/pins.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
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

} // namespace

void forgetConnectionsMadeOtherwise(QNetworkAccessManager *manager, const TlsSetup &tls)
{
    const QByteArray key = tls.connectionKey();
    if (manager->property(ConnectionKeyProperty).toByteArray() == key)
        return;
    manager->clearConnectionCache();
    manager->setProperty(ConnectionKeyProperty, key);
}

void routeHop(QNetworkRequest &request, Hop &hop, const NetworkOptions &network, const TlsSetup &tls)
{
    applyHttpVersion(network.httpVersion, request);
    hop.route.httpVersionAsked = httpVersionKey(network.httpVersion);
    if (hop.url.scheme() == u"https"_s)
        tls.apply(request);
    const std::optional<PinnedRoute> pinned = pinnedRoute(hop.url, network);
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
