// SPDX-License-Identifier: MIT
// --resolve and --connect-to: reading curl's syntax, choosing the pin for a URL, and chains whose
// host names resolve nowhere (.invalid) reaching a scripted server on 127.0.0.1 through a pin,
// with the URL, the Host field, cookies and redirects all still about the host typed.
#include "core/requests/pins.h"
#include "core/requests/proxyselection.h"
#include "enginetest.h"
#include "nginxserver.h"
#include "testca.h"
#include "tinyproxyserver.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::NginxServer;
using StatusScope::Test::ScriptedServer;
using StatusScope::Test::TestCa;
using StatusScope::Test::TinyproxyServer;

class tst_Pins : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void parseResolve_data();
    void parseResolve();
    void parseConnectTo_data();
    void parseConnectTo();
    void routeChoice_data();
    void routeChoice();
    void resolvePinOverHttp();
    void pinAppliesAcrossRedirects();
    void unpinnedHostStillFails();
    void httpsPinKeepsTheName_data();
    void httpsPinKeepsTheName();
    void httpsPinChecksTheUrlsHost();
    void connectToThroughHttpProxyTunnel();
    void resolveLeftToTheHttpProxy();
    void connectToPlainHttpThroughProxyRefused();
    void connectToPlainHttpThroughProxyAfterRedirect();

private:
    // nginx over TLS with a certificate for `names` from a fresh test CA (its root in *rootPem),
    // answering /names with the server name (SNI), Host and protocol it saw.
    bool startNamedNginx(NginxServer &nginx, const QStringList &names, QString *rootPem);

    QTemporaryDir m_folder;
    std::unique_ptr<TestCa> m_ca;
};

void tst_Pins::parseResolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("error"); // a part of the sentence; empty when it reads

    QTest::newRow("one address") << u"www.example:443:203.0.113.7"_s << u"www.example"_s << 443
                                 << QStringList{u"203.0.113.7"_s} << QString();
    QTest::newRow("several") << u"a.example:80:127.0.0.1,[::1], 10.0.0.2"_s << u"a.example"_s << 80
                             << QStringList{u"127.0.0.1"_s, u"::1"_s, u"10.0.0.2"_s} << QString();
    QTest::newRow("bare ipv6") << u"a.example:80:::1"_s << u"a.example"_s << 80 << QStringList{u"::1"_s}
                               << QString();
    QTest::newRow("curl's plus") << u"+a.example:80:127.0.0.1"_s << u"a.example"_s << 80
                                 << QStringList{u"127.0.0.1"_s} << QString();
    QTest::newRow("no address") << u"a.example:80"_s << QString() << 0 << QStringList() << u"three parts"_s;
    QTest::newRow("name as address") << u"a.example:80:b.example"_s << QString() << 0 << QStringList()
                                     << u"“b.example” is not an IP address"_s;
    QTest::newRow("bad port") << u"a.example:http:127.0.0.1"_s << QString() << 0 << QStringList()
                              << u"“http” is not a port"_s;
    QTest::newRow("port 0") << u"a.example:0:127.0.0.1"_s << QString() << 0 << QStringList()
                            << u"“0” is not a port"_s;
    QTest::newRow("no host") << u":80:127.0.0.1"_s << QString() << 0 << QStringList() << u"host is missing"_s;
    QTest::newRow("removal") << u"-a.example:80"_s << QString() << 0 << QStringList() << u"leading “-”"_s;
}

void tst_Pins::parseResolve()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QStringList, addresses);
    QFETCH(QString, error);
    QString said;
    const std::optional<ResolvePin> pin = parseResolvePin(text, &said);
    if (!error.isEmpty()) {
        QVERIFY(!pin);
        QVERIFY2(said.contains(error) && said.contains(u"HOST:PORT:ADDRESS"_s), qPrintable(said));
        return;
    }
    QVERIFY2(pin, qPrintable(said));
    QCOMPARE(pin->host, host);
    QCOMPARE(pin->port, port);
    QCOMPARE(pin->addresses, addresses);
}

