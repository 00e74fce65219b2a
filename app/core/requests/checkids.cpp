// SPDX-License-Identifier: MIT
#include "core/requests/checkids.h"

#include <QCoreApplication>

#include <array>

namespace StatusScope::Core {

namespace {

constexpr QStringView fetchRedirect = u"WHATWG Fetch, HTTP-redirect fetch";

// One row per check, in the order of CheckId (checked below at compile time). The descriptions
// are short: the sentence on each hop says what happened there.
constexpr std::array checks{
    CheckInfo{CheckId::MethodChanged, u"method-changed", Severity::Info, u"RFC 9110 §15.4",
              QT_TRANSLATE_NOOP("Checks", "A redirect turned the request into a GET.")},
    CheckInfo{CheckId::PostKept, u"post-kept", Severity::Info, u"RFC 9110 §15.4",
              QT_TRANSLATE_NOOP("Checks",
                                "A POST was sent again with its body after a 301, 302 or 303, as "
                                "--post301, --post302 or --post303 asked.")},
    CheckInfo{CheckId::BodyDropped, u"body-dropped", Severity::Info, fetchRedirect,
              QT_TRANSLATE_NOOP("Checks",
                                "The request body, and the fields describing it, were not sent "
                                "again after the method became GET.")},
    CheckInfo{CheckId::CredentialsStripped, u"credentials-stripped", Severity::Info, fetchRedirect,
              QT_TRANSLATE_NOOP("Checks",
                                "Authorization, Cookie or Proxy-Authorization was held back from "
                                "another origin.")},
    CheckInfo{CheckId::HttpsDowngrade, u"https-downgrade", Severity::Error, u"RFC 9110 §17.1",
              QT_TRANSLATE_NOOP("Checks",
                                "A redirect from https to plain http: not followed (error), or "
                                "followed because downgrades are allowed (warning).")},
    CheckInfo{CheckId::TypedHostDropped, u"typed-host-dropped", Severity::Info, u"RFC 9110 §7.2",
              QT_TRANSLATE_NOOP("Checks", "A typed Host was not sent to a redirect's other origin.")},
    CheckInfo{CheckId::MissingLocation, u"missing-location", Severity::Warning, u"RFC 9110 §10.2.2",
              QT_TRANSLATE_NOOP("Checks", "A redirect status without a Location: the chain ends there.")},
    CheckInfo{CheckId::LocationNotFollowed, u"location-not-followed", Severity::Info, fetchRedirect,
              QT_TRANSLATE_NOOP("Checks", "A Location came with a status that clients do not follow.")},
    CheckInfo{CheckId::LocationNormalized, u"location-normalized", Severity::Warning, u"WHATWG URL",
              QT_TRANSLATE_NOOP("Checks",
                                "The Location was read the lenient way browsers read it, which a "
                                "strict reading would not accept as it is.")},
    CheckInfo{CheckId::LocationCredentials, u"location-credentials", Severity::Warning, u"RFC 9110 §4.2.4",
              QT_TRANSLATE_NOOP("Checks",
                                "The Location carried a user name and password; they were not "
                                "sent on.")},
    CheckInfo{CheckId::InvalidLocation, u"invalid-location", Severity::Error, u"RFC 9110 §10.2.2",
              QT_TRANSLATE_NOOP("Checks",
                                "The Location is not a URL that can be followed; the chain "
                                "stops.")},
    CheckInfo{CheckId::UnsafeRedirectScheme, u"unsafe-redirect-scheme", Severity::Error, fetchRedirect,
              QT_TRANSLATE_NOOP("Checks",
                                "A redirect to a scheme other than http or https; the chain "
                                "stops.")},
    CheckInfo{CheckId::RedirectLoop, u"redirect-loop", Severity::Error, u"RFC 9110 §15.4",
              QT_TRANSLATE_NOOP("Checks",
                                "A redirect would send a request already sent in this chain; the "
                                "chain stops.")},
    CheckInfo{CheckId::RedirectLimit, u"redirect-limit", Severity::Error, fetchRedirect,
              QT_TRANSLATE_NOOP("Checks", "The redirect limit was reached; the chain stops.")},

    CheckInfo{CheckId::UnknownStatus, u"unknown-status", Severity::Warning, u"RFC 9110 §15",
              QT_TRANSLATE_NOOP("Checks",
                                "A status code the catalogue does not know; it means what the "
                                "x00 of its class means.")},
    CheckInfo{CheckId::InvalidStatus, u"invalid-status", Severity::Error, u"RFC 9110 §15",
              QT_TRANSLATE_NOOP("Checks", "A status code outside 100–599.")},
    CheckInfo{CheckId::NonstandardStatus, u"nonstandard-status", Severity::Info, u"RFC 9110 §15",
              QT_TRANSLATE_NOOP("Checks", "A status code defined only by vendors or by custom.")},
    CheckInfo{CheckId::DeprecatedStatus, u"deprecated-status", Severity::Warning, u"RFC 9110 §15.4.6",
              QT_TRANSLATE_NOOP("Checks", "305 Use Proxy, which clients ignore, or 306, which is unused.")},
    CheckInfo{CheckId::FinalInformational, u"final-informational", Severity::Warning, u"RFC 9110 §15.2",
              QT_TRANSLATE_NOOP("Checks",
                                "A 1xx was taken as the final response; with Qt 6.4 the real one "
                                "is lost.")},
    CheckInfo{CheckId::ReasonMismatch, u"reason-mismatch", Severity::Info, u"RFC 9112 §4",
              QT_TRANSLATE_NOOP("Checks", "The reason phrase is not the usual one for the code.")},
    CheckInfo{CheckId::MissingWwwAuthenticate, u"missing-www-authenticate", Severity::Warning,
              u"RFC 9110 §15.5.2", QT_TRANSLATE_NOOP("Checks", "A 401 without WWW-Authenticate.")},
    CheckInfo{CheckId::MissingProxyAuthenticate, u"missing-proxy-authenticate", Severity::Warning,
              u"RFC 9110 §15.5.8", QT_TRANSLATE_NOOP("Checks", "A 407 without Proxy-Authenticate.")},
    CheckInfo{CheckId::MissingAllow, u"missing-allow", Severity::Warning, u"RFC 9110 §15.5.6",
              QT_TRANSLATE_NOOP("Checks", "A 405 without Allow.")},
    CheckInfo{CheckId::MissingContentRange, u"missing-content-range", Severity::Warning, u"RFC 9110 §15.3.7",
              QT_TRANSLATE_NOOP("Checks", "A 206 or 416 without Content-Range.")},
    CheckInfo{CheckId::MissingUpgrade, u"missing-upgrade", Severity::Warning, u"RFC 9110 §15.2.2",
              QT_TRANSLATE_NOOP("Checks", "A 101 or 426 without Upgrade.")},
    CheckInfo{CheckId::RetryAfter, u"retry-after", Severity::Info, u"RFC 9110 §10.2.3",
              QT_TRANSLATE_NOOP("Checks",
                                "How long Retry-After asks the client to wait (a warning when the "
                                "value cannot be read).")},
    CheckInfo{CheckId::BrowserMade, u"browser-made", Severity::Info, u"RFC 6797 §8.3",
              QT_TRANSLATE_NOOP("Checks",
                                "A HAR entry the browser answered itself, such as Chrome's 307 for an "
                                "HSTS upgrade: the server never saw that request.")},
    CheckInfo{CheckId::BrowserCache, u"browser-cache", Severity::Info, u"RFC 9111 §4",
              QT_TRANSLATE_NOOP("Checks",
                                "A HAR entry the browser's cache answered: the server was not asked "
                                "that time (a cached permanent redirect hides a change on the "
                                "server).")},
    CheckInfo{CheckId::ServiceWorker, u"service-worker", Severity::Info, u"W3C Service Workers, Handle Fetch",
              QT_TRANSLATE_NOOP("Checks",
                                "A HAR entry the page's service worker answered: what the server "
                                "sent, if it was asked, may differ.")},

    CheckInfo{CheckId::AuthAnswered, u"auth-answered", Severity::Info, u"RFC 9110 §11.6.2",
              QT_TRANSLATE_NOOP("Checks",
                                "Credentials answered a 401 of this chain: the request sent again, "
                                "or a later hop to the same origin; the sentence says which scheme "
                                "and user.")},
    CheckInfo{CheckId::AuthFailed, u"auth-failed", Severity::Warning, u"RFC 9110 §15.5.2",
              QT_TRANSLATE_NOOP("Checks",
                                "Credentials were sent and the server answered 401 again; they are "
                                "not tried a second time.")},
    CheckInfo{CheckId::AuthSchemeUnsupported, u"auth-scheme-unsupported", Severity::Warning,
              u"RFC 9110 §11.6.1",
              QT_TRANSLATE_NOOP("Checks",
                                "The 401 asks for authentication the credentials given cannot answer "
                                "(another scheme, Digest with auth-int only, or an unknown "
                                "algorithm).")},
    CheckInfo{CheckId::CredentialsOverHttp, u"credentials-over-http", Severity::Warning, u"RFC 7617 §4",
              QT_TRANSLATE_NOOP("Checks",
                                "Basic or Bearer credentials went over plain http, readable by anyone "
                                "on the way (information only when the server is on this machine).")},

    CheckInfo{CheckId::ProxyAuthRequired, u"proxy-auth-required", Severity::Warning, u"RFC 9110 §15.5.8",
              QT_TRANSLATE_NOOP("Checks",
                                "The proxy asked for credentials (407) and none were given with "
                                "--proxy-user, or it refused those given.")},

    CheckInfo{CheckId::TlsErrorsIgnored, u"tls-errors-ignored", Severity::Warning, u"RFC 9110 §4.3.4",
              QT_TRANSLATE_NOOP("Checks",
                                "A certificate that is not valid was accepted because errors were "
                                "to be ignored.")},
    CheckInfo{CheckId::ClientCertificateRequested, u"client-certificate-requested", Severity::Warning,
              u"RFC 8446 §4.3.2",
              QT_TRANSLATE_NOOP("Checks",
                                "The server asked for a client certificate and none was given (seen "
                                "where the server says so in its answer, as nginx does: Qt 6.4 does "
                                "not tell).")},
    CheckInfo{CheckId::PinnedHttp2, u"pinned-http2", Severity::Warning, u"RFC 9113 §8.3.1",
              QT_TRANSLATE_NOOP("Checks",
                                "A pinned hop used HTTP/1.1 (Qt 6.4 puts the address, not the host, in "
                                "HTTP/2's :authority), or sent the address there under prior knowledge.")},
    CheckInfo{CheckId::PinNotApplied,
              u"pin-not-applied",
              Severity::Info,
              {},
              QT_TRANSLATE_NOOP("Checks",
                                "A --resolve pin matched the host, but the proxy looks the name up itself "
                                "(an HTTP proxy or socks5h), so the pin was not used, as with curl.")},
    CheckInfo{CheckId::PinAddressFailed,
              u"pin-address-failed",
              Severity::Info,
              {},
              QT_TRANSLATE_NOOP("Checks",
                                "Connecting to one of the addresses --resolve gives for a host failed; "
                                "the next one was tried, as curl does.")},
    CheckInfo{CheckId::ProxyPinned,
              u"proxy-pinned",
              Severity::Info,
              {},
              QT_TRANSLATE_NOOP("Checks",
                                "The proxy was reached at the address a --resolve pin gives for the "
                                "proxy's own host name, as curl does.")},
    CheckInfo{CheckId::RequestResent,
              u"request-resent",
              Severity::Warning,
              {},
              QT_TRANSLATE_NOOP("Checks",
                                "Qt sent the request more than once by itself before an answer "
                                "came.")},
    CheckInfo{CheckId::PathNormalized, u"path-normalized", Severity::Info, u"RFC 3986 §5.2.4",
              QT_TRANSLATE_NOOP("Checks",
                                "The path went out without its \".\" and \"..\" segments, which Qt 6.4 "
                                "removes before sending; the hop shows the path as sent.")},
    CheckInfo{CheckId::ExpectNotAwaited, u"expect-not-awaited", Severity::Info, u"RFC 9110 §10.1.1",
              QT_TRANSLATE_NOOP("Checks",
                                "Expect: 100-continue was sent, but Qt 6.4 sends the body without "
                                "waiting for 100 Continue.")},
    CheckInfo{CheckId::CookieRejected, u"cookie-rejected", Severity::Warning, u"RFC 6265bis §4.1.3",
              QT_TRANSLATE_NOOP("Checks",
                                "A Set-Cookie was refused; the cookie is not sent on later "
                                "hops.")},
    CheckInfo{CheckId::UnreadableHeaders, u"unreadable-headers", Severity::Error, u"RFC 9112 §5",
              QT_TRANSLATE_NOOP("Checks",
                                "The status line arrived, but Qt 6.4 could not read the header "
                                "section.")},
    CheckInfo{CheckId::BodyTruncated,
              u"body-truncated",
              Severity::Warning,
              {},
              QT_TRANSLATE_NOOP("Checks",
                                "The body is incomplete: it reached the body limit, or the server "
                                "closed the connection.")},

    CheckInfo{CheckId::FramingConflict, u"framing-conflict", Severity::Warning, u"RFC 9112 §6.3",
              QT_TRANSLATE_NOOP("Checks",
                                "Content-Length together with Transfer-Encoding, or a "
                                "Content-Length that is not one number: where the body ends is "
                                "in doubt.")},
    CheckInfo{CheckId::DecodedBody, u"decoded-body", Severity::Info, u"RFC 9110 §8.4",
              QT_TRANSLATE_NOOP("Checks", "StatusScope undid the body's gzip or deflate coding.")},
    CheckInfo{CheckId::BodyDecodeFailed, u"body-decode-failed", Severity::Error, u"RFC 9110 §8.4",
              QT_TRANSLATE_NOOP("Checks",
                                "The body's content coding could not be undone; only the part "
                                "decoded is shown.")},
    CheckInfo{CheckId::BodyNotDecoded, u"body-not-decoded", Severity::Info, u"RFC 9110 §8.4",
              QT_TRANSLATE_NOOP("Checks",
                                "The body is shown still coded: a coding StatusScope does not "
                                "undo, or Accept-Encoding was typed.")},
};

// A row out of place would give one check another's id: the table's order is the enum's.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < checks.size(); ++i) {
        if (static_cast<std::size_t>(checks[i].check) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "checks must list every CheckId once, in the enum's order");
static_assert(static_cast<std::size_t>(CheckId::BodyNotDecoded) + 1 == checks.size(),
              "every CheckId needs a row, and BodyNotDecoded must stay the last value");

} // namespace

std::span<const CheckInfo> allChecks()
{
    return checks;
}

const CheckInfo &checkInfo(CheckId check)
{
    return checks[static_cast<std::size_t>(check)];
}

QString checkKey(CheckId check)
{
    return checkInfo(check).id.toString();
}

std::optional<CheckId> checkFromKey(QStringView id)
{
    for (const CheckInfo &info : checks) {
        if (info.id == id)
            return info.check;
    }
    return std::nullopt;
}

QString checkDescription(CheckId check)
{
    return QCoreApplication::translate("Checks", checkInfo(check).description);
}

HopWarning makeWarning(CheckId check, const QString &message)
{
    const CheckInfo &info = checkInfo(check);
    return {info.id.toString(), info.severity, message, info.spec.toString()};
}

HopWarning makeWarning(CheckId check, const QString &message, Severity severity)
{
    HopWarning warning = makeWarning(check, message);
    warning.severity = severity;
    return warning;
}

HopWarning makeWarning(CheckId check, const QString &message, const QString &spec)
{
    HopWarning warning = makeWarning(check, message);
    warning.spec = spec;
    return warning;
}

} // namespace StatusScope::Core
