// SPDX-License-Identifier: MIT
// The preferred proxy's password (Edit → Preferences, no keychain answer yet) is asked for before
// a send whenever any hop of the chain may go through the proxy, not only the first URL: a redirect
// from a --noproxy host into a proxied one must carry the password too.
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/proxyselection.h"
#include "core/requests/requestsession.h"
#include "core/requests/secretneeds.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Test::ScriptedServer;

class tst_ProxySecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proxyPasswordNeeded_data();
    void proxyPasswordNeeded();
    void redirectIntoProxiedHostCarriesThePassword();

private:
    Core::StatusCatalogue m_catalogue;
};

void tst_ProxySecrets::initTestCase()
{
    auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_ProxySecrets::proxyPasswordNeeded_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("noProxy");
    QTest::addColumn<bool>("follow"); // the request follows redirects
    QTest::addColumn<bool>("needed");

    const QStringList internal{u"internal.example"_s};
    QTest::newRow("proxied host") << u"http://a.example/"_s << internal << true << true;
    QTest::newRow("excluded host, redirects may lead anywhere")
        << u"http://b.internal.example/"_s << internal << true << true;
    QTest::newRow("excluded host, no redirect followed")
        << u"http://b.internal.example/"_s << internal << false << false;
    QTest::newRow("every host excluded") << u"http://a.example/"_s << QStringList{u"*"_s} << true << false;
    QTest::newRow("every host excluded, in a list")
        << u"http://a.example/"_s << QStringList{u"internal.example"_s, u" * "_s} << true << false;
}

void tst_ProxySecrets::proxyPasswordNeeded()
{
    QFETCH(QString, url);
    QFETCH(QStringList, noProxy);
    QFETCH(bool, follow);
    QFETCH(bool, needed);
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(u"http://proxy.example:3128"_s);
    preferences.proxy.user = u"alice"_s;
    preferences.proxy.noProxy = noProxy;
    Core::RequestSpec request;
    request.url = QUrl(url);
    request.options.followRedirects = follow;
    const QList<Core::SecretNeed> needs = Core::missingSecrets(preferences, request);
    QCOMPARE(needs.size(), needed ? 1 : 0);
    if (needed)
        QCOMPARE(needs.first().kind, Core::SecretNeed::Kind::ProxyPassword);

    // A request whose redirect limit is 0 reaches its own host only.
    request.options.followRedirects = true;
    request.options.maxRedirects = 0;
    const bool ownHostProxied = !Core::noProxyMatches(noProxy, QUrl(url).host());
    QCOMPARE(Core::missingSecrets(preferences, request).size(), ownHostProxied ? 1 : 0);
}

// The scripted "proxy" lets a request through only with alice's password; the first server is on
// --noproxy's list and redirects into a host only the proxy serves.
void tst_ProxySecrets::redirectIntoProxiedHostCarriesThePassword()
{
    QNetworkAccessManager manager;
    ScriptedServer direct;
    QVERIFY(direct.listen());
    direct.route("/start", ScriptedServer::redirect(302, "http://site.test/inside"));
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    const QByteArray expected = "Basic " + QByteArray("alice:s3cret").toBase64();
    proxy.route("*", [expected](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (request.header("Proxy-Authorization") == expected)
            socket->write(ScriptedServer::response(200, "OK", {}, "inside"));
        else
            socket->write(ScriptedServer::response(407, "Proxy Authentication Required",
                                                   {{"Proxy-Authenticate", "Basic realm=\"p\""}}));
    });

    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(proxy.origin());
    preferences.proxy.user = u"alice"_s;
    preferences.proxy.noProxy = {u"127.0.0.1"_s};
    Core::RequestSession session(&manager, &m_catalogue);
    session.setNetworkPreferences(preferences);
    QList<QList<Core::SecretNeed>> asked;
    session.setSecretAsker([&asked](const QList<Core::SecretNeed> &needs) { asked.append(needs); });

    Core::RequestSpec request;
    request.url = direct.url(u"/start"_s);
    request.options.inactivityTimeoutMs = 5000;
    QVERIFY(session.send(request));
    QCOMPARE(asked.size(), 1); // before anything was sent
    QCOMPARE(direct.requests().size(), 0);
    QList<Core::SecretNeed> answered = asked.first();
    answered.first().secret = u"s3cret"_s;
    QSignalSpy finished(&session, &Core::RequestSession::finished);
    QVERIFY(session.continueSend(answered));
    QVERIFY(finished.wait(15000));

    QCOMPARE(direct.requestsTo("/start").size(), 1);
    QVERIFY(!direct.requests().first().hasHeader("Proxy-Authorization")); // not the proxy's
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, "http://site.test/inside"_ba);
    QCOMPARE(proxy.requests().first().header("Proxy-Authorization"), expected);
}

QTEST_GUILESS_MAIN(tst_ProxySecrets)
#include "tst_proxysecrets.moc"
