// SPDX-License-Identifier: MIT
#include "gui/preferences/certificatefiles.h"

#include "core/requests/tlsfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace StatusScope::Gui {

namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(StatusScope::Gui::CertificateFiles)
};

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The window's words for a file that cannot be read: they name the file as the list shows it.
QString fileSentence(const Core::TlsFileProblem &problem)
{
    switch (problem.kind) {
    case Core::TlsFileProblem::NoSuchFile:
        return FileText::tr("“%1” is not a file that exists.").arg(problem.path);
    case Core::TlsFileProblem::TooLarge:
        return FileText::tr("“%1” is too large to be a certificate or a key.").arg(fileName(problem.path));
    default:
        return FileText::tr("“%1” cannot be read: %2").arg(fileName(problem.path), problem.systemReason);
    }
}

// The window's words for a client certificate that cannot be used: the core's sentences name the
// command line's options, these the fields to fill in.
QString clientSentence(const Core::TlsFileProblem &problem, const Core::TlsSetting &setting)
{
    using Problem = Core::TlsFileProblem;
    const QString name = fileName(setting.clientCertificate);
    switch (problem.kind) {
    case Problem::NoSuchFile:
    case Problem::TooLarge:
    case Problem::Unreadable:
        return fileSentence(problem);
    case Problem::NotPkcs12:
    case Problem::Pkcs12Locked:
    case Problem::Pkcs12WrongPassword:
        return setting.passphrase.isEmpty()
            ? FileText::tr("“%1” is a PKCS#12 file that needs its password: type it under Password.")
                  .arg(name)
            : FileText::tr(
                  "The password does not open the PKCS#12 file “%1” (or it is not a certificate file).")
                  .arg(name);
    case Problem::NoCertificate:
        return FileText::tr("“%1” holds no certificate.").arg(name);
    case Problem::DerWithoutKey:
    case Problem::NoKeyInCertificate:
        return FileText::tr("“%1” holds no private key: choose the key file as well.").arg(name);
    case Problem::NoKeyInKeyFile:
        return FileText::tr("“%1” holds no private key.").arg(fileName(problem.path));
    case Problem::KeyLocked:
        return FileText::tr("The private key is encrypted: type its password.");
    case Problem::KeyWrongPassword:
        return FileText::tr("The password does not open the private key.");
    case Problem::KeyAlgorithmUnsupported:
        return FileText::tr("The private key is an %1 key, which Qt 6.4 cannot use for a client certificate; "
                            "an RSA or EC (P-256, P-384) one works.")
            .arg(problem.systemReason);
    case Problem::KeyIsOpenSsh:
        return FileText::tr("The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS "
                            "certificate: choose the key the certificate was issued for.");
    case Problem::KeyUnreadable:
        break;
    }
    return FileText::tr(
        "The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).");
}

} // namespace

std::optional<QList<QSslCertificate>> readAuthorityFile(const QString &path, QString *problem)
{
    Core::TlsFileProblem fileProblem;
    const std::optional<QByteArray> data = Core::readTlsFile(path, &fileProblem);
    if (!data) {
        *problem = fileSentence(fileProblem);
        return std::nullopt;
    }
    const QList<QSslCertificate> found = Core::certificatesIn(*data);
    if ((found.isEmpty() || found.first().isNull()) && Core::isPkcs7(*data)) {
        *problem
            = FileText::tr("“%1” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a PEM file of "
                           "it with “%2” and add that.")
                  .arg(fileName(path), Core::pkcs7ConversionCommand(path, *data));
        return std::nullopt;
    }
    if ((found.isEmpty() || found.first().isNull()) && Core::looksLikePkcs12(*data)) {
        *problem
            = FileText::tr(
                  "“%1” is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities "
                  "to trust: add it below as a client certificate, or take its authorities "
                  "out with “%2” and add that.")
                  .arg(fileName(path), Core::pkcs12AuthoritiesCommand(path));
        return std::nullopt;
    }
    if (found.isEmpty() || found.first().isNull()) {
        *problem = FileText::tr("“%1” holds no certificate: choose a PEM or DER file with the authority’s "
                                "certificate (often .pem, .crt or .cer).")
                       .arg(fileName(path));
        return std::nullopt;
    }
    return found;
}

std::optional<QSslCertificate> readClientCertificate(Core::TlsSetting &setting, QString *problem)
{
    Core::TlsFileProblem fileProblem;
    const std::optional<QByteArray> data = Core::readTlsFile(setting.clientCertificate, &fileProblem);
    if (!data) {
        *problem = fileSentence(fileProblem);
        return std::nullopt;
    }
    setting.certificateType = Core::certificateTypeOf(*data);
    const std::optional<Core::ClientCertificateFiles> client
        = Core::readClientCertificateFiles(setting, *data, &fileProblem);
    if (!client) {
        *problem = clientSentence(fileProblem, setting);
        return std::nullopt;
    }
    return client->chain.first();
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
