// SPDX-License-Identifier: MIT
#include "core/requests/tlssetup.h"

#include "core/requests/hop.h"
#include "core/requests/secretneeds.h"
#include "core/requests/tlsenvironment.h"
#include "core/requests/tlsfiles.h"
#include "core/settings/networkpreferences.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct TlsText
{
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)
};

// The command line's words for a file that `option` named.
QString fileSentence(const TlsFileProblem &problem, const QString &option)
{
    switch (problem.kind) {
    case TlsFileProblem::NoSuchFile:
        return TlsText::tr("%1 “%2”: there is no such file.").arg(option, problem.path);
    case TlsFileProblem::TooLarge:
        return TlsText::tr("%1 “%2”: the file is too large to be a certificate or a key.")
            .arg(option, problem.path);
    default:
        return TlsText::tr("%1 “%2”: the file cannot be read (%3).")
            .arg(option, problem.path, problem.systemReason);
    }
}

// readTlsFile() with the command line's sentence for what it refuses.
std::optional<QByteArray> readFile(const QString &path, const QString &option, QString *error)
{
    TlsFileProblem problem;
    std::optional<QByteArray> data = readTlsFile(path, &problem);
    if (!data)
        *error = fileSentence(problem, option);
    return data;
}

// Adds the authorities in one file (`option` names where it was given, for the sentence).
bool addAuthorityFile(const QString &path, const QString &option, TlsSetup::Authorities *authorities,
                      QString *error)
{
    TlsFileProblem problem;
    const std::optional<AuthorityFile> file = readAuthorityFile(path, &problem);
    if (!file) {
        *error = fileSentence(problem, option);
        return false;
    }
    if (file->certificates.isEmpty() && isPkcs7(file->data)) {
        *error = TlsText::tr("%1 “%2”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make "
                             "a PEM file of it with “%3” and give that.")
                     .arg(option, path, pkcs7ConversionCommand(path, file->data));
        return false;
    }
    if (file->certificates.isEmpty() && looksLikePkcs12(file->data)) {
        *error = TlsText::tr(
                     "%1 “%2”: the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not "
                     "authorities to trust; take its authorities out with “%3” and give that.")
                     .arg(option, path, pkcs12AuthoritiesCommand(path));
        return false;
    }
    if (file->certificates.isEmpty()) {
        *error = TlsText::tr("%1 “%2”: the file holds no certificate (PEM or DER).").arg(option, path);
        return false;
    }
    authorities->certificates += file->certificates;
    authorities->fingerprints.append(file->fingerprint);
    return true;
}

// Adds the authorities in every file of a folder that holds certificates (a c_rehash folder also has
// links to them; duplicates do no harm); other files (revocation lists, notes) are passed over.
bool addAuthorityFolder(const QString &path, const QString &option, TlsSetup::Authorities *authorities,
                        QString *error)
{
    if (!QFileInfo(path).isDir()) {
        *error = TlsText::tr("%1 “%2”: there is no such folder.").arg(option, path);
        return false;
    }
    qsizetype count = 0;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name)) {
        TlsFileProblem ignored;
        const std::optional<AuthorityFile> file = readAuthorityFile(entry.filePath(), &ignored);
        if (!file || file->certificates.isEmpty())
            continue;
        count += file->certificates.size();
        authorities->certificates += file->certificates;
        authorities->fingerprints.append(file->fingerprint);
    }
    if (count == 0) {
        *error
            = TlsText::tr("%1 “%2”: the folder holds no certificate (PEM or DER files).").arg(option, path);
        return false;
    }
    return true;
}

bool readAuthorities(const TlsSetting &setting, TlsSetup::Authorities *authorities, QString *error)
{
    for (const QString &path : setting.caFiles) {
        if (!addAuthorityFile(path, u"--cacert"_s, authorities, error))
            return false;
    }
    return setting.caPath.isEmpty() || addAuthorityFolder(setting.caPath, u"--capath"_s, authorities, error);
}

