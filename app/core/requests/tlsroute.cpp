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
    if (const std::optional<PinnedRoute> pinned = pinnedRoute(hop.url, network)) {
        applyPinnedRoute(*pinned, request);
        hop.route.connectedTo = pinned->connectedTo;
    }
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
