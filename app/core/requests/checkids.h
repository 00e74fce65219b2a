// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace StatusScope::Core {

// Every protocol check a hop can carry. Each has one row in the table in checkids.cpp, the only
// place its id, severity and section are written: producers make warnings with makeWarning(), and
// `statusscope checks` prints the table, so the list users read is the list the engine uses.
enum class CheckId {
    // The redirect rules (redirectfollower.cpp).
    MethodChanged,
    PostKept,
    BodyDropped,
    CredentialsStripped,
    HttpsDowngrade,
    TypedHostDropped,
    MissingLocation,
    LocationNotFollowed,
    LocationNormalized,
    LocationCredentials,
    InvalidLocation,
    UnsafeRedirectScheme,
    RedirectLoop,
    RedirectLimit,
    // The status code and the headers it requires (hopannotator.cpp).
    UnknownStatus,
    InvalidStatus,
    NonstandardStatus,
    DeprecatedStatus,
    FinalInformational,
    ReasonMismatch,
    MissingWwwAuthenticate,
    MissingProxyAuthenticate,
    MissingAllow,
    MissingContentRange,
    MissingUpgrade,
    RetryAfter,
    BrowserMade, // a HAR entry the browser answered itself (Non-Authoritative-Reason)
    BrowserCache, // (har) harentry.cpp: answered from the browser's cache
    ServiceWorker, // (har) harentry.cpp: answered by the page's service worker
    // Authentication the engine answers with -u or --oauth2-bearer (authresponder.cpp).
    AuthAnswered,
    AuthFailed,
    AuthSchemeUnsupported,
    CredentialsOverHttp,
    // A proxy that wants credentials (proxyrouter.cpp).
    ProxyAuthRequired,
    // What happened on the connection (requestengine.cpp, requestfailure.cpp).
    TlsErrorsIgnored,
    ClientCertificateRequested, // (tls) tlsroute.cpp
    PinnedHttp2, // (tls) tlsroute.cpp
    PinNotApplied, // (tls) tlsroute.cpp
    PinAddressFailed, // (proxy) tlsroute.cpp: a --resolve address refused, the next one tried
    ProxyPinned, // (proxy) proxyrouter.cpp: the proxy's own host reached through --resolve
    RequestResent,
    PathNormalized, // requestengine.cpp: Qt sent the path without its dot segments
    ExpectNotAwaited,
    CookieRejected,
    UnreadableHeaders,
    BodyTruncated,
    // The body's framing and coding (bodychecks.cpp).
    FramingConflict,
    DecodedBody,
    BodyDecodeFailed,
    BodyNotDecoded,
};

struct CheckInfo
{
    CheckId check;
    QStringView id; // stable: scripts match on it
    Severity severity; // the one it carries unless its description names another case
    QStringView spec; // the section it rests on; empty where it reports what Qt or a limit did
    const char *description; // source text in the "Checks" context; checkDescription() translates it
};

// The whole table, in the order `statusscope checks` lists it (the order of CheckId).
std::span<const CheckInfo> allChecks();
const CheckInfo &checkInfo(CheckId check);
QString checkKey(CheckId check);
// The check an id names; nothing for an id no producer makes (a record from another version).
std::optional<CheckId> checkFromKey(QStringView id);
// One line saying what the check means, in the user's language.
QString checkDescription(CheckId check);

// A warning for `check` with the table's id, severity and section; `message` says what happened on
// this hop. The overloads are for the few checks whose weight depends on what happened
// (https-downgrade stops the chain, or is followed because downgrades are allowed) or whose section
// depends on the status code (missing-upgrade for 101 or 426).
HopWarning makeWarning(CheckId check, const QString &message);
HopWarning makeWarning(CheckId check, const QString &message, Severity severity);
HopWarning makeWarning(CheckId check, const QString &message, const QString &spec);

} // namespace StatusScope::Core
