// SPDX-License-Identifier: MIT
// Trust and client certificates through the engine against nginx, with certificates made by the
// openssl command line (TestCa): --cacert in PEM and DER and --capath replacing the system's
// authorities, each certificate failure in its own plain sentence, and nginx's ssl_verify_client
// answered with PEM+key, DER and PKCS#12 client certificates, a wrong password refused before
// anything is sent.
#include "core/catalogue/statuscatalogue.h"
#include "core/i18n/translations.h"
#include "core/requests/requestengine.h"
#include "core/requests/tlsfailure.h"
#include "core/requests/tlssetup.h"
#include "nginxserver.h"
#include "testca.h"
#include "tlsbed.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::NginxServer;
using StatusScope::Test::TestCa;
using StatusScope::Test::TlsBed;

class tst_TlsSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedAuthority_data();
    void trustedAuthority();
    void anotherAuthorityIsNotEnough();
    void issuingAuthorityWithoutItsRoot_data();
    void issuingAuthorityWithoutItsRoot();
    void certificateFailures_data();
    void certificateFailures();
    void selfSignedSaidOnceInEveryLanguage();
    void clientCertificate_data();
    void clientCertificate();
    void clientCertificateMissing();
    void unreadableSettingsSendNothing_data();
    void unreadableSettingsSendNothing();

private:
    ChainResult run(const RequestSpec &spec, QNetworkAccessManager *shared = nullptr);
    // nginx with a server certificate for 127.0.0.1 from the bed's authority, asking for client certificates
    // from it when `clientCa`.
    bool startNginx(NginxServer &nginx, const TestCa::Issued &server, bool clientCa = false);
    QString write(const QString &name, const QByteArray &data);

    TlsBed m_bed;
    TestCa::Issued m_server;
    QNetworkAccessManager m_sharedManager;
};

