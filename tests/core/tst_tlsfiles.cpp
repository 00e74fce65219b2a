// SPDX-License-Identifier: MIT
// Reading client certificate files as the engine and the Preferences window both do
// (core/requests/tlsfiles.h): the type a chosen file shows, the certificate and key read from PEM,
// DER and PKCS#12, and each refusal's kind and file, which each caller words for its own user.
#include "core/requests/tlsfiles.h"
#include "core/requests/tlssetup.h"
#include "testca.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::TestCa;

Q_DECLARE_METATYPE(TlsSetting::CertificateType)
Q_DECLARE_METATYPE(TlsFileProblem::Kind)
Q_DECLARE_METATYPE(TlsFileProblem::File)

class tst_TlsFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientCertificate_data();
    void clientCertificate();
    void missingFileIsRefusedBeforeReading();
    void unusableKeyIsNamed();

private:
    QString write(const QString &name, const QByteArray &data);
    // A self-signed certificate and its key made by openssl with `keyOptions` (-newkey …).
    bool makeCertificate(const QString &name, const QStringList &keyOptions);
    QString fileOf(const QString &name) const;

    QTemporaryDir m_folder;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Issued m_bob;
    QString m_pkcs12;
};

QString tst_TlsFiles::write(const QString &name, const QByteArray &data)
{
    QFile file(m_folder.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

QString tst_TlsFiles::fileOf(const QString &name) const
{
    if (name == u"certificate"_s)
        return m_bob.certificate;
    if (name == u"key"_s)
        return m_bob.key;
    if (name == u"p12"_s)
        return m_pkcs12;
    return name.isEmpty() ? QString() : m_folder.filePath(name);
}

bool tst_TlsFiles::makeCertificate(const QString &name, const QStringList &keyOptions)
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  QStringList{u"req"_s, u"-x509"_s} + keyOptions
                      + QStringList{u"-keyout"_s, m_folder.filePath(name + u".key"_s), u"-out"_s,
                                    m_folder.filePath(name + u".pem"_s), u"-days"_s, u"2"_s, u"-subj"_s,
                                    u"/CN="_s + name});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}

