// SPDX-License-Identifier: MIT
// Proxies (-x, --proxy-user, --noproxy): how a proxy URL and a no-proxy list are read, which proxy
// each hop takes, and chains through real proxies started on 127.0.0.1 (tinyproxy for HTTP and
// CONNECT with Basic authentication, microsocks for SOCKS5 with and without a password) to
// scripted servers that say what reached them.
#include "enginetest.h"
#include "environmentkept.h"
#include "socksserver.h"
#include "tinyproxyserver.h"

#include "core/requests/chainjson.h"
#include "core/requests/chainmasking.h"
#include "core/requests/proxyrouter.h"
#include "core/requests/proxyselection.h"
#include "core/requests/secrets.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::EnvironmentKept;
using StatusScope::Test::ScriptedServer;
using StatusScope::Test::SocksServer;
using StatusScope::Test::TinyproxyServer;

class tst_Proxy : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void parseProxyUrl_data();
    void parseProxyUrl();
    void parseProxyUser();
    void noProxy_data();
    void noProxy();
    void proxyForEachMode();
    void systemAnswersKeptPerOrigin();
    void systemProxyForLoopbackOnlyWithAVariable();
    void passwordMasked();

    void plainHttpThroughTinyproxy();
    void proxyVariableTakesLoopbackThroughTinyproxy();
    void proxyVariableReadAsCurlReadsIt();
    void proxyVariablesShownMasked();
    void httpsThroughConnect();
    void typedProxyAuthorizationOnlyToAProxy();
    void noProxyHostsInTheMiddleOfAChain();
    void plain407NotAnswered();
    void plain407AnsweredWithProxyUser();
    void connect407NotAnswered();
    void connect407Answered();
    void connectWrongPassword();
    void socks5();
    void socks5WithPassword();
    void socks5hResolvesAtTheProxy();
    void proxyNotListening();

private:
    RequestSpec through(const QUrl &url, const QString &proxy, const QString &user = {}) const;
};

RequestSpec tst_Proxy::through(const QUrl &url, const QString &proxy, const QString &user) const
{
    RequestSpec spec = get(url);
    if (!proxy.isNull())
        ::parseProxyUrl(proxy, spec.options.network.proxy);
    if (!user.isEmpty())
        ::parseProxyUser(user, spec.options.network.proxy);
    return spec;
}

void tst_Proxy::parseProxyUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // empty: no proxy at all
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("valid");

    QTest::newRow("host and port get http")
        << u"127.0.0.1:8888"_s << u"http://127.0.0.1:8888"_s << QString() << true;
    QTest::newRow("curl's default port")
        << u"http://proxy.example"_s << u"http://proxy.example:1080"_s << QString() << true;
    QTest::newRow("socks5") << u"socks5://127.0.0.1:1080"_s << u"socks5://127.0.0.1:1080"_s << QString()
                            << true;
    QTest::newRow("socks5h, scheme case") << u"SOCKS5H://h:9"_s << u"socks5h://h:9"_s << QString() << true;
    QTest::newRow("credentials move out of the URL")
        << u"http://ann:pw@h:3128/"_s << u"http://h:3128"_s << u"ann"_s << true;
    QTest::newRow("empty means none") << QString() << QString() << QString() << true;
    QTest::newRow("https proxy refused") << u"https://h:443"_s << QString() << QString() << false;
    QTest::newRow("socks4 refused") << u"socks4://h:1080"_s << QString() << QString() << false;
    QTest::newRow("unknown scheme refused") << u"ftp://h:21"_s << QString() << QString() << false;
    QTest::newRow("no host") << u"http://:8080"_s << QString() << QString() << false;
}

void tst_Proxy::parseProxyUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(bool, valid);

    ProxySetting setting;
    const std::optional<QString> problem = ::parseProxyUrl(text, setting);
    QCOMPARE(!problem.has_value(), valid);
    if (!valid) {
        QVERIFY(!problem->isEmpty());
        QVERIFY2(!problem->contains(u"pw"_s), qPrintable(*problem));
        return;
    }
    QCOMPARE(setting.mode, url.isEmpty() ? ProxySetting::Mode::None : ProxySetting::Mode::Manual);
    if (!url.isEmpty())
        QCOMPARE(setting.url.toString(), url);
    QCOMPARE(setting.user, user);
    QVERIFY(setting.url.password().isEmpty());
}

