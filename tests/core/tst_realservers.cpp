// SPDX-License-Identifier: MIT
// The launchers of the real servers the issue 15 tests talk to (tests/support): each starts on a
// free loopback port, serves a real request made with QNetworkAccessManager, and stops leaving
// no process behind. The certificates come from TestCa, made with the openssl command line.
#include "childserver.h"
#include "nginxserver.h"
#include "scriptedserver.h"
#include "socksserver.h"
#include "testca.h"
#include "tinyproxyserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Test;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
};

Answer fetch(QNetworkAccessManager &manager, const QNetworkRequest &request)
{
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("no answer within 15 s");
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                  reply->errorString(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_RealServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testCaMakesUsableFiles();
    void testCaDatesAndPkcs12();
    void tinyproxyForwards();
    void tinyproxyAsksForCredentials();
    void socksForwards();
    void socksResolvesThroughItsHostsFile();
    void nginxServesPlainHttp();
    void nginxRequiresAClientCertificate();
    void nginxThroughTinyproxyConnect();

private:
    ScriptedServer m_origin;
};

void tst_RealServers::initTestCase()
{
    QVERIFY(m_origin.listen());
    m_origin.route("/hello",
                   ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "hello\n"));
}

void tst_RealServers::testCaMakesUsableFiles()
{
    STATUSSCOPE_REQUIRE_PROGRAM(TestCa::available(), "openssl (Debian package openssl)");
    QTemporaryDir folder;
    TestCa ca(folder.path());
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));

    const QList<QSslCertificate> roots = QSslCertificate::fromPath(ca.rootPem(), QSsl::Pem);
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.first().subjectInfo(QSslCertificate::CommonName),
             QStringList{u"StatusScope Test Root CA"_s});
    QVERIFY(roots.first().isSelfSigned());
    QCOMPARE(QSslCertificate::fromPath(ca.rootDer(), QSsl::Der), roots);

    const TestCa::Issued server = ca.server({u"app.example"_s, u"127.0.0.1"_s}, -1, 30, true);
    QVERIFY2(!server.certificate.isEmpty(), qPrintable(ca.error()));
    const QSslCertificate certificate = QSslCertificate::fromPath(server.certificate).value(0);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"app.example"_s});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{u"StatusScope Test Intermediate CA"_s});
    const auto names = certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList{u"app.example"_s});
    QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList{u"127.0.0.1"_s});
    QCOMPARE(QSslCertificate::fromPath(server.chain).size(), 2);
    QVERIFY(!QSslKey(readAll(server.key), QSsl::Rsa).isNull());

    const TestCa::Issued client = ca.client(u"alice"_s);
    QVERIFY2(!client.certificate.isEmpty(), qPrintable(ca.error()));
    const QSslCertificate clientCertificate = QSslCertificate::fromPath(client.certificate).value(0);
    QCOMPARE(clientCertificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{u"StatusScope Test Root CA"_s});

    const TestCa::Issued own = ca.selfSigned({u"localhost"_s});
    QVERIFY2(!own.certificate.isEmpty(), qPrintable(ca.error()));
    QVERIFY(QSslCertificate::fromPath(own.certificate).value(0).isSelfSigned());
}

void tst_RealServers::testCaDatesAndPkcs12()
{
    STATUSSCOPE_REQUIRE_PROGRAM(TestCa::available(), "openssl (Debian package openssl)");
    QTemporaryDir folder;
    TestCa ca(folder.path());
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCa::Issued expired = ca.server({u"localhost"_s}, -30, -2);
    const QSslCertificate old = QSslCertificate::fromPath(expired.certificate).value(0);
    QVERIFY2(!old.isNull(), qPrintable(ca.error()));
    QVERIFY(old.expiryDate() < now.addDays(-1));
    QVERIFY(old.effectiveDate() < now.addDays(-29));
    const TestCa::Issued future = ca.server({u"localhost"_s}, 5, 30);
    QVERIFY(QSslCertificate::fromPath(future.certificate).value(0).effectiveDate() > now.addDays(4));

    // Qt 6.4's OpenSSL 3 backend must read what openssl 3 writes by default.
    const TestCa::Issued client = ca.client(u"bob"_s);
    const QString p12 = ca.pkcs12(client, u"s3cret"_s);
    QVERIFY2(!p12.isEmpty(), qPrintable(ca.error()));
    QFile file(p12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QVERIFY(QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, "s3cret"));
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"bob"_s});
    QVERIFY(!key.isNull());
    file.seek(0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unable to parse PKCS#12"_s));
    QVERIFY(!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, "wrong"));
}

