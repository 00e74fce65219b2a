// SPDX-License-Identifier: MIT
// A client certificate from Preferences → Certificates goes only to the hosts its pattern names,
// hop by hop (cert15): nginx with ssl_verify_client optional answers for two names, a.test and
// b.test (pinned to 127.0.0.1 with --resolve), and tells in /info which certificate it saw. A
// redirect from the host the pattern names to the other one must arrive there with none, and one
// the other way round must present it on the second hop. A certificate of the request's own
// (--cert) goes to every host, as curl's does along a -L chain.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/chaindocument.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestengine.h"
#include "core/requests/requestsession.h"
#include "core/requests/secretneeds.h"
#include "nginxserver.h"
#include "testca.h"
#include "tlsbed.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::NginxServer;
using StatusScope::Test::TestCa;
using StatusScope::Test::TlsBed;

class tst_ClientCertificateHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void preferredCertificateStaysWithItsHost();
    void preferredCertificateMeetsItsHostAfterARedirect();
    void ownCertificateGoesToEveryHost();
    void sessionMatchesEveryHop();
    void unreadablePreferredCertificateStopsBeforeItsHost();
    void lockedPreferredCertificateReachedByRedirect();
    void passwordAskedForTheUpgradeToHttps();

private:
    // A request for `path` on `host` (a.test or b.test), both pinned to nginx on 127.0.0.1.
    RequestSpec request(const QString &host, const QString &path) const;
    ChainResult run(const RequestSpec &spec);
    ClientCertificateRule aliceFor(const QString &pattern) const;

    TlsBed m_bed;
    TestCa::Issued m_server;
    TestCa::Issued m_alice;
    std::unique_ptr<NginxServer> m_nginx;
};