void tst_Proxy::parseProxyUser()
{
    ProxySetting setting;
    QVERIFY(!::parseProxyUser(u"alice:se:cret"_s, setting));
    QCOMPARE(setting.user, u"alice"_s);
    QCOMPARE(setting.password, u"se:cret"_s); // only the first colon separates
    QVERIFY(::parseProxyUser(u":nouser"_s, setting).has_value());
    // A user given with --proxy-user wins over one written in the proxy URL.
    QVERIFY(!::parseProxyUrl(u"http://bob:x@h:1"_s, setting));
    QCOMPARE(setting.user, u"alice"_s);
}

void tst_Proxy::noProxy_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("excluded");

    QTest::newRow("* is every host") << u"*"_s << u"anything.example"_s << true;
    QTest::newRow("a name matches itself") << u"example.org"_s << u"example.org"_s << true;
    QTest::newRow("and its subdomains") << u"example.org"_s << u"api.example.org"_s << true;
    QTest::newRow("not a longer name") << u"example.org"_s << u"notexample.org"_s << false;
    QTest::newRow("leading dot") << u".example.org"_s << u"example.org"_s << true;
    QTest::newRow("without case") << u"Example.ORG"_s << u"WWW.example.org"_s << true;
    QTest::newRow("list with spaces") << u"a.test , localhost"_s << u"localhost"_s << true;
    QTest::newRow("localhost is not 127.0.0.1") << u"localhost"_s << u"127.0.0.1"_s << false;
    QTest::newRow("an address") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
    QTest::newRow("another address") << u"127.0.0.1"_s << u"127.0.0.2"_s << false;
    QTest::newRow("address is no suffix") << u"0.0.1"_s << u"127.0.0.1"_s << false;
    QTest::newRow("IPv6 with brackets") << u"::1"_s << u"[::1]"_s << true;
    QTest::newRow("IPv6 written otherwise") << u"0:0::1"_s << u"::1"_s << true;
    QTest::newRow("a block") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << true;
    QTest::newRow("outside the block") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("empty list") << QString() << u"example.org"_s << false;
}

void tst_Proxy::noProxy()
{
    QFETCH(QString, list);
    QFETCH(QString, host);
    QFETCH(bool, excluded);
    QCOMPARE(noProxyMatches(parseNoProxy(list), host), excluded);
}