void tst_RealServers::tinyproxyForwards()
{
    STATUSSCOPE_REQUIRE_PROGRAM(TinyproxyServer::available(), "tinyproxy (Debian package tinyproxy-bin)");
    qint64 pid = 0;
    {
        TinyproxyServer proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        pid = proxy.processId();
        QCOMPARE(proxy.url(), QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())));

        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
        const int before = m_origin.requestsTo("/hello").size();
        const Answer answer = fetch(manager, QNetworkRequest(m_origin.url(u"/hello"_s)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, "hello\n"_ba);
        QCOMPARE(m_origin.requestsTo("/hello").size(), before + 1);
        // tinyproxy adds Via: the request really went through it.
        QVERIFY(m_origin.requestsTo("/hello").last().header("Via").contains("tinyproxy"));
        QTRY_VERIFY(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(m_origin.url(u"/hello"_s).toString())));
    }
    QVERIFY(processGone(pid));
}

void tst_RealServers::tinyproxyAsksForCredentials()
{
    STATUSSCOPE_REQUIRE_PROGRAM(TinyproxyServer::available(), "tinyproxy (Debian package tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"wonder"_s), qPrintable(proxy.error()));

    QNetworkAccessManager anonymous;
    anonymous.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
    const Answer refused = fetch(anonymous, QNetworkRequest(m_origin.url(u"/hello"_s)));
    QCOMPARE(refused.status, 407);
    QCOMPARE(refused.error, QNetworkReply::ProxyAuthenticationRequiredError);

    QNetworkAccessManager known;
    known.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"alice"_s, u"wonder"_s));
    const Answer served = fetch(known, QNetworkRequest(m_origin.url(u"/hello"_s)));
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "hello\n"_ba);
    const qint64 pid = proxy.processId();
    proxy.stop();
    QVERIFY(processGone(pid));
}

void tst_RealServers::socksForwards()
{
    STATUSSCOPE_REQUIRE_PROGRAM(SocksServer::available(), "microsocks (Debian package microsocks)");
    SocksServer socks;
    QVERIFY2(socks.start(u"carol"_s, u"pw"_s), qPrintable(socks.error()));
    QCOMPARE(socks.url(), QUrl(u"socks5://127.0.0.1:%1"_s.arg(socks.port())));

    QNetworkAccessManager wrong;
    wrong.setProxy(
        QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, socks.port(), u"carol"_s, u"nope"_s));
    QVERIFY(fetch(wrong, QNetworkRequest(m_origin.url(u"/hello"_s))).error != QNetworkReply::NoError);

    QNetworkAccessManager manager;
    manager.setProxy(
        QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, socks.port(), u"carol"_s, u"pw"_s));
    const Answer answer = fetch(manager, QNetworkRequest(m_origin.url(u"/hello"_s)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, "hello\n"_ba);
    const qint64 pid = socks.processId();
    socks.stop();
    QVERIFY(processGone(pid));
}

void tst_RealServers::socksResolvesThroughItsHostsFile()
{
    STATUSSCOPE_REQUIRE_PROGRAM(SocksServer::hostsFileAvailable(),
                                "microsocks or libnss_wrapper (Debian packages microsocks, libnss-wrapper)");
    QTemporaryDir folder;
    const QString hosts = folder.filePath(u"hosts"_s);
    QFile file(hosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1 only-the-proxy-knows.test\n");
    file.close();

    SocksServer socks;
    QVERIFY2(socks.start({}, {}, hosts), qPrintable(socks.error()));
    QNetworkAccessManager manager;
    // Qt's SOCKS5 proxy resolves names remotely (socks5h): the name goes to microsocks as it is.
    manager.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, socks.port()));
    const QUrl url(u"http://only-the-proxy-knows.test:%1/hello"_s.arg(m_origin.port()));
    const Answer answer = fetch(manager, QNetworkRequest(url));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, "hello\n"_ba);

    QNetworkAccessManager direct;
    direct.setProxy(QNetworkProxy::NoProxy);
    QCOMPARE(fetch(direct, QNetworkRequest(url)).error, QNetworkReply::HostNotFoundError);
}