void tst_TlsFiles::initTestCase()
{
    if (!TestCa::available())
        QSKIP("openssl is not installed (./dev installs it): no certificates to read");
    QVERIFY(m_folder.isValid());
    m_ca = std::make_unique<TestCa>(m_folder.filePath(u"ca"_s));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_bob = m_ca->client(u"bob"_s);
    QVERIFY2(!m_bob.certificate.isEmpty(), qPrintable(m_ca->error()));
    m_pkcs12 = m_ca->pkcs12(m_bob, u"right"_s);
    QVERIFY2(!m_pkcs12.isEmpty(), qPrintable(m_ca->error()));

    QFile certificateFile(m_bob.certificate);
    QFile keyFile(m_bob.key);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QByteArray certificate = certificateFile.readAll();
    const QByteArray key = keyFile.readAll();
    const QSslKey rsa(key, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!rsa.isNull());
    QVERIFY(!write(u"both.pem"_s, certificate + key).isEmpty());
    QVERIFY(!write(u"bob.der"_s, QSslCertificate(certificate).toDer()).isEmpty());
    QVERIFY(!write(u"bob-key.der"_s, rsa.toDer()).isEmpty());
    QVERIFY(!write(u"locked.key"_s, rsa.toPem("right")).isEmpty());
    QVERIFY(!write(u"notes.txt"_s, "these are notes, not a certificate\n").isEmpty());
    QVERIFY(
        !write(u"broken.key"_s, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").isEmpty());
    // Keys people have that Qt 6.4 cannot use: Ed25519 and Ed448 (plain and encrypted), and an
    // OpenSSH key taken from ~/.ssh for a TLS one (its header is what tells it).
    QVERIFY(makeCertificate(u"ed25519"_s, {u"-newkey"_s, u"ed25519"_s, u"-nodes"_s}));
    QVERIFY(
        makeCertificate(u"ed25519-locked"_s, {u"-newkey"_s, u"ed25519"_s, u"-passout"_s, u"pass:right"_s}));
    QVERIFY(makeCertificate(u"ed448"_s, {u"-newkey"_s, u"ed448"_s, u"-nodes"_s}));
    QVERIFY(!write(u"id_ed25519"_s,
                   "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n"
                   "-----END OPENSSH PRIVATE KEY-----\n")
                 .isEmpty());
}

void tst_TlsFiles::clientCertificate_data()
{
    using Type = TlsSetting::CertificateType;
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Type>("type"); // the type the file shows, as the window finds it
    QTest::addColumn<bool>("read");
    QTest::addColumn<TlsFileProblem::Kind>("problem");
    QTest::addColumn<TlsFileProblem::File>("file");
    const auto cert = TlsFileProblem::CertificateFile;
    const auto keyFile = TlsFileProblem::KeyFile;

    QTest::newRow("PEM with its key inside")
        << u"both.pem"_s << QString() << QString() << Type::Pem << true << TlsFileProblem::NoSuchFile << cert;
    QTest::newRow("PEM and a PEM key file") << u"certificate"_s << u"key"_s << QString() << Type::Pem << true
                                            << TlsFileProblem::NoSuchFile << cert;
    QTest::newRow("DER and a DER key file") << u"bob.der"_s << u"bob-key.der"_s << QString() << Type::Der
                                            << true << TlsFileProblem::NoSuchFile << cert;
    QTest::newRow("PKCS#12 with its password")
        << u"p12"_s << QString() << u"right"_s << Type::Pkcs12 << true << TlsFileProblem::NoSuchFile << cert;
    QTest::newRow("PEM without a key") << u"certificate"_s << QString() << QString() << Type::Pem << false
                                       << TlsFileProblem::NoKeyInCertificate << cert;
    QTest::newRow("DER without a key file") << u"bob.der"_s << QString() << QString() << Type::Der << false
                                            << TlsFileProblem::DerWithoutKey << cert;
    QTest::newRow("key file without a key") << u"certificate"_s << u"certificate"_s << QString() << Type::Pem
                                            << false << TlsFileProblem::NoKeyInKeyFile << keyFile;
    QTest::newRow("key file missing") << u"certificate"_s << u"gone.key"_s << QString() << Type::Pem << false
                                      << TlsFileProblem::NoSuchFile << keyFile;
    QTest::newRow("locked key, no password") << u"certificate"_s << u"locked.key"_s << QString() << Type::Pem
                                             << false << TlsFileProblem::KeyLocked << keyFile;
    QTest::newRow("locked key, wrong password")
        << u"certificate"_s << u"locked.key"_s << u"wrong"_s << Type::Pem << false
        << TlsFileProblem::KeyWrongPassword << keyFile;
    QTest::newRow("locked key, right password") << u"certificate"_s << u"locked.key"_s << u"right"_s
                                                << Type::Pem << true << TlsFileProblem::NoSuchFile << cert;
    QTest::newRow("key that is no key") << u"certificate"_s << u"broken.key"_s << QString() << Type::Pem
                                        << false << TlsFileProblem::KeyUnreadable << keyFile;
    QTest::newRow("PKCS#12, no password") << u"p12"_s << QString() << QString() << Type::Pkcs12 << false
                                          << TlsFileProblem::Pkcs12Locked << cert;
    QTest::newRow("PKCS#12, wrong password") << u"p12"_s << QString() << u"wrong"_s << Type::Pkcs12 << false
                                             << TlsFileProblem::Pkcs12WrongPassword << cert;
    QTest::newRow("Ed25519") << u"ed25519.pem"_s << u"ed25519.key"_s << QString() << Type::Pem << false
                             << TlsFileProblem::KeyAlgorithmUnsupported << keyFile;
    QTest::newRow("Ed25519, encrypted, right password")
        << u"ed25519-locked.pem"_s << u"ed25519-locked.key"_s << u"right"_s << Type::Pem << false
        << TlsFileProblem::KeyAlgorithmUnsupported << keyFile;
    QTest::newRow("Ed448") << u"ed448.pem"_s << u"ed448.key"_s << QString() << Type::Pem << false
                           << TlsFileProblem::KeyAlgorithmUnsupported << keyFile;
    QTest::newRow("OpenSSH key") << u"certificate"_s << u"id_ed25519"_s << QString() << Type::Pem << false
                                 << TlsFileProblem::KeyIsOpenSsh << keyFile;
    // Text that is no PEM reads as binary, and binary that is no certificate as PKCS#12.
    QTest::newRow("notes") << u"notes.txt"_s << QString() << QString() << Type::Pkcs12 << false
                           << TlsFileProblem::NotPkcs12 << cert;
}

void tst_TlsFiles::clientCertificate()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, password);
    QFETCH(TlsSetting::CertificateType, type);
    QFETCH(bool, read);
    QFETCH(TlsFileProblem::Kind, problem);
    QFETCH(TlsFileProblem::File, file);

    TlsSetting setting;
    setting.clientCertificate = fileOf(certificate);
    setting.clientKey = fileOf(key);
    setting.passphrase = password;
    TlsFileProblem found;
    const std::optional<QByteArray> data = readTlsFile(setting.clientCertificate, &found);
    QVERIFY(data);
    QCOMPARE(certificateTypeOf(*data), type);
    setting.certificateType = type;
    const std::optional<ClientCertificateFiles> client = readClientCertificateFiles(setting, *data, &found);
    QCOMPARE(client.has_value(), read);
    if (read) {
        QCOMPARE(client->chain.first().subjectInfo(QSslCertificate::CommonName), QStringList{u"bob"_s});
        QVERIFY(!client->key.isNull());
        return;
    }
    QCOMPARE(found.kind, problem);
    QCOMPARE(found.file, file);
    QCOMPARE(found.path, file == TlsFileProblem::KeyFile ? setting.clientKey : setting.clientCertificate);
}