void tst_Proxy::proxyForEachMode()
{
    ProxySetting setting;
    setting.mode = ProxySetting::Mode::None;
    QCOMPARE(proxyFor(setting, QUrl(u"http://example.org/"_s)).type(), QNetworkProxy::NoProxy);

    QVERIFY(!::parseProxyUrl(u"http://127.0.0.1:3128"_s, setting));
    // Loopback is proxied too: an explicit proxy applies to every host, as curl -x does.
    const QNetworkProxy loopback = proxyFor(setting, QUrl(u"http://127.0.0.1:8080/"_s));
    QCOMPARE(loopback.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxyDisplay(loopback), u"http://127.0.0.1:3128"_s);
    QVERIFY(proxySeesRequest(loopback, QUrl(u"http://127.0.0.1:8080/"_s)));
    QVERIFY(!proxySeesRequest(loopback, QUrl(u"https://127.0.0.1:8443/"_s))); // a CONNECT tunnel

    setting.noProxy = {u"localhost"_s};
    QCOMPARE(proxyFor(setting, QUrl(u"http://localhost:8080/"_s)).type(), QNetworkProxy::NoProxy);

    QVERIFY(!::parseProxyUrl(u"socks5://127.0.0.1:1080"_s, setting));
    QVERIFY(!::parseProxyUser(u"ann:pw"_s, setting));
    const QNetworkProxy socks = proxyFor(setting, QUrl(u"https://example.org/"_s));
    QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
    QVERIFY(!socks.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
    QCOMPARE(socks.user(), u"ann"_s);
    QCOMPARE(proxyDisplay(socks), u"socks5://127.0.0.1:1080"_s); // never the credentials
    QVERIFY(!::parseProxyUrl(u"socks5h://127.0.0.1:1080"_s, setting));
    const QNetworkProxy socksh = proxyFor(setting, QUrl(u"https://example.org/"_s));
    QVERIFY(socksh.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
    QCOMPARE(proxyDisplay(socksh), u"socks5h://127.0.0.1:1080"_s);
}

// Loopback asks the system only where a proxy variable is set: then it goes through that proxy,
// as with curl and libproxy (no_proxy can leave it out); without one it goes straight, and the
// system is not even asked. A manual proxy (-x) takes loopback either way, as curl's does.
void tst_Proxy::systemProxyForLoopbackOnlyWithAVariable()
{
    const QStringList variables{u"http_proxy"_s,  u"HTTP_PROXY"_s, u"https_proxy"_s,
                                u"HTTPS_PROXY"_s, u"all_proxy"_s,  u"ALL_PROXY"_s};
    QHash<QString, QByteArray> saved;
    for (const QString &name : variables) {
        saved.insert(name, qgetenv(qPrintable(name)));
        qunsetenv(qPrintable(name));
    }
    const auto restore = qScopeGuard([&] {
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            if (it.value().isEmpty())
                qunsetenv(qPrintable(it.key()));
            else
                qputenv(qPrintable(it.key()), it.value());
        }
    });
    QStringList asked;
    SystemProxyCache cache(
        [&asked](const QNetworkProxyQuery &query) {
            asked.append(query.url().host());
            return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::HttpProxy, u"10.0.0.1"_s, 3128)};
        },
        0);
    const ProxySetting system;
    const QStringList loopback{u"http://localhost:8080/"_s, u"http://LOCALHOST./"_s,
                               u"https://app.localhost/"_s, u"http://127.0.0.1:9/"_s,
                               u"http://127.8.9.10/"_s,     u"http://[::1]:8080/"_s};
    for (const QString &url : loopback)
        QCOMPARE(proxyFor(system, QUrl(url), &cache).type(), QNetworkProxy::NoProxy);
    QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u", "_s)));
    // Names that only look local are asked about like any other host.
    for (const QString &url :
         {u"http://localhost.example.org/"_s, u"http://128.0.0.1/"_s, u"http://[::2]/"_s})
        QCOMPARE(proxyDisplay(proxyFor(system, QUrl(url), &cache)), u"http://10.0.0.1:3128"_s);
    QCOMPARE(asked.size(), 3);

    for (const QString &name : variables) {
        asked.clear();
        qputenv(qPrintable(name), "http://10.0.0.1:3128");
        for (const QString &url : loopback)
            QCOMPARE(proxyDisplay(proxyFor(system, QUrl(url), &cache)), u"http://10.0.0.1:3128"_s);
        // The variable for a URL's scheme answers by itself, as curl reads it; the system is asked
        // about the others (an https URL when only http_proxy is set).
        if (name.startsWith(u"all"_s, Qt::CaseInsensitive))
            QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u", "_s)));
        qunsetenv(qPrintable(name));
    }
    qputenv("http_proxy", ""); // set but empty names no proxy
    asked.clear();
    QCOMPARE(proxyFor(system, QUrl(u"http://127.0.0.1:9/"_s), &cache).type(), QNetworkProxy::NoProxy);
    QVERIFY(asked.isEmpty());

    ProxySetting manual;
    QVERIFY(!StatusScope::Core::parseProxyUrl(u"http://127.0.0.1:8888"_s, manual));
    QCOMPARE(proxyDisplay(proxyFor(manual, QUrl(u"http://127.0.0.1:9/"_s), &cache)),
             u"http://127.0.0.1:8888"_s);
}