// (preferences) The authorities from Edit → Preferences → Certificates join those in force: the
// system's, or --cacert's when it replaced them.
bool readExtraAuthorities(const TlsSetting &setting, TlsSetup::Authorities *authorities, QString *error)
{
    const QString where = TlsText::tr("Preferences → Certificates");
    return std::all_of(setting.extraCaFiles.cbegin(), setting.extraCaFiles.cend(), [&](const QString &path) {
        return addAuthorityFile(path, where, authorities, error);
    });
}

// The system's authorities, for a list that joins them: Qt reads the system's folder anew on every
// call (tens of milliseconds on Debian), and once a process is enough, so that a window's chains
// and an audit's sources do not each pay for it.
const QList<QSslCertificate> &systemAuthorities()
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system;
}

QString certificateOption(const TlsSetting &setting)
{
    return u"--cert “"_s + setting.clientCertificate + u"”"_s;
}

// The command line's words for a client certificate or key that cannot be used: which option
// names the file, and what to give instead.
QString clientSentence(const TlsFileProblem &problem, const TlsSetting &setting)
{
    const QString certificate = certificateOption(setting);
    switch (problem.kind) {
    case TlsFileProblem::NoSuchFile:
    case TlsFileProblem::TooLarge:
    case TlsFileProblem::Unreadable:
        return fileSentence(problem, problem.file == TlsFileProblem::KeyFile ? u"--key"_s : u"--cert"_s);
    case TlsFileProblem::NotPkcs12:
        return TlsText::tr("%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER "
                           "files, give --cert-type PEM or DER.")
            .arg(certificate);
    case TlsFileProblem::Pkcs12Locked:
        return TlsText::tr("%1: the PKCS#12 file could not be opened without a password; give it with "
                           "--pass PASSWORD or --cert FILE:PASSWORD.")
            .arg(certificate);
    case TlsFileProblem::Pkcs12WrongPassword:
        return TlsText::tr("%1: the password does not open this PKCS#12 file (or the file uses an old "
                           "cipher OpenSSL 3 no longer reads). Nothing was sent.")
            .arg(certificate);
    case TlsFileProblem::NoCertificate:
        return setting.certificateType == TlsSetting::CertificateType::Der
            ? TlsText::tr("%1: the file holds no DER certificate.").arg(certificate)
            : TlsText::tr("%1: the file holds no PEM certificate (for DER give --cert-type DER, "
                          "for a .p12 file --cert-type P12).")
                  .arg(certificate);
    case TlsFileProblem::DerWithoutKey:
        return TlsText::tr("%1: a DER certificate holds no key; give the key with --key FILE.")
            .arg(certificate);
    case TlsFileProblem::NoKeyInCertificate:
        return TlsText::tr("%1: the file holds no private key; give it with --key FILE.").arg(certificate);
    case TlsFileProblem::NoKeyInKeyFile:
        return TlsText::tr("--key “%1”: the file holds no private key.").arg(problem.path);
    case TlsFileProblem::KeyLocked:
        return TlsText::tr("The key in “%1” is protected by a passphrase; give it with --pass "
                           "PHRASE. Nothing was sent.")
            .arg(problem.path);
    case TlsFileProblem::KeyWrongPassword:
        return TlsText::tr("The passphrase does not open the key in “%1”. Nothing was sent.")
            .arg(problem.path);
    case TlsFileProblem::KeyAlgorithmUnsupported:
        return TlsText::tr("The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; "
                           "an RSA or EC (P-256, P-384) client certificate works. Nothing was sent.")
            .arg(problem.path, problem.systemReason);
    case TlsFileProblem::KeyIsOpenSsh:
        return TlsText::tr(
                   "The key in “%1” is an OpenSSH key (as in ~/.ssh), not a TLS private key: give the "
                   "key the certificate was issued for (PEM, “BEGIN PRIVATE KEY”). Nothing was sent.")
            .arg(problem.path);
    case TlsFileProblem::KeyUnreadable:
        break;
    }
    return TlsText::tr("The key in “%1” cannot be read: it is not an RSA, EC or DSA private key "
                       "in PEM or DER.")
        .arg(problem.path);
}

} // namespace

