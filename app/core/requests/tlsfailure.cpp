// SPDX-License-Identifier: MIT
#include "core/requests/tlsfailure.h"

#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QSslCertificateExtension>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct TlsFailureText
{
    Q_DECLARE_TR_FUNCTIONS(TlsFailure)
};

QString quoted(const QString &name)
{
    return u"“"_s + escapeForDisplay(name) + u"”"_s;
}

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

QString nameOf(const QSslCertificate &certificate)
{
    const QStringList common = certificate.subjectInfo(QSslCertificate::CommonName);
    return common.isEmpty() ? certificate.subjectDisplayName() : common.first();
}

QString issuerOf(const QSslCertificate &certificate)
{
    const QStringList common = certificate.issuerInfo(QSslCertificate::CommonName);
    return common.isEmpty() ? certificate.issuerDisplayName() : common.first();
}

// Public authorities write where their intermediate can be fetched (Authority Information Access,
// "CA Issuers"): a certificate that says so was issued by an intermediate, not by a root.
bool namesItsIssuerUrl(const QSslCertificate &certificate)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == u"authorityInfoAccess"_s)
            return extension.value().toMap().contains(u"caIssuers"_s);
    }
    return false;
}

enum class Problem { HostName, SelfSigned, Untrusted, Incomplete, Expired, NotYetValid, Revoked, Other };

Problem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return Problem::HostName;
    case QSslError::SelfSignedCertificate:
        return Problem::SelfSigned;
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return Problem::Untrusted;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return Problem::Incomplete; // or untrusted: told apart below
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::CertificateRevoked:
        return Problem::Revoked;
    default:
        return Problem::Other;
    }
}

// The files and folders the environment names, quoted, for a sentence.
QString environmentPaths(const TrustSource &trust)
{
    QStringList quotedPaths;
    for (const QString &path : trust.paths)
        quotedPaths.append(quoted(path));
    return quotedPaths.join(u", "_s);
}

QString untrustedSentence(const QString &authority, const TrustSource &trust)
{
    switch (trust.kind) {
    case TrustSource::Kind::Options:
        return TlsFailureText::tr(
                   "The server's certificate was signed by an authority (%1) that is not among "
                   "those given with --cacert or --capath. They replace this computer's "
                   "authorities: pass this one too.")
            .arg(quoted(authority));
    case TrustSource::Kind::Environment:
        return TlsFailureText::tr(
                   "The server's certificate was signed by an authority (%1) that is not among "
                   "those %2 names in this program's environment (%3). As in curl, they replace "
                   "this computer's authorities: add this one there, or pass it with --cacert FILE.")
            .arg(quoted(authority), trust.variables, environmentPaths(trust));
    case TrustSource::Kind::System:
        break;
    }
    return TlsFailureText::tr(
               "The server's certificate was signed by an authority this computer does not "
               "trust (%1). If it is your organisation's CA, pass it with --cacert FILE (or add "
               "it in Preferences → Certificates).")
        .arg(quoted(authority));
}