void tst_Pins::parseConnectTo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("toHost");
    QTest::addColumn<int>("toPort");
    QTest::addColumn<QString>("error");

    QTest::newRow("all four") << u"www.example:443:staging.example:8443"_s << u"www.example"_s << 443
                              << u"staging.example"_s << 8443 << QString();
    QTest::newRow("any source") << u"::127.0.0.1:8080"_s << QString() << 0 << u"127.0.0.1"_s << 8080
                                << QString();
    QTest::newRow("keep port") << u"www.example:443:[::1]:"_s << u"www.example"_s << 443 << u"::1"_s << 0
                               << QString();
    QTest::newRow("three parts") << u"a:1:b"_s << QString() << 0 << QString() << 0 << u"four parts"_s;
    QTest::newRow("bad port") << u"a:1:b:99999"_s << QString() << 0 << QString() << 0
                              << u"“99999” is not a port"_s;
}

void tst_Pins::parseConnectTo()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, toHost);
    QFETCH(int, toPort);
    QFETCH(QString, error);
    QString said;
    const std::optional<ConnectToPin> pin = parseConnectToPin(text, &said);
    if (!error.isEmpty()) {
        QVERIFY(!pin);
        QVERIFY2(said.contains(error) && said.contains(u"HOST1:PORT1:HOST2:PORT2"_s), qPrintable(said));
        return;
    }
    QVERIFY2(pin, qPrintable(said));
    QCOMPARE(pin->host, host);
    QCOMPARE(pin->port, port);
    QCOMPARE(pin->toHost, toHost);
    QCOMPARE(pin->toPort, toPort);
    // Written back the way it was read.
    QString again;
    QVERIFY(parseConnectToPin(connectToPinText(*pin), &again));
}

void tst_Pins::routeChoice_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("resolve");
    QTest::addColumn<QStringList>("connectTo");
    QTest::addColumn<QString>("connectedTo"); // empty: no pin applies
    QTest::addColumn<QString>("hostField");

    QTest::newRow("resolve") << u"https://www.example/x"_s << QStringList{u"www.example:443:203.0.113.7"_s}
                             << QStringList() << u"203.0.113.7:443"_s << u"www.example"_s;
    QTest::newRow("host in any case")
        << u"https://WWW.Example/x"_s << QStringList{u"www.EXAMPLE:443:203.0.113.7"_s} << QStringList()
        << u"203.0.113.7:443"_s << u"www.example"_s;
    QTest::newRow("other port") << u"http://www.example/x"_s << QStringList{u"www.example:443:203.0.113.7"_s}
                                << QStringList() << QString() << QString();
    QTest::newRow("first address") << u"http://a.example:8080/"_s
                                   << QStringList{u"a.example:8080:[2001:db8::1],127.0.0.1"_s}
                                   << QStringList() << u"[2001:db8::1]:8080"_s << u"a.example:8080"_s;
    QTest::newRow("connect-to then resolve")
        << u"https://www.example/"_s << QStringList{u"staging.example:8443:10.0.0.9"_s}
        << QStringList{u"www.example:443:staging.example:8443"_s} << u"10.0.0.9:8443"_s << u"www.example"_s;
    QTest::newRow("connect-to a name")
        << u"https://www.example/"_s << QStringList() << QStringList{u":443:staging.example:"_s}
        << u"staging.example:443"_s << u"www.example"_s;
    QTest::newRow("connect-to any, port kept")
        << u"http://a.example:81/"_s << QStringList() << QStringList{u"::127.0.0.1:"_s} << u"127.0.0.1:81"_s
        << u"a.example:81"_s;
    QTest::newRow("first connect-to wins")
        << u"http://a.example/"_s << QStringList()
        << QStringList{u"a.example:80:127.0.0.2:"_s, u"a.example:80:127.0.0.3:"_s} << u"127.0.0.2:80"_s
        << u"a.example"_s;
    QTest::newRow("pinned to itself")
        << u"http://a.example/"_s << QStringList() << QStringList{u"a.example:80:a.example:80"_s} << QString()
        << QString();
}