std::optional<QString> tlsVersionProblem(const TlsSetting &setting)
{
    if (setting.leastVersion == TlsSetting::Version::Tls1_3
        && setting.mostVersion == TlsSetting::Version::Tls1_2)
        return TlsText::tr("--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer: give one of them.");
    return std::nullopt;
}

QString tlsVersionsOffered(const TlsSetting &setting)
{
    if (setting.leastVersion == TlsSetting::Version::Tls1_3)
        return TlsText::tr("TLS 1.3 only, as --tlsv1.3 asked");
    if (setting.mostVersion == TlsSetting::Version::Tls1_2)
        return TlsText::tr("TLS 1.2 only, as --tls-max 1.2 asked");
    return {};
}

std::optional<TlsSetup> TlsSetup::load(const TlsSetting &setting, QString *error)
{
    if (const std::optional<QString> problem = tlsVersionProblem(setting)) {
        *error = *problem;
        return std::nullopt;
    }
    TlsSetup setup;
    // Qt 6.4 offers TLS 1.2 and 1.3 by itself: --tlsv1.2 changes nothing, --tlsv1.3 leaves 1.3
    // alone, --tls-max 1.2 leaves 1.2 alone.
    if (setting.leastVersion == TlsSetting::Version::Tls1_3)
        setup.m_protocol = QSsl::TlsV1_3OrLater;
    else if (setting.mostVersion == TlsSetting::Version::Tls1_2)
        setup.m_protocol = QSsl::TlsV1_2;
    setup.m_replacesAuthorities = !setting.caFiles.isEmpty() || !setting.caPath.isEmpty();
    Authorities given;
    if (!readAuthorities(setting, &given, error))
        return std::nullopt;
    setup.m_authorities = given.certificates;
    setup.m_fingerprints = given.fingerprints;
    if (!setup.m_replacesAuthorities) { // (ca-env) read when an https hop needs them
        setup.m_environment = environmentAuthorities();
        if (setup.m_environment) {
            setup.m_replacesAuthorities = !setup.m_environment->withSystem;
            setup.m_addsAuthorities = setup.m_environment->withSystem;
        }
    }
    if (!setting.extraCaFiles.isEmpty()) { // (preferences)
        setup.m_addsAuthorities = setup.m_addsAuthorities || !setup.m_replacesAuthorities;
        Authorities extra;
        if (!readExtraAuthorities(setting, &extra, error))
            return std::nullopt;
        setup.m_extraAuthorities = extra.certificates;
        setup.m_fingerprints += extra.fingerprints;
    }
    if (!setup.m_environment)
        setup.settleAuthorities({});
    if (setting.clientCertificate.isEmpty()) {
        if (!setting.clientKey.isEmpty()) {
            *error = TlsText::tr("--key “%1” was given without --cert: give the certificate it belongs to.")
                         .arg(setting.clientKey);
            return std::nullopt;
        }
        return setup;
    }
    const std::optional<QByteArray> data = readFile(setting.clientCertificate, u"--cert"_s, error);
    if (!data)
        return std::nullopt;
    TlsFileProblem problem;
    std::optional<ClientCertificateFiles> client = readClientCertificateFiles(setting, *data, &problem);
    if (!client) {
        *error = clientSentence(problem, setting);
        return std::nullopt;
    }
    setup.m_clientChain = client->chain;
    setup.m_clientKey = std::move(client->key);
    return setup;
}

void TlsSetup::setHostCertificates(const QList<ClientCertificateRule> &rules)
{
    m_hostCertificates.clear();
    for (const ClientCertificateRule &rule : rules)
        m_hostCertificates.append(HostCertificate{rule, false, {}, std::nullopt});
}