void tst_TlsSetup::initTestCase()
{
    STATUSSCOPE_PREPARE_TLS_BED(m_bed);
    m_server = m_bed.ca().server({u"127.0.0.1"_s, u"localhost"_s});
    QVERIFY2(!m_server.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
}

ChainResult tst_TlsSetup::run(const RequestSpec &spec, QNetworkAccessManager *shared)
{
    return m_bed.run(spec, shared);
}

bool tst_TlsSetup::startNginx(NginxServer &nginx, const TestCa::Issued &server, bool clientCa)
{
    NginxServer::Config config;
    config.certificate = server.chain;
    config.key = server.key;
    if (clientCa)
        config.clientCa = m_bed.ca().rootPem();
    if (!nginx.start(config)) {
        qWarning("%s", qPrintable(nginx.error()));
        return false;
    }
    return true;
}

QString tst_TlsSetup::write(const QString &name, const QByteArray &data)
{
    QFile file(m_bed.path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qWarning("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void tst_TlsSetup::trustedAuthority_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("PEM") << u"pem"_s;
    QTest::newRow("DER") << u"der"_s;
    QTest::newRow("folder") << u"capath"_s;
    QTest::newRow("among others") << u"bundle"_s;
}

void tst_TlsSetup::trustedAuthority()
{
    QFETCH(QString, how);
    NginxServer nginx;
    QVERIFY(startNginx(nginx, m_server));
    RequestSpec spec;
    spec.url = nginx.url(u"/"_s);

    // Signed by an authority nobody here trusts: refused, with the sentence that names the fix.
    const ChainResult refused = run(spec);
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::Tls);
    QVERIFY2(refused.error->message.contains(
                 u"The server's certificate was signed by an authority this computer does not trust "
                 "(“StatusScope Test Root CA”). If it is your organisation's CA, pass it with --cacert FILE "
                 "(or add it in Preferences → Certificates)."_s),
             qPrintable(refused.error->message));

    TlsSetting &tls = spec.options.network.tls;
    if (how == u"pem"_s) {
        tls.caFiles = {m_bed.ca().rootPem()};
    } else if (how == u"der"_s) {
        tls.caFiles = {m_bed.ca().rootDer()};
    } else if (how == u"capath"_s) {
        QDir(m_bed.path(QString())).mkpath(u"capath"_s);
        QFile::copy(m_bed.ca().rootPem(), m_bed.path(u"capath/root.pem"_s));
        write(u"capath/README"_s, "not a certificate");
        tls.caPath = m_bed.path(u"capath"_s);
    } else {
        // One PEM file with several authorities, ours among them.
        TestCa other(m_bed.path(u"other"_s));
        QFile a(other.rootPem()), b(m_bed.ca().rootPem());
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        tls.caFiles = {write(u"bundle.pem"_s, a.readAll() + b.readAll())};
    }
    const ChainResult trusted = run(spec);
    QVERIFY2(trusted.outcome == ChainOutcome::Complete,
             qPrintable(trusted.error ? trusted.error->message : outcomeKey(trusted.outcome)));
    QCOMPARE(trusted.hops.first().status, 200);
    QCOMPARE(trusted.hops.first().bodyPreview, "hello from nginx\n");
    QVERIFY(trusted.hops.first().tls.errors.isEmpty());
}

void tst_TlsSetup::anotherAuthorityIsNotEnough()
{
    // --cacert replaces the authorities: another CA given, ours is not trusted.
    NginxServer nginx;
    QVERIFY(startNginx(nginx, m_server));
    TestCa other(m_bed.path(u"another"_s));
    QVERIFY(other.isValid());
    RequestSpec spec;
    spec.url = nginx.url(u"/"_s);
    spec.options.network.tls.caFiles = {other.rootPem()};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY2(chain.error->message.contains(
                 u"The server's certificate was issued by “StatusScope Test Root CA”, which is not among the "
                 "authorities given with --cacert or --capath"_s),
             qPrintable(chain.error->message));
}

// A company hands out its issuing CA, not the root above it: curl takes it as a trust anchor
// (OpenSSL's partial chains), and so does StatusScope, for that very certificate only. The chain
// below it is still checked: dates, host name, and a lookalike CA of the same name is not it.
void tst_TlsSetup::issuingAuthorityWithoutItsRoot_data()
{
    QTest::addColumn<QString>("server"); // how the server's certificate is made and sent
    QTest::addColumn<QString>("given"); // what --cacert holds
    QTest::addColumn<bool>("trusted");
    QTest::newRow("intermediate sent, intermediate given") << u"chain"_s << u"intermediate"_s << true;
    QTest::newRow("certificate alone, intermediate given") << u"alone"_s << u"intermediate"_s << true;
    QTest::newRow("intermediate given among other roots") << u"chain"_s << u"bundle"_s << true;
    QTest::newRow("lookalike intermediate given") << u"chain"_s << u"lookalike"_s << false;
    QTest::newRow("certificate alone, root given") << u"alone"_s << u"root"_s << false;
    QTest::newRow("expired, intermediate given") << u"expired"_s << u"intermediate"_s << false;
    QTest::newRow("other host, intermediate given") << u"other host"_s << u"intermediate"_s << false;
}

void tst_TlsSetup::issuingAuthorityWithoutItsRoot()
{
    QFETCH(QString, server);
    QFETCH(QString, given);
    QFETCH(bool, trusted);
    const QStringList names = server == u"other host"_s ? QStringList{u"other.example"_s}
                                                        : QStringList{u"127.0.0.1"_s, u"localhost"_s};
    TestCa::Issued issued
        = m_bed.ca().server(names, server == u"expired"_s ? -30 : -1, server == u"expired"_s ? -2 : 30, true);
    QVERIFY2(!issued.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
    if (server == u"alone"_s)
        issued.chain = issued.certificate; // a server that leaves its intermediate out
    NginxServer nginx;
    QVERIFY(startNginx(nginx, issued));

    QString file = m_bed.ca().intermediatePem();
    if (given == u"root"_s) {
        file = m_bed.ca().rootPem();
    } else if (given == u"lookalike"_s || given == u"bundle"_s) {
        const TestCa lookalike(m_bed.path(u"lookalike-"_s + given)); // the same names, other keys
        QVERIFY2(lookalike.isValid(), qPrintable(lookalike.error()));
        file = lookalike.intermediatePem();
        if (given == u"bundle"_s) {
            QFile a(lookalike.rootPem()), b(m_bed.ca().intermediatePem());
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            file = write(u"bundle-with-intermediate.pem"_s, a.readAll() + b.readAll());
        }
    }
    RequestSpec spec;
    spec.url = nginx.url(u"/"_s);
    spec.options.network.tls.caFiles = {file};
    const ChainResult chain = run(spec);
    if (trusted) {
        QVERIFY2(chain.outcome == ChainOutcome::Complete,
                 qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
        QCOMPARE(chain.hops.first().status, 200);
        QVERIFY(chain.hops.first().tls.encrypted);
        QVERIFY(!chain.hops.first().tls.errorsIgnored);
    } else {
        QCOMPARE(chain.outcome, ChainOutcome::Error);
        QCOMPARE(chain.error->kind, ErrorKind::Tls);
        QVERIFY(!chain.hops.first().status);
    }
}

void tst_TlsSetup::certificateFailures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sentence");
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QTest::newRow("incomplete chain")
        << u"incomplete"_s
        << u"The server's certificate was issued by “StatusScope Test Intermediate CA”, which is not among "
           "the authorities given with --cacert or --capath (they replace this computer's), and the server "
           "did not send its certificate. If “StatusScope Test Intermediate CA” is an intermediate, the "
           "server's chain is incomplete"_s;
    QTest::newRow("expired") << u"expired"_s
                             << u"The server's certificate expired on %1 (it was valid from %2). The server "
                                "must renew it; if the date looks wrong, check this computer's clock."_s.arg(
                                    today.addDays(-2).toString(Qt::ISODate),
                                    today.addDays(-30).toString(Qt::ISODate));
    QTest::newRow("not yet valid")
        << u"future"_s
        << u"The server's certificate is not valid before %1 (and until %2)."_s.arg(
               today.addDays(3).toString(Qt::ISODate), today.addDays(30).toString(Qt::ISODate));
    QTest::newRow("wrong host") << u"wronghost"_s
                                << u"The server's certificate is valid for www.example.test, "
                                   "other.example.test, not for “127.0.0.1”."_s;
    QTest::newRow("self-signed")
        << u"selfsigned"_s
        << u"The server's certificate is self-signed: no authority vouches for it. If "
           "it is the certificate you expect, pass it with --cacert FILE"_s;
}

void tst_TlsSetup::certificateFailures()
{
    QFETCH(QString, kind);
    QFETCH(QString, sentence);
    TestCa::Issued issued;
    bool chainSent = true;
    if (kind == u"incomplete"_s) {
        issued = m_bed.ca().server({u"127.0.0.1"_s}, -1, 30, true);
        chainSent = false; // the server certificate alone, without the intermediate that signed it
    } else if (kind == u"expired"_s) {
        issued = m_bed.ca().server({u"127.0.0.1"_s}, -30, -2);
    } else if (kind == u"future"_s) {
        issued = m_bed.ca().server({u"127.0.0.1"_s}, 3, 30);
    } else if (kind == u"wronghost"_s) {
        issued = m_bed.ca().server({u"www.example.test"_s, u"other.example.test"_s});
    } else {
        issued = m_bed.ca().selfSigned({u"127.0.0.1"_s});
    }
    QVERIFY2(!issued.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
    if (!chainSent)
        issued.chain = issued.certificate;
    NginxServer nginx;
    QVERIFY(startNginx(nginx, issued));
    RequestSpec spec;
    spec.url = nginx.url(u"/"_s);
    spec.options.network.tls.caFiles = {m_bed.ca().rootPem()};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
    QVERIFY(!chain.hops.first().status);
    QVERIFY2(chain.error->message.startsWith(u"The TLS handshake with 127.0.0.1:"_s),
             qPrintable(chain.error->message));
    QVERIFY2(chain.error->message.contains(sentence), qPrintable(chain.error->message));
    QVERIFY(!chain.hops.first().tls.errors.isEmpty()); // Qt's own words are kept beside
}

void tst_TlsSetup::selfSignedSaidOnceInEveryLanguage()
{
    // OpenSSL calls a self-signed certificate untrusted as well; its own sentence says so, and the
    // untrusted one is left out, in German as in English.
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt"));
    QVERIFY(!certificates.isEmpty());
    const QList<QSslError> errors{{QSslError::SelfSignedCertificate, certificates.first()},
                                  {QSslError::CertificateUntrusted, certificates.first()}};
    const auto restore = qScopeGuard([] { installTranslations(*qApp, QLocale(QLocale::English)); });
    for (const QLocale::Language language : {QLocale::English, QLocale::German}) {
        QVERIFY(installTranslations(*qApp, QLocale(language)));
        const QString selfSigned = QCoreApplication::translate(
            "TlsFailure",
            "The server's certificate is self-signed: no authority vouches for it. If it is the certificate "
            "you expect, pass it with --cacert FILE (or add it in Preferences → Certificates), or accept it "
            "for this host with -k.");
        QCOMPARE(describeCertificateErrors(errors, u"localhost"_s, certificates), selfSigned);
    }
}

void tst_TlsSetup::clientCertificate_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("PEM and key") << u"pem"_s;
    QTest::newRow("PEM, key in the same file") << u"pem-one-file"_s;
    QTest::newRow("PEM, key with a passphrase") << u"pem-encrypted"_s;
    QTest::newRow("DER") << u"der"_s;
    QTest::newRow("PKCS#12") << u"p12"_s;
}

void tst_TlsSetup::clientCertificate()
{
    QFETCH(QString, type);
    NginxServer nginx;
    QVERIFY(startNginx(nginx, m_server, true));
    const TestCa::Issued alice = m_bed.ca().client(u"alice"_s);
    QVERIFY2(!alice.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
    QFile certificateFile(alice.certificate), keyFile(alice.key);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QByteArray certificatePem = certificateFile.readAll();
    const QByteArray keyPem = keyFile.readAll();
    const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);

    RequestSpec spec;
    spec.url = nginx.url(u"/info"_s);
    TlsSetting &tls = spec.options.network.tls;
    tls.caFiles = {m_bed.ca().rootPem()};
    if (type == u"pem"_s) {
        tls.clientCertificate = alice.certificate;
        tls.clientKey = alice.key;
    } else if (type == u"pem-one-file"_s) {
        tls.clientCertificate = write(u"alice-both.pem"_s, certificatePem + keyPem);
    } else if (type == u"pem-encrypted"_s) {
        QVERIFY(!key.isNull());
        tls.clientCertificate = alice.certificate;
        tls.clientKey = write(u"alice-encrypted.key"_s, key.toPem("open sesame"));
        tls.passphrase = u"open sesame"_s;
    } else if (type == u"der"_s) {
        tls.certificateType = TlsSetting::CertificateType::Der;
        tls.clientCertificate = write(u"alice.der"_s, QSslCertificate(certificatePem).toDer());
        tls.clientKey = write(u"alice-key.der"_s, key.toDer());
    } else {
        tls.certificateType = TlsSetting::CertificateType::Pkcs12;
        tls.clientCertificate = m_bed.ca().pkcs12(alice, u"p12 secret"_s);
        tls.passphrase = u"p12 secret"_s;
    }
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QVERIFY2(hop.bodyPreview.contains("verify=SUCCESS"), hop.bodyPreview.constData());
    QVERIFY2(hop.bodyPreview.contains("CN=alice"), hop.bodyPreview.constData());
    QVERIFY(!hop.hasWarning(u"client-certificate-requested"));
}

void tst_TlsSetup::clientCertificateMissing()
{
    // nginx completes the handshake without a certificate and answers 400; Qt 6.4 says nothing of
    // the certificate request, so the warning rests on nginx's page.
    NginxServer nginx;
    QVERIFY(startNginx(nginx, m_server, true));
    RequestSpec spec;
    spec.url = nginx.url(u"/info"_s);
    spec.options.network.tls.caFiles = {m_bed.ca().rootPem()};
    const ChainResult chain = run(spec, &m_sharedManager);
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 400);
    QVERIFY(hop.hasWarning(u"client-certificate-requested"));

    // The same manager, now with a certificate: Qt 6.4 would reuse the connection made without
    // one (it keys kept connections by host and port only), so the engine drops it first.
    const TestCa::Issued alice = m_bed.ca().client(u"alice"_s);
    spec.options.network.tls.clientCertificate = alice.certificate;
    spec.options.network.tls.clientKey = alice.key;
    const ChainResult again = run(spec, &m_sharedManager);
    QCOMPARE(again.hops.first().status, 200);
    QVERIFY2(again.hops.first().bodyPreview.contains("verify=SUCCESS"),
             again.hops.first().bodyPreview.constData());
}

void tst_TlsSetup::unreadableSettingsSendNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("wrong PKCS#12 password") << u"p12"_s << u"the password does not open this PKCS#12 file"_s;
    QTest::newRow("PKCS#12 without password") << u"p12-none"_s << u"could not be opened without a password"_s;
    QTest::newRow("wrong key passphrase") << u"key"_s << u"The passphrase does not open the key in"_s;
    QTest::newRow("key passphrase missing")
        << u"key-none"_s << u"is protected by a passphrase; give it with --pass"_s;
    QTest::newRow("missing CA file") << u"cafile"_s
                                     << u"--cacert “/nonexistent/ca.pem”: there is no such file."_s;
    QTest::newRow("CA file without certificate")
        << u"cagarbage"_s << u"the file holds no certificate (PEM or DER)"_s;
    QTest::newRow("certificate without key")
        << u"nokey"_s << u"the file holds no private key; give it with --key FILE"_s;
    QTest::newRow("PKCS#12 given as authorities")
        << u"ca-p12"_s
        << u"the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not "
           "authorities to trust; take its authorities out with “openssl pkcs12 -in "_s;
    // How Windows exports a CA's chain: said, with the command that makes a PEM file of it.
    QTest::newRow("PKCS#7 bundle, PEM")
        << u"p7b"_s
        << u"--cacert “%1”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make a PEM file "
           "of it with “openssl pkcs7 -print_certs -in %1 -out authority.pem” and give that."_s.arg(
               QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/authority.p7b"));
    QTest::newRow("PKCS#7 bundle, DER")
        << u"p7b-der"_s
        << u"make a PEM file of it with “openssl pkcs7 -inform DER -print_certs -in %1 -out "
           "authority-der.pem”"_s.arg(QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/authority-der.p7b"));
}

void tst_TlsSetup::unreadableSettingsSendNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, sentence);
    NginxServer nginx;
    QVERIFY(startNginx(nginx, m_server, true));
    const TestCa::Issued bob = m_bed.ca().client(u"bob"_s);
    RequestSpec spec;
    spec.url = nginx.url(u"/info"_s);
    TlsSetting &tls = spec.options.network.tls;
    tls.caFiles = {m_bed.ca().rootPem()};
    if (what.startsWith(u"p12"_s)) {
        tls.certificateType = TlsSetting::CertificateType::Pkcs12;
        tls.clientCertificate = m_bed.ca().pkcs12(bob, u"right"_s);
        tls.passphrase = what == u"p12"_s ? u"wrong"_s : QString();
    } else if (what.startsWith(u"key"_s)) {
        QFile keyFile(bob.key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        tls.clientCertificate = bob.certificate;
        tls.clientKey = write(u"bob-encrypted.key"_s, key.toPem("right"));
        tls.passphrase = what == u"key"_s ? u"wrong"_s : QString();
    } else if (what == u"cafile"_s) {
        tls.caFiles = {u"/nonexistent/ca.pem"_s};
    } else if (what == u"cagarbage"_s) {
        tls.caFiles = {write(u"garbage.pem"_s, "hello")};
    } else if (what == u"ca-p12"_s) {
        tls.caFiles = {m_bed.ca().pkcs12(bob, u"right"_s)};
    } else if (what.startsWith(u"p7b"_s)) {
        tls.caFiles = {QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/")
                       + (what == u"p7b"_s ? u"authority.p7b"_s : u"authority-der.p7b"_s)};
    } else {
        tls.clientCertificate = bob.certificate;
    }
    QNetworkAccessManager manager;
    RequestEngine engine(&manager, &m_bed.catalogue());
    QSignalSpy hopStarted(&engine, &RequestEngine::hopStarted);
    QVERIFY(!engine.start(spec));
    QCOMPARE(engine.result().error->kind, ErrorKind::InvalidInput);
    QVERIFY2(engine.result().error->message.contains(sentence), qPrintable(engine.result().error->message));
    QVERIFY(engine.result().hops.isEmpty());
    QCOMPARE(hopStarted.size(), 0);
    QString error;
    QVERIFY(!TlsSetup::load(tls, &error)); // the command line reads them the same way, up front
    QCOMPARE(error, engine.result().error->message);
}

QTEST_GUILESS_MAIN(tst_TlsSetup)
#include "tst_tlssetup.moc"
