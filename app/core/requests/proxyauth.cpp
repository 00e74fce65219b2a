// SPDX-License-Identifier: MIT
#include "core/requests/proxyauth.h"

#include "core/requests/checkids.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences are the engine's, as people read them: one translation context with it.
struct RequestEngineText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEngine)
};

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

// "Digest (realm “x”), NTLM": what the proxy asked for, for sentences.
QString askedText(const QList<AuthChallenge> &challenges)
{
    QStringList parts;
    for (const AuthChallenge &challenge : challenges) {
        const QByteArray realm = challenge.param("realm");
        parts.append(realm.isEmpty()
                         ? escapeBytesForDisplay(challenge.scheme)
                         : RequestEngineText::tr("%1 (realm “%2”)")
                               .arg(escapeBytesForDisplay(challenge.scheme), escapeBytesForDisplay(realm)));
    }
    return parts.join(u", "_s);
}

} // namespace

void ProxyAuthResponder::reset()
{
    m_pending.reset();
    m_digest.reset();
    m_sentScheme.clear();
    m_sentAhead = false;
    m_staleRetried = false;
}

QByteArray ProxyAuthResponder::digestField(const Hop &hop)
{
    ++m_digest->nc;
    DigestRequest request;
    request.method = hop.method;
    // The proxy reads the absolute form on the request line, and Digest's uri repeats it.
    request.uri = digestUri(hop.url, true);
    request.user = m_user;
    request.password = m_password;
    request.cnonce = m_digest->challenge.qopAuth ? m_cnonce() : QByteArray();
    request.nc = m_digest->nc;
    return answerDigest(m_digest->challenge, request).authorization;
}

QByteArray ProxyAuthResponder::prepare(Hop &hop, const QString &proxyName, const QString &user,
                                       const QString &password)
{
    m_sentScheme.clear();
    m_sentAhead = false;
    if (user.isEmpty())
        return {};
    m_user = user;
    m_password = password;
    if (m_pending) {
        m_digest = DigestState{proxyName, m_pending->challenge, 0, m_pending->answeredHop};
        hop.warnings.append(makeWarning(CheckId::AuthAnswered, m_pending->sentence));
        m_pending.reset();
        m_sentScheme = "Digest";
        return digestField(hop);
    }
    if (m_digest && m_digest->proxy == proxyName) {
        // A later request through the same proxy: its nonce is still good, so the answer goes
        // ahead with the next count instead of costing another 407 (curl does the same).
        const QByteArray field = digestField(hop);
        hop.warnings.append(
            makeWarning(CheckId::AuthAnswered,
                        RequestEngineText::tr(
                            "Digest sent ahead to the proxy %1 for user %2 with the nonce from hop %3's "
                            "407 (nonce count %4).")
                            .arg(proxyName, escapeForDisplay(user))
                            .arg(m_digest->fromHop + 1)
                            .arg(m_digest->nc)));
        m_sentScheme = "Digest";
        m_sentAhead = true;
        return field;
    }
    m_sentScheme = "Basic";
    return basicAuthorization(user, password);
}

bool ProxyAuthResponder::onResponse(Hop &hop, const QString &proxyName, const QString &user, QString *why)
{
    if (hop.status != 407) {
        m_staleRetried = false;
        return false;
    }
    const QString shownUser = escapeForDisplay(user);
    if (user.isEmpty()) {
        *why = RequestEngineText::tr("The proxy %1 asks for credentials; give them with --proxy-user "
                                     "USER:PASSWORD.")
                   .arg(proxyName);
        return false;
    }
    if (m_sentScheme.isEmpty()) {
        // A typed Proxy-Authorization went instead of --proxy-user's: it is the user's to judge.
        *why = RequestEngineText::tr("The proxy %1 refused the Proxy-Authorization field typed.")
                   .arg(proxyName);
        return false;
    }
    const ParsedChallenges parsed = challengesIn(hop.responseHeaders, "Proxy-Authenticate");
    const DigestChoice choice = chooseDigestChallenge(parsed.challenges);
    const std::optional<DigestChallenge> &best = choice.best;
    const QStringList &reasons = choice.unanswerable;
    const bool basicOffered = choice.basicOffered;

    const bool sentDigest = m_sentScheme == "Digest";
    if (sentDigest && best && best->stale && !m_staleRetried) {
        m_staleRetried = true;
        m_pending = Pending{*best, hop.index,
                            RequestEngineText::tr("The proxy's 407 said the nonce had expired (stale=true), "
                                                  "not that the credentials were wrong; answered again with "
                                                  "its new nonce, user %1.")
                                .arg(shownUser)};
        return true;
    }
    // Credentials that answered this proxy's own challenge, or Basic where Basic is asked for,
    // were refused: sending them again would only repeat the 407.
    const bool refused = !best || (sentDigest && !m_sentAhead) || (!sentDigest && basicOffered);
    if (refused) {
        m_digest.reset();
        QString sentence
            = RequestEngineText::tr("The proxy %1 refused the %2 credentials of user “%3” "
                                    "(--proxy-user): 407 again. They are not sent a second time.")
                  .arg(proxyName, latin(m_sentScheme), shownUser);
        const bool asksOther
            = std::any_of(parsed.challenges.cbegin(), parsed.challenges.cend(),
                          [](const AuthChallenge &c) { return !c.is("Basic") && !c.is("Digest"); });
        if (!best && asksOther)
            sentence += u' '
                + RequestEngineText::tr("It asks for %1; --proxy-user answers Basic and Digest only.")
                      .arg(askedText(parsed.challenges));
        if (!reasons.isEmpty())
            sentence += u' '
                + RequestEngineText::tr("Digest could not be answered: %1.").arg(reasons.join(u"; "_s));
        *why = sentence;
        return false;
    }
    m_pending = Pending{
        *best, hop.index,
        RequestEngineText::tr("The proxy's 407 asked for Digest; answered with user %1 (%2, "
                              "realm “%3”).")
            .arg(shownUser, latin(digestAlgorithmName(best->algorithm)), escapeBytesForDisplay(best->realm))};
    return true;
}

} // namespace StatusScope::Core