std::optional<QString> TlsSetup::readEnvironment(const QUrl &url)
{
    Authorities found;
    for (const EnvironmentAuthorities::Source &source : std::as_const(m_environment->sources)) {
        QString problem;
        const bool read = source.folder ? addAuthorityFolder(source.path, source.variable, &found, &problem)
                                        : addAuthorityFile(source.path, source.variable, &found, &problem);
        if (!read)
            return TlsText::tr("%1 Nothing was sent to %2: the variable is set in this program's "
                               "environment and, as in curl, names the authorities https requests "
                               "trust; correct or unset it, or give the authorities with --cacert.")
                .arg(problem, url.host());
    }
    settleAuthorities(found.certificates);
    return std::nullopt;
}

void TlsSetup::settleAuthorities(const QList<QSslCertificate> &fromEnvironment)
{
    if (m_environment && m_environment->withSystem)
        m_authorities = systemAuthorities() + fromEnvironment;
    else if (m_environment)
        m_authorities = fromEnvironment;
    else if (!m_replacesAuthorities && m_addsAuthorities)
        m_authorities = systemAuthorities();
    m_authorities += m_extraAuthorities;
    m_authoritiesSettled = true;
}

TrustSource TlsSetup::trustSource() const
{
    if (!m_replacesAuthorities)
        return {};
    if (!m_environment)
        return {TrustSource::Kind::Options, {}, {}};
    QStringList paths;
    for (const EnvironmentAuthorities::Source &source : std::as_const(m_environment->sources))
        paths.append(source.path);
    return {TrustSource::Kind::Environment, m_environment->variables(), paths};
}

std::optional<QString> TlsSetup::chooseFor(const QUrl &url, bool errorsAccepted)
{
    if (!m_authoritiesSettled) {
        if (std::optional<QString> problem = readEnvironment(url); problem && !errorsAccepted)
            return problem;
    }
    // The request's own certificate goes everywhere, like curl's --cert along a -L chain: the
    // person typed it for this request. A preferred one only goes where its pattern points.
    if (!m_clientChain.isEmpty() || m_hostCertificates.isEmpty()) {
        m_chosen = OwnCertificate;
        return std::nullopt;
    }
    QList<ClientCertificateRule> rules;
    for (const HostCertificate &host : std::as_const(m_hostCertificates))
        rules.append(host.rule);
    const qsizetype index = clientCertificateRuleFor(rules, url);
    m_chosen = index < 0 ? NoCertificate : index;
    if (index >= 0) {
        HostCertificate &host = m_hostCertificates[index];
        if (!host.read) {
            QString problem;
            std::optional<TlsSetup> loaded = load(host.rule.certificate, &problem);
            if (!loaded || loaded->m_clientChain.isEmpty()) {
                m_chosen = NoCertificate;
                // The window asks for the password of the certificate the typed URL's host uses;
                // one a redirect leads to was not asked for (a chain cannot stop to ask).
                if (needsPassphrase(host.rule.certificate))
                    return TlsText::tr("Nothing was sent to %1: the client certificate Preferences → "
                                       "Certificates give for “%2” is locked by a password that was "
                                       "not given. Send a request to %1 itself to be asked for it.")
                        .arg(url.host(), host.rule.hostPattern);
                return TlsText::tr("Nothing was sent to %1: the client certificate Preferences → "
                                   "Certificates give for “%2” cannot be used: %3")
                    .arg(url.host(), host.rule.hostPattern, problem);
            }
            host.chain = loaded->m_clientChain;
            host.key = loaded->m_clientKey;
            host.read = true;
        }
    }
    return std::nullopt;
}

const QList<QSslCertificate> &TlsSetup::chosenChain() const
{
    static const QList<QSslCertificate> none;
    if (m_chosen == OwnCertificate)
        return m_clientChain;
    if (m_chosen == NoCertificate)
        return none;
    return m_hostCertificates.at(m_chosen).chain;
}

QString TlsSetup::clientCertificatePattern() const
{
    return m_chosen >= 0 ? m_hostCertificates.at(m_chosen).rule.hostPattern : QString();
}

