// SPDX-License-Identifier: MIT
// The cookies along one chain, through the engine against scripted servers on 127.0.0.1: a cookie
// set by one hop goes to the next, typed cookies win, a new cookie makes a self-redirect no loop,
// and the storage rules for Secure, __Secure- and __Host- cookies and for Domain, with reasons.
#include "enginetest.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_ChainCookieJar : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void selfRedirectWithNewCookieIsNotALoop();
    void cookiesFollowTheChain();
    void cookieStorageRules_data();
    void cookieStorageRules();
    void secureCookieNotSentAfterDowngrade();
};

void tst_ChainCookieJar::selfRedirectWithNewCookieIsNotALoop()
{
    // A login flow: the first visit sets a cookie and redirects to itself; the second succeeds.
    m_server->route("/login", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (request.header("Cookie").contains("session=1"))
            socket->write(ScriptedServer::response(200, "OK", {}, "welcome"));
        else
            socket->write(ScriptedServer::response(
                302, "Found", {{"Set-Cookie", "session=1; Path=/"}, {"Location", "/login"}}));
    });
    const ChainResult chain = run(get(m_server->url(u"/login"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(1).status, 200);
    QCOMPARE(headerValue(chain.hops.at(1).requestHeaders, "Cookie"), "session=1");
}

void tst_ChainCookieJar::cookiesFollowTheChain()
{
    m_server->route(
        "/set",
        ScriptedServer::response(302, "Found", {{"Set-Cookie", "jar=1; Path=/"}, {"Location", "/check"}}));
    m_server->route("/check", ScriptedServer::response(200, "OK"));
    RequestSpec spec = get(m_server->url(u"/set"_s));
    spec.headers = {{"Cookie", "typed=2; jar=mine"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    // The typed pairs come first and win over a jar cookie of the same name.
    QCOMPARE(m_server->requestsTo("/check").first().header("Cookie"), "typed=2; jar=mine");
    QCOMPARE(headerValue(chain.hops.at(1).requestHeaders, "Cookie"), "typed=2; jar=mine");

    m_server->clearRequests();
    const ChainResult plain = run(get(m_server->url(u"/set"_s)));
    QCOMPARE(m_server->requestsTo("/check").first().header("Cookie"), "jar=1");
    QVERIFY(!hasHeader(plain.hops.first().requestHeaders, "Cookie"));
}

void tst_ChainCookieJar::cookieStorageRules_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QByteArray>("setCookie");
    QTest::addColumn<QByteArray>("sentBack"); // the Cookie header of the next hop
    QTest::addColumn<QString>("reason"); // part of the cookie-rejected warning; empty: none

    QTest::newRow("__Host- over http")
        << false << "__Host-sid=1; Secure; Path=/"_ba << QByteArray() << u"only accepted over https"_s;
    QTest::newRow("__Secure- over http")
        << false << "__Secure-sid=1; Secure"_ba << QByteArray() << u"only accepted over https"_s;
    QTest::newRow("__host- in lower case over http")
        << false << "__host-sid=1; Secure; Path=/"_ba << QByteArray() << u"only accepted over https"_s;
    QTest::newRow("Secure over http") << false << "s=1; Secure"_ba << QByteArray() << u"marked Secure"_s;
    QTest::newRow("plain cookie over http") << false << "p=1; Path=/"_ba
                                            << "p=1"_ba << QString();
    QTest::newRow("__Host- over https") << true << "__Host-sid=1; Secure; Path=/"_ba
                                        << "__Host-sid=1"_ba << QString();
    QTest::newRow("__Host- without Secure")
        << true << "__Host-sid=1; Path=/"_ba << QByteArray() << u"must carry the Secure attribute"_s;
    QTest::newRow("__Host- with Domain") << true << "__Host-sid=1; Secure; Path=/; Domain=127.0.0.1"_ba
                                         << QByteArray() << u"may not carry a Domain"_s;
    QTest::newRow("__Host- without Path")
        << true << "__Host-sid=1; Secure"_ba << QByteArray() << u"needs Path=/"_s;
    QTest::newRow("__Secure- over https") << true << "__Secure-sid=1; Secure"_ba
                                          << "__Secure-sid=1"_ba << QString();
    QTest::newRow("Domain of another site")
        << false << "d=1; Domain=example.com"_ba << QByteArray() << u"does not cover 127.0.0.1"_s;
}

void tst_ChainCookieJar::cookieStorageRules()
{
    QFETCH(bool, https);
    QFETCH(QByteArray, setCookie);
    QFETCH(QByteArray, sentBack);
    QFETCH(QString, reason);

    ScriptedServer secure;
    ScriptedServer *server = m_server;
    if (https) {
        QVERIFY(secure.listen(true));
        server = &secure;
    }
    server->route(
        "/set", ScriptedServer::response(302, "Found", {{"Set-Cookie", setCookie}, {"Location", "/check"}}));
    server->route("/check", ScriptedServer::response(200, "OK"));
    RequestSpec spec = get(server->url(u"/set"_s));
    spec.options.acceptInvalidCertificates = https;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(server->requestsTo("/check").first().header("Cookie"), sentBack);
    const Hop &setter = chain.hops.first();
    QCOMPARE(setter.hasWarning(u"cookie-rejected"), !reason.isEmpty());
    for (const HopWarning &warning : setter.warnings) {
        if (warning.id == u"cookie-rejected"_s) {
            QCOMPARE(warning.severity, Severity::Warning);
            QVERIFY2(warning.message.contains(reason), qPrintable(warning.message));
            QVERIFY(warning.message.contains(QString::fromLatin1(setCookie.left(setCookie.indexOf('=')))));
        }
    }
}

void tst_ChainCookieJar::secureCookieNotSentAfterDowngrade()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/start",
                 ScriptedServer::response(302, "Found",
                                          {{"Set-Cookie", "s=1; Secure; Path=/"},
                                           {"Set-Cookie", "p=2; Path=/"},
                                           {"Location", m_server->url(u"/ok"_s).toEncoded()}}));
    RequestSpec spec = get(secure.url(u"/start"_s));
    spec.options.acceptInvalidCertificates = true;
    spec.options.allowDowngrade = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY(!chain.hops.first().hasWarning(u"cookie-rejected")); // taken over https
    QCOMPARE(m_server->requestsTo("/ok").first().header("Cookie"), "p=2"); // but not sent over http
}

QTEST_GUILESS_MAIN(tst_ChainCookieJar)
#include "tst_chaincookiejar.moc"
