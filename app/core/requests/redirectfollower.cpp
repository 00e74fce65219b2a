// SPDX-License-Identifier: MIT
#include "core/requests/redirectfollower.h"

#include "core/requests/locationresolver.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct RedirectRules
{
    Q_DECLARE_TR_FUNCTIONS(RedirectRules)
};

QString redirectSpec(int status)
{
    switch (status) {
    case 301:
        return u"RFC 9110 §15.4.2"_s;
    case 302:
        return u"RFC 9110 §15.4.3"_s;
    case 303:
        return u"RFC 9110 §15.4.4"_s;
    case 307:
        return u"RFC 9110 §15.4.8"_s;
    case 308:
        return u"RFC 9110 §15.4.9"_s;
    default:
        return u"RFC 9110 §15.4"_s;
    }
}

// Fields that describe a body; they go when the body goes (Fetch's request-body-header names
// plus the ones RFC 9110 §15.4 lists).
constexpr std::array bodyHeaders{"Content-Type",     "Content-Length",   "Content-Encoding",
                                 "Content-Language", "Content-Location", "Transfer-Encoding",
                                 "Digest",           "Last-Modified"};

// Credentials that never cross to another origin (Fetch strips Authorization; curl and the
// rules in redirect-rules.md add the typed Cookie and Proxy-Authorization).
constexpr std::array credentialHeaders{"Authorization", "Cookie", "Proxy-Authorization"};

QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

} // namespace

bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

RedirectFollower::RedirectFollower(const RequestSpec &spec, QNetworkCookieJar *jar)
    : m_options(spec.options)
    , m_current{spec.method, spec.url, spec.headers, spec.body, spec.hasBody}
    , m_jar(jar)
    , m_typedCookie(headerValue(spec.headers, "Cookie"))
{
    m_sentRequests.insert(requestKey(), 0);
}

QUrl RedirectFollower::urlForSending() const
{
    return m_current.url.adjusted(QUrl::RemoveFragment);
}

HeaderList RedirectFollower::headersForSending() const
{
    HeaderList headers = m_current.headers;
    if (!m_jar)
        return headers;
    const QList<QNetworkCookie> cookies = m_jar->cookiesForUrl(urlForSending());
    if (cookies.isEmpty())
        return headers;

    // Typed cookie pairs first, then jar cookies whose names were not typed.
    const QByteArray typed = headerValue(headers, "Cookie");
    QSet<QByteArray> typedNames;
    for (const QByteArray &pair : typed.split(';')) {
        const QByteArray name = pair.trimmed().split('=').value(0);
        if (!name.isEmpty())
            typedNames.insert(name);
    }
    QList<QByteArray> parts;
    if (!typed.isEmpty())
        parts.append(typed);
    for (const QNetworkCookie &cookie : cookies) {
        if (!typedNames.contains(cookie.name()))
            parts.append(cookie.name() + '=' + cookie.value());
    }
    const QByteArray value = parts.join("; ");
    if (value.isEmpty())
        return headers;
    if (typed.isEmpty()) {
        headers.append({QByteArrayLiteral("Cookie"), value});
    } else {
        for (HeaderPair &header : headers) {
            if (header.first.compare("Cookie", Qt::CaseInsensitive) == 0)
                header.second = value;
        }
    }
    return headers;
}

QByteArray RedirectFollower::requestKey() const
{
    // Same method, URL (no fragment), body and cookies: sending it again would only loop. The
    // body is kept as its digest (it may be large, and a chain keeps a key per hop); a request
    // without one, as most redirected ones are, needs no hashing at all.
    QByteArray key = m_current.method + '\n' + urlForSending().toEncoded() + '\n'
        + headerValue(headersForSending(), "Cookie") + '\n';
    if (m_current.hasBody)
        key += QCryptographicHash::hash(m_current.body, QCryptographicHash::Sha256);
    else
        key += "<no body>";
    return key;
}