// The system is asked once per scheme, host and port while its answer is fresh (libproxy re-reads
// files on every question, which cost an audit a quarter of its time), a bounded number of origins.
void tst_Proxy::systemAnswersKeptPerOrigin()
{
    QStringList asked;
    const auto lookup = [&asked](const QNetworkProxyQuery &query) {
        asked.append(query.url().toString());
        return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::HttpProxy, u"10.0.0.1"_s, 3128),
                                    QNetworkProxy(QNetworkProxy::NoProxy)};
    };
    SystemProxyCache cache(lookup);
    ProxySetting setting; // the system's proxy, the default mode
    QCOMPARE(setting.mode, ProxySetting::Mode::System);
    const QNetworkProxy first = proxyFor(setting, QUrl(u"http://example.org/a"_s), &cache);
    QCOMPARE(proxyDisplay(first), u"http://10.0.0.1:3128"_s);
    QCOMPARE(proxyDisplay(proxyFor(setting, QUrl(u"http://EXAMPLE.org/b?n=2"_s), &cache)),
             u"http://10.0.0.1:3128"_s);
    QCOMPARE(asked.size(), 1);
    proxyFor(setting, QUrl(u"https://example.org/a"_s), &cache); // another scheme
    proxyFor(setting, QUrl(u"http://example.org:8080/a"_s), &cache); // another port
    proxyFor(setting, QUrl(u"http://example.net/a"_s), &cache); // another host
    QCOMPARE(asked.size(), 4);
    // --noproxy and a manual proxy never ask the system.
    setting.noProxy = {u"example.org"_s};
    QCOMPARE(proxyFor(setting, QUrl(u"http://example.org/"_s), &cache).type(), QNetworkProxy::NoProxy);
    QCOMPARE(asked.size(), 4);

    // Bounded: past its capacity it starts over rather than grow.
    for (int i = 0; i < SystemProxyCache::Capacity + 10; ++i)
        cache.proxyFor(QUrl(u"http://host%1.example/"_s.arg(i)));
    QVERIFY(cache.size() <= SystemProxyCache::Capacity);

    // An answer past its age is asked again (the desktop's settings may have changed); "no proxy"
    // is an answer too.
    asked.clear();
    SystemProxyCache fresh(
        [&asked](const QNetworkProxyQuery &query) {
            asked.append(query.url().toString());
            return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::NoProxy)};
        },
        0);
    QCOMPARE(fresh.proxyFor(QUrl(u"http://example.org/"_s)).type(), QNetworkProxy::NoProxy);
    QCOMPARE(fresh.proxyFor(QUrl(u"http://example.org/"_s)).type(), QNetworkProxy::NoProxy);
    QCOMPARE(asked.size(), 2);

    // The engines of one manager share one cache, on its router.
    QNetworkAccessManager manager;
    QCOMPARE(&ProxyRouter::forManager(&manager)->systemProxies(),
             &ProxyRouter::forManager(&manager)->systemProxies());
}

void tst_Proxy::passwordMasked()
{
    RequestSpec spec
        = through(QUrl(u"http://127.0.0.1/"_s), u"http://127.0.0.1:3128"_s, u"alice:s3cret-pw"_s);
    QVERIFY(carriesCredentials(spec));
    QCOMPARE(maskedRequest(spec).options.network.proxy.password, QString::fromUtf8(credentialMask()));
    MaskingPolicy omit;
    omit.secrets = SecretStorage::Omitted;
    QVERIFY(maskedRequest(spec, omit).options.network.proxy.password.isEmpty());
    QCOMPARE(maskedRequest(spec).options.network.proxy.user, u"alice"_s);

    // A body that echoes the password (or the Basic token) gets it masked too.
    ChainResult chain;
    chain.request = spec;
    Hop hop;
    hop.bodyPreview = "you sent s3cret-pw and " + proxyBasicCredentials(spec.options.network.proxy);
    hop.bodyBytes = hop.bodyPreview.size();
    chain.hops.append(hop);
    const QByteArray json = QJsonDocument(chainToJson(maskedChain(chain))).toJson();
    QVERIFY2(!json.contains("s3cret-pw"), json.constData());
    QVERIFY(!json.contains(QByteArray("alice:s3cret-pw").toBase64()));
}

void tst_Proxy::plainHttpThroughTinyproxy()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));

    // The origin is on loopback: an explicit proxy still applies.
    const ChainResult chain = run(through(m_server->url(u"/ok"_s), proxy.url().toString()));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops[0].status, 200);
    QCOMPARE(chain.hops[0].route.proxy, proxy.url().toString());
    QVERIFY(chain.hops[0].route.proxyUser.isEmpty());
    QVERIFY2(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(m_server->url(u"/ok"_s).toString())),
             qPrintable(proxy.log().join(u'\n')));
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
}

