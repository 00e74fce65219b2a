// SPDX-License-Identifier: MIT
#include "core/requests/tlsfiles.h"

#include "core/formats/curlshell.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Certificates, keys and PKCS#12 bundles are a few kilobytes; a bundle of every public authority
// is about 200 KB. Anything far larger is not what the option wants.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

// Qt's OpenSSL backend logs a warning of its own for a PKCS#12 file it cannot open; the sentence
// the caller writes says it better, so the backend is kept quiet while the file is read.
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

TlsFileProblem problemIn(const QString &path, TlsFileProblem::Kind kind,
                         TlsFileProblem::File file = TlsFileProblem::CertificateFile)
{
    return TlsFileProblem{kind, file, path, {}};
}

std::optional<ClientCertificateFiles> readPkcs12(const TlsSetting &setting, const QByteArray &data,
                                                 TlsFileProblem *problem)
{
    // PKCS#12 is DER: an ASN.1 sequence. Anything else is the wrong type.
    if (data.isEmpty() || data.at(0) != '\x30') {
        *problem = problemIn(setting.clientCertificate, TlsFileProblem::NotPkcs12);
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ClientCertificateFiles files;
    QSslCertificate certificate;
    QList<QSslCertificate> authorities;
    const QuietTlsBackend quiet;
    if (!QSslCertificate::importPkcs12(&buffer, &files.key, &certificate, &authorities,
                                       setting.passphrase.toUtf8())
        || certificate.isNull() || files.key.isNull()) {
        *problem = problemIn(setting.clientCertificate,
                             setting.passphrase.isEmpty() ? TlsFileProblem::Pkcs12Locked
                                                          : TlsFileProblem::Pkcs12WrongPassword);
        return std::nullopt;
    }
    files.chain = QList<QSslCertificate>{certificate} + authorities;
    return files;
}

// The bytes of a PEM block, or the data itself when it is DER.
QByteArray derOf(const QByteArray &data)
{
    if (!isPem(data))
        return data;
    QByteArray base64;
    for (const QByteArray &line : data.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("-----") && !trimmed.contains(':'))
            base64 += trimmed;
    }
    return QByteArray::fromBase64(base64);
}

// Ed25519 and Ed448 (RFC 8410), which QSslKey cannot read in Qt 6.4: named from the certificate's
// public key (so an encrypted key is named too) or from the algorithm of an unencrypted key.
QString unusableAlgorithm(const QSslCertificate &certificate, const QByteArray &keyData)
{
    // SubjectPublicKeyInfo as RFC 8410 §4 writes it: its algorithm, then the 32- or 57-byte key.
    static const QByteArray ed25519Key = QByteArray::fromHex("302a300506032b6570032100");
    static const QByteArray ed448Key = QByteArray::fromHex("3043300506032b6571033a00");
    // The AlgorithmIdentifier alone, as an unencrypted PKCS#8 key holds it.
    static const QByteArray ed25519 = QByteArray::fromHex("300506032b6570");
    static const QByteArray ed448 = QByteArray::fromHex("300506032b6571");
    const QByteArray der = certificate.toDer();
    const QByteArray key = keyData.contains("ENCRYPTED") ? QByteArray() : derOf(keyData);
    if (der.contains(ed25519Key) || key.contains(ed25519))
        return QStringLiteral("Ed25519");
    if (der.contains(ed448Key) || key.contains(ed448))
        return QStringLiteral("Ed448");
    return {};
}

std::optional<ClientCertificateFiles> readCertificateAndKey(const TlsSetting &setting, const QByteArray &data,
                                                            TlsFileProblem *problem)
{
    const bool der = setting.certificateType == TlsSetting::CertificateType::Der;
    ClientCertificateFiles files;
    files.chain = QSslCertificate::fromData(data, der ? QSsl::Der : QSsl::Pem);
    if (files.chain.isEmpty()) {
        *problem = problemIn(setting.clientCertificate, TlsFileProblem::NoCertificate);
        return std::nullopt;
    }

    QByteArray keyData;
    QString keyPath = setting.clientKey;
    TlsFileProblem::File keyFile = TlsFileProblem::KeyFile;
    if (setting.clientKey.isEmpty()) {
        if (der) {
            *problem = problemIn(setting.clientCertificate, TlsFileProblem::DerWithoutKey);
            return std::nullopt;
        }
        keyPath = setting.clientCertificate;
        keyFile = TlsFileProblem::CertificateFile;
        keyData = privateKeyBlock(data);
        if (keyData.isEmpty()) {
            *problem = problemIn(keyPath, TlsFileProblem::NoKeyInCertificate);
            return std::nullopt;
        }
    } else {
        const std::optional<QByteArray> read = readTlsFile(setting.clientKey, problem);
        if (!read) {
            problem->file = TlsFileProblem::KeyFile;
            return std::nullopt;
        }
        keyData = isPem(*read) ? privateKeyBlock(*read) : *read;
        if (keyData.isEmpty()) {
            *problem = problemIn(keyPath, TlsFileProblem::NoKeyInKeyFile, keyFile);
            return std::nullopt;
        }
    }
    files.key = readPrivateKey(keyData, isPem(keyData) ? QSsl::Pem : QSsl::Der, setting.passphrase.toUtf8());
    if (files.key.isNull()) {
        if (keyData.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
            *problem = problemIn(keyPath, TlsFileProblem::KeyIsOpenSsh, keyFile);
            return std::nullopt;
        }
        if (const QString algorithm = unusableAlgorithm(files.chain.first(), keyData); !algorithm.isEmpty()) {
            *problem = problemIn(keyPath, TlsFileProblem::KeyAlgorithmUnsupported, keyFile);
            problem->systemReason = algorithm;
            return std::nullopt;
        }
        const TlsFileProblem::Kind kind = !keyData.contains("ENCRYPTED") ? TlsFileProblem::KeyUnreadable
            : setting.passphrase.isEmpty()                               ? TlsFileProblem::KeyLocked
                                                                         : TlsFileProblem::KeyWrongPassword;
        *problem = problemIn(keyPath, kind, keyFile);
        return std::nullopt;
    }
    return files;
}

} // namespace