void tst_TlsFiles::missingFileIsRefusedBeforeReading()
{
    TlsFileProblem problem;
    QVERIFY(!readTlsFile(m_folder.filePath(u"gone.pem"_s), &problem));
    QCOMPARE(problem.kind, TlsFileProblem::NoSuchFile);
    QCOMPARE(problem.path, m_folder.filePath(u"gone.pem"_s));
    QVERIFY(!readTlsFile(m_folder.path(), &problem)); // a folder is no file
    QCOMPARE(problem.kind, TlsFileProblem::NoSuchFile);
}

// The refusal names the algorithm, and the sentence the command line prints says what works.
void tst_TlsFiles::unusableKeyIsNamed()
{
    for (const auto &[name, algorithm] :
         {std::pair{u"ed25519"_s, u"Ed25519"_s}, std::pair{u"ed448"_s, u"Ed448"_s}}) {
        TlsSetting setting;
        setting.clientCertificate = m_folder.filePath(name + u".pem"_s);
        setting.clientKey = m_folder.filePath(name + u".key"_s);
        TlsFileProblem found;
        const std::optional<QByteArray> data = readTlsFile(setting.clientCertificate, &found);
        QVERIFY(data);
        QVERIFY(!readClientCertificateFiles(setting, *data, &found));
        QCOMPARE(found.systemReason, algorithm);
        QString error;
        QVERIFY(!TlsSetup::load(setting, &error));
        QCOMPARE(error,
                 u"The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; an RSA "
                 "or EC (P-256, P-384) client certificate works. Nothing was sent."_s.arg(setting.clientKey,
                                                                                          algorithm));
    }
}

QTEST_GUILESS_MAIN(tst_TlsFiles)
#include "tst_tlsfiles.moc"