// A company machine's http_proxy, a local server: the request goes through the proxy, as curl's
// does, unless no_proxy names the host. The variables are read as curl reads them; the desktop's
// settings and PAC scripts are libproxy's (Qt's system proxy factory).
void tst_Proxy::proxyVariableTakesLoopbackThroughTinyproxy()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    const EnvironmentKept kept({"http_proxy", "no_proxy"});
    qputenv("http_proxy", proxy.url().toEncoded());
    qunsetenv("no_proxy");

    const QUrl target = m_server->url(u"/ok"_s);
    const ChainResult chain = run(get(target)); // the system's proxy: the default
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops[0].status, 200);
    QCOMPARE(chain.hops[0].route.proxy, proxy.url().toString());
    QVERIFY2(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(target.toString())),
             qPrintable(proxy.log().join(u'\n')));

    // no_proxy names the host: straight to it. (Another host name for the same server: the
    // system's answer for the first is kept a while, as the environment of a process stays.)
    qputenv("no_proxy", "localhost");
    const qsizetype logged = proxy.log().size();
    QUrl local = m_server->url(u"/ok"_s);
    local.setHost(u"localhost"_s);
    const ChainResult direct = run(get(local));
    QCOMPARE(direct.outcome, ChainOutcome::Complete);
    QVERIFY2(direct.hops[0].route.proxy.isEmpty(), qPrintable(direct.hops[0].route.proxy));
    QCOMPARE(proxy.log().size(), logged);

    // As curl reads no_proxy: a domain covers its subdomains, "*" every host, a block its
    // addresses (libproxy alone sent the first two through the proxy); NO_PROXY when no_proxy is
    // not set. Each a host name of its own, as the system's answers are kept a while.
    const QByteArray savedUpper = qgetenv("NO_PROXY");
    const auto restoreUpper = qScopeGuard(
        [&] { savedUpper.isEmpty() ? qunsetenv("NO_PROXY") : qputenv("NO_PROXY", savedUpper); });
    const QList<std::pair<QByteArray, QString>> cases{{"localhost", u"app.localhost"_s},
                                                      {" other.example , *", u"any.localhost"_s},
                                                      {"127.0.0.0/8", u"127.0.0.1"_s}};
    for (const auto &[noProxy, host] : cases) {
        qputenv("no_proxy", noProxy);
        QUrl url = m_server->url(u"/ok"_s);
        url.setHost(host);
        const ChainResult straight = run(get(url));
        QVERIFY2(straight.hops[0].route.proxy.isEmpty(), noProxy.constData());
        QCOMPARE(proxy.log().size(), logged);
    }
    qunsetenv("no_proxy");
    qputenv("NO_PROXY", "localhost");
    QUrl upper = m_server->url(u"/ok"_s);
    upper.setHost(u"upper.localhost"_s);
    QVERIFY(run(get(upper)).hops[0].route.proxy.isEmpty());
    QCOMPARE(proxy.log().size(), logged);
    // A name no entry covers still goes through the proxy.
    qputenv("no_proxy", "example.org");
    QUrl proxied = m_server->url(u"/ok"_s);
    proxied.setHost(u"still.localhost"_s);
    QCOMPARE(run(get(proxied)).hops[0].route.proxy, proxy.url().toString());
}

// The variable as curl reads it. Before, libproxy went straight to the server for a value
// without a scheme (the request left the company's proxy out) and for an https:// proxy.
void tst_Proxy::proxyVariablesShownMasked()
{
    // What the window shows of the environment's proxy variables: each set one, passwords masked
    // (also without a scheme, which curl reads as http://), no_proxy as it is.
    const EnvironmentKept kept({"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                "ALL_PROXY", "no_proxy", "NO_PROXY"});
    kept.unsetAll();
    QVERIFY(proxyVariablesShown().isEmpty());
    qputenv("https_proxy", "http://ann:hunter22@proxy.corp:3128");
    qputenv("HTTP_PROXY", "bob:pa55@proxy.corp:8080");
    qputenv("no_proxy", "localhost,.corp.example");
    const QString shown = proxyVariablesShown().join(u'\n');
    QVERIFY2(!shown.contains(u"hunter22"_s) && !shown.contains(u"pa55"_s), qPrintable(shown));
    QCOMPARE(
        proxyVariablesShown(),
        (QStringList{u"HTTP_PROXY=bob:%1@proxy.corp:8080"_s.arg(QString::fromUtf8(credentialMask())),
                     u"https_proxy=http://ann:%1@proxy.corp:3128"_s.arg(QString::fromUtf8(credentialMask())),
                     u"no_proxy=localhost,.corp.example"_s}));
}

void tst_Proxy::proxyVariableReadAsCurlReadsIt()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    const EnvironmentKept kept({"http_proxy", "no_proxy"});
    qunsetenv("no_proxy");
    const QUrl target = m_server->url(u"/ok"_s);

    // host:port, no scheme: an http proxy.
    qputenv("http_proxy", proxy.url().authority().toUtf8());
    const ChainResult chain = run(get(target));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops[0].route.proxy, proxy.url().toString());
    QVERIFY2(proxy.log().contains(u"GET %1 HTTP/1.1"_s.arg(target.toString())),
             qPrintable(proxy.log().join(u'\n')));

    // An https:// proxy, which Qt 6.4 cannot reach: nothing is sent, neither to the proxy nor
    // straight to the server.
    const qsizetype logged = proxy.log().size();
    const qsizetype served = m_server->requests().size();
    qputenv("http_proxy", "https://" + proxy.url().authority().toUtf8());
    const ChainResult refused = run(get(target));
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error->message.startsWith(u"The environment's http_proxy names the proxy “https://"_s),
             qPrintable(refused.error->message));
    QVERIFY(refused.error->message.contains(u"Nothing was sent"_s));
    QCOMPARE(m_server->requests().size(), served);
    QCOMPARE(proxy.log().size(), logged);

    // A proxy whose name does not resolve is named as the proxy, not as the server.
    qputenv("http_proxy", "http://proxy.invalid:3128");
    const ChainResult lost = run(get(target));
    QCOMPARE(lost.outcome, ChainOutcome::Error);
    QCOMPARE(lost.error->kind, ErrorKind::HostNotFound);
    QCOMPARE(lost.error->message,
             u"The proxy http://proxy.invalid:3128 could not be found: its host name does not resolve."_s);
    QCOMPARE(m_server->requests().size(), served);
}