std::optional<QByteArray> readTlsFile(const QString &path, TlsFileProblem *problem)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *problem = problemIn(path, TlsFileProblem::NoSuchFile);
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *problem = problemIn(path, TlsFileProblem::TooLarge);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = problemIn(path, TlsFileProblem::Unreadable);
        problem->systemReason = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

QList<QSslCertificate> certificatesIn(const QByteArray &data)
{
    return QSslCertificate::fromData(data, isPem(data) ? QSsl::Pem : QSsl::Der);
}

std::optional<AuthorityFile> readAuthorityFile(const QString &path, TlsFileProblem *problem)
{
    struct Known
    {
        qint64 size;
        QDateTime modified;
        QDateTime changed;
        AuthorityFile file;
    };
    static QMutex mutex;
    static QHash<QString, Known> byPath; // what a file was when it was last read
    static QHash<QByteArray, QList<QSslCertificate>> byContent; // a rewritten file with known content
    constexpr qsizetype Capacity = 64; // files; starting over when full costs one more reading each
    const QFileInfo info(path);
    const qint64 size = info.size();
    const QDateTime modified = info.fileTime(QFileDevice::FileModificationTime);
    const QDateTime changed = info.fileTime(QFileDevice::FileMetadataChangeTime);
    {
        QMutexLocker lock(&mutex);
        const auto known = byPath.constFind(info.absoluteFilePath());
        if (known != byPath.cend() && info.exists() && known->size == size && known->modified == modified
            && known->changed == changed)
            return known->file;
    }
    std::optional<QByteArray> data = readTlsFile(path, problem);
    if (!data)
        return std::nullopt;
    AuthorityFile file;
    file.fingerprint = QCryptographicHash::hash(*data, QCryptographicHash::Sha256);
    {
        QMutexLocker lock(&mutex);
        file.certificates = byContent.value(file.fingerprint);
    }
    if (file.certificates.isEmpty())
        file.certificates = certificatesIn(*data);
    if (file.certificates.isEmpty()) {
        file.data = *data;
        return file;
    }
    QMutexLocker lock(&mutex);
    if (byPath.size() >= Capacity)
        byPath.clear();
    if (byContent.size() >= Capacity)
        byContent.clear();
    byPath.insert(info.absoluteFilePath(), Known{size, modified, changed, file});
    byContent.insert(file.fingerprint, file.certificates);
    return file;
}

TlsSetting::CertificateType certificateTypeOf(const QByteArray &data)
{
    if (isPem(data))
        return TlsSetting::CertificateType::Pem;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Der);
    return certificates.isEmpty() || certificates.first().isNull() ? TlsSetting::CertificateType::Pkcs12
                                                                   : TlsSetting::CertificateType::Der;
}

std::optional<ClientCertificateFiles> readClientCertificateFiles(const TlsSetting &setting,
                                                                 const QByteArray &certificateData,
                                                                 TlsFileProblem *problem)
{
    return setting.certificateType == TlsSetting::CertificateType::Pkcs12
        ? readPkcs12(setting, certificateData, problem)
        : readCertificateAndKey(setting, certificateData, problem);
}

bool isPkcs7(const QByteArray &data)
{
    if (data.contains("-----BEGIN PKCS7-----"))
        return true;
    // DER: a SEQUENCE whose first element is the OID 1.2.840.113549.1.7.2 (signedData).
    static const QByteArray signedData = QByteArray::fromHex("06092a864886f70d010702");
    return !data.isEmpty() && data.at(0) == char(0x30) && data.left(32).contains(signedData);
}

bool looksLikePkcs12(const QByteArray &data)
{
    // SEQUENCE (short or long length), then INTEGER 3: the PFX version.
    if (data.size() < 8 || data.at(0) != char(0x30))
        return false;
    const qsizetype lengthBytes = (uchar(data.at(1)) & 0x80) ? (uchar(data.at(1)) & 0x7f) : 0;
    return data.mid(2 + lengthBytes, 3) == QByteArray::fromHex("020103");
}

QString pkcs12AuthoritiesCommand(const QString &path)
{
    return u"openssl pkcs12 -in %1 -cacerts -nokeys -out %2"_s.arg(
        shellQuote(path.toUtf8()), shellQuote((QFileInfo(path).completeBaseName() + u"-ca.pem"_s).toUtf8()));
}

QString pkcs7ConversionCommand(const QString &path, const QByteArray &data)
{
    const QString pem = QFileInfo(path).completeBaseName() + u".pem"_s;
    return u"openssl pkcs7 %1-print_certs -in %2 -out %3"_s.arg(
        isPem(data) ? QString() : u"-inform DER "_s, shellQuote(path.toUtf8()), shellQuote(pem.toUtf8()));
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
