// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/digestauth.h"
#include "core/requests/hop.h"

#include <functional>
#include <optional>

namespace StatusScope::Core {

// Why `auth` cannot be used, as a sentence, or nothing: a Bearer token that is empty or holds a
// control character (it goes into a header as it is), a user name with a colon for Basic (RFC 7617
// §2 cannot carry it). Checked before anything is sent.
std::optional<QString> authSettingProblem(const AuthSetting &auth);

// Decides, hop by hop, which Authorization the engine adds for the credentials in
// RequestOptions::network.auth (curl's -u with --basic, --digest, --anyauth, and --oauth2-bearer)
// and when a 401 is answered by sending the request again. Qt's own answering
// (authenticationRequired) stays unused, so the 401 and the answer are two hops of the chain.
//
// The rules, written down in the README:
// - Basic and Bearer go with the first request (curl's default); Digest and "any" wait for the
//   401 and answer the strongest challenge they can (Digest SHA-256, then MD5, then Basic for any).
// - Credentials only go to the origin typed (scheme, host and port). The first hop elsewhere ends
//   them for the rest of the chain, as with typed Authorization fields, even if the chain comes
//   back: the strictest of Fetch and curl.
// - Within that origin, later hops (same-origin redirects) carry them too: Basic and Bearer as at
//   first; Digest ahead with the nonce already given and the next nonce count.
// - A 401 to credentials that answered a challenge, or went up front, is auth-failed, and the
//   chain ends there; a Digest 401 with stale=true is answered once more with the new nonce.
// - A typed Authorization field (or user:password in the URL) wins: nothing is added.
class AuthResponder
{
public:
    explicit AuthResponder(const RequestSpec &request);

    bool isActive() const { return m_setting.scheme != AuthSetting::Scheme::None; }

    // Before `hop` is sent: adds the Authorization field to `headers` when one is due, fills
    // hop.auth and puts the sentences (auth-answered, credentials-over-http, credentials-stripped)
    // on the hop.
    void prepare(Hop &hop, HeaderList &headers);
    // After `hop`'s response arrived: true when the same request is to be sent again, answering the
    // 401; otherwise warnings (auth-failed, auth-scheme-unsupported) may have been added.
    bool onResponse(Hop &hop);

    // The client nonces for Digest (random by default; a test makes them known).
    void setCnonceSource(std::function<QByteArray()> source) { m_cnonce = std::move(source); }

    // What credentials-over-http weighs: a Warning, or Info when the host is this machine
    // (localhost, 127.0.0.0/8, ::1), where the bytes never cross a network.
    static Severity overHttpSeverity(const QUrl &url);

private:
    struct Pending
    {
        bool digest = false; // else Basic (--anyauth)
        DigestChallenge challenge;
        int answeredHop = -1;
        QString sentence;
    };
    struct DigestState
    {
        DigestChallenge challenge;
        quint32 nc = 0; // uses of this nonce so far
        int fromHop = -1; // the 401 that gave the nonce
    };

    QByteArray digestField(const Hop &hop);
    QString schemeWord() const; // "-u with --digest", … for sentences
    bool answer(Hop &hop, const ParsedChallenges &parsed);

    AuthSetting m_setting;
    QUrl m_origin;
    std::function<QByteArray()> m_cnonce;
    std::optional<Pending> m_pending;
    std::optional<DigestState> m_digest;
    int m_basicFromHop = -2; // --anyauth settled on Basic at this 401; -2: not (yet)
    bool m_left = false; // a hop went to another origin: no credentials from then on
    bool m_staleRetried = false; // per request: a second stale=true is a failure
    bool m_sentAhead = false; // this hop's Digest was sent ahead, not in answer to its own 401
};

} // namespace StatusScope::Core
