// SPDX-License-Identifier: MIT
// --resolve HOST:PORT:ADDR1,ADDR2…: the addresses are tried in order while connecting fails, as in
// curl, within one hop. A scripted server listens on 127.0.0.1 only, so 127.0.0.2 (loopback too,
// on Linux) refuses the connection at the same port. And --resolve for the proxy's own host name,
// which curl applies too.
#include "core/requests/chainjson.h"
#include "core/requests/pins.h"
#include "core/requests/proxyselection.h"
#include "enginetest.h"
#include "socksserver.h"
#include "tinyproxyserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;
using StatusScope::Test::SocksServer;
using StatusScope::Test::TinyproxyServer;

class tst_PinAddresses : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void nextAddressAfterARefusal();
    void everyHopTriesAgain();
    void allAddressesRefused();
    void oneAddressRefusedNamesIt();
    void connectToRefusedNamesTheAddress();
    void silentAddressGivesWay();
    void unansweredConnectGivesWay_data();
    void unansweredConnectGivesWay();
    void firstAddressAnswersAlone();
    void proxyHostPinned();
    void proxyHostPinnedToTinyproxy();
    void socksHostPinned();

private:
    quint16 closedPort() const;
};

void tst_PinAddresses::nextAddressAfterARefusal()
{
    const QString port = QString::number(m_server->port());
    const ChainResult chain = run(pinned(u"/ok"_s, u"127.0.0.2,127.0.0.1"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1); // one hop: the failed connection is not a request
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.route.connectedTo, u"127.0.0.1:"_s + port);
    QVERIFY(hop.hasWarning(u"pin-address-failed"));
    const auto fallback = std::find_if(hop.warnings.cbegin(), hop.warnings.cend(),
                                       [](const HopWarning &w) { return w.id == u"pin-address-failed"_s; });
    const QString said = fallback->message;
    QVERIFY2(said.contains(u"127.0.0.2:"_s + port) && said.contains(u"connection refused"_s),
             qPrintable(said));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Host"), "name.test:" + port.toLatin1());
    // Every sentence about the pin names the address used, not the one that failed.
    for (const HopWarning &warning : hop.warnings) {
        if (warning.id != u"pin-address-failed"_s)
            QVERIFY2(!warning.message.contains(u"127.0.0.2"_s), qPrintable(warning.message));
    }

    // check --json's "via" names the address reached.
    const QJsonObject json = chainToJson(chain);
    const QJsonObject via = json.value(u"hops"_s).toArray().first().toObject().value(u"via"_s).toObject();
    QCOMPARE(via.value(u"connect_to"_s).toString(), u"127.0.0.1:"_s + port);
}