void tst_Pins::routeChoice()
{
    QFETCH(QString, url);
    QFETCH(QStringList, resolve);
    QFETCH(QStringList, connectTo);
    QFETCH(QString, connectedTo);
    QFETCH(QString, hostField);
    NetworkOptions network;
    QString error;
    for (const QString &text : std::as_const(resolve))
        network.resolve.append(*parseResolvePin(text, &error));
    for (const QString &text : std::as_const(connectTo))
        network.connectTo.append(*parseConnectToPin(text, &error));
    const QUrl typed(url);
    const std::optional<PinnedRoute> route = pinnedRoute(typed, network);
    QCOMPARE(route ? route->connectedTo : QString(), connectedTo);
    if (!route)
        return;
    QCOMPARE(QString::fromLatin1(route->hostField), hostField);
    QCOMPARE(route->verifyName, typed.host());
    QCOMPARE(route->connectUrl.path(), typed.path());
    QCOMPARE(route->connectUrl.scheme(), typed.scheme());
}

void tst_Pins::resolvePinOverHttp()
{
    const QByteArray host = "app.pinned.invalid:" + QByteArray::number(m_server->port());
    RequestSpec spec = get(QUrl(u"http://"_s + QString::fromLatin1(host) + u"/ok"_s));
    spec.options.network.resolve.append({u"app.pinned.invalid"_s, m_server->port(), {u"127.0.0.1"_s}});
    const ChainResult chain = run(spec);
    QCOMPARE(outcomeKey(chain.outcome), u"complete"_s);
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.url, spec.url); // the chain shows the URL asked for, not the address
    QCOMPARE(hop.route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Host"), host);
    QCOMPARE(m_server->requests().first().target, "/ok");
}

void tst_Pins::pinAppliesAcrossRedirects()
{
    // a.invalid sets a cookie and sends the client to b.invalid, which sends it back to a.invalid:
    // each hop connects through its own pin, and the cookie follows a.invalid's rules.
    ScriptedServer other;
    QVERIFY(other.listen());
    const QByteArray a = "a.invalid:" + QByteArray::number(m_server->port());
    const QByteArray b = "b.invalid:" + QByteArray::number(other.port());
    m_server->route(
        "/start",
        ScriptedServer::response(
            302, "Found", {{"Location", "http://" + b + "/over"}, {"Set-Cookie", "session=1; Path=/"}}));
    other.route("/over", ScriptedServer::redirect(302, "http://" + a + "/back"));
    m_server->route("/back", ScriptedServer::response(200, "OK", {}, "back"));
    RequestSpec spec = get(QUrl(u"http://"_s + QString::fromLatin1(a) + u"/start"_s));
    spec.options.network.resolve.append({u"a.invalid"_s, m_server->port(), {u"127.0.0.1"_s}});
    spec.options.network.connectTo.append({u"b.invalid"_s, 0, u"127.0.0.1"_s, 0});
    const ChainResult chain = run(spec);
    QCOMPARE(outcomeKey(chain.outcome), u"complete"_s);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops.at(1).url.host(), u"b.invalid"_s);
    QCOMPARE(chain.hops.at(1).route.connectedTo, u"127.0.0.1:"_s + QString::number(other.port()));
    QCOMPARE(chain.hops.at(2).url.host(), u"a.invalid"_s);
    QCOMPARE(chain.hops.at(2).route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
    QCOMPARE(chain.finalUrl.host(), u"a.invalid"_s);
    QCOMPARE(other.requests().first().header("Host"), b);
    QVERIFY(!other.requests().first().hasHeader("Cookie")); // b.invalid is another site
    QCOMPARE(m_server->requestsTo("/back").first().header("Host"), a);
    QCOMPARE(m_server->requestsTo("/back").first().header("Cookie"), "session=1");
}

void tst_Pins::unpinnedHostStillFails()
{
    // A pin for another port does not apply: the name is looked up, and .invalid never resolves.
    RequestSpec spec
        = get(QUrl(u"http://app.pinned.invalid:"_s + QString::number(m_server->port()) + u"/ok"_s));
    spec.options.network.resolve.append({u"app.pinned.invalid"_s, 1, {u"127.0.0.1"_s}});
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::HostNotFound);
    QVERIFY(chain.hops.first().route.connectedTo.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

bool tst_Pins::startNamedNginx(NginxServer &nginx, const QStringList &names, QString *rootPem)
{
    if (!m_ca)
        m_ca = std::make_unique<TestCa>(m_folder.filePath(u"ca"_s));
    const TestCa::Issued issued = m_ca->server(names);
    if (!m_ca->isValid() || issued.certificate.isEmpty()) {
        qWarning("%s", qPrintable(m_ca->error()));
        return false;
    }
    *rootPem = m_ca->rootPem();
    NginxServer::Config config;
    config.certificate = issued.chain;
    config.key = issued.key;
    config.extraServer = uR"(location = /names {
            return 200 "sni=$ssl_server_name\nhost=$host\nprotocol=$server_protocol\n";
        })"_s;
    if (!nginx.start(config)) {
        qWarning("%s", qPrintable(nginx.error()));
        return false;
    }
    return true;
}