// One sentence for `problem`; `untrusted` tells whether it is the one that says no authority
// here vouches for the certificate (which a self-signed certificate's own sentence already says).
QString sentenceFor(Problem problem, const QSslError &error, const QString &host,
                    const QList<QSslCertificate> &sentChain, const TrustSource &trust, bool *untrusted)
{
    *untrusted = false;
    const QSslCertificate certificate
        = error.certificate().isNull() ? sentChain.value(0) : error.certificate();
    const bool isLeaf = sentChain.isEmpty() || certificate == sentChain.first();
    switch (problem) {
    case Problem::HostName:
        return TlsFailureText::tr("The server's certificate is valid for %1, not for %2. Check the host name "
                                  "in the URL: the certificate must name it, also when --resolve or "
                                  "--connect-to sends the request to another address.")
            .arg(escapeForDisplay(certificateNames(certificate).join(u", "_s)), quoted(host));
    case Problem::SelfSigned:
        return TlsFailureText::tr(
            "The server's certificate is self-signed: no authority vouches for it. If it "
            "is the certificate you expect, pass it with --cacert FILE (or add it in "
            "Preferences → Certificates), or accept it for this host with -k.");
    case Problem::Untrusted: {
        const QSslCertificate top = sentChain.isEmpty() ? certificate : sentChain.last();
        *untrusted = true;
        return untrustedSentence(top.isSelfSigned() ? nameOf(top) : issuerOf(top), trust);
    }
    case Problem::Incomplete: {
        // OpenSSL says the same ("unable to get local issuer certificate") when the server left
        // out its intermediate and when the authority is simply unknown. A certificate that names
        // where its issuer can be fetched, or a failure although the user gave the authorities to
        // trust, points to the missing intermediate.
        const QSslCertificate top = sentChain.isEmpty() ? certificate : sentChain.last();
        const QString missing = issuerOf(top);
        if (namesItsIssuerUrl(sentChain.value(0)))
            return TlsFailureText::tr(
                       "The server's certificate chain is incomplete: the server did not send "
                       "the intermediate certificate (%1) that links its certificate to an "
                       "authority. The server must be set up to send it; meanwhile, pass the "
                       "intermediate with its authority in the file given to --cacert, or look "
                       "anyway with -k.")
                .arg(quoted(missing));
        switch (trust.kind) {
        case TrustSource::Kind::System:
            *untrusted = true;
            return untrustedSentence(missing, trust);
        case TrustSource::Kind::Environment: // both are possible: say both, each with its fix
            return TlsFailureText::tr(
                       "The server's certificate was issued by %1, which is not among the "
                       "authorities %2 names in this program's environment (%3; as in curl, they "
                       "replace this computer's), and the server did not send its certificate. If "
                       "%1 is an intermediate, the server's chain is incomplete: the server must "
                       "send the intermediate with its certificate; if it is your CA itself, add "
                       "it there or pass it with --cacert.")
                .arg(quoted(missing), trust.variables, environmentPaths(trust));
        case TrustSource::Kind::Options: // the same, for the authorities given
            break;
        }
        return TlsFailureText::tr(
                   "The server's certificate was issued by %1, which is not among the "
                   "authorities given with --cacert or --capath (they replace this computer's), "
                   "and the server did not send its certificate. If %1 is an intermediate, the "
                   "server's chain is incomplete: the server must send the intermediate with "
                   "its certificate (meanwhile, add it to the --cacert file beside its "
                   "authority); if it is your CA itself, pass it with --cacert.")
            .arg(quoted(missing));
    }
    case Problem::Expired:
        return isLeaf
            ? TlsFailureText::tr("The server's certificate expired on %1 (it was valid from %2). The "
                                 "server must renew it; if the date looks wrong, check this "
                                 "computer's clock.")
                  .arg(day(certificate.expiryDate()), day(certificate.effectiveDate()))
            : TlsFailureText::tr("A certificate in the server's chain (%1) expired on %2. The server "
                                 "must send a current one.")
                  .arg(quoted(nameOf(certificate)), day(certificate.expiryDate()));
    case Problem::NotYetValid:
        return TlsFailureText::tr("The server's certificate is not valid before %1 (and until %2). Check "
                                  "this computer's clock; if it is right, the server was given its "
                                  "certificate too early.")
            .arg(day(certificate.effectiveDate()), day(certificate.expiryDate()));
    case Problem::Revoked:
        return TlsFailureText::tr("The server's certificate was revoked by its authority: do not trust this "
                                  "server.");
    case Problem::Other:
        break;
    }
    return TlsFailureText::tr("The server's certificate was refused: %1.")
        .arg(escapeForDisplay(error.errorString()));
}

} // namespace

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    // QMultiMap hands out the values of one key last-inserted first: reversed, they read in the
    // certificate's order.
    for (const QSsl::AlternativeNameEntryType type : {QSsl::DnsEntry, QSsl::IpAddressEntry}) {
        QStringList ofType = alternatives.values(type);
        std::reverse(ofType.begin(), ofType.end());
        for (const QString &name : std::as_const(ofType)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString describeCertificateErrors(const QList<QSslError> &errors, const QString &host,
                                  const QList<QSslCertificate> &sentChain, const TrustSource &trust)
{
    // Trust first (who vouches for the certificate), then its dates, then its names.
    constexpr Problem Order[]
        = {Problem::Revoked, Problem::SelfSigned,  Problem::Untrusted, Problem::Incomplete,
           Problem::Expired, Problem::NotYetValid, Problem::HostName,  Problem::Other};
    QStringList sentences;
    QStringList untrustedSentences;
    for (const Problem problem : Order) {
        for (const QSslError &error : errors) {
            if (problemOf(error.error()) != problem)
                continue;
            bool untrusted = false;
            const QString sentence = sentenceFor(problem, error, host, sentChain, trust, &untrusted);
            if (!sentences.contains(sentence))
                sentences.append(sentence);
            if (untrusted)
                untrustedSentences.append(sentence);
            if (problem != Problem::Other)
                break; // one sentence per kind
        }
    }
    // A self-signed certificate is also "untrusted": the first sentence already says it.
    if (sentences.size() > 1 && std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
            return e.error() == QSslError::SelfSignedCertificate;
        })) {
        sentences.removeIf([&](const QString &s) { return untrustedSentences.contains(s); });
    }
    return sentences.join(u' ');
}

