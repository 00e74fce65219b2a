// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace StatusScope::Test {

// A certificate authority for tests, made with the openssl command line in `folder`: a root CA and
// an intermediate signed by it, then server and client certificates on request. Everything is a
// file, as people hand them to curl and to StatusScope (--cacert, --cert, --key).
class TestCa
{
public:
    // Creates the root CA and the intermediate at once; isValid() says whether that worked.
    explicit TestCa(const QString &folder);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    static bool available(); // the openssl program is installed

    QString rootPem() const; // the root CA certificate, PEM
    QString rootDer() const; // the same certificate, DER
    QString intermediatePem() const;

    struct Issued
    {
        QString certificate; // PEM, the certificate alone
        QString key; // PEM, unencrypted private key (PKCS#8)
        QString chain; // PEM, the certificate followed by the intermediate when it signed it
    };
    // A server certificate for `names` (DNS names and IP addresses, all in subjectAltName; the
    // first is also the common name), valid from `daysFrom` to `daysTo` days from now (negative =
    // in the past: -30, -1 is expired), signed by the root or by the intermediate. Empty paths
    // (and error() set) when openssl failed.
    Issued server(const QStringList &names, int daysFrom = -1, int daysTo = 30, bool viaIntermediate = false);
    // A client certificate (extendedKeyUsage clientAuth) signed by the root.
    Issued client(const QString &commonName);
    // A self-signed server certificate for `names`, signed by no one here.
    Issued selfSigned(const QStringList &names);
    // A PKCS#12 file holding the certificate, its key and its chain, encrypted with `password`.
    // openssl 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC), which Qt's OpenSSL 3 backend reads.
    QString pkcs12(const Issued &issued, const QString &password);

private:
    QString path(const QString &name) const;
    bool run(const QStringList &arguments);
    bool makeKey(const QString &file);
    bool sign(const QString &name, const QString &subject, const QString &extensions, int daysFrom,
              int daysTo, bool byIntermediate, bool selfSign = false);
    Issued issue(const QString &stem, const QStringList &names, const QString &extensions, int daysFrom,
                 int daysTo, bool viaIntermediate);
    QString nextStem(const QString &kind);

    QString m_folder;
    QString m_error;
    int m_count = 0;
};

} // namespace StatusScope::Test
