// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace StatusScope::Core {

// How a request reaches its server when it is not straight from this machine to the host in the
// URL: a proxy, extra trust, a client certificate, pinned addresses, a protocol version, and the
// credentials the engine answers a challenge with. Each part is curl's option of the same meaning
// (named beside it), so habits carry over. The secrets here (passwords, the token, the key's
// passphrase) are masked wherever a request is shown, stored or exported (chainmasking.h).

struct ProxySetting
{
    enum class Mode {
        System, // Qt's system proxy factory (libproxy: http_proxy, https_proxy, all_proxy, no_proxy, desktop)
        None, // straight to the server, whatever the environment says
        Manual // `url`, for every host not excluded by `noProxy`, loopback included (curl -x)
    };
    Mode mode = Mode::System;
    QUrl url; // http://host:port, socks5://host:port (names resolved here) or socks5h:// (by the proxy)
    QString user; // --proxy-user USER:PASS
    QString password;
    // --noproxy: host names (a name matches itself and its subdomains; a leading dot is allowed),
    // IP addresses, or "*" for every host.
    QStringList noProxy;
};

struct TlsSetting
{
    // --cacert (PEM or DER, one or many certificates per file) and --capath (a folder of them):
    // when either is given, they replace the system's authorities, as in curl.
    QStringList caFiles;
    QString caPath;
    // (preferences) Edit → Preferences → Certificates: authorities trusted in addition to the
    // system's (or to --cacert's when it is given), never replacing them.
    QStringList extraCaFiles;
    enum class CertificateType { Pem, Der, Pkcs12 };
    QString clientCertificate; // --cert FILE (the password after a colon goes to `passphrase`)
    QString clientKey; // --key FILE; empty: the key is in the certificate file
    CertificateType certificateType = CertificateType::Pem; // --cert-type
    QString passphrase; // --pass, for the key or the PKCS#12 file
    // --tlsv1.2 / --tlsv1.3 (the least TLS version offered) and --tls-max 1.2 (the most). Qt 6.4
    // with OpenSSL 3 offers TLS 1.2 and 1.3 and nothing older, so these can only narrow that.
    enum class Version { Default, Tls1_2, Tls1_3 };
    Version leastVersion = Version::Default;
    Version mostVersion = Version::Default;
};

// (preferences) A client certificate the window presents to the hosts its pattern names (Edit →
// Preferences → Certificates). `certificate` carries the file, the key file, the type and the
// password; its authority fields are not used.
struct ClientCertificateRule
{
    // "api.example", "*.corp.example" (any name under corp.example), either with ":PORT" to
    // name one port only ("api.example:8443", "[::1]:8443"); no port means every port.
    QString hostPattern;
    TlsSetting certificate;
};

// --resolve HOST:PORT:ADDR[,ADDR…]: connect to ADDR (the first that answers) for HOST:PORT; the
// URL, the Host field and the name the certificate is checked against stay HOST.
struct ResolvePin
{
    QString host; // never empty for --resolve (curl requires it)
    int port = 0;
    QStringList addresses;
};

// --connect-to HOST1:PORT1:HOST2:PORT2: a request for HOST1:PORT1 connects to HOST2:PORT2. An
// empty HOST1 or PORT1 (port 0 here) means any; an empty HOST2 or PORT2 keeps the request's own.
struct ConnectToPin
{
    QString host;
    int port = 0;
    QString toHost;
    int toPort = 0;
};

enum class HttpVersion {
    Default, // HTTP/2 offered by ALPN on https, HTTP/1.1 on http (curl --http2)
    Http1_1, // --http1.1: never HTTP/2
    Http2PriorKnowledge, // --http2-prior-knowledge: HTTP/2 from the first byte, also on http (h2c)
    // (tls) --http2 typed: behaves as Default, but the hop says it was asked for ("via").
    Http2
};

struct AuthSetting
{
    enum class Scheme {
        None, // only the headers typed
        Basic, // --basic (curl's default for -u): sent with the first request
        Digest, // --digest (RFC 7616: MD5, SHA-256, qop=auth): answers the 401's challenge
        Any, // --anyauth: answers whichever of Basic and Digest the 401 asks for
        Bearer // --oauth2-bearer TOKEN: sent with the first request
    };
    Scheme scheme = Scheme::None;
    QString user;
    QString password;
    QString token; // Bearer only
};

struct NetworkOptions
{
    ProxySetting proxy;
    TlsSetting tls;
    QList<ResolvePin> resolve;
    QList<ConnectToPin> connectTo;
    HttpVersion httpVersion = HttpVersion::Default;
    AuthSetting auth;
    // (cert15) The preferences' client certificates, matched hop by hop: each https hop presents
    // the first whose pattern names its own host and port, and none when no pattern does, so a
    // redirect never carries a certificate to a host it was not meant for. Empty when the request
    // has a certificate of its own (tls.clientCertificate), which goes to every host, as curl's
    // --cert does. Filled in when a request is sent, never kept with it.
    QList<ClientCertificateRule> clientCertificateRules;
};

} // namespace StatusScope::Core