QString describeHandshakeFailure(const QString &qtError, bool clientCertificateGiven,
                                 const QString &versionsOffered)
{
    const QString text = qtError.toLower();
    const auto has = [&](const char *what) { return text.contains(QLatin1StringView(what)); };
    if (has("certificate required") || has("peer did not return a certificate")) {
        return clientCertificateGiven
            ? TlsFailureText::tr(
                "The server asked for a client certificate and did not accept the one given.")
            : TlsFailureText::tr("The server asks for a client certificate and none was given: add one for "
                                 "this host (Edit → Preferences → Certificates in the window; --cert FILE, "
                                 "with --key FILE or --cert-type P12, on the command line).");
    }
    if (clientCertificateGiven
        && (has("bad certificate") || has("unknown ca") || has("certificate unknown") || has("access denied")
            || has("certificate expired") || has("certificate revoked") || has("unsupported certificate")
            || has("decrypt error"))) {
        return TlsFailureText::tr(
                   "The server refused the client certificate: it does not accept it (signed by "
                   "an authority it does not trust, expired, revoked, or not matching its key). "
                   "Qt said: %1.")
            .arg(escapeForDisplay(qtError));
    }
    if (has("protocol version") || has("unsupported protocol") || has("no protocols available")
        || has("wrong version number")) {
        if (!versionsOffered.isEmpty())
            return TlsFailureText::tr("The server and this request have no TLS version in common: it offered "
                                      "%1. Qt said: %2.")
                .arg(versionsOffered, escapeForDisplay(qtError));
        return TlsFailureText::tr(
                   "The server and Qt have no TLS version in common (Qt 6.4 with OpenSSL 3 speaks "
                   "TLS 1.2 and 1.3). Qt said: %1.")
            .arg(escapeForDisplay(qtError));
    }
    if (has("handshake failure")) {
        return clientCertificateGiven
            ? TlsFailureText::tr("The server ended the TLS handshake: it may have refused the client "
                                 "certificate, or it shares no cipher with Qt. Qt said: %1.")
                  .arg(escapeForDisplay(qtError))
            : TlsFailureText::tr("The server ended the TLS handshake: it may want a client certificate "
                                 "(Edit → Preferences → Certificates, or --cert FILE), or it shares no "
                                 "cipher with Qt. Qt said: %1.")
                  .arg(escapeForDisplay(qtError));
    }
    return {};
}

} // namespace StatusScope::Core
