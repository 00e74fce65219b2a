// SPDX-License-Identifier: MIT
#include "core/requests/tlssetup.h"

#include "core/requests/hop.h"
#include "core/requests/secretneeds.h"
#include "core/settings/networkpreferences.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct TlsText
{
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)
};

// Certificates, keys and PKCS#12 bundles are a few kilobytes; a bundle of every public authority
// is about 200 KB. Anything far larger is not what the option wants.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path, const QString &option, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = TlsText::tr("%1 “%2”: there is no such file.").arg(option, path);
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error
            = TlsText::tr("%1 “%2”: the file is too large to be a certificate or a key.").arg(option, path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TlsText::tr("%1 “%2”: the file cannot be read (%3).").arg(option, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// PEM (one or many blocks) or DER (one certificate), told apart by the text markers.
QList<QSslCertificate> certificatesIn(const QByteArray &data)
{
    return QSslCertificate::fromData(data, isPem(data) ? QSsl::Pem : QSsl::Der);
}

bool readAuthorities(const TlsSetting &setting, QList<QSslCertificate> *authorities, QString *error)
{
    for (const QString &path : setting.caFiles) {
        const std::optional<QByteArray> data = readFile(path, u"--cacert"_s, error);
        if (!data)
            return false;
        const QList<QSslCertificate> found = certificatesIn(*data);
        if (found.isEmpty()) {
            *error = TlsText::tr("--cacert “%1”: the file holds no certificate (PEM or DER).").arg(path);
            return false;
        }
        *authorities += found;
    }
    if (!setting.caPath.isEmpty()) {
        const QDir folder(setting.caPath);
        if (!QFileInfo(setting.caPath).isDir()) {
            *error = TlsText::tr("--capath “%1”: there is no such folder.").arg(setting.caPath);
            return false;
        }
        // Every file that holds certificates counts (a c_rehash folder also has links to them;
        // duplicates do no harm); other files (revocation lists, notes) are passed over.
        qsizetype count = 0;
        for (const QFileInfo &entry : folder.entryInfoList(QDir::Files | QDir::Readable, QDir::Name)) {
            QString ignored;
            const std::optional<QByteArray> data = readFile(entry.filePath(), u"--capath"_s, &ignored);
            if (!data)
                continue;
            const QList<QSslCertificate> found = certificatesIn(*data);
            count += found.size();
            *authorities += found;
        }
        if (count == 0) {
            *error = TlsText::tr("--capath “%1”: the folder holds no certificate (PEM or DER files).")
                         .arg(setting.caPath);
            return false;
        }
    }
    return true;
}

// Qt's OpenSSL backend logs a warning of its own for a PKCS#12 file it cannot open; the sentence
// this file writes says it better, so the backend is kept quiet while the file is read.
class QuietTlsBackend
{
public:
    QuietTlsBackend() { s_previous = QLoggingCategory::installFilter(&filter); }
    ~QuietTlsBackend() { QLoggingCategory::installFilter(s_previous); }
    Q_DISABLE_COPY_MOVE(QuietTlsBackend)

private:
    static void filter(QLoggingCategory *category)
    {
        if (s_previous)
            s_previous(category);
        if (qstrcmp(category->categoryName(), "qt.tlsbackend.ossl") == 0)
            category->setEnabled(QtWarningMsg, false);
    }
    static inline QLoggingCategory::CategoryFilter s_previous = nullptr;
};

// (preferences) The authorities from Edit → Preferences → Certificates join those in force: the
// system's, or --cacert's when it replaced them.
bool readExtraAuthorities(const TlsSetting &setting, QList<QSslCertificate> *authorities, QString *error)
{
    for (const QString &path : setting.extraCaFiles) {
        const QString where = TlsText::tr("Preferences → Certificates");
        const std::optional<QByteArray> data = readFile(path, where, error);
        if (!data)
            return false;
        const QList<QSslCertificate> found = certificatesIn(*data);
        if (found.isEmpty()) {
            *error = TlsText::tr("%1 “%2”: the file holds no certificate (PEM or DER).").arg(where, path);
            return false;
        }
        *authorities += found;
    }
    return true;
}

QString certificateOption(const TlsSetting &setting)
{
    return u"--cert “"_s + setting.clientCertificate + u"”"_s;
}

bool readPkcs12(const TlsSetting &setting, QList<QSslCertificate> *chain, QSslKey *key, QString *error)
{
    const std::optional<QByteArray> data = readFile(setting.clientCertificate, u"--cert"_s, error);
    if (!data)
        return false;
    // PKCS#12 is DER: an ASN.1 sequence. Anything else is the wrong --cert-type.
    if (data->isEmpty() || data->at(0) != '\x30') {
        *error = TlsText::tr("%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER "
                             "files, give --cert-type PEM or DER.")
                     .arg(certificateOption(setting));
        return false;
    }
    QBuffer buffer;
    buffer.setData(*data);
    buffer.open(QIODevice::ReadOnly);
    QSslCertificate certificate;
    QList<QSslCertificate> authorities;
    const QuietTlsBackend quiet;
    if (!QSslCertificate::importPkcs12(&buffer, key, &certificate, &authorities, setting.passphrase.toUtf8())
        || certificate.isNull() || key->isNull()) {
        *error = setting.passphrase.isEmpty()
            ? TlsText::tr("%1: the PKCS#12 file could not be opened without a password; give it with "
                          "--pass PASSWORD or --cert FILE:PASSWORD.")
                  .arg(certificateOption(setting))
            : TlsText::tr("%1: the password does not open this PKCS#12 file (or the file uses an old "
                          "cipher OpenSSL 3 no longer reads). Nothing was sent.")
                  .arg(certificateOption(setting));
        return false;
    }
    *chain = QList<QSslCertificate>{certificate} + authorities;
    return true;
}

bool readCertificateAndKey(const TlsSetting &setting, QList<QSslCertificate> *chain, QSslKey *key,
                           QString *error)
{
    const bool der = setting.certificateType == TlsSetting::CertificateType::Der;
    const std::optional<QByteArray> data = readFile(setting.clientCertificate, u"--cert"_s, error);
    if (!data)
        return false;
    *chain = QSslCertificate::fromData(*data, der ? QSsl::Der : QSsl::Pem);
    if (chain->isEmpty()) {
        *error = der ? TlsText::tr("%1: the file holds no DER certificate.").arg(certificateOption(setting))
                     : TlsText::tr("%1: the file holds no PEM certificate (for DER give --cert-type DER, "
                                   "for a .p12 file --cert-type P12).")
                           .arg(certificateOption(setting));
        return false;
    }

    QByteArray keyData;
    QString keyName = setting.clientKey;
    if (setting.clientKey.isEmpty()) {
        if (der) {
            *error = TlsText::tr("%1: a DER certificate holds no key; give the key with --key FILE.")
                         .arg(certificateOption(setting));
            return false;
        }
        keyName = setting.clientCertificate;
        keyData = privateKeyBlock(*data);
        if (keyData.isEmpty()) {
            *error = TlsText::tr("%1: the file holds no private key; give it with --key FILE.")
                         .arg(certificateOption(setting));
            return false;
        }
    } else {
        const std::optional<QByteArray> read = readFile(setting.clientKey, u"--key"_s, error);
        if (!read)
            return false;
        keyData = isPem(*read) ? privateKeyBlock(*read) : *read;
        if (keyData.isEmpty()) {
            *error = TlsText::tr("--key “%1”: the file holds no private key.").arg(setting.clientKey);
            return false;
        }
    }
    const bool keyIsPem = isPem(keyData);
    *key = readPrivateKey(keyData, keyIsPem ? QSsl::Pem : QSsl::Der, setting.passphrase.toUtf8());
    if (key->isNull()) {
        const bool encrypted = keyData.contains("ENCRYPTED");
        if (encrypted && setting.passphrase.isEmpty())
            *error = TlsText::tr("The key in “%1” is protected by a passphrase; give it with --pass "
                                 "PHRASE. Nothing was sent.")
                         .arg(keyName);
        else if (encrypted)
            *error
                = TlsText::tr("The passphrase does not open the key in “%1”. Nothing was sent.").arg(keyName);
        else
            *error = TlsText::tr("The key in “%1” cannot be read: it is not an RSA, EC or DSA private key "
                                 "in PEM or DER.")
                         .arg(keyName);
        return false;
    }
    return true;
}

} // namespace

std::optional<TlsSetup> TlsSetup::load(const TlsSetting &setting, QString *error)
{
    TlsSetup setup;
    setup.m_replacesAuthorities = !setting.caFiles.isEmpty() || !setting.caPath.isEmpty();
    if (!readAuthorities(setting, &setup.m_authorities, error))
        return std::nullopt;
    if (!setting.extraCaFiles.isEmpty()) { // (preferences)
        if (!setup.m_replacesAuthorities)
            setup.m_authorities = QSslConfiguration::systemCaCertificates();
        setup.m_addsAuthorities = true;
        if (!readExtraAuthorities(setting, &setup.m_authorities, error))
            return std::nullopt;
    }
    if (setting.clientCertificate.isEmpty()) {
        if (!setting.clientKey.isEmpty()) {
            *error = TlsText::tr("--key “%1” was given without --cert: give the certificate it belongs to.")
                         .arg(setting.clientKey);
            return std::nullopt;
        }
        return setup;
    }
    QSslKey key;
    const bool read = setting.certificateType == TlsSetting::CertificateType::Pkcs12
        ? readPkcs12(setting, &setup.m_clientChain, &key, error)
        : readCertificateAndKey(setting, &setup.m_clientChain, &key, error);
    if (!read)
        return std::nullopt;
    setup.m_clientKey = std::move(key);
    return setup;
}

void TlsSetup::setHostCertificates(const QList<ClientCertificateRule> &rules)
{
    m_hostCertificates.clear();
    for (const ClientCertificateRule &rule : rules)
        m_hostCertificates.append(HostCertificate{rule, false, {}, std::nullopt});
}

std::optional<QString> TlsSetup::chooseFor(const QUrl &url)
{
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
    if (!m_replacesAuthorities && !m_addsAuthorities && chain.isEmpty())
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    // setCaCertificates() also stops OpenSSL from loading the system's authorities on demand:
    // the list replaces them, as --cacert does in curl.
    if (m_replacesAuthorities || m_addsAuthorities)
        configuration.setCaCertificates(m_authorities);
    if (!chain.isEmpty()) {
        const std::optional<QSslKey> &key = m_chosen >= 0 ? m_hostCertificates.at(m_chosen).key : m_clientKey;
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key.value_or(QSslKey()));
    }
    request.setSslConfiguration(configuration);
}