void tst_ClientCertificateHosts::initTestCase()
{
    STATUSSCOPE_PREPARE_TLS_BED(m_bed);
    m_server = m_bed.ca().server({u"a.test"_s, u"b.test"_s});
    QVERIFY2(!m_server.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
    m_alice = m_bed.ca().client(u"alice"_s);
    QVERIFY2(!m_alice.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
}

void tst_ClientCertificateHosts::init()
{
    m_nginx = std::make_unique<NginxServer>();
    NginxServer::Config config;
    config.certificate = m_server.chain;
    config.key = m_server.key;
    config.clientCa = m_bed.ca().rootPem();
    config.clientCertificateOptional = true; // a hop without a certificate is answered too
    // $server_port: the port is only known once the server is started.
    config.extraServer = u"        location = /to-b { return 302 https://b.test:$server_port/info; }\n"
                         "        location = /to-a { return 302 https://a.test:$server_port/info; }\n"_s;
    QVERIFY2(m_nginx->start(config), qPrintable(m_nginx->error()));
}

void tst_ClientCertificateHosts::cleanup()
{
    m_nginx.reset();
}

RequestSpec tst_ClientCertificateHosts::request(const QString &host, const QString &path) const
{
    RequestSpec spec;
    spec.url = QUrl(u"https://%1:%2%3"_s.arg(host).arg(m_nginx->port()).arg(path));
    spec.options.inactivityTimeoutMs = 10000;
    spec.options.network.tls.caFiles = {m_bed.ca().rootPem()};
    for (const QString &name : {u"a.test"_s, u"b.test"_s})
        spec.options.network.resolve.append(ResolvePin{name, m_nginx->port(), {u"127.0.0.1"_s}});
    return spec;
}

ChainResult tst_ClientCertificateHosts::run(const RequestSpec &spec)
{
    return m_bed.run(spec);
}

ClientCertificateRule tst_ClientCertificateHosts::aliceFor(const QString &pattern) const
{
    ClientCertificateRule rule;
    rule.hostPattern = pattern;
    rule.certificate.clientCertificate = m_alice.certificate;
    rule.certificate.clientKey = m_alice.key;
    return rule;
}

void tst_ClientCertificateHosts::preferredCertificateStaysWithItsHost()
{
    RequestSpec spec = request(u"a.test"_s, u"/to-b"_s);
    spec.options.network.clientCertificateRules = {aliceFor(u"a.test"_s)};
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    QCOMPARE(chain.hops.size(), 2);

    const Hop &first = chain.hops.at(0);
    QCOMPARE(first.status, 302);
    QCOMPARE(first.route.clientCertificate, u"alice"_s);
    QCOMPARE(first.route.clientCertificatePattern, u"a.test"_s);
    QVERIFY(!first.route.clientCertificateSha256.isEmpty());

    // b.test is outside the pattern: nginx saw no certificate at all.
    const Hop &second = chain.hops.at(1);
    QCOMPARE(second.url.host(), u"b.test"_s);
    QCOMPARE(second.status, 200);
    QVERIFY2(second.bodyPreview.contains("host=b.test"), second.bodyPreview.constData());
    QVERIFY2(second.bodyPreview.contains("verify=NONE"), second.bodyPreview.constData());
    QVERIFY2(!second.bodyPreview.contains("CN=alice"), second.bodyPreview.constData());
    QVERIFY(second.route.clientCertificate.isEmpty());
    QVERIFY(second.route.clientCertificatePattern.isEmpty());

    // The JSON says so hop by hop.
    const QJsonObject firstVia = hopToDocument(first, BodyBytes::LeftOut).value(u"via"_s).toObject();
    const QJsonObject offered = firstVia.value(u"client_certificate"_s).toObject();
    QCOMPARE(offered.value(u"subject"_s).toString(), u"alice"_s);
    QCOMPARE(offered.value(u"host_pattern"_s).toString(), u"a.test"_s);
    QCOMPARE(offered.value(u"sha256"_s).toString(), first.route.clientCertificateSha256);
    const QJsonObject secondVia = hopToDocument(second, BodyBytes::LeftOut).value(u"via"_s).toObject();
    QVERIFY(secondVia.value(u"client_certificate"_s).isNull());
    // And the history reads it back (a chain document).
    const ChainResult read = chainFromDocument(chainToDocument(chain, BodyBytes::Kept));
    QCOMPARE(read.hops.size(), 2);
    QCOMPARE(read.hops.at(0).route.clientCertificate, u"alice"_s);
    QCOMPARE(read.hops.at(0).route.clientCertificatePattern, u"a.test"_s);
    QCOMPARE(read.hops.at(0).route.clientCertificateSha256, first.route.clientCertificateSha256);
    QVERIFY(read.hops.at(1).route.clientCertificate.isEmpty());
}

void tst_ClientCertificateHosts::preferredCertificateMeetsItsHostAfterARedirect()
{
    // The other way round: the first host gets none, the one the pattern names gets it.
    RequestSpec spec = request(u"b.test"_s, u"/to-a"_s);
    spec.options.network.clientCertificateRules = {aliceFor(u"*.example"_s), aliceFor(u"a.test"_s)};
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY(chain.hops.at(0).route.clientCertificate.isEmpty());
    const Hop &second = chain.hops.at(1);
    QCOMPARE(second.status, 200);
    QVERIFY2(second.bodyPreview.contains("CN=alice"), second.bodyPreview.constData());
    QVERIFY2(second.bodyPreview.contains("verify=SUCCESS"), second.bodyPreview.constData());
    QCOMPARE(second.route.clientCertificate, u"alice"_s);
    QCOMPARE(second.route.clientCertificatePattern, u"a.test"_s);
}

void tst_ClientCertificateHosts::ownCertificateGoesToEveryHost()
{
    // --cert (or the console's own certificate) is the request's, for every host it meets, as
    // curl presents --cert to every host of a -L chain; the preferred rules are then not used.
    RequestSpec spec = request(u"a.test"_s, u"/to-b"_s);
    spec.options.network.tls.clientCertificate = m_alice.certificate;
    spec.options.network.tls.clientKey = m_alice.key;
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    QCOMPARE(chain.hops.size(), 2);
    const Hop &second = chain.hops.at(1);
    QVERIFY2(second.bodyPreview.contains("host=b.test"), second.bodyPreview.constData());
    QVERIFY2(second.bodyPreview.contains("CN=alice"), second.bodyPreview.constData());
    for (const Hop &hop : chain.hops) {
        QCOMPARE(hop.route.clientCertificate, u"alice"_s);
        QVERIFY(hop.route.clientCertificatePattern.isEmpty()); // the request's own
    }
}

void tst_ClientCertificateHosts::sessionMatchesEveryHop()
{
    // The window's way: the preferences are merged into the request by the session, which used
    // to pick the certificate for the first URL and hand it on as the request's own.
    QNetworkAccessManager manager;
    RequestSession session(&manager, &m_bed.catalogue());
    NetworkPreferences preferences;
    preferences.extraCaFiles = {m_bed.ca().rootPem()};
    preferences.clientCertificates = {aliceFor(u"a.test"_s)};
    session.setNetworkPreferences(preferences);
    RequestSpec spec = request(u"a.test"_s, u"/to-b"_s);
    spec.options.network.tls.caFiles.clear(); // trusted through the preferences
    QSignalSpy finished(&session, &RequestSession::finished);
    QVERIFY(session.send(spec));
    QVERIFY(finished.wait(20000));
    const ChainResult &chain = session.result();
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(0).route.clientCertificatePattern, u"a.test"_s);
    QVERIFY2(chain.hops.at(1).bodyPreview.contains("verify=NONE"), chain.hops.at(1).bodyPreview.constData());
    QVERIFY(chain.hops.at(1).route.clientCertificate.isEmpty());
    // The request as sent holds no certificate of its own: sent again (accepting a certificate,
    // continuing over http), the preferred one still goes to a.test only.
    QVERIFY(session.lastRequest().options.network.tls.clientCertificate.isEmpty());
    QCOMPARE(session.lastRequest().options.network.clientCertificateRules.size(), 1);
    // What is shown, stored or exported leaves the preferences' certificates and passwords out.
    QVERIFY(maskedRequest(session.lastRequest()).options.network.clientCertificateRules.isEmpty());

    QVERIFY(session.send(session.lastRequest()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(session.result().hops.size(), 2);
    QVERIFY2(session.result().hops.at(1).bodyPreview.contains("verify=NONE"),
             session.result().hops.at(1).bodyPreview.constData());
}

void tst_ClientCertificateHosts::unreadablePreferredCertificateStopsBeforeItsHost()
{
    // A rule whose file is gone: a chain that never meets its host is not troubled by it; one
    // that does stops before that hop with the sentence, as the first hop would be refused.
    ClientCertificateRule gone = aliceFor(u"b.test"_s);
    gone.certificate.clientCertificate = m_bed.path(u"gone.pem"_s);
    RequestSpec spec = request(u"a.test"_s, u"/info"_s);
    spec.options.network.clientCertificateRules = {gone};
    ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);

    spec = request(u"a.test"_s, u"/to-b"_s);
    spec.options.network.clientCertificateRules = {gone};
    chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.hops.size(), 1); // nothing was sent to b.test
    QVERIFY(chain.error);
    QCOMPARE(chain.error->kind, ErrorKind::InvalidInput);
    QVERIFY2(chain.error->message.contains(u"b.test"_s) && chain.error->message.contains(u"gone.pem"_s),
             qPrintable(chain.error->message));

    // Asked for b.test directly: refused before anything is sent.
    QNetworkAccessManager manager;
    RequestEngine engine(&manager, &m_bed.catalogue());
    spec = request(u"b.test"_s, u"/info"_s);
    spec.options.network.clientCertificateRules = {gone};
    QVERIFY(!engine.start(spec));
    QCOMPARE(engine.result().error->kind, ErrorKind::InvalidInput);
}

void tst_ClientCertificateHosts::lockedPreferredCertificateReachedByRedirect()
{
    // The window asks for the password of the certificate the typed URL's host uses, before
    // sending; one that only a redirect reaches was not asked for. The chain stops before that
    // host with a sentence saying how to give it, instead of going there without it.
    QFile keyFile(m_alice.key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!key.isNull());
    const QString lockedKey = m_bed.path(u"alice-locked.key"_s);
    QFile locked(lockedKey);
    QVERIFY(locked.open(QIODevice::WriteOnly));
    locked.write(key.toPem("open sesame"));
    locked.close();
    ClientCertificateRule rule = aliceFor(u"b.test"_s);
    rule.certificate.clientKey = lockedKey;

    RequestSpec spec = request(u"a.test"_s, u"/to-b"_s);
    spec.options.network.clientCertificateRules = {rule};
    ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY2(chain.error->message.contains(u"locked by a password"_s)
                 && chain.error->message.contains(u"Send a request to b.test itself"_s),
             qPrintable(chain.error->message));

    // With its password (asked for on an earlier send to b.test), the redirect presents it.
    spec.options.network.clientCertificateRules.first().certificate.passphrase = u"open sesame"_s;
    chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : outcomeKey(chain.outcome)));
    QVERIFY2(chain.hops.at(1).bodyPreview.contains("CN=alice"), chain.hops.at(1).bodyPreview.constData());
    QCOMPARE(chain.hops.at(1).route.clientCertificatePattern, u"b.test"_s);
}