void tst_Proxy::httpsThroughConnect()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    ScriptedServer tls;
    QVERIFY(tls.listen(true));
    tls.route("/secure", ScriptedServer::response(200, "OK", {}, "inside the tunnel"));

    RequestSpec spec = through(tls.url(u"/secure"_s), proxy.url().toString());
    spec.options.acceptInvalidCertificates = true; // the test certificate is self-signed
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops[0].status, 200);
    QVERIFY(chain.hops[0].tls.encrypted);
    QCOMPARE(chain.hops[0].route.proxy, proxy.url().toString());
    QVERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1:%1 HTTP/1.1"_s.arg(tls.port())),
             qPrintable(proxy.log().join(u'\n')));
}

// A typed Proxy-Authorization is for a proxy that reads the request. Without a proxy, or inside a
// CONNECT tunnel, the request goes to the server itself: the field is dropped, and the hop says so.
void tst_Proxy::typedProxyAuthorizationOnlyToAProxy()
{
    const HeaderPair typed{"Proxy-Authorization", "Basic " + QByteArray("carol:pr0xy").toBase64()};
    RequestSpec direct = get(m_server->url(u"/ok"_s));
    direct.options.network.proxy.mode = ProxySetting::Mode::None;
    direct.headers.append(typed);
    const ChainResult straight = run(direct);
    QCOMPARE(straight.outcome, ChainOutcome::Complete);
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
    QVERIFY(!m_server->requestsTo("/ok").first().hasHeader("Proxy-Authorization"));
    QVERIFY(!hasHeader(straight.hops[0].requestHeaders, "Proxy-Authorization"));
    QVERIFY(straight.hops[0].hasWarning(u"credentials-stripped"));

    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    ScriptedServer tls;
    QVERIFY(tls.listen(true));
    tls.route("/secure", ScriptedServer::response(200, "OK", {}, "inside the tunnel"));
    RequestSpec tunnelled = through(tls.url(u"/secure"_s), proxy.url().toString());
    tunnelled.options.acceptInvalidCertificates = true;
    tunnelled.headers.append(typed);
    const ChainResult chain = run(tunnelled);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(tls.requestsTo("/secure").size(), 1);
    QVERIFY(!tls.requestsTo("/secure").first().hasHeader("Proxy-Authorization"));
    QVERIFY(chain.hops[0].hasWarning(u"credentials-stripped"));
}

void tst_Proxy::noProxyHostsInTheMiddleOfAChain()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    // 127.0.0.1 and localhost are one server but two hosts to --noproxy: the chain goes through
    // the proxy, leaves it for localhost, and comes back.
    const QByteArray port = QByteArray::number(m_server->port());
    m_server->route("/a", ScriptedServer::redirect(302, "http://localhost:" + port + "/b"));
    m_server->route("/b", ScriptedServer::redirect(302, "http://127.0.0.1:" + port + "/c"));
    m_server->route("/c", ScriptedServer::response(200, "OK", {}, "back"));

    RequestSpec spec = through(m_server->url(u"/a"_s), proxy.url().toString());
    spec.options.network.proxy.noProxy = parseNoProxy(u"localhost"_s);
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops[0].route.proxy, proxy.url().toString());
    QVERIFY(chain.hops[1].route.proxy.isEmpty());
    QCOMPARE(chain.hops[2].route.proxy, proxy.url().toString());
    const QStringList log = proxy.log();
    QVERIFY2(log.contains(u"GET http://127.0.0.1:%1/a HTTP/1.1"_s.arg(m_server->port())),
             qPrintable(log.join(u'\n')));
    QCOMPARE(log.filter(u"/b "_s).size(), 0);
    // What reached the server says how each came: straight to it in origin form, or through the
    // proxy. tinyproxy relays a second request on a kept-alive connection without logging it, so
    // its log alone cannot tell.
    const QList<ScriptedServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].header("Via").contains("tinyproxy"), true);
    QCOMPARE(requests[1].target, "/b"_ba);
    QVERIFY(!requests[1].hasHeader("Via"));
    QVERIFY(requests[2].target.endsWith("/c"));
    QVERIFY(requests[2].connection != requests[1].connection);
    QVERIFY2(log.contains(u"GET http://127.0.0.1:%1/c HTTP/1.1"_s.arg(m_server->port()))
                 || requests[2].connection == requests[0].connection,
             qPrintable(log.join(u'\n')));
}