QByteArray TlsSetup::connectionKey() const
{
    if (!m_replacesAuthorities && !m_addsAuthorities && m_clientChain.isEmpty()
        && m_hostCertificates.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_replacesAuthorities ? "own authorities" : "system authorities");
    hash.addData(m_addsAuthorities ? "with extra authorities" : "");
    for (const QSslCertificate &certificate : m_authorities)
        hash.addData(certificate.digest(QCryptographicHash::Sha256));
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

bool isPem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

QByteArray privateKeyBlock(const QByteArray &pem)
{
    const qsizetype begin = pem.indexOf("-----BEGIN ");
    for (qsizetype at = begin; at >= 0; at = pem.indexOf("-----BEGIN ", at + 1)) {
        const qsizetype lineEnd = pem.indexOf('\n', at);
        const QByteArray line = pem.mid(at, lineEnd < 0 ? -1 : lineEnd - at);
        if (!line.contains("PRIVATE KEY"))
            continue;
        const QByteArray label = line.mid(11, line.indexOf("-----", 11) - 11);
        const QByteArray endMarker = "-----END " + label + "-----";
        const qsizetype end = pem.indexOf(endMarker, at);
        if (end < 0)
            return {};
        return pem.mid(at, end + endMarker.size() - at) + '\n';
    }
    return {};
}

QSslKey readPrivateKey(const QByteArray &data, QSsl::EncodingFormat format, const QByteArray &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(data, algorithm, format, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace StatusScope::Core
