// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"
#include "core/requests/tlsenvironment.h"
#include "core/requests/tlsfailure.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

class QNetworkRequest;

namespace StatusScope::Core {

struct HopRoute;

// (tls-version) The sentence when --tlsv1.3 and --tls-max 1.2 leave no TLS version to offer.
std::optional<QString> tlsVersionProblem(const TlsSetting &setting);
// (tls-version) What --tlsv1.3 or --tls-max 1.2 left to offer, for the sentence of a failed
// handshake ("TLS 1.3 only, as --tlsv1.3 asked"); empty with Qt's own choice (1.2 and 1.3).
QString tlsVersionsOffered(const TlsSetting &setting);

// The TLS side of a chain, read from a TlsSetting before anything is sent: the authorities that
// replace the system's (--cacert, --capath) and the client certificate with its key (--cert,
// --key, --cert-type, --pass). A file that cannot be read, holds no certificate, or a passphrase
// that does not open the key is refused with a sentence that says which file and what to do.
// (ca-env) Without --cacert and --capath, the authorities the environment names as curl reads it
// (tlsenvironment.h) are read when the first https hop needs them (chooseFor()): a plain http
// chain never pays for them, and a file they name that cannot be read stops that hop.
class TlsSetup
{
public:
    TlsSetup() = default; // the system's authorities, no client certificate

    // Authorities as read from files, with the fingerprint of each file's content (tlsfiles.h).
    struct Authorities
    {
        QList<QSslCertificate> certificates;
        QList<QByteArray> fingerprints;
    };

    static std::optional<TlsSetup> load(const TlsSetting &setting, QString *error);

    bool replacesAuthorities() const { return m_replacesAuthorities; }
    // Whose authorities a handshake is checked against, for the sentence of a failed one.
    TrustSource trustSource() const;
    const QList<QSslCertificate> &authorities() const { return m_authorities; }

    // (partial chain) True when the only complaints of a handshake are that a certificate given
    // as an authority here (--cacert, --capath, the preferences) has no known issuer itself: an
    // issuing CA handed out without its root. OpenSSL then checked the chain up to it (signatures,
    // dates, host name, each a complaint of its own), so it holds, as curl's OpenSSL accepts it
    // (X509_V_FLAG_PARTIAL_CHAIN, which Qt 6.4 does not set). A certificate that only bears the
    // name of a given one is not it: it has to be the same certificate.
    bool anchorsPartialChain(const QList<QSslError> &errors) const;

    // (cert15) Edit → Preferences' client certificates per host pattern (NetworkOptions::
    // clientCertificateRules). A rule's files are read the first time a hop's host matches it.
    void setHostCertificates(const QList<ClientCertificateRule> &rules);
    // (cert15) Picks the client certificate the hop to `url` offers, which apply() then sets: the
    // request's own (--cert) for every host, as curl does; else the first rule whose pattern names
    // the hop's host and port; else none. The sentence when that rule's files cannot be read (the
    // hop must not be sent). Until it is called, the request's own is offered.
    // (ca-env) Called for every https hop before apply(): the first reads the environment's
    // authorities, and says so when they cannot be read, unless `errorsAccepted` (-k for this
    // host, whose certificate is then not checked against them; curl does not read the variables
    // under -k at all). A later hop without it reads them again.
    std::optional<QString> chooseFor(const QUrl &url, bool errorsAccepted = false);
    // What chooseFor() picked: hasClientCertificate() is false when the hop offers none.
    bool hasClientCertificate() const { return !chosenChain().isEmpty(); }
    QSslCertificate clientCertificate() const { return chosenChain().value(0); }
    // The pattern of the rule that chose it; empty for the request's own, or none.
    QString clientCertificatePattern() const;

    // Sets the request's TLS configuration; a default setup leaves Qt's own untouched.
    void apply(QNetworkRequest &request) const;

    // The same for two setups that make the same TLS connections: Qt 6.4 keeps a connection for
    // reuse by scheme, host, port and server name only, so one opened with other trust or another
    // client certificate must not serve a chain made with this one.
    QByteArray connectionKey() const;

private:
    bool m_replacesAuthorities = false;
    std::optional<QSsl::SslProtocol> m_protocol; // (tls-version) unset: Qt's own
    // (preferences) Edit → Preferences' extra authorities: m_authorities holds the system's (or
    // --cacert's) with them, set on each request.
    bool m_addsAuthorities = false;
    QList<QSslCertificate> m_authorities;
    QList<QSslCertificate> m_extraAuthorities; // (preferences)
    // The files --cacert, --capath and the preferences gave, by content: they stand for their
    // authorities in connectionKey() (a certificate's digest costs as much as reading it).
    QList<QByteArray> m_fingerprints;
    // (ca-env) What the environment names, until read; m_authorities is complete once settled.
    std::optional<EnvironmentAuthorities> m_environment;
    bool m_authoritiesSettled = false;
    std::optional<QString> readEnvironment(const QUrl &url);
    void settleAuthorities(const QList<QSslCertificate> &fromEnvironment);
    QList<QSslCertificate> m_clientChain; // the client certificate, then any authorities with it
    // Only with a client certificate: constructing a QSslKey, even a null one, loads Qt's TLS backend
    // and OpenSSL (about 18 M instructions), which a plain http chain never needs.
    std::optional<QSslKey> m_clientKey;

    // (cert15) One per preferred rule, in order; `read` once a hop needed it.
    struct HostCertificate
    {
        ClientCertificateRule rule;
        bool read = false;
        QList<QSslCertificate> chain;
        std::optional<QSslKey> key;
    };
    static constexpr qsizetype OwnCertificate = -1;
    static constexpr qsizetype NoCertificate = -2;
    const QList<QSslCertificate> &chosenChain() const;
    QList<HostCertificate> m_hostCertificates;
    qsizetype m_chosen = OwnCertificate; // an index in m_hostCertificates, or one of the two above
};

// (cert15) Names on a hop the client certificate chooseFor() picked for it (hop.h's HopRoute).
void noteClientCertificate(HopRoute &route, const TlsSetup &tls);

} // namespace StatusScope::Core