void tst_Proxy::plain407NotAnswered()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.error()));

    const ChainResult chain = run(through(m_server->url(u"/ok"_s), proxy.url().toString()));
    // The proxy's answer is a hop like any other, with the fix in its warning.
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops[0].status, 407);
    QVERIFY(hasHeader(chain.hops[0].responseHeaders, "Proxy-Authenticate"));
    QVERIFY(chain.hops[0].hasWarning(u"proxy-auth-required"));
    QVERIFY(!hasHeader(chain.hops[0].requestHeaders, "Proxy-Authorization"));
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_Proxy::plain407AnsweredWithProxyUser()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.error()));

    const ChainResult chain
        = run(through(m_server->url(u"/ok"_s), proxy.url().toString(), u"alice:s3cret"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops[0].status, 200);
    QCOMPARE(chain.hops[0].route.proxyUser, u"alice"_s);
    // Basic up front, as curl sends it, and one request only.
    QCOMPARE(headerValue(chain.hops[0].requestHeaders, "Proxy-Authorization"),
             "Basic " + QByteArray("alice:s3cret").toBase64());
    QCOMPARE(chain.hops[0].timings.requestSentCount, 1);
    QCOMPARE(proxy.log().size(), 1);
    // It belongs to the proxy: the server never sees it.
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
    QVERIFY(!m_server->requestsTo("/ok").first().hasHeader("Proxy-Authorization"));

    // Nowhere in what leaves the engine: check --json, history and HAR share maskedChain().
    const QByteArray json = QJsonDocument(chainToJson(maskedChain(chain))).toJson();
    QVERIFY(!json.contains("s3cret"));
    QVERIFY(!json.contains(QByteArray("alice:s3cret").toBase64()));
}

void tst_Proxy::connect407NotAnswered()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.error()));
    ScriptedServer tls;
    QVERIFY(tls.listen(true));

    RequestSpec spec = through(tls.url(u"/"_s), proxy.url().toString());
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    // Qt 6.4 keeps the CONNECT's 407 to itself: no status to show, so the chain says why it ended.
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY(chain.error);
    QCOMPARE(chain.error->kind, ErrorKind::ProxyAuthRequired);
    QCOMPARE(errorKindKey(chain.error->kind), u"proxy-auth-required"_s);
    QVERIFY2(chain.error->message.contains(u"--proxy-user"_s), qPrintable(chain.error->message));
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY(!chain.hops[0].status);
    QVERIFY(chain.hops[0].hasWarning(u"proxy-auth-required"));
    QCOMPARE(tls.connectionCount(), 0);
}

void tst_Proxy::connect407Answered()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.error()));
    ScriptedServer tls;
    QVERIFY(tls.listen(true));
    tls.route("/", ScriptedServer::response(200, "OK", {}, "hello"));

    RequestSpec spec = through(tls.url(u"/"_s), proxy.url().toString(), u"alice:s3cret"_s);
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops[0].status, 200);
    QCOMPARE(chain.hops[0].route.proxyUser, u"alice"_s);
    // The credentials went to the proxy on the CONNECT, never inside the tunnel.
    QVERIFY(!hasHeader(chain.hops[0].requestHeaders, "Proxy-Authorization"));
    QVERIFY(!tls.requests().first().hasHeader("Proxy-Authorization"));
}