void tst_PinAddresses::everyHopTriesAgain()
{
    m_server->route("/a", ScriptedServer::redirect(302, "/ok"));
    const ChainResult chain = run(pinned(u"/a"_s, u"127.0.0.2,127.0.0.1"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    for (const Hop &hop : chain.hops) {
        QCOMPARE(hop.route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
        QVERIFY(hop.status);
    }
}

void tst_PinAddresses::allAddressesRefused()
{
    const QString port = QString::number(m_server->port());
    const ChainResult chain = run(pinned(u"/ok"_s, u"127.0.0.2,127.0.0.3"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::ConnectionRefused);
    const QString message = chain.error->message;
    QVERIFY2(message.contains(u"name.test:"_s + port), qPrintable(message));
    QVERIFY2(
        message.contains(u"127.0.0.2:%1 (connection refused), 127.0.0.3:%1 (connection refused)"_s.arg(port)),
        qPrintable(message));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().route.connectedTo, u"127.0.0.3:"_s + port);
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_PinAddresses::oneAddressRefusedNamesIt()
{
    const QString port = QString::number(m_server->port());
    const ChainResult chain = run(pinned(u"/ok"_s, u"127.0.0.2"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::ConnectionRefused);
    // The address refused, not the name typed (which no DNS ever saw).
    QVERIFY2(chain.error->message.contains(u"127.0.0.2:%1 (connection refused)"_s.arg(port)),
             qPrintable(chain.error->message));
}

// The same sibling for --connect-to: the refusal came from the pinned address, not the URL's host.
void tst_PinAddresses::connectToRefusedNamesTheAddress()
{
    const QString port = QString::number(m_server->port());
    RequestSpec spec = get(QUrl(u"http://name.test:%1/ok"_s.arg(port)));
    QString error;
    spec.options.network.connectTo.append(*parseConnectToPin(u"name.test::127.0.0.2:"_s, &error));
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::ConnectionRefused);
    QVERIFY2(chain.error->message.contains(u"127.0.0.2:%1 (connection refused)"_s.arg(port)),
             qPrintable(chain.error->message));
    QVERIFY(chain.error->message.contains(u"name.test:"_s + port));
}

// 192.0.2.1 (TEST-NET-1, RFC 5737) leads nowhere: the connection either fails at once (no route)
// or never answers, and then the inactivity timeout ends that attempt, not the hop.
void tst_PinAddresses::silentAddressGivesWay()
{
    RequestSpec spec = pinned(u"/ok"_s, u"192.0.2.1,127.0.0.1"_s);
    spec.options.inactivityTimeoutMs = 1000;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
    QVERIFY(chain.hops.first().hasWarning(u"pin-address-failed"));
}

// A port whose accept queue is full drops new connection attempts without a word (Linux drops the
// SYN): the connect hangs until the inactivity timeout, or the connect timeout, ends that attempt,
// and the next address is tried within the same hop.
void tst_PinAddresses::unansweredConnectGivesWay_data()
{
    QTest::addColumn<int>("inactivityTimeoutMs");
    QTest::addColumn<int>("connectTimeoutMs");
    QTest::newRow("timeout without data") << 1000 << 0;
    QTest::newRow("connect timeout") << 20000 << 300; // the connect timeout alone can end it
}

void tst_PinAddresses::unansweredConnectGivesWay()
{
    QFETCH(int, inactivityTimeoutMs);
    QFETCH(int, connectTimeoutMs);
    QTcpServer silent;
    QVERIFY(fillAcceptQueue(silent, QHostAddress(u"127.0.0.2"_s)));

    RequestSpec spec = pinned(u"/ok"_s, u"127.0.0.2,127.0.0.1"_s);
    spec.options.inactivityTimeoutMs = inactivityTimeoutMs;
    spec.options.connectTimeoutMs = connectTimeoutMs;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
    const auto fallback
        = std::find_if(chain.hops.first().warnings.cbegin(), chain.hops.first().warnings.cend(),
                       [](const HopWarning &w) { return w.id == u"pin-address-failed"_s; });
    QVERIFY(fallback != chain.hops.first().warnings.cend());
    QVERIFY2(fallback->message.contains(u"no answer in time"_s), qPrintable(fallback->message));
}

void tst_PinAddresses::firstAddressAnswersAlone()
{
    const ChainResult chain = run(pinned(u"/ok"_s, u"127.0.0.1,127.0.0.2"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().route.connectedTo, u"127.0.0.1:"_s + QString::number(m_server->port()));
    QVERIFY(!chain.hops.first().hasWarning(u"pin-address-failed"));
}

// -x http://proxy.test:PORT --resolve proxy.test:PORT:127.0.0.1: the proxy's name resolves nowhere,
// the pin says where it is. A scripted proxy shows what reached it.
void tst_PinAddresses::proxyHostPinned()
{
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", ScriptedServer::response(200, "OK", {}, "from the proxy"));
    const QString proxyName = u"http://proxy.test:%1"_s.arg(proxy.port());

    RequestSpec spec = get(QUrl(u"http://site.test/page"_s));
    QVERIFY(!::parseProxyUrl(proxyName, spec.options.network.proxy));
    QString error;
    spec.options.network.resolve.append(
        *parseResolvePin(u"proxy.test:%1:127.0.0.1"_s.arg(proxy.port()), &error));
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().route.proxy, proxyName); // the proxy as given
    QVERIFY(chain.hops.first().hasWarning(u"proxy-pinned"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, "http://site.test/page"_ba);

    // Without the pin the name means nothing: the proxy is not found, and nothing was sent.
    RequestSpec unpinned = spec;
    unpinned.options.network.resolve.clear();
    const ChainResult lost = run(unpinned);
    QCOMPARE(lost.outcome, ChainOutcome::Error);
    QCOMPARE(lost.error->kind, ErrorKind::HostNotFound);
    QCOMPARE(proxy.requests().size(), 1);
}

void tst_PinAddresses::proxyHostPinnedToTinyproxy()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));

    RequestSpec spec = get(m_server->url(u"/ok"_s));
    QVERIFY(!::parseProxyUrl(u"http://proxy.test:%1"_s.arg(proxy.port()), spec.options.network.proxy));
    QString error;
    spec.options.network.resolve.append(
        *parseResolvePin(u"proxy.test:%1:127.0.0.1"_s.arg(proxy.port()), &error));
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().status, 200);
    QVERIFY2(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(m_server->url(u"/ok"_s).toString())),
             qPrintable(proxy.log().join(u'\n')));
    QVERIFY(m_server->requestsTo("/ok").first().header("Via").contains("tinyproxy"));
}

// The same for a SOCKS proxy (microsocks): its name is looked up here, through the pin.
void tst_PinAddresses::socksHostPinned()
{
    if (!SocksServer::available())
        QSKIP("microsocks is not installed (./dev installs it)");
    SocksServer socks;
    QVERIFY2(socks.start(), qPrintable(socks.error()));

    RequestSpec spec = get(m_server->url(u"/ok"_s));
    QVERIFY(!::parseProxyUrl(u"socks5://socks.test:%1"_s.arg(socks.port()), spec.options.network.proxy));
    QString error;
    spec.options.network.resolve.append(
        *parseResolvePin(u"socks.test:%1:127.0.0.1"_s.arg(socks.port()), &error));
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().route.proxy, u"socks5://socks.test:%1"_s.arg(socks.port()));
    QVERIFY(chain.hops.first().hasWarning(u"proxy-pinned"));
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
}

QTEST_GUILESS_MAIN(tst_PinAddresses)
#include "tst_pinaddresses.moc"