void tst_Pins::httpsPinKeepsTheName_data()
{
    QTest::addColumn<HttpVersion>("version");
    QTest::addColumn<bool>("noted"); // HTTP/2 was wanted, the pin made it HTTP/1.1
    QTest::newRow("--http1.1") << HttpVersion::Http1_1 << false;
    QTest::newRow("default") << HttpVersion::Default << true;
    QTest::newRow("--http2") << HttpVersion::Http2 << true;
}

void tst_Pins::httpsPinKeepsTheName()
{
    // The certificate is issued for app.pinned.invalid, a name that resolves nowhere: the check
    // passes only because the server name sent and verified is the URL's host, not the address.
    QFETCH(HttpVersion, version);
    QFETCH(bool, noted);
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available() && TestCa::available(),
                                "nginx or openssl (Debian packages nginx, openssl)");
    NginxServer nginx;
    QString root;
    QVERIFY(startNamedNginx(nginx, {u"app.pinned.invalid"_s}, &root));
    RequestSpec spec = get(QUrl(u"https://app.pinned.invalid:%1/names"_s.arg(nginx.port())));
    spec.options.network.resolve.append({u"app.pinned.invalid"_s, nginx.port(), {u"127.0.0.1"_s}});
    spec.options.network.tls.caFiles = {root};
    spec.options.network.httpVersion = version;
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : QString()));
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.url, spec.url);
    QCOMPARE(hop.route.connectedTo, u"127.0.0.1:%1"_s.arg(nginx.port()));
    const QString seen = QString::fromUtf8(hop.bodyPreview);
    QVERIFY2(seen.contains(u"sni=app.pinned.invalid\n"_s), qPrintable(seen));
    QVERIFY2(seen.contains(u"host=app.pinned.invalid\n"_s), qPrintable(seen));
    // Over HTTP/2, Qt 6.4 would have named 127.0.0.1 as :authority (seen against this nginx).
    QVERIFY2(seen.contains(u"protocol=HTTP/1.1"_s), qPrintable(seen));
    QCOMPARE(hop.hasWarning(u"pinned-http2"), noted);
}

void tst_Pins::httpsPinChecksTheUrlsHost()
{
    // A certificate valid for the address but not for the URL's host is refused, and the
    // sentence names both.
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available() && TestCa::available(),
                                "nginx or openssl (Debian packages nginx, openssl)");
    NginxServer nginx;
    QString root;
    QVERIFY(startNamedNginx(nginx, {u"127.0.0.1"_s}, &root));
    RequestSpec spec = get(QUrl(u"https://app.pinned.invalid:%1/names"_s.arg(nginx.port())));
    spec.options.network.connectTo.append({u"app.pinned.invalid"_s, 0, u"127.0.0.1"_s, 0});
    spec.options.network.tls.caFiles = {root};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
    QVERIFY2(chain.error->message.contains(
                 u"The server's certificate is valid for 127.0.0.1, not for “app.pinned.invalid”."_s),
             qPrintable(chain.error->message));
    QCOMPARE(chain.hops.first().route.connectedTo, u"127.0.0.1:%1"_s.arg(nginx.port()));
}

