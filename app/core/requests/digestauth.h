// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/authchallenge.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// The credentials arithmetic of RFC 7617 (Basic) and RFC 7616 (Digest), kept apart from when the
// engine uses them (authresponder.h) so that the RFC's own examples can check it.

// "Basic " and base64 of user:password in UTF-8 (RFC 7617 §2.1, the charset="UTF-8" form; curl
// sends the bytes typed, which on today's terminals is the same).
QByteArray basicAuthorization(const QString &user, const QString &password);

enum class DigestAlgorithm { Md5, Md5Sess, Sha256, Sha256Sess };
QByteArray digestAlgorithmName(DigestAlgorithm algorithm); // "MD5", "SHA-256-sess", …

// What a Digest challenge asks for, read from its parameters.
struct DigestChallenge
{
    QByteArray realm;
    QByteArray nonce;
    QByteArray opaque; // echoed unchanged; empty and absent are told apart by hasOpaque
    bool hasOpaque = false;
    DigestAlgorithm algorithm = DigestAlgorithm::Md5;
    bool algorithmGiven = false; // echoed only when the server named one, as curl does
    bool qopAuth = false; // qop offered "auth": nc, cnonce and qop=auth are sent
    bool stale = false; // the previous answer's nonce expired; the credentials were fine
    bool userhash = false; // the user name is sent hashed (RFC 7616 §3.4.4)
};

// The challenge as something this client can answer, or nothing with the reason in `why`: no
// nonce, qop offering only auth-int (which needs the body hashed; not supported), or an algorithm
// Qt 6.4 cannot compute (SHA-512-256).
std::optional<DigestChallenge> readDigestChallenge(const AuthChallenge &challenge, QString *why);
// Stronger first: SHA-256 before MD5. Used to choose among several Digest challenges.
int digestStrength(const DigestChallenge &challenge);

// What a 401's or 407's challenges offer these credentials: the strongest Digest challenge this
// client can answer, whether Basic is offered too, and why each other Digest challenge cannot be
// answered.
struct DigestChoice
{
    std::optional<DigestChallenge> best;
    bool basicOffered = false;
    QStringList unanswerable;
};
DigestChoice chooseDigestChallenge(const QList<AuthChallenge> &challenges);

struct DigestRequest
{
    QByteArray method;
    QByteArray uri; // the request-target exactly as sent (digestUri())
    QString user;
    QString password;
    QByteArray cnonce;
    quint32 nc = 1; // how many times this nonce has been used, this one included
};

struct DigestAnswer
{
    QByteArray authorization; // the whole field value, "Digest username=…, response=…"
    QByteArray response; // the request-digest alone, in hex (a secret: masked like the field)
};

DigestAnswer answerDigest(const DigestChallenge &challenge, const DigestRequest &request);

// The request-target Qt 6.4 writes on the request line for `url` (path and query, "/" for an empty
// path, dot segments removed), which is what Digest's uri must repeat. `throughProxy`: the absolute
// form Qt writes for an HTTP proxy (scheme and authority too), for a proxy's own Digest.
QByteArray digestUri(const QUrl &url, bool throughProxy = false);
// A fresh client nonce: 16 random bytes in hex.
QByteArray newCnonce();

} // namespace StatusScope::Core