RedirectFollower::Decision RedirectFollower::stopWith(Hop &hop, StopReason reason, CheckId check,
                                                      const QString &message)
{
    hop.warnings.append(makeWarning(check, message));
    m_stop = ChainStop{reason, message};
    return Decision::Stop;
}

RedirectFollower::Decision RedirectFollower::onResponse(Hop &hop)
{
    if (!hop.status)
        return Decision::Final;
    const int status = *hop.status;
    hop.locationRaw = headerValue(hop.responseHeaders, "Location");
    const bool hasLocation = !hop.locationRaw.isEmpty();

    if (!isFollowableRedirect(status)) {
        if (hasLocation) {
            const ResolvedLocation resolved
                = resolveLocation(hop.locationRaw, hop.url, m_current.url.fragment());
            if (resolved.valid)
                hop.location = resolved.url;
            hop.warnings.append(makeWarning(
                CheckId::LocationNotFollowed,
                RedirectRules::tr(
                    "A Location (%1) came with %2, which clients do not follow; the chain ends here.")
                    .arg(resolved.maskedValue)
                    .arg(status)));
        }
        return Decision::Final;
    }

    if (!hasLocation) {
        hop.warnings.append(makeWarning(
            CheckId::MissingLocation,
            RedirectRules::tr("%1 without a Location header: there is nowhere to go, so this is the final "
                              "response. (Qt 6.4 drops empty header fields, so an empty Location cannot be "
                              "told apart from a missing one.)")
                .arg(status)));
        return Decision::Final;
    }

    const ResolvedLocation resolved = resolveLocation(hop.locationRaw, hop.url, m_current.url.fragment());
    if (!resolved.valid) {
        return stopWith(hop, StopReason::InvalidLocation, CheckId::InvalidLocation,
                        RedirectRules::tr("The Location “%1” is not a URL that can be followed.")
                            .arg(resolved.maskedValue));
    }
    hop.location = resolved.url;
    if (!resolved.changes.isEmpty()) {
        hop.warnings.append(makeWarning(
            CheckId::LocationNormalized,
            RedirectRules::tr("The Location was read the way browsers read it, which differs from a strict "
                              "reading: %1.")
                .arg(resolved.changes.join(u"; "_s))));
    }
    if (resolved.hadCredentials) {
        hop.warnings.append(makeWarning(
            CheckId::LocationCredentials,
            RedirectRules::tr("The Location carries a user name and password (%1); they are not sent on.")
                .arg(resolved.maskedValue)));
    }

    if (!m_options.followRedirects)
        return Decision::Final;

    const QString scheme = resolved.url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        return stopWith(
            hop, StopReason::UnsafeRedirectScheme, CheckId::UnsafeRedirectScheme,
            RedirectRules::tr("The redirect points to a “%1:” URL; only http and https are followed, so "
                              "nothing was fetched.")
                .arg(scheme));
    }
    if (m_followed >= m_options.maxRedirects) {
        return stopWith(
            hop, StopReason::RedirectLimit, CheckId::RedirectLimit,
            RedirectRules::tr("The limit of %n redirect(s) was reached; this redirect was not followed.",
                              nullptr, m_options.maxRedirects));
    }
    const bool downgrade
        = m_current.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 && scheme == u"http"_s;
    if (downgrade && !m_options.allowDowngrade) {
        return stopWith(
            hop, StopReason::HttpsDowngrade, CheckId::HttpsDowngrade,
            RedirectRules::tr("The redirect leaves https for plain http (%1); it was not followed. Allow "
                              "downgrades to continue.")
                .arg(displayUrl(resolved.url.adjusted(QUrl::RemoveUserInfo))));
    }

    Request next = m_current;
    next.url = resolved.url;
    const QByteArray method = m_current.method.toUpper();
    // curl's --post301/302/303 keep a POST a POST; another method after 303 still becomes GET.
    const bool postKept = method == "POST" && m_options.keepPost.covers(status);
    const bool becomesGet = !postKept
        && (((status == 301 || status == 302) && method == "POST")
            || (status == 303 && method != "GET" && method != "HEAD"));
    if (postKept) {
        hop.warnings.append(makeWarning(
            CheckId::PostKept,
            m_current.hasBody
                ? RedirectRules::tr("POST was sent again with its %n-byte body, as asked for %1 (curl's "
                                    "--post%1); otherwise a %1 turns a POST into a GET.",
                                    nullptr, int(m_current.body.size()))
                      .arg(status)
                : RedirectRules::tr("POST was sent again, as asked for %1 (curl's --post%1); otherwise a "
                                    "%1 turns a POST into a GET.")
                      .arg(status),
            redirectSpec(status)));
    }
    if (becomesGet) {
        next.method = QByteArrayLiteral("GET");
        hop.warnings.append(makeWarning(
            CheckId::MethodChanged,
            RedirectRules::tr("%1 became GET because of %2.").arg(text(m_current.method)).arg(status),
            redirectSpec(status)));
        QStringList removed;
        for (const char *name : bodyHeaders) {
            if (removeHeader(next.headers, name) > 0)
                removed.append(QString::fromLatin1(name));
        }
        if (m_current.hasBody) {
            hop.warnings.append(makeWarning(
                CheckId::BodyDropped,
                removed.isEmpty() ? RedirectRules::tr("The %n-byte body was not sent again.", nullptr,
                                                      int(m_current.body.size()))
                                  : RedirectRules::tr("The %n-byte body was not sent again, nor %1.", nullptr,
                                                      int(m_current.body.size()))
                                        .arg(removed.join(u", "_s))));
        }
        next.body.clear();
        next.hasBody = false;
    }
    if (downgrade) {
        // Allowed, so no longer an error: the table's severity is for the downgrade that stops.
        hop.warnings.append(
            makeWarning(CheckId::HttpsDowngrade,
                        RedirectRules::tr(
                            "Followed from https to plain http because downgrades are allowed: what follows "
                            "travels unencrypted."),
                        Severity::Warning));
    }
    if (!isSameOrigin(m_current.url, next.url) && !m_crossedOrigin) {
        m_crossedOrigin = true;
        QStringList stripped;
        for (const char *name : credentialHeaders) {
            if (removeHeader(next.headers, name) > 0)
                stripped.append(QString::fromLatin1(name));
        }
        if (!stripped.isEmpty()) {
            hop.warnings.append(
                makeWarning(CheckId::CredentialsStripped,
                            RedirectRules::tr(
                                "%1 not sent: %2 is another origin. It stays off for the rest of the chain.")
                                .arg(stripped.join(u", "_s),
                                     next.url
                                         .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                   | QUrl::RemoveUserInfo)
                                         .toString())));
        }
        // A typed Host names the first server: sent to another origin it would ask that server
        // for a site it may not be, so the redirect's own host is used from here on.
        const QByteArray typedHost = headerValue(next.headers, "Host");
        if (removeHeader(next.headers, "Host") > 0) {
            hop.warnings.append(makeWarning(
                CheckId::TypedHostDropped,
                RedirectRules::tr("The typed Host (%1) was not sent on: the redirect leads to another "
                                  "origin, which gets its own host name.")
                    .arg(text(typedHost))));
        }
    }

    const Request previous = m_current;
    m_current = next;
    const QByteArray key = requestKey();
    if (const auto earlier = m_sentRequests.constFind(key); earlier != m_sentRequests.cend()) {
        m_current = previous;
        return stopWith(hop, StopReason::RedirectLoop, CheckId::RedirectLoop,
                        RedirectRules::tr("Redirect loop: this would send the same request as hop %1 again "
                                          "(same method, URL, body and cookies), so it was not sent.")
                            .arg(*earlier + 1));
    }
    ++m_followed;
    m_sentRequests.insert(key, hop.index + 1);
    return Decision::Follow;
}

} // namespace StatusScope::Core