// With -x, curl applies --connect-to to the tunnel (CONNECT names the pinned host and port, TLS
// still checks the URL's host), while --resolve is not consulted: the proxy looks names up.
void tst_Pins::connectToThroughHttpProxyTunnel()
{
    STATUSSCOPE_REQUIRE_PROGRAM(
        NginxServer::available() && TestCa::available() && TinyproxyServer::available(),
        "nginx, openssl or tinyproxy (Debian packages nginx, openssl, tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    NginxServer nginx;
    QString root;
    QVERIFY(startNamedNginx(nginx, {u"app.pinned.invalid"_s}, &root));
    RequestSpec spec = get(QUrl(u"https://app.pinned.invalid:%1/names"_s.arg(nginx.port())));
    QVERIFY(!parseProxyUrl(proxy.url().toString(), spec.options.network.proxy));
    spec.options.network.connectTo.append({u"app.pinned.invalid"_s, 0, u"127.0.0.1"_s, 0});
    spec.options.network.tls.caFiles = {root};
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : QString()));
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.route.proxy, proxy.url().toString());
    QCOMPARE(hop.route.connectedTo, u"127.0.0.1:%1"_s.arg(nginx.port()));
    QVERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1:%1 HTTP/1.1"_s.arg(nginx.port())),
             qPrintable(proxy.log().join(u'\n')));
    const QString seen = QString::fromUtf8(hop.bodyPreview);
    QVERIFY2(seen.contains(u"sni=app.pinned.invalid\n"_s), qPrintable(seen));
    QVERIFY2(seen.contains(u"host=app.pinned.invalid\n"_s), qPrintable(seen));
}

void tst_Pins::resolveLeftToTheHttpProxy()
{
    // The proxy cannot resolve .invalid: the request fails there, as curl's does, and the hop
    // says why the pin was not used; the server behind the pin hears nothing.
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    RequestSpec spec = get(QUrl(u"http://app.pinned.invalid:%1/ok"_s.arg(m_server->port())));
    QVERIFY(!parseProxyUrl(proxy.url().toString(), spec.options.network.proxy));
    spec.options.network.resolve.append({u"app.pinned.invalid"_s, m_server->port(), {u"127.0.0.1"_s}});
    const ChainResult chain = run(spec);
    QVERIFY(!chain.hops.isEmpty());
    const Hop &hop = chain.hops.first();
    QVERIFY(hop.route.connectedTo.isEmpty());
    QVERIFY(hop.hasWarning(u"pin-not-applied"));
    QVERIFY2(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(spec.url.toString())),
             qPrintable(proxy.log().join(u'\n')));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_Pins::connectToPlainHttpThroughProxyRefused()
{
    // curl would tunnel plain http to the pinned address; Qt 6.4 cannot, and the proxy would
    // take the address for the site: refused with a sentence, nothing sent anywhere.
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    RequestSpec spec = get(QUrl(u"http://app.pinned.invalid:%1/ok"_s.arg(m_server->port())));
    QVERIFY(!parseProxyUrl(proxy.url().toString(), spec.options.network.proxy));
    spec.options.network.connectTo.append({u"app.pinned.invalid"_s, 0, u"127.0.0.1"_s, 0});
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::InvalidInput);
    QVERIFY2(chain.error->message.startsWith(
                 u"Nothing was sent to app.pinned.invalid:%1: --connect-to"_s.arg(m_server->port())),
             qPrintable(chain.error->message));
    QVERIFY(chain.hops.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY2(proxy.log().isEmpty(), qPrintable(proxy.log().join(u'\n')));
    // Without the pin's host, or with --noproxy for it, the same request goes.
    spec.options.network.proxy.noProxy = {u"app.pinned.invalid"_s};
    QCOMPARE(run(spec).outcome, ChainOutcome::Complete);
}

void tst_Pins::connectToPlainHttpThroughProxyAfterRedirect()
{
    // The typed URL is not pinned; the redirect's is: the chain ends before that hop.
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    m_server->route("/start",
                    ScriptedServer::redirect(
                        302, "http://app.pinned.invalid:" + QByteArray::number(m_server->port()) + "/ok"));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    QVERIFY(!parseProxyUrl(proxy.url().toString(), spec.options.network.proxy));
    spec.options.network.connectTo.append({u"app.pinned.invalid"_s, 0, u"127.0.0.1"_s, 0});
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 302);
    QVERIFY2(chain.error->message.contains(u"--connect-to"_s), qPrintable(chain.error->message));
    QCOMPARE(m_server->requestsTo("/start").size(), 1);
    QVERIFY(m_server->requestsTo("/ok").isEmpty());
}

QTEST_GUILESS_MAIN(tst_Pins)
#include "tst_pins.moc"
