// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/digestauth.h"
#include "core/requests/hop.h"

#include <functional>
#include <optional>

namespace StatusScope::Core {

// What --proxy-user sends to an HTTP proxy that reads the request itself (plain http through it),
// hop by hop, and when its 407 is answered by sending the request again: the proxy's side of what
// AuthResponder does for a server's 401, so the 407 and the answer are two hops of the chain.
// (A CONNECT tunnel or a SOCKS proxy is answered by Qt itself: proxyrouter.h.)
//
// The rules, written down in the README:
// - Basic goes with the first request, as curl sends --proxy-user.
// - A 407 that asks for Digest (and not Basic) is answered with Digest (MD5, SHA-256, their -sess
//   forms, qop=auth, nonce counting), once; a 407 to that answer means the proxy refused the
//   credentials, unless it says stale=true, which is answered once more with its new nonce.
// - Later hops through the same proxy carry Digest ahead with the nonce already given and the
//   next nonce count; a 407 to such a hop is answered afresh.
class ProxyAuthResponder
{
public:
    // A new chain: nothing learnt from an earlier one is used.
    void reset();

    // The Proxy-Authorization value for `hop`, going through `proxyName` (proxyDisplay()) with
    // `user` and `password`: Basic up front, or Digest for a proxy that asked for it. Puts the
    // auth-answered sentence on the hop when the value answers a 407.
    QByteArray prepare(Hop &hop, const QString &proxyName, const QString &user, const QString &password);
    // After `hop`'s response came from the proxy (`hop` went with prepare()'s value, or none when
    // `user` is empty): true when the same request is to be sent again, answering its 407.
    // Otherwise, for a 407, `why` gets the sentence for the proxy-auth-required warning.
    bool onResponse(Hop &hop, const QString &proxyName, const QString &user, QString *why);

    // The client nonces for Digest (random by default; a test makes them known).
    void setCnonceSource(std::function<QByteArray()> source) { m_cnonce = std::move(source); }

private:
    struct Pending
    {
        DigestChallenge challenge;
        int answeredHop = -1;
        QString sentence;
    };
    struct DigestState
    {
        QString proxy; // the proxy whose nonce this is
        DigestChallenge challenge;
        quint32 nc = 0;
        int fromHop = -1;
    };

    QByteArray digestField(const Hop &hop);

    QString m_user;
    QString m_password;
    std::function<QByteArray()> m_cnonce = &newCnonce;
    std::optional<Pending> m_pending;
    std::optional<DigestState> m_digest;
    QByteArray m_sentScheme; // this hop's: "Basic", "Digest" or empty
    bool m_sentAhead = false; // this hop's Digest went with an earlier 407's nonce
    bool m_staleRetried = false;
};

} // namespace StatusScope::Core
