// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace StatusScope::Core {

enum class Severity { Info, Warning, Error };

// A protocol check that fired on a hop. The id is stable (scripts match on it); the message is
// for people.
struct HopWarning
{
    QString id;
    Severity severity = Severity::Info;
    QString message;
    QString spec; // "RFC 9110 §15.4.3", or empty
};

// One catalogue meaning attached to a response's code.
struct HopMeaning
{
    int code = 0;
    QString codeText;
    QString reason;
    QString statusClass; // "4xx"
    QString origin; // "standard", "vendor", …
    QString originDetail;
    QString summary;
    QString spec; // the first specification reference, "RFC 9110 §15.4.3"
    bool fallback = false; // not catalogued: the class's x00 meaning stands in
};

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // fingerprint, hex pairs separated by colons
};

struct TlsInfo
{
    bool encrypted = false;
    QString protocol; // "TLS 1.3"
    QString cipher;
    QString alpn; // "h2", "http/1.1"
    QList<CertificateInfo> chain;
    QStringList errors;
    bool errorsIgnored = false;
    // (tls) The errors in plain words with the fix that fits (tlsfailure.h); not stored, since
    // the chain's error message carries it.
    QString problem;
};

// Milliseconds from the start of the hop to each signal Qt 6.4 emits; a phase Qt did not report
// stays empty (a reused connection has no connect and no TLS time). DNS and queueing are part of
// `connect`; connecting and sending are merged on plain HTTP; first byte and headers are one moment.
struct HopTimings
{
    std::optional<double> connect; // socketStartedConnecting
    std::optional<double> tls; // encrypted
    std::optional<double> sent; // requestSent
    std::optional<double> headers; // metaDataChanged
    std::optional<double> done; // finished
    bool connectionReused = false;
    int requestSentCount = 0; // more than one: Qt re-sent the request by itself
};

// One request and its response, as recorded on the wire side of Qt.
// How a hop reached its server: check --json's "via", the chain's badge and the Request tab.
struct HopRoute
{
    QString proxy; // the proxy's URL without credentials; empty: none
    QString proxyUser; // (proxy) the user whose credentials were offered to that proxy; empty: none
    QString connectedTo; // "203.0.113.7:443" when a --resolve or --connect-to pin applied; else empty
    QString httpVersionAsked; // "1.1", "2", "2-prior-knowledge"; empty for the default
    // (cert15) The client certificate this https hop offered its server (sent when the server asks
    // for one): its subject and SHA-256 fingerprint (hex pairs with colons), and the Preferences
    // pattern that chose it for this host (empty for the request's own --cert). Empty: none.
    QString clientCertificate;
    QString clientCertificateSha256;
    QString clientCertificatePattern;
};

// The credentials a hop carried (never the secret itself): check --json's "auth".
struct HopAuth
{
    QString scheme; // "Basic", "Digest", "Bearer"; empty when the engine sent none
    QString user;
    int answeredHop = -1; // the 401 or 407 hop this answered; -1 when sent with the first request
};

struct Hop
{
    int index = 0;
    double startMs = 0; // from the start of the chain
    QByteArray method;
    QUrl url; // as sent: never a fragment
    HeaderList requestHeaders;
    qint64 requestBodyBytes = 0;
    bool requestHasBody = false;

    std::optional<int> status; // empty when no response arrived
    QString reason; // as shown: control and bidirectional characters escaped (safetext.h)
    QString protocol; // "HTTP/1.x" or "HTTP/2"
    // (har) The version texts an imported HAR file gave this hop's request and response, exactly
    // as written ("HTTP/1.0", "h3", "http/2.0"; either may be empty), so that an export writes them
    // back unchanged; `protocol` is what they mean. Both empty on a live hop.
    QString harRequestVersion;
    QString harResponseVersion;
    bool fromHar = false; // (har) read from a HAR file: the two texts above go back even when empty
    // (har) What the browser wrote of a request that got no response (Chrome's "_error":
    // "net::ERR_CONNECTION_REFUSED"), shown as safetext.h shows a server's text; written back.
    QString harError;
    // (har) Chrome's "_fromCache" ("disk" or "memory": the browser's cache answered, the server
    // was not asked) and "_fetchedViaServiceWorker" (the page's service worker answered); both
    // said on the hop (browser-cache, service-worker) and written back.
    QString harFromCache;
    bool harServiceWorker = false;
    HeaderList responseHeaders;
    QByteArray bodyPreview;
    qint64 bodyBytes = 0; // decoded bytes received
    qint64 wireBodyBytes = -1; // bytes received when a content coding was undone, else -1
    QString bodyFile; // the bytes past the preview, when there were any
    bool bodyTruncated = false;

    QByteArray locationRaw; // the Location field as received
    std::optional<QUrl> location; // resolved, with inherited fragment

    TlsInfo tls;
    HopRoute route;
    HopAuth auth;
    HopTimings timings;
    QList<HopMeaning> meanings;
    QList<HopWarning> warnings;

    bool hasWarning(QStringView id) const;
};

enum class ChainOutcome { Running, Complete, Stopped, Error };

enum class StopReason {
    RedirectLimit,
    RedirectLoop,
    UnsafeRedirectScheme,
    InvalidLocation,
    HttpsDowngrade,
    BodyLimit,
    Cancelled
};

enum class ErrorKind {
    ConnectionRefused,
    HostNotFound,
    Tls,
    Timeout,
    RemoteClosed,
    InvalidResponse,
    InvalidInput,
    Other,
    ProxyAuthRequired // (proxy) the proxy wanted credentials and Qt shows no 407 (CONNECT, SOCKS)
};

struct ChainStop
{
    StopReason reason;
    QString message;
};

struct ChainError
{
    ErrorKind kind;
    QString message;
};

struct ChainResult
{
    RequestSpec request;
    QList<Hop> hops;
    ChainOutcome outcome = ChainOutcome::Running;
    std::optional<ChainStop> stop;
    std::optional<ChainError> error;
    QUrl finalUrl; // the last hop's URL with the fragment it inherited
    QDateTime startedAt; // wall-clock time the chain started, UTC
    double totalMs = 0;
    // The chain's cookie jar when it ended: the file's cookies and those set along the chain, for
    // -c FILE. Secrets: no record, JSON or HAR writes them (issue 15, infra).
    QList<QNetworkCookie> cookies;
};

QString severityKey(Severity severity);
QString stopReasonKey(StopReason reason);
QString errorKindKey(ErrorKind kind);
QString outcomeKey(ChainOutcome outcome);

// Texts in a hop that a server, its certificate or an imported file chose (warning messages that
// quote a header, TLS errors, certificate names, the reason phrase), with control and
// bidirectional characters escaped (safetext.h). Called where hops are made, the engine and the
// HAR importer, so that no consumer (terminal, window, JSON, history) ever receives them raw.
// Escaping twice changes nothing.
void escapeUntrustedText(Hop &hop);
// The chain's stop and error sentences, which can quote a Location or Qt's error text (the engine
// escapes each hop as it ends, and these when the chain ends).
void escapeUntrustedSentences(ChainResult &chain);
// All of it: the sentences and every hop (a chain read from a file).
void escapeUntrustedText(ChainResult &chain);

} // namespace StatusScope::Core
