// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"
#include "core/requests/requestspec.h"
#include "core/settings/networkpreferences.h"

#include <QList>
#include <QString>

namespace StatusScope::Core {

// A password Edit → Preferences names for a request without holding it: the keychain has not
// answered yet, has no entry, or there is no keychain and it was typed in an earlier session.
// Sent without it, the request would reach the proxy unauthenticated or fail to open the key, so
// the session asks for it first (RequestSession::setSecretAsker()).
struct SecretNeed
{
    enum class Kind {
        ProxyPassword, // the preferred proxy's user has no password
        CertificatePassphrase, // the preferred client certificate's key or PKCS#12 file is locked
        // The request's own client certificate is locked and the request holds no passphrase: one
        // restored from history, a saved request or the last request, which never keep it.
        RequestCertificatePassphrase
    };
    Kind kind = Kind::ProxyPassword;
    QString hostPattern; // CertificatePassphrase: the rule's pattern, which keys its passphrase
    QString subject; // what the secret opens, to name it: the proxy's URL, or the certificate file
    QString user; // ProxyPassword: the proxy user
    TlsSetting certificate; // the certificate (the rule's or the request's), to try an answer on
    QString secret; // the answer, filled in by whoever answers

    bool sameNeed(const SecretNeed &other) const
    {
        return kind == other.kind && hostPattern == other.hostPattern;
    }
};

// The preferences' secrets that `request` would use and that `preferences` lack. The request's own
// choices win over the preferences (effectiveNetwork()), so a request with its own proxy or its
// own certificate needs none of them; a proxy's password is needed when the proxy may apply to any
// hop: the URL's host is not excluded by --noproxy, or redirects are followed and --noproxy does not
// exclude every host ("*").
QList<SecretNeed> missingSecrets(const NetworkPreferences &preferences, const RequestSpec &request);

// `preferences` with the non-empty answers in `answered` filled in.
NetworkPreferences withSecrets(NetworkPreferences preferences, const QList<SecretNeed> &answered);

// The request's own secrets that it lacks: its client certificate's passphrase when the
// certificate cannot be opened without one (RequestCertificatePassphrase).
QList<SecretNeed> missingRequestSecrets(const RequestSpec &request);

// `request` with the non-empty answers in `answered` to its own needs filled in.
RequestSpec withRequestSecrets(RequestSpec request, const QList<SecretNeed> &answered);

// True when the client certificate `setting` names cannot be opened without a passphrase it does
// not hold: a PKCS#12 file, or a key marked ENCRYPTED. A missing or unreadable file is not a
// passphrase question: the engine refuses the request with its own sentence.
bool needsPassphrase(const TlsSetting &setting);

} // namespace StatusScope::Core