void TlsSetup::apply(QNetworkRequest &request) const
{
    const QList<QSslCertificate> &chain = chosenChain();
    if (!m_replacesAuthorities && !m_addsAuthorities && chain.isEmpty() && !m_protocol)
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    if (m_protocol)
        configuration.setProtocol(*m_protocol);
    // setCaCertificates() also stops OpenSSL from loading the system's authorities on demand:
    // the list replaces them, as --cacert does in curl.
    if ((m_replacesAuthorities || m_addsAuthorities) && m_authoritiesSettled)
        configuration.setCaCertificates(m_authorities);
    if (!chain.isEmpty()) {
        const std::optional<QSslKey> &key = m_chosen >= 0 ? m_hostCertificates.at(m_chosen).key : m_clientKey;
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key.value_or(QSslKey()));
    }
    request.setSslConfiguration(configuration);
}

bool TlsSetup::anchorsPartialChain(const QList<QSslError> &errors) const
{
    // OpenSSL says "unable to get issuer certificate" (Qt's UnableToGetIssuerCertificate) only for
    // a certificate it took from the trusted store; one the server sent with an unknown issuer is
    // "unable to get local issuer certificate", and a lookalike of a given authority (its name, not
    // its key) never joins the chain. Qt names the certificate when the server sent it too, and
    // none when only the store holds it (a server that sends its certificate alone).
    const bool givenIntermediate = std::any_of(m_authorities.cbegin(), m_authorities.cend(),
                                               [](const QSslCertificate &c) { return !c.isSelfSigned(); });
    if (errors.isEmpty() || !givenIntermediate)
        return false; // no authority given here, or roots only: no issuer of theirs can be missing
    return std::all_of(errors.cbegin(), errors.cend(), [this](const QSslError &error) {
        return error.error() == QSslError::UnableToGetIssuerCertificate
            && (error.certificate().isNull() || m_authorities.contains(error.certificate()));
    });
}

QByteArray TlsSetup::connectionKey() const
{
    if (!m_replacesAuthorities && !m_addsAuthorities && m_clientChain.isEmpty()
        && m_hostCertificates.isEmpty() && !m_protocol)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A connection made with TLS 1.3 must not serve a request that asked for 1.2 only.
    hash.addData(m_protocol ? QByteArray::number(int(*m_protocol)) : QByteArray("any version"));
    hash.addData(m_replacesAuthorities ? "own authorities" : "system authorities");
    hash.addData(m_addsAuthorities ? "with extra authorities" : "");
    if (m_environment) { // (ca-env) read or not yet: the files and folders, as they are now, stand for them
        for (const EnvironmentAuthorities::Source &source : std::as_const(m_environment->sources)) {
            hash.addData(source.path.toUtf8());
            hash.addData(QByteArray::number(QFileInfo(source.path).lastModified().toMSecsSinceEpoch()));
        }
    }
    for (const QByteArray &fingerprint : m_fingerprints)
        hash.addData(fingerprint);
    for (const QSslCertificate &certificate : m_clientChain)
        hash.addData(certificate.digest(QCryptographicHash::Sha256));
    // (cert15) The preferred certificates are read only when a hop needs one: their patterns and
    // files (with the time each was last written) stand for them.
    for (const HostCertificate &host : m_hostCertificates) {
        const TlsSetting &file = host.rule.certificate;
        hash.addData(host.rule.hostPattern.toUtf8());
        for (const QString &path : {file.clientCertificate, file.clientKey}) {
            hash.addData(path.toUtf8());
            hash.addData(QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()));
        }
        hash.addData(QByteArray::number(int(file.certificateType)));
    }
    return hash.result().toHex();
}

void noteClientCertificate(HopRoute &route, const TlsSetup &tls)
{
    const QSslCertificate certificate = tls.clientCertificate();
    route.clientCertificate = certificate.isNull() ? QString() : certificate.subjectDisplayName();
    route.clientCertificateSha256 = certificate.isNull()
        ? QString()
        : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
    route.clientCertificatePattern = tls.clientCertificatePattern();
}

} // namespace StatusScope::Core
