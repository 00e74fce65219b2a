// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QJsonObject>
#include <QJsonValue>

namespace StatusScope::Core {

// The network part of a request's "options" (chaindocument.h writes it there): the proxy, the
// trust and client certificate files, the pins, and the authentication scheme and user, so that a
// request kept in the history, saved, or left in the settings is sent again the way it was. The
// secrets (proxy and user passwords, the token, the key's passphrase, a password in the proxy
// URL) are never written, whatever the masking policy: whoever reads the request back types them
// again. The HTTP version has its own fields beside these ("http_version", "http2").
//
// The fields, each always written, so the shape a script reads does not depend on the request:
//   "proxy": {"mode": "system"|"none"|"manual", "url": "socks5h://host:1080" | null,
//             "user": "alice" | null, "no_proxy": ["example.com", …]}
//   "tls": {"ca_files": […], "ca_path": "…" | null, "extra_ca_files": […],
//           "client_certificate": "…" | null, "client_key": "…" | null, "certificate_type":
//           "pem"|"der"|"p12"}
//   "resolve": [{"host": "example.com", "port": 443, "addresses": ["127.0.0.1"]}]
//   "connect_to": [{"host": "…" | null, "port": 0, "to_host": "…" | null, "to_port": 0}] (null or 0: any /
//   keep) "auth": {"scheme": "none"|"basic"|"digest"|"any"|"bearer", "user": "alice" | null}
void networkOptionsToDocument(const NetworkOptions &network, QJsonObject &options);
// Reads what networkOptionsToDocument() wrote into `network`, leaving its HTTP version alone. A
// record written before these fields existed, or a field missing, gives the default (system proxy,
// the system's authorities, no pins, no authentication); a key this version does not know too.
void networkOptionsFromDocument(const QJsonObject &options, NetworkOptions &network);
// (tls-version) --tlsv1.x's and --tls-max's version as the documents write it: "1.2", "1.3", or
// null for Qt's own choice.
QJsonValue tlsVersionKey(TlsSetting::Version version);

} // namespace StatusScope::Core
