// SPDX-License-Identifier: MIT
#include "gui/preferences/certificatefiles.h"

#include "core/requests/tlssetup.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSslKey>

namespace StatusScope::Gui {

namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(StatusScope::Gui::CertificateFiles)
};

// Certificates and keys are a few kilobytes; a bundle of every public authority about 200 KB.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        *problem = FileText::tr("“%1” is not a file that exists.").arg(path);
        return std::nullopt;
    }
    if (info.size() > MaxFileBytes) {
        *problem = FileText::tr("“%1” is too large to be a certificate or a key.").arg(name);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = FileText::tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QSslCertificate> readPkcs12(const QByteArray &data, Core::TlsSetting &setting, QString *problem)
{
    setting.certificateType = Core::TlsSetting::CertificateType::Pkcs12;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, setting.passphrase.toUtf8())
        && !certificate.isNull() && !key.isNull())
        return certificate;
    const QString name = QFileInfo(setting.clientCertificate).fileName();
    *problem = setting.passphrase.isEmpty()
        ? FileText::tr("“%1” is a PKCS#12 file that needs its password: type it under Password.").arg(name)
        : FileText::tr("The password does not open the PKCS#12 file “%1” (or it is not a certificate file).")
              .arg(name);
    return std::nullopt;
}

} // namespace

std::optional<QList<QSslCertificate>> readAuthorityFile(const QString &path, QString *problem)
{
    const std::optional<QByteArray> data = readFile(path, problem);
    if (!data)
        return std::nullopt;
    const QList<QSslCertificate> found
        = QSslCertificate::fromData(*data, Core::isPem(*data) ? QSsl::Pem : QSsl::Der);
    if (found.isEmpty() || found.first().isNull()) {
        *problem = FileText::tr("“%1” holds no certificate: choose a PEM or DER file with the authority’s "
                                "certificate (often .pem, .crt or .cer).")
                       .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return found;
}

std::optional<QSslCertificate> readClientCertificate(Core::TlsSetting &setting, QString *problem)
{
    const std::optional<QByteArray> data = readFile(setting.clientCertificate, problem);
    if (!data)
        return std::nullopt;
    const QString name = QFileInfo(setting.clientCertificate).fileName();
    QList<QSslCertificate> certificates;
    QByteArray keyData;
    QSsl::EncodingFormat keyFormat = QSsl::Pem;
    if (Core::isPem(*data)) {
        setting.certificateType = Core::TlsSetting::CertificateType::Pem;
        certificates = QSslCertificate::fromData(*data, QSsl::Pem);
        keyData = Core::privateKeyBlock(*data);
    } else {
        certificates = QSslCertificate::fromData(*data, QSsl::Der);
        if (certificates.isEmpty() || certificates.first().isNull())
            return readPkcs12(*data, setting, problem); // binary and not a certificate: PKCS#12
        setting.certificateType = Core::TlsSetting::CertificateType::Der;
    }
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *problem = FileText::tr("“%1” holds no certificate.").arg(name);
        return std::nullopt;
    }
    if (!setting.clientKey.isEmpty()) {
        const std::optional<QByteArray> key = readFile(setting.clientKey, problem);
        if (!key)
            return std::nullopt;
        keyData = Core::isPem(*key) ? Core::privateKeyBlock(*key) : *key;
        keyFormat = Core::isPem(*key) ? QSsl::Pem : QSsl::Der;
    }
    if (keyData.isEmpty()) {
        *problem = setting.clientKey.isEmpty()
            ? FileText::tr("“%1” holds no private key: choose the key file as well.").arg(name)
            : FileText::tr("“%1” holds no private key.").arg(QFileInfo(setting.clientKey).fileName());
        return std::nullopt;
    }
    if (Core::readPrivateKey(keyData, keyFormat, setting.passphrase.toUtf8()).isNull()) {
        *problem = keyData.contains("ENCRYPTED")
            ? (setting.passphrase.isEmpty() ? FileText::tr("The private key is encrypted: type its password.")
                                            : FileText::tr("The password does not open the private key."))
            : FileText::tr(
                "The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).");
        return std::nullopt;
    }
    return certificates.first();
}

QString subjectOf(const QSslCertificate &certificate)
{
    for (const QSslCertificate::SubjectInfo field :
         {QSslCertificate::CommonName, QSslCertificate::Organization,
          QSslCertificate::OrganizationalUnitName}) {
        const QStringList values = certificate.subjectInfo(field);
        if (!values.isEmpty() && !values.first().isEmpty())
            return values.first();
    }
    return certificate.subjectDisplayName();
}

QString expiryOf(const QSslCertificate &certificate)
{
    const QDateTime expiry = certificate.expiryDate();
    const QString date = QLocale().toString(expiry.date(), QLocale::ShortFormat);
    return expiry < QDateTime::currentDateTimeUtc() ? FileText::tr("expired on %1").arg(date)
                                                    : FileText::tr("until %1").arg(date);
}

} // namespace StatusScope::Gui
