// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkRequest;

namespace StatusScope::Core {

// curl's --resolve HOST:PORT:ADDR[,ADDR…] and --connect-to HOST1:PORT1:HOST2:PORT2, read from
// text (the command line, an imported curl command). IPv6 addresses may be written in brackets.
// Nothing, with a sentence in *error, for text that is not such a pin.
std::optional<ResolvePin> parseResolvePin(const QString &text, QString *error);
std::optional<ConnectToPin> parseConnectToPin(const QString &text, QString *error);
// The pin as curl's option reads it, for showing a request again.
QString resolvePinText(const ResolvePin &pin);
QString connectToPinText(const ConnectToPin &pin);

// Where one hop goes when a pin matches its URL's host and port. Qt 6.4 has no "connect to":
// the request is sent to `connectUrl` (the hop's URL with the pinned host and port), while the
// Host field and the TLS server name (SNI and the certificate check) stay the hop's own host.
// Everything else (the hop's URL in the chain, cookies, same-origin rules, redirects) keeps
// using the hop's URL.
struct PinnedRoute
{
    QUrl connectUrl;
    QByteArray hostField; // "www.example:8443" as Qt would have written it for the hop's URL
    QString verifyName; // the hop's host: the certificate must be valid for it
    QString connectedTo; // "203.0.113.7:443" ("[2001:db8::1]:443"), for the hop's "via"
};

// --connect-to rules are tried first (the first that matches applies), then --resolve for the
// host and port they led to, as curl does. Nothing when no pin matches `url`. `resolveHere` is
// false where a proxy looks the name up (an HTTP proxy, socks5h): curl then never resolves the
// host itself, so --resolve does not apply, while --connect-to still names where to go.
// `addressIndex` picks among --resolve's addresses (tried in order while connecting fails);
// nothing when the pin has no address at that index.
std::optional<PinnedRoute> pinnedRoute(const QUrl &url, const NetworkOptions &network,
                                       bool resolveHere = true, int addressIndex = 0);
// The first address a --resolve pin in `resolve` gives for `host`:`port`, or empty: for a proxy's
// own host name, which curl looks up through --resolve too.
QString resolvedAddress(const QList<ResolvePin> &resolve, const QString &host, int port);
// Points `request` (built for the hop's URL) at the pinned address.
void applyPinnedRoute(const PinnedRoute &route, QNetworkRequest &request);

} // namespace StatusScope::Core
