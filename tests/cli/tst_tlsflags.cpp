// SPDX-License-Identifier: MIT
// check's --resolve, --connect-to, --http1.1/--http2/--http2-prior-knowledge, --cacert and the
// client certificate options through the real binary: what reaches the server, the JSON's "via",
// and the settings refused with a sentence before anything is sent.
#include "childserver.h"
#include "clirun.h"
#include "nginxserver.h"
#include "scriptedserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Test;

class tst_TlsFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolveAndVersionInJson();
    void connectToAcrossRedirect();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void wrongPkcs12PasswordSendsNothing();
    void authoritiesFromTheEnvironment();

private:
    std::unique_ptr<ScriptedServer> m_server;
};

void tst_TlsFlags::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
}

void tst_TlsFlags::cleanup()
{
    m_server.reset();
}

void tst_TlsFlags::resolveAndVersionInJson()
{
    const QString port = QString::number(m_server->port());
    const CliRun run = runCli({u"check"_s, u"--json"_s, u"--http1.1"_s, u"--resolve"_s,
                               u"app.pinned.invalid:"_s + port + u":127.0.0.1"_s,
                               u"http://app.pinned.invalid:"_s + port + u"/ok"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    const QJsonObject hop = document.value(u"hops"_s).toArray().first().toObject();
    QCOMPARE(hop.value(u"status"_s).toInt(), 200);
    QCOMPARE(hop.value(u"url"_s).toString(), u"http://app.pinned.invalid:"_s + port + u"/ok"_s);
    const QJsonObject via = hop.value(u"via"_s).toObject();
    QCOMPARE(via.value(u"connect_to"_s).toString(), u"127.0.0.1:"_s + port);
    QCOMPARE(via.value(u"http_version_asked"_s).toString(), u"1.1"_s);
    QVERIFY(via.value(u"proxy"_s).isNull());
    QCOMPARE(document.value(u"request"_s).toObject().value(u"options"_s).toObject().value(u"http_version"_s),
             QJsonValue(u"1.1"_s));
    QCOMPARE(m_server->requests().first().header("Host"), "app.pinned.invalid:" + port.toLatin1());
}

void tst_TlsFlags::connectToAcrossRedirect()
{
    // Both hops name a host that resolves nowhere; --connect-to with empty parts sends every
    // request for any host on this port to 127.0.0.1.
    const QByteArray port = QByteArray::number(m_server->port());
    m_server->route("/start", ScriptedServer::redirect(302, "http://second.invalid:" + port + "/ok"));
    const CliRun run = runCli({u"check"_s, u"--json"_s, u"--connect-to"_s,
                               u":"_s + QString::fromLatin1(port) + u":127.0.0.1:"_s,
                               u"http://first.invalid:"_s + QString::fromLatin1(port) + u"/start"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray hops = QJsonDocument::fromJson(run.out).object().value(u"hops"_s).toArray();
    QCOMPARE(hops.size(), 2);
    for (const QJsonValue &hop : hops)
        QCOMPARE(hop.toObject().value(u"via"_s).toObject().value(u"connect_to"_s).toString(),
                 u"127.0.0.1:"_s + QString::fromLatin1(port));
    QCOMPARE(m_server->requestsTo("/ok").first().header("Host"), "second.invalid:" + port);
}

void tst_TlsFlags::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("resolve") << QStringList{u"--resolve"_s, u"a.example:80"_s}
                             << u"--resolve “a.example:80”: it needs three parts separated by colons."_s;
    QTest::newRow("connect-to") << QStringList{u"--connect-to"_s, u"a:1:b:x"_s}
                                << u"--connect-to “a:1:b:x”: “x” is not a port from 1 to 65535."_s;
    QTest::newRow("cert-type") << QStringList{u"--cert-type"_s, u"ENG"_s}
                               << u"--cert-type needs PEM, DER or P12, not “ENG”."_s;
    QTest::newRow("cacert") << QStringList{u"--cacert"_s, u"/nonexistent/ca.pem"_s}
                            << u"--cacert “/nonexistent/ca.pem”: there is no such file."_s;
    QTest::newRow("cert with a colon in its name")
        << QStringList{u"--cert"_s, u"/nonexistent/a\\:b.pem:secret"_s}
        << u"--cert “/nonexistent/a:b.pem”: there is no such file."_s;
    QTest::newRow("key without cert") << QStringList{u"--key"_s, u"/nonexistent/k.pem"_s}
                                      << u"--key “/nonexistent/k.pem” was given without --cert"_s;
    QTest::newRow("tls-max older than Qt offers")
        << QStringList{u"--tls-max"_s, u"1.1"_s}
        << u"--tls-max needs 1.2, 1.3 or default, not “1.1” (Qt 6.4 offers nothing older than TLS 1.2)."_s;
    QTest::newRow("tls-max word") << QStringList{u"--tls-max"_s, u"newest"_s}
                                  << u"--tls-max needs 1.2, 1.3 or default, not “newest”"_s;
    QTest::newRow("no TLS version left") << QStringList{u"--tlsv1.3"_s, u"--tls-max"_s, u"1.2"_s}
                                         << u"--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer"_s;
}

void tst_TlsFlags::refusedBeforeSending()
{
    QFETCH(QStringList, options);
    QFETCH(QString, sentence);
    const CliRun run
        = runCli(QStringList{u"check"_s} + options + QStringList{m_server->url(u"/ok"_s).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(sentence), run.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_TlsFlags::wrongPkcs12PasswordSendsNothing()
{
    STATUSSCOPE_REQUIRE_PROGRAM(TestCa::available(), "openssl (Debian package openssl)");
    QTemporaryDir folder;
    TestCa ca(folder.filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const QString p12 = ca.pkcs12(ca.client(u"carol"_s), u"right"_s);
    const CliRun run = runCli({u"check"_s, u"--cert"_s, p12 + u":wrong"_s, u"--cert-type"_s, u"P12"_s,
                               m_server->url(u"/ok"_s).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"the password does not open this PKCS#12 file"_s),
             run.err.constData());
    QVERIFY2(!run.err.contains("qt.tlsbackend"), run.err.constData()); // only our sentence, not Qt's log
    QVERIFY(m_server->requests().isEmpty());
}

void tst_TlsFlags::authoritiesFromTheEnvironment()
{
    // (ca-env) A company's CURL_CA_BUNDLE, as curl reads it: trusted, shown by --dry-run, and a
    // file it names that is not there said in a sentence.
    STATUSSCOPE_REQUIRE_PROGRAM(TestCa::available() && NginxServer::available(),
                                "openssl or nginx (Debian packages openssl, nginx)");
    QTemporaryDir folder;
    TestCa ca(folder.filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const TestCa::Issued server = ca.server({u"127.0.0.1"_s});
    NginxServer nginx;
    NginxServer::Config config;
    config.certificate = server.chain;
    config.key = server.key;
    QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
    const QString url = nginx.url(u"/"_s).toString();
    const auto runWith = [](const QString &bundle, const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = cliEnvironment();
        for (const QString &name : {u"CURL_CA_BUNDLE"_s, u"SSL_CERT_DIR"_s, u"SSL_CERT_FILE"_s})
            environment.remove(name);
        if (!bundle.isEmpty())
            environment.insert(u"CURL_CA_BUNDLE"_s, bundle);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(STATUSSCOPE_BINARY), arguments);
        return finishCli(process);
    };

    const CliRun untrusted = runWith({}, {u"check"_s, url});
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.out.contains("does not trust"), untrusted.out.constData());

    const CliRun trusted = runWith(ca.rootPem(), {u"check"_s, url});
    QVERIFY2(trusted.exitCode == 0, trusted.out.constData());
    QVERIFY2(trusted.out.contains("final 200, complete"), trusted.out.constData());

    const CliRun dryRun = runWith(ca.rootPem(), {u"check"_s, u"--dry-run"_s, url});
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(QString::fromUtf8(dryRun.out)
                 .contains(u"Authorities for https: only those in CURL_CA_BUNDLE “%1” (from the "
                           "environment, as curl reads it)."_s.arg(ca.rootPem())),
             dryRun.out.constData());
    const CliRun dryJson = runWith(ca.rootPem(), {u"check"_s, u"--dry-run"_s, u"--json"_s, url});
    const QJsonObject fromEnvironment = QJsonDocument::fromJson(dryJson.out)
                                            .object()[u"requests"_s][0][u"authorities_from_environment"_s]
                                            .toObject();
    QCOMPARE(fromEnvironment[u"sources"_s][0][u"variable"_s].toString(), u"CURL_CA_BUNDLE"_s);
    QCOMPARE(fromEnvironment[u"sources"_s][0][u"path"_s].toString(), ca.rootPem());
    QCOMPARE(fromEnvironment[u"with_system"_s].toBool(true), false);
    // Given with --cacert, the variable does not count.
    const CliRun overridden
        = runWith(ca.rootPem(), {u"check"_s, u"--dry-run"_s, u"--cacert"_s, ca.rootPem(), url});
    QVERIFY2(!overridden.out.contains("Authorities for https"), overridden.out.constData());

    const QString missing = folder.filePath(u"gone.pem"_s);
    const CliRun stopped = runWith(missing, {u"check"_s, url});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(QString::fromUtf8(stopped.err)
                 .contains(u"CURL_CA_BUNDLE “%1”: there is no such file. Nothing was sent to 127.0.0.1"_s.arg(
                     missing)),
             stopped.err.constData());
}

QTEST_GUILESS_MAIN(tst_TlsFlags)
#include "tst_tlsflags.moc"