void tst_RealServers::nginxServesPlainHttp()
{
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available(), "nginx (Debian package nginx)");
    qint64 pid = 0;
    {
        NginxServer nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.error()));
        pid = nginx.processId();
        QCOMPARE(nginx.url(u"/info"_s).scheme(), u"http"_s);
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        const Answer answer = fetch(manager, QNetworkRequest(nginx.url(u"/"_s)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, "hello from nginx\n"_ba);
        const Answer info = fetch(manager, QNetworkRequest(nginx.url(u"/info"_s)));
        QVERIFY2(info.body.contains("protocol=HTTP/1.1\n"), info.body.constData());
    }
    QVERIFY(processGone(pid));
}

namespace {

// Trusts `ca`'s root and nothing else, and presents `client` when it is set.
QNetworkRequest tlsRequest(const QUrl &url, const TestCa &ca, const TestCa::Issued &client = {})
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(ca.rootPem()));
    if (!client.certificate.isEmpty()) {
        tls.setLocalCertificate(QSslCertificate::fromPath(client.certificate).value(0));
        tls.setPrivateKey(QSslKey(readAll(client.key), QSsl::Rsa));
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    return request;
}

} // namespace

void tst_RealServers::nginxRequiresAClientCertificate()
{
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available() && TestCa::available(),
                                "nginx or openssl (Debian packages nginx, openssl)");
    QTemporaryDir folder;
    TestCa ca(folder.path());
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const TestCa::Issued server = ca.server({u"localhost"_s, u"127.0.0.1"_s}, -1, 30, true);
    const TestCa::Issued client = ca.client(u"alice"_s);
    QVERIFY2(!client.certificate.isEmpty(), qPrintable(ca.error()));

    qint64 pid = 0;
    {
        NginxServer nginx;
        NginxServer::Config config;
        config.certificate = server.chain; // with the intermediate: the client only knows the root
        config.key = server.key;
        config.clientCa = ca.rootPem();
        QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
        pid = nginx.processId();
        QCOMPARE(nginx.url(u"/info"_s).scheme(), u"https"_s);
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);

        const Answer served = fetch(manager, tlsRequest(nginx.url(u"/info"_s), ca, client));
        QCOMPARE(served.error, QNetworkReply::NoError);
        QCOMPARE(served.status, 200);
        QVERIFY2(served.body.contains("protocol=HTTP/2.0\n"), served.body.constData());
        QVERIFY2(served.body.contains("client=O=StatusScope tests,CN=alice\n"), served.body.constData());
        QVERIFY2(served.body.contains("verify=SUCCESS\n"), served.body.constData());

        // nginx completes the handshake without a certificate, then answers 400.
        QNetworkAccessManager other;
        other.setProxy(QNetworkProxy::NoProxy);
        const Answer refused = fetch(other, tlsRequest(nginx.url(u"/info"_s), ca));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("No required SSL certificate was sent"));

        // The system store alone does not know the test CA.
        QNetworkAccessManager untrusting;
        untrusting.setProxy(QNetworkProxy::NoProxy);
        QCOMPARE(fetch(untrusting, QNetworkRequest(nginx.url(u"/"_s))).error,
                 QNetworkReply::SslHandshakeFailedError);
    }
    QVERIFY(processGone(pid));
}

void tst_RealServers::nginxThroughTinyproxyConnect()
{
    STATUSSCOPE_REQUIRE_PROGRAM(
        NginxServer::available() && TestCa::available() && TinyproxyServer::available(),
        "nginx, openssl or tinyproxy (Debian packages nginx, openssl, tinyproxy-bin)");
    QTemporaryDir folder;
    TestCa ca(folder.path());
    const TestCa::Issued server = ca.server({u"127.0.0.1"_s});
    QVERIFY2(!server.certificate.isEmpty(), qPrintable(ca.error()));
    NginxServer nginx;
    NginxServer::Config config;
    config.certificate = server.certificate;
    config.key = server.key;
    config.http2 = false;
    QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
    const Answer answer = fetch(manager, tlsRequest(nginx.url(u"/info"_s), ca));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QVERIFY2(answer.body.contains("protocol=HTTP/1.1\n"), answer.body.constData());
    QTRY_VERIFY(proxy.log().contains(u"CONNECT 127.0.0.1:%1 HTTP/1.1"_s.arg(nginx.port())));
}

QTEST_GUILESS_MAIN(tst_RealServers)
#include "tst_realservers.moc"
