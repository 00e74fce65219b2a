// SPDX-License-Identifier: MIT
#include "core/requests/authresponder.h"

#include "core/requests/checkids.h"
#include "core/requests/locationresolver.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(AuthResponder)
};

QString originText(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

// "Digest (realm “x”), Basic": what the server asked for, for sentences.
QString askedText(const QList<AuthChallenge> &challenges)
{
    QStringList parts;
    for (const AuthChallenge &challenge : challenges) {
        const QByteArray realm = challenge.param("realm");
        parts.append(realm.isEmpty()
                         ? latin(challenge.scheme)
                         : AuthText::tr("%1 (realm “%2”)").arg(latin(challenge.scheme), latin(realm)));
    }
    return parts.join(u", "_s);
}

} // namespace

std::optional<QString> authSettingProblem(const AuthSetting &auth)
{
    switch (auth.scheme) {
    case AuthSetting::Scheme::None:
    case AuthSetting::Scheme::Digest:
        return std::nullopt;
    case AuthSetting::Scheme::Bearer: {
        if (auth.token.isEmpty())
            return AuthText::tr("The Bearer token is empty.");
        const bool control = std::any_of(auth.token.cbegin(), auth.token.cend(),
                                         [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (control)
            return AuthText::tr("The Bearer token holds a control character (a line break?), which cannot go "
                                "into a header field.");
        return std::nullopt;
    }
    case AuthSetting::Scheme::Basic:
    case AuthSetting::Scheme::Any:
        if (auth.user.contains(u':'))
            return AuthText::tr("The user name “%1” holds a colon, which Basic cannot carry (RFC 7617 §2).")
                .arg(auth.user);
        return std::nullopt;
    }
    return std::nullopt;
}

AuthResponder::AuthResponder(const RequestSpec &request)
    : m_setting(request.options.network.auth)
    , m_origin(request.url)
    , m_cnonce(&newCnonce)
{
}

Severity AuthResponder::overHttpSeverity(const QUrl &url)
{
    return isLoopbackHost(url.host()) ? Severity::Info : Severity::Warning;
}

QString AuthResponder::schemeWord() const
{
    switch (m_setting.scheme) {
    case AuthSetting::Scheme::Basic:
        return AuthText::tr("-u with --basic answers Basic only");
    case AuthSetting::Scheme::Digest:
        return AuthText::tr("--digest answers Digest only");
    case AuthSetting::Scheme::Any:
        return AuthText::tr("--anyauth answers Basic and Digest");
    case AuthSetting::Scheme::Bearer:
        return AuthText::tr("--oauth2-bearer sends a Bearer token only");
    case AuthSetting::Scheme::None:
        break;
    }
    return {};
}

QByteArray AuthResponder::digestField(const Hop &hop)
{
    ++m_digest->nc;
    DigestRequest request;
    request.method = hop.method;
    request.uri = digestUri(hop.url);
    request.user = m_setting.user;
    request.password = m_setting.password;
    request.cnonce = m_digest->challenge.qopAuth ? m_cnonce() : QByteArray();
    request.nc = m_digest->nc;
    return answerDigest(m_digest->challenge, request).authorization;
}

void AuthResponder::prepare(Hop &hop, HeaderList &headers)
{
    m_sentAhead = false;
    if (!isActive() || hasHeader(headers, "Authorization"))
        return;
    if (m_left || !isSameOrigin(hop.url, m_origin)) {
        if (!m_left) {
            hop.warnings.append(makeWarning(
                CheckId::CredentialsStripped,
                AuthText::tr("The credentials given were not sent: %1 is another origin than the one typed "
                             "(%2). They stay off for the rest of the chain.")
                    .arg(originText(hop.url), originText(m_origin))));
        }
        m_left = true;
        m_pending.reset();
        return;
    }

    const bool bearer = m_setting.scheme == AuthSetting::Scheme::Bearer;
    QByteArray value;
    HopAuth auth;
    auth.user = bearer ? QString() : m_setting.user;
    if (m_pending) {
        auth.answeredHop = m_pending->answeredHop;
        if (m_pending->digest) {
            m_digest = DigestState{m_pending->challenge, 0, m_pending->answeredHop};
            value = digestField(hop);
            auth.scheme = u"Digest"_s;
        } else {
            m_basicFromHop = m_pending->answeredHop;
            value = basicAuthorization(m_setting.user, m_setting.password);
            auth.scheme = u"Basic"_s;
        }
        hop.warnings.append(makeWarning(CheckId::AuthAnswered, m_pending->sentence));
        m_pending.reset();
    } else if (bearer) {
        value = "Bearer " + m_setting.token.toUtf8();
        auth.scheme = u"Bearer"_s;
    } else if (m_setting.scheme == AuthSetting::Scheme::Basic || m_basicFromHop >= -1) {
        value = basicAuthorization(m_setting.user, m_setting.password);
        auth.scheme = u"Basic"_s;
        auth.answeredHop = m_setting.scheme == AuthSetting::Scheme::Basic ? -1 : m_basicFromHop;
    } else if (m_digest) {
        // A later request to the same origin: the nonce is still good, so the answer goes ahead
        // with the next count instead of costing another 401 (curl does the same).
        value = digestField(hop);
        auth.scheme = u"Digest"_s;
        auth.answeredHop = m_digest->fromHop;
        m_sentAhead = true;
        hop.warnings.append(makeWarning(
            CheckId::AuthAnswered,
            AuthText::tr("Digest sent ahead for user %1 with the nonce from hop %2's 401 (nonce count %3).")
                .arg(m_setting.user)
                .arg(m_digest->fromHop + 1)
                .arg(m_digest->nc)));
    } else {
        return; // Digest and --anyauth wait for a challenge
    }
    headers.append({QByteArrayLiteral("Authorization"), value});
    hop.auth = auth;

    if ((auth.scheme == u"Basic"_s || bearer)
        && hop.url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0) {
        const Severity severity = overHttpSeverity(hop.url);
        hop.warnings.append(makeWarning(
            CheckId::CredentialsOverHttp,
            severity == Severity::Info
                ? AuthText::tr(
                      "%1 credentials went over plain http; the server is on this machine, so they "
                      "did not cross a network, but anywhere else they would be readable on the way.")
                      .arg(auth.scheme)
                : AuthText::tr(
                      "%1 credentials went over plain http: anyone on the way can read them. Use https.")
                      .arg(auth.scheme),
            severity));
    }
}

bool AuthResponder::onResponse(Hop &hop)
{
    if (!isActive() || !hop.status)
        return false;
    if (*hop.status != 401) {
        m_staleRetried = false;
        return false;
    }
    if (m_left || !isSameOrigin(hop.url, m_origin))
        return false;
    const bool ours = !hop.auth.scheme.isEmpty();
    if (!ours && hasHeader(hop.requestHeaders, "Authorization"))
        return false; // the user's own field was refused: theirs to judge
    const ParsedChallenges parsed = challengesIn(hop.responseHeaders);

    if (ours && hop.auth.scheme == u"Digest"_s && !m_staleRetried) {
        for (const AuthChallenge &challenge : parsed.challenges) {
            QString why;
            const std::optional<DigestChallenge> digest
                = challenge.is("Digest") ? readDigestChallenge(challenge, &why) : std::nullopt;
            if (digest && digest->stale) {
                m_staleRetried = true;
                m_pending = Pending{
                    true, *digest, hop.index,
                    AuthText::tr("The 401 said the nonce had expired (stale=true), not that the "
                                 "credentials were wrong; answered again with its new nonce, user %1.")
                        .arg(m_setting.user)};
                return true;
            }
        }
    }
    if (ours && !m_sentAhead) {
        QString sentence = hop.auth.user.isEmpty()
            ? AuthText::tr(
                  "The server refused the %1 credentials: 401 again. They are not sent a second time.")
                  .arg(hop.auth.scheme)
            : AuthText::tr(
                  "The server refused the %1 credentials for user %2: 401 again. They are not sent a "
                  "second time.")
                  .arg(hop.auth.scheme, hop.auth.user);
        const bool asksOther
            = std::any_of(parsed.challenges.cbegin(), parsed.challenges.cend(),
                          [&](const AuthChallenge &c) { return !c.is(hop.auth.scheme.toLatin1()); });
        if (asksOther && !parsed.challenges.isEmpty())
            sentence += u' '
                + AuthText::tr("It asks for %1 (%2).").arg(askedText(parsed.challenges), schemeWord());
        for (const AuthChallenge &challenge : parsed.challenges) {
            if (challenge.is("Bearer") && challenge.hasParam("error"))
                sentence += u' ' + AuthText::tr("Bearer error: %1.").arg(latin(challenge.param("error")));
        }
        hop.warnings.append(makeWarning(CheckId::AuthFailed, sentence));
        // Refused credentials are not sent ahead on later hops either.
        m_digest.reset();
        m_basicFromHop = -2;
        return false;
    }
    if (m_setting.scheme == AuthSetting::Scheme::Basic || m_setting.scheme == AuthSetting::Scheme::Bearer)
        return false; // sent up front; a hop without them went elsewhere
    return answer(hop, parsed);
}

bool AuthResponder::answer(Hop &hop, const ParsedChallenges &parsed)
{
    // The strongest challenge these credentials can answer.
    const DigestChoice choice = chooseDigestChallenge(parsed.challenges);
    const std::optional<DigestChallenge> &best = choice.best;
    const QStringList &reasons = choice.unanswerable;
    const bool basicOffered = choice.basicOffered;
    const QString user = m_setting.user;
    if (best) {
        m_pending = Pending{true, *best, hop.index,
                            AuthText::tr("The 401 asked for Digest; answered with user %1 (%2, realm “%3”).")
                                .arg(user, latin(digestAlgorithmName(best->algorithm)), latin(best->realm))};
        return true;
    }
    if (basicOffered && m_setting.scheme == AuthSetting::Scheme::Any) {
        m_pending = Pending{
            false, {}, hop.index, AuthText::tr("The 401 asked for Basic; answered with user %1.").arg(user)};
        return true;
    }
    QString sentence = parsed.challenges.isEmpty()
        ? AuthText::tr(
            "The 401 names no scheme to answer (no WWW-Authenticate), so the credentials were not sent.")
        : AuthText::tr("The 401 asks for %1, which %2: the credentials were not sent.")
              .arg(askedText(parsed.challenges), schemeWord());
    if (!reasons.isEmpty())
        sentence += u' ' + AuthText::tr("Digest could not be answered: %1.").arg(reasons.join(u"; "_s));
    if (!parsed.problem.isEmpty())
        sentence += u' ' + AuthText::tr("WWW-Authenticate was read only in part: %1.").arg(parsed.problem);
    hop.warnings.append(makeWarning(CheckId::AuthSchemeUnsupported, sentence));
    return false;
}

} // namespace StatusScope::Core