void tst_Proxy::connectWrongPassword()
{
    if (!TinyproxyServer::available())
        QSKIP("tinyproxy is not installed (./dev installs tinyproxy-bin)");
    TinyproxyServer proxy;
    QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.error()));
    ScriptedServer tls;
    QVERIFY(tls.listen(true));

    RequestSpec spec = through(tls.url(u"/"_s), proxy.url().toString(), u"alice:wrong"_s);
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    // Qt 6.4 ends a tunnel refused after its credentials as it ends one to a server the proxy cannot
    // reach (UnknownProxyError, no 407 shown): the sentence names both.
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY2(chain.error->message.contains(u"credentials of user “alice”"_s),
             qPrintable(chain.error->message));
    QVERIFY2(chain.error->message.contains(u"proxy http://127.0.0.1:"_s), qPrintable(chain.error->message));
    QVERIFY(!chain.error->message.contains(u"wrong"_s));
}

void tst_Proxy::socks5()
{
    if (!SocksServer::available())
        QSKIP("microsocks is not installed (./dev installs it)");
    SocksServer socks;
    QVERIFY2(socks.start(), qPrintable(socks.error()));

    const QString proxyUrl = u"socks5://127.0.0.1:%1"_s.arg(socks.port());
    const ChainResult chain = run(through(m_server->url(u"/ok"_s), proxyUrl));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops[0].status, 200);
    QCOMPARE(chain.hops[0].route.proxy, proxyUrl);
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
}

void tst_Proxy::socks5WithPassword()
{
    if (!SocksServer::available())
        QSKIP("microsocks is not installed (./dev installs it)");
    SocksServer socks;
    QVERIFY2(socks.start(u"bob"_s, u"pw-123"_s), qPrintable(socks.error()));
    const QString proxyUrl = u"socks5://127.0.0.1:%1"_s.arg(socks.port());

    const ChainResult refused = run(through(m_server->url(u"/ok"_s), proxyUrl));
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::ProxyAuthRequired);
    QVERIFY2(refused.error->message.contains(u"--proxy-user"_s), qPrintable(refused.error->message));
    QCOMPARE(m_server->requests().size(), 0);

    const ChainResult answered = run(through(m_server->url(u"/ok"_s), proxyUrl, u"bob:pw-123"_s));
    QCOMPARE(answered.outcome, ChainOutcome::Complete);
    QCOMPARE(answered.hops[0].status, 200);
    QCOMPARE(answered.hops[0].route.proxyUser, u"bob"_s);
}

void tst_Proxy::socks5hResolvesAtTheProxy()
{
    if (!SocksServer::available() || !SocksServer::hostsFileAvailable())
        QSKIP("microsocks or libnss-wrapper is not installed (./dev installs them)");
    QTemporaryDir folder;
    const QString hosts = folder.filePath(u"hosts"_s);
    {
        QFile file(hosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1 only-the-proxy-knows.test\n");
    }
    SocksServer socks;
    QVERIFY2(socks.start({}, {}, hosts), qPrintable(socks.error()));
    // Qt keys kept-alive connections by the proxy's address and user, not by socks5 against
    // socks5h: the second chain below must not reuse the first one's connection.
    const auto fresh = [this] { m_manager->clearConnectionCache(); };
    QUrl url = m_server->url(u"/ok"_s);
    url.setHost(u"only-the-proxy-knows.test"_s);

    const ChainResult byProxy = run(through(url, u"socks5h://127.0.0.1:%1"_s.arg(socks.port())));
    QCOMPARE(byProxy.outcome, ChainOutcome::Complete);
    QCOMPARE(byProxy.hops[0].status, 200);
    QCOMPARE(byProxy.hops[0].route.proxy, u"socks5h://127.0.0.1:%1"_s.arg(socks.port()));
    QCOMPARE(m_server->requestsTo("/ok").first().header("Host"),
             "only-the-proxy-knows.test:" + QByteArray::number(m_server->port()));

    // socks5:// resolves here, where the name means nothing.
    fresh();
    const ChainResult here = run(through(url, u"socks5://127.0.0.1:%1"_s.arg(socks.port())));
    QCOMPARE(here.outcome, ChainOutcome::Error);
    QCOMPARE(here.error->kind, ErrorKind::HostNotFound);
}

void tst_Proxy::proxyNotListening()
{
    // A port nothing listens on: a server started and stopped.
    quint16 port = 0;
    {
        ScriptedServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    const ChainResult chain = run(through(m_server->url(u"/ok"_s), u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::ConnectionRefused);
    QVERIFY2(chain.error->message.contains(u"proxy http://127.0.0.1:%1"_s.arg(port)),
             qPrintable(chain.error->message));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
