// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// Reading certificate and key files (PEM, DER, PKCS#12), for the engine (--cacert, --cert, --key,
// Preferences' certificates) and the Preferences window's checks alike: the formats are known here
// once, and each caller words a TlsFileProblem for its own user (an option to give on the command
// line, a field to fill in the window).

// What is wrong with a certificate or key file.
struct TlsFileProblem
{
    enum Kind {
        NoSuchFile,
        TooLarge,
        Unreadable, // `systemReason` says why
        NoCertificate, // none in the type the setting names
        NotPkcs12, // PKCS#12 named, and the file is not one
        Pkcs12Locked, // no password given, and the PKCS#12 file does not open without one
        Pkcs12WrongPassword,
        DerWithoutKey, // a DER certificate, and no key file named
        NoKeyInCertificate, // a PEM certificate without a key, and no key file named
        NoKeyInKeyFile,
        KeyLocked, // an encrypted key, and no password given
        KeyWrongPassword,
        KeyUnreadable, // not an RSA, EC or DSA private key in PEM or DER
        KeyAlgorithmUnsupported, // an Ed25519 or Ed448 key, which Qt 6.4 cannot use: `systemReason` names it
        KeyIsOpenSsh, // an OpenSSH private key (~/.ssh/id_*), which is no TLS key
    };
    enum File { CertificateFile, KeyFile };

    Kind kind = NoSuchFile;
    File file = CertificateFile;
    QString path; // the file the problem is in
    QString systemReason;
};

// A client certificate as read: the certificate first in `chain`, then any authorities a PKCS#12
// file brought with it.
struct ClientCertificateFiles
{
    QList<QSslCertificate> chain;
    QSslKey key;
};

// The bytes of a certificate or key file; a missing, unreadable or oversized file is refused.
std::optional<QByteArray> readTlsFile(const QString &path, TlsFileProblem *problem);

// The certificates in PEM (one or many blocks) or DER (one certificate), told apart by the text markers.
QList<QSslCertificate> certificatesIn(const QByteArray &data);
// The authorities in a file (--cacert, --capath's files, the environment's, Preferences'),
// remembered for the life of the process: OpenSSL 3 takes about half a millisecond a certificate,
// Qt's SHA-256 a tenth of a millisecond per 1,000 bytes, and an audit starts a chain per source
// with the same bundle of a hundred and more. A file whose size and times are as when it was last
// read is not read again; one that changed is read, and parsed only when its content is new.
struct AuthorityFile
{
    QList<QSslCertificate> certificates;
    QByteArray fingerprint; // the content's SHA-256: it stands for these authorities
    QByteArray data; // the bytes, only when the file holds no certificate (for the sentence)
};
std::optional<AuthorityFile> readAuthorityFile(const QString &path, TlsFileProblem *problem);

// The type a client certificate file's bytes show, for a file chosen without one: PEM text, else
// a DER certificate, else PKCS#12 (binary, and no certificate).
TlsSetting::CertificateType certificateTypeOf(const QByteArray &data);

// The client certificate and key `setting` names, read as its certificateType says;
// `certificateData` is what readTlsFile() gave for setting.clientCertificate. The key comes from
// setting.clientKey when it is named, else from the PEM or PKCS#12 file itself.
std::optional<ClientCertificateFiles> readClientCertificateFiles(const TlsSetting &setting,
                                                                 const QByteArray &certificateData,
                                                                 TlsFileProblem *problem);

// True when `data` is PEM text (it has a BEGIN marker), else it is read as DER.
bool isPem(const QByteArray &data);
// True when `data` is a PKCS#7 bundle of certificates (.p7b: "BEGIN PKCS7", or DER signedData),
// as Windows exports a CA's chain; Qt 6.4 reads no PKCS#7.
bool isPkcs7(const QByteArray &data);
// The openssl command that makes a PEM file of a PKCS#7 bundle, for the sentence that refuses it.
QString pkcs7ConversionCommand(const QString &path, const QByteArray &data);
// True when `data` looks like a PKCS#12 file (.p12, .pfx: a DER SEQUENCE opening with version 3),
// given where authorities are expected; and the command that takes the authorities out of it.
bool looksLikePkcs12(const QByteArray &data);
QString pkcs12AuthoritiesCommand(const QString &path);
// The first private key block of a PEM text (a file may hold the certificate too); empty if none.
QByteArray privateKeyBlock(const QByteArray &pem);
// The private key in `data`, trying RSA, EC and DSA in turn: Qt 6.4 asks for the algorithm up
// front, and a key of another one reads as null. Null when none opens (or the passphrase is wrong).
QSslKey readPrivateKey(const QByteArray &data, QSsl::EncodingFormat format, const QByteArray &passphrase);

} // namespace StatusScope::Core
