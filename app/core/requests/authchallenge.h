// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QByteArray>
#include <QList>

namespace StatusScope::Core {

// One challenge of a WWW-Authenticate or Proxy-Authenticate field (RFC 9110 §11.6.1, §11.3):
// a scheme followed by either a token68 or a list of name=value parameters.
struct AuthChallenge
{
    QByteArray scheme; // as the server wrote it; compare with is()
    QByteArray token68; // "Newauth abc123==": the single token; empty when parameters follow
    QList<std::pair<QByteArray, QByteArray>> params; // names lower-cased, quoted values unescaped

    bool is(QByteArrayView name) const { return scheme.compare(name, Qt::CaseInsensitive) == 0; }
    bool hasParam(QByteArrayView name) const;
    QByteArray param(QByteArrayView name) const; // the first one of that name; empty when missing
};

struct ParsedChallenges
{
    QList<AuthChallenge> challenges;
    // The field did not follow the grammar past some point: the challenges read before it are kept
    // (a client should still answer one it understands), and this names where reading stopped.
    QString problem;
};

// Reads one field value, which may hold several challenges ("Basic realm=x, Digest realm=y,
// nonce=z"); quoted strings may contain commas and backslash escapes.
ParsedChallenges parseChallenges(QByteArrayView field);
// Every field called `fieldName` in `headers`, in order. Several fields of one name are one list
// (RFC 9110 §5.3), which is also how Qt 6.4 hands them over, joined with ", ".
ParsedChallenges challengesIn(const HeaderList &headers, QByteArrayView fieldName = "WWW-Authenticate");

// A challenge written back as a server would send it, parameters quoted where needed: for the
// sentences that say what a server asked for.
QByteArray challengeText(const AuthChallenge &challenge);

} // namespace StatusScope::Core