void tst_ClientCertificateHosts::passwordAskedForTheUpgradeToHttps()
{
    // http://a.test/ usually redirects to https://a.test/ at once: the window asks for the
    // password of the certificate for a.test:443 before sending, as for https://a.test/ typed.
    QFile keyFile(m_alice.key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    const QString lockedKey = m_bed.path(u"alice-locked-443.key"_s);
    QFile locked(lockedKey);
    QVERIFY(locked.open(QIODevice::WriteOnly));
    locked.write(key.toPem("open sesame"));
    locked.close();
    NetworkPreferences preferences;
    ClientCertificateRule rule = aliceFor(u"a.test:443"_s);
    rule.certificate.clientKey = lockedKey;
    preferences.clientCertificates = {rule};

    RequestSpec spec;
    spec.url = QUrl(u"http://a.test/"_s);
    QList<SecretNeed> needs = missingSecrets(preferences, spec);
    QCOMPARE(needs.size(), 1);
    QCOMPARE(needs.first().kind, SecretNeed::Kind::CertificatePassphrase);
    QCOMPARE(needs.first().hostPattern, u"a.test:443"_s);
    // Not followed, or another host: nothing to ask.
    spec.options.followRedirects = false;
    QVERIFY(missingSecrets(preferences, spec).isEmpty());
    spec.options.followRedirects = true;
    spec.url = QUrl(u"http://b.test/"_s);
    QVERIFY(missingSecrets(preferences, spec).isEmpty());
    spec.url = QUrl(u"https://a.test/"_s);
    QCOMPARE(missingSecrets(preferences, spec).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClientCertificateHosts)
#include "tst_clientcertificatehosts.moc"
