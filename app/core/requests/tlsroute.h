// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <optional>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;
class QNetworkRequest;

namespace StatusScope::Core {

class TlsSetup;

// The engine's hooks for how a hop reaches its server (besides the proxy): the HTTP version asked
// for, the TLS trust and client certificate, and a --resolve or --connect-to pin. Each records on
// the hop what it did (hop.route), so the chain can show it.

// Before a chain: Qt 6.4 reuses a kept connection by scheme, host, port and server name only, so
// connections opened with other trust or another client certificate are dropped first.
void forgetConnectionsMadeOtherwise(QNetworkAccessManager *manager, const TlsSetup &tls);

// A pin through a proxy, as curl does it: an HTTP proxy or a socks5h proxy looks the name up, so
// --resolve does not apply there; --connect-to does (a CONNECT tunnel or a SOCKS connection to the
// pinned host and port). curl sends even plain http through a tunnel when --connect-to applies,
// which Qt 6.4 cannot (it tunnels https only; the proxy would read the address as the site): the
// sentence saying so, for a hop to refuse before anything is sent.
std::optional<QString> pinThroughProxyProblem(const QUrl &url, const NetworkOptions &network,
                                              const QNetworkProxy &proxy);

// Sets up `request` (built for hop.url, going through `proxy`) and fills hop.route.connectedTo and
// httpVersionAsked.
void routeHop(QNetworkRequest &request, Hop &hop, const NetworkOptions &network, const TlsSetup &tls,
              const QNetworkProxy &proxy);

// curl's --resolve HOST:PORT:ADDR1,ADDR2,…: the addresses are tried in order while connecting to
// one fails (refused, unreachable, or no progress before the inactivity timeout, the request not
// sent yet), within the one hop. The hop records the address it reached (route.connectedTo) and
// says which ones failed before it. One per engine; begin() with each hop.
class AddressFallback
{
public:
    void begin()
    {
        m_index = 0;
        m_failed.clear();
    }
    // After `reply` ended without a response (`timedOut`: the engine's inactivity timeout ended
    // it): when the connection to the hop's pinned address failed and the pin has another address,
    // points `request` at it, notes the failed one on the hop and returns true: send `request`
    // again for the same hop.
    bool next(const QNetworkReply *reply, bool timedOut, QNetworkRequest &request, Hop &hop,
              const NetworkOptions &network, const QNetworkProxy &proxy);
    // After the hop failed for good: the chain's error names every pinned address it tried.
    void explain(const Hop &hop, ChainResult &result) const;

private:
    int m_index = 0;
    QStringList m_failed; // "127.0.0.2:8080 (connection refused)"
};

// After the response: a server that wanted a client certificate and got none, where it says so
// in its answer (Qt 6.4 does not tell whether the handshake asked for one).
void noteClientCertificateRequest(Hop &hop, const TlsSetup &tls);

} // namespace StatusScope::Core
