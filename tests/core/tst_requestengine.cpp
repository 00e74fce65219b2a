// SPDX-License-Identifier: MIT
// The request engine against scripted servers on 127.0.0.1: every redirect rule, every check,
// every failure, observed on the wire.
#include "catalogue/statuscatalogue.h"
#include "history/chainrecord.h"
#include "requests/requestengine.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_RequestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void simpleGetIsRecorded();
    void methodRewrite_data();
    void methodRewrite();
    void nonFollowableRedirectsAreFinal_data();
    void nonFollowableRedirectsAreFinal();
    void missingOrEmptyLocation_data();
    void missingOrEmptyLocation();
    void relativeLocationAndFragment();
    void credentialsStrippedAcrossOriginsForGood();
    void credentialsKeptOnSameOrigin();
    void unsafeSchemesStop_data();
    void unsafeSchemesStop();
    void loopIsDetected();
    void selfRedirectWithNewCookieIsNotALoop();
    void redirectLimit();
    void noFollowOption();
    void locationNormalized_data();
    void locationNormalized();
    void locationCredentialsAreMaskedAndNotSent();
    void statusChecks_data();
    void statusChecks();
    void cookiesFollowTheChain();
    void headInsteadOfGet();
    void badHeaderSendsNothing();
    void badUrlSendsNothing();
    void connectionRefused();
    void hostNotFound();
    void timeoutIsNotACancel();
    void deadline();
    void lowSpeedLimit();
    void cancelKeepsHopsSoFar();
    void bodyCutShortKeepsStatus();
    void bodyCap();
    void bodyPastPreviewGoesToFile();
    void garbageIsInvalidResponse();
    void gzipIsDecoded();
    void requestResentByQt();
    void tooManyHeaderFieldsEndByTimeout();
    void invalidLocationStops();
    void chunkedBodyIsDecoded();
    void urlCredentialsBecomeAVisibleHeader();
    void httpsDowngradeStops();
    void httpsDowngradeAllowed();
    void selfSignedCertificate();
    void selfSignedAcceptedForTypedHostOnly();
    void certificateExceptionCoversTypedPortOnly();
    void typedFramingHeaders_data();
    void typedFramingHeaders();
    void typedHostNotSentToAnotherOrigin();
    void cookieStorageRules_data();
    void cookieStorageRules();
    void secureCookieNotSentAfterDowngrade();
    void everyRefusalSaysWhy();
    void lookalikeHostIsNamedInPunycode();
    void slotsMayCancelOrRestart_data();
    void slotsMayCancelOrRestart();
    void keptEncodedWhenAcceptEncodingTyped();

private:
    ChainResult run(const RequestSpec &spec, int timeoutMs = 15000);
    RequestSpec get(const QUrl &url) const;

    StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
};

void tst_RequestEngine::initTestCase()
{
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_RequestEngine::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "fine"));
}

void tst_RequestEngine::cleanup()
{
    delete m_manager;
    delete m_server;
}

RequestSpec tst_RequestEngine::get(const QUrl &url) const
{
    RequestSpec spec;
    spec.url = url;
    spec.options.inactivityTimeoutMs = 5000;
    return spec;
}

ChainResult tst_RequestEngine::run(const RequestSpec &spec, int timeoutMs)
{
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (!engine.start(spec))
        return engine.result();
    if (!finished.wait(timeoutMs))
        qWarning("chain did not finish");
    return engine.result();
}

void tst_RequestEngine::simpleGetIsRecorded()
{
    RequestSpec spec = get(m_server->url(u"/ok#top"_s));
    spec.headers = {{"X-Trace", "1"}, {"Accept", "text/plain"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.method, "GET");
    QCOMPARE(hop.url, m_server->url(u"/ok"_s)); // never a fragment on the wire
    QCOMPARE(chain.finalUrl, m_server->url(u"/ok#top"_s));
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.reason, u"OK"_s);
    QCOMPARE(hop.protocol, u"HTTP/1.x"_s);
    QCOMPARE(hop.bodyPreview, "fine");
    QCOMPARE(hop.bodyBytes, 4);
    QCOMPARE(hop.responseHeaders.first().first, "Content-Type");
    QCOMPARE(hop.requestHeaders.at(0), (HeaderPair{"X-Trace", "1"}));
    QVERIFY(hasHeader(hop.requestHeaders, "User-Agent"));
    QCOMPARE(hop.meanings.size(), 1);
    QCOMPARE(hop.meanings.first().reason, u"OK"_s);
    QVERIFY(hop.timings.connect && hop.timings.sent && hop.timings.headers && hop.timings.done);
    QVERIFY(*hop.timings.connect <= *hop.timings.sent && *hop.timings.sent <= *hop.timings.done);
    QCOMPARE(hop.timings.requestSentCount, 1);
    QVERIFY(hop.warnings.isEmpty());

    const ScriptedServer::Request &seen = m_server->requests().first();
    QCOMPARE(seen.target, "/ok");
    QCOMPARE(seen.header("X-Trace"), "1");

    // A second chain on the same manager reuses the connection, and says so.
    const ChainResult again = run(get(m_server->url(u"/ok"_s)));
    QVERIFY(again.hops.first().timings.connectionReused);
    QVERIFY(!again.hops.first().timings.connect);
}

void tst_RequestEngine::methodRewrite_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("nextMethod");
    QTest::addColumn<bool>("bodyKept");

    QTest::newRow("301 POST becomes GET") << 301 << "POST"_ba
                                          << "GET"_ba << false;
    QTest::newRow("302 POST becomes GET") << 302 << "POST"_ba
                                          << "GET"_ba << false;
    QTest::newRow("303 POST becomes GET") << 303 << "POST"_ba
                                          << "GET"_ba << false;
    QTest::newRow("303 PUT becomes GET") << 303 << "PUT"_ba
                                         << "GET"_ba << false;
    QTest::newRow("303 DELETE becomes GET") << 303 << "DELETE"_ba
                                            << "GET"_ba << false;
    QTest::newRow("303 custom becomes GET") << 303 << "PURGE"_ba
                                            << "GET"_ba << false;
    QTest::newRow("302 PUT stays PUT") << 302 << "PUT"_ba
                                       << "PUT"_ba << true;
    QTest::newRow("301 PATCH stays PATCH") << 301 << "PATCH"_ba
                                           << "PATCH"_ba << true;
    QTest::newRow("307 POST stays POST") << 307 << "POST"_ba
                                         << "POST"_ba << true;
    QTest::newRow("308 POST stays POST") << 308 << "POST"_ba
                                         << "POST"_ba << true;
    QTest::newRow("307 custom stays") << 307 << "PURGE"_ba
                                      << "PURGE"_ba << true;
}

void tst_RequestEngine::methodRewrite()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, nextMethod);
    QFETCH(bool, bodyKept);

    m_server->route("/start", ScriptedServer::redirect(status, "/echo"));
    m_server->route("/echo", ScriptedServer::response(200, "OK", {}, "done"));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.method = method;
    spec.body = "a=1&b=2";
    spec.hasBody = true;
    spec.headers = {
        {"Content-Type", "application/x-www-form-urlencoded"}, {"Content-Language", "en"}, {"X-Keep", "yes"}};
    const ChainResult chain = run(spec);

    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    const QList<ScriptedServer::Request> second = m_server->requestsTo("/echo");
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().method, nextMethod);
    QCOMPARE(chain.hops.at(1).method, nextMethod);
    QCOMPARE(second.first().header("X-Keep"), "yes");
    const Hop &redirect = chain.hops.first();
    if (bodyKept) {
        QCOMPARE(second.first().body, "a=1&b=2"); // the identical bytes again
        QCOMPARE(second.first().header("Content-Type"), "application/x-www-form-urlencoded");
        QVERIFY(!redirect.hasWarning(u"method-changed"));
        QVERIFY(!redirect.hasWarning(u"body-dropped"));
    } else {
        QCOMPARE(second.first().body, QByteArray());
        QVERIFY(!second.first().hasHeader("Content-Type"));
        QVERIFY(!second.first().hasHeader("Content-Language"));
        QVERIFY(redirect.hasWarning(u"method-changed"));
        QVERIFY(redirect.hasWarning(u"body-dropped"));
        const HopWarning changed
            = *std::find_if(redirect.warnings.cbegin(), redirect.warnings.cend(),
                            [](const HopWarning &w) { return w.id == u"method-changed"; });
        QCOMPARE(changed.message,
                 u"%1 became GET because of %2."_s.arg(QString::fromLatin1(method)).arg(status));
        QVERIFY(changed.spec.startsWith(u"RFC 9110 §15.4."_s));
        QCOMPARE(chain.hops.at(1).requestBodyBytes, 0);
    }
}

void tst_RequestEngine::nonFollowableRedirectsAreFinal_data()
{
    QTest::addColumn<int>("status");
    for (int status : {300, 304, 305, 306, 399})
        QTest::addRow("%d", status) << status;
}

void tst_RequestEngine::nonFollowableRedirectsAreFinal()
{
    QFETCH(int, status);
    m_server->route("/start", ScriptedServer::response(status, "Whatever", {{"Location", "/ok"}}));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY(m_server->requestsTo("/ok").isEmpty());
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, status);
    QVERIFY(hop.hasWarning(u"location-not-followed"));
    QCOMPARE(hop.location, m_server->url(u"/ok"_s)); // shown, not followed
    QCOMPARE(hop.hasWarning(u"deprecated-status"), status == 305 || status == 306);
    QCOMPARE(hop.hasWarning(u"unknown-status"), status == 399);
}

void tst_RequestEngine::missingOrEmptyLocation_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("missing") << ScriptedServer::response(302, "Found");
    QTest::newRow("empty") << ScriptedServer::response(302, "Found", {{"Location", ""}});
}

void tst_RequestEngine::missingOrEmptyLocation()
{
    QFETCH(QByteArray, response);
    m_server->route("/start", response);
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QVERIFY(hop.hasWarning(u"missing-location"));
    QVERIFY(hop.warnings.first().message.contains(u"empty Location cannot be told apart"_s));
    QVERIFY(!hop.location);
}

void tst_RequestEngine::relativeLocationAndFragment()
{
    m_server->route("/a/b", ScriptedServer::redirect(302, "../c?x=1"));
    m_server->route("/c", ScriptedServer::redirect(307, "/d#new"));
    m_server->route(
        "/d", ScriptedServer::redirect(301, "//127.0.0.1:" + QByteArray::number(m_server->port()) + "/ok"));
    const ChainResult chain = run(get(m_server->url(u"/a/b#frag"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 4);
    QCOMPARE(chain.hops.at(0).location, m_server->url(u"/c?x=1#frag"_s)); // inherits the fragment
    QCOMPARE(chain.hops.at(1).url, m_server->url(u"/c?x=1"_s)); // never sent
    QCOMPARE(chain.hops.at(1).location, m_server->url(u"/d#new"_s)); // its own replaces it
    QCOMPARE(chain.finalUrl, m_server->url(u"/ok#new"_s));
    for (const ScriptedServer::Request &request : m_server->requests())
        QVERIFY(!request.target.contains('#'));
    QCOMPARE(m_server->requests().at(1).target, "/c?x=1");
}

void tst_RequestEngine::credentialsStrippedAcrossOriginsForGood()
{
    ScriptedServer other;
    QVERIFY(other.listen());
    // A -> B (another port, so another origin) -> back to A.
    m_server->route("/start", ScriptedServer::redirect(302, other.url(u"/bounce"_s).toEncoded()));
    other.route("/bounce", ScriptedServer::redirect(302, m_server->url(u"/ok"_s).toEncoded()));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.headers = {{"Authorization", "Bearer secret-token"},
                    {"Cookie", "session=abc"},
                    {"Proxy-Authorization", "Basic cHJveHk6cHc="},
                    {"X-Api", "kept"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 3);

    QCOMPARE(m_server->requestsTo("/start").first().header("Authorization"), "Bearer secret-token");
    const ScriptedServer::Request &atOther = other.requests().first();
    QVERIFY(!atOther.hasHeader("Authorization"));
    QVERIFY(!atOther.hasHeader("Cookie"));
    QVERIFY(!atOther.hasHeader("Proxy-Authorization"));
    QCOMPARE(atOther.header("X-Api"), "kept");
    const ScriptedServer::Request back
        = m_server->requestsTo("/ok").first(); // a copy: the list is a temporary
    QVERIFY(!back.hasHeader("Authorization")); // not restored when the chain comes back
    QVERIFY(!back.hasHeader("Cookie"));

    const Hop &first = chain.hops.first();
    QVERIFY(first.hasWarning(u"credentials-stripped"));
    const auto warning = std::find_if(first.warnings.cbegin(), first.warnings.cend(),
                                      [](const HopWarning &w) { return w.id == u"credentials-stripped"; });
    QVERIFY(warning->message.contains(u"Authorization, Cookie, Proxy-Authorization"_s));
    QVERIFY(!chain.hops.at(1).hasWarning(u"credentials-stripped"));
}

void tst_RequestEngine::credentialsKeptOnSameOrigin()
{
    m_server->route("/start", ScriptedServer::redirect(301, "/ok"));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.headers = {{"Authorization", "Bearer t"}};
    const ChainResult chain = run(spec);
    QCOMPARE(m_server->requestsTo("/ok").first().header("Authorization"), "Bearer t");
    QVERIFY(!chain.hops.first().hasWarning(u"credentials-stripped"));
}

void tst_RequestEngine::unsafeSchemesStop_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("ftp") << "ftp://127.0.0.1/file"_ba << u"ftp"_s;
    QTest::newRow("data") << "data:text/plain,hi"_ba << u"data"_s;
    QTest::newRow("javascript") << "javascript:alert(1)"_ba << u"javascript"_s;
    QTest::newRow("file") << "file:///etc/passwd"_ba << u"file"_s;
    QTest::newRow("mailto") << "mailto:a@example.org"_ba << u"mailto"_s;
}

void tst_RequestEngine::unsafeSchemesStop()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, scheme);
    m_server->route("/start", ScriptedServer::redirect(302, location));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::UnsafeRedirectScheme);
    QVERIFY(chain.stop->message.contains(scheme + u':'));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(chain.hops.first().hasWarning(u"unsafe-redirect-scheme"));
}

void tst_RequestEngine::loopIsDetected()
{
    m_server->route("/a", ScriptedServer::redirect(302, "/b"));
    m_server->route("/b", ScriptedServer::redirect(302, "/a"));
    const ChainResult chain = run(get(m_server->url(u"/a"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::RedirectLoop);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(m_server->requests().size(), 2); // /a was not sent twice
    QVERIFY(chain.hops.at(1).hasWarning(u"redirect-loop"));
    QVERIFY(chain.stop->message.contains(u"hop 1"_s));
}

void tst_RequestEngine::selfRedirectWithNewCookieIsNotALoop()
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

void tst_RequestEngine::redirectLimit()
{
    m_server->route("*", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const int n = request.target.mid(1).toInt();
        socket->write(n == 0 ? ScriptedServer::response(200, "OK")
                             : ScriptedServer::redirect(302, "/" + QByteArray::number(n - 1)));
    });
    RequestSpec spec = get(m_server->url(u"/20"_s));
    ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete); // 20 redirects pass, as in browsers
    QCOMPARE(chain.hops.size(), 21);

    m_server->clearRequests();
    chain = run(get(m_server->url(u"/21"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::RedirectLimit);
    QCOMPARE(chain.hops.size(), 21);
    QVERIFY(chain.hops.last().hasWarning(u"redirect-limit"));
    QCOMPARE(m_server->requests().size(), 21);

    spec = get(m_server->url(u"/5"_s));
    spec.options.maxRedirects = 2;
    chain = run(spec);
    QCOMPARE(chain.stop->reason, StopReason::RedirectLimit);
    QCOMPARE(chain.hops.size(), 3);
}

void tst_RequestEngine::noFollowOption()
{
    m_server->route("/start", ScriptedServer::redirect(302, "/ok"));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.options.followRedirects = false;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().location, m_server->url(u"/ok"_s));
    QVERIFY(m_server->requestsTo("/ok").isEmpty());
}

void tst_RequestEngine::locationNormalized_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("change");
    QTest::newRow("tab inside") << "/o\tk"_ba << u"/ok"_s << u"tabs"_s;
    QTest::newRow("backslash") << "\\ok"_ba << u"/ok"_s << u"backslashes"_s;
    QTest::newRow("http:path") << "http:ok"_ba << u"/ok"_s << u"relative reference"_s;
    QTest::newRow("raw utf-8") << "/caf\xc3\xa9"_ba << u"/caf%C3%A9"_s << u"percent-encoded"_s;
    QTest::newRow("raw 0xFF") << "/x\xff"_ba << u"/x%FF"_s << u"percent-encoded"_s;
    QTest::newRow("space inside") << "/o k"_ba << u"/o%20k"_s << u"percent-encoded"_s;
}

void tst_RequestEngine::locationNormalized()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, expectedPath);
    QFETCH(QString, change);
    m_server->route("/start", ScriptedServer::redirect(302, location));
    m_server->route("*", ScriptedServer::response(200, "OK"));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    const QList<HopWarning> &warnings = chain.hops.first().warnings;
    const auto normalized = std::find_if(warnings.cbegin(), warnings.cend(),
                                         [](const HopWarning &w) { return w.id == u"location-normalized"; });
    QVERIFY(normalized != warnings.cend());
    QVERIFY2(normalized->message.contains(change), qPrintable(normalized->message));
    QCOMPARE(QString::fromLatin1(m_server->requests().at(1).target), expectedPath);
}

void tst_RequestEngine::locationCredentialsAreMaskedAndNotSent()
{
    const QByteArray location
        = "http://admin:hunter2@127.0.0.1:" + QByteArray::number(m_server->port()) + "/ok";
    m_server->route("/start", ScriptedServer::redirect(302, location));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const Hop &hop = chain.hops.first();
    QVERIFY(hop.hasWarning(u"location-credentials"));
    for (const HopWarning &warning : hop.warnings)
        QVERIFY2(!warning.message.contains(u"hunter2"_s), qPrintable(warning.message));
    QVERIFY(hop.location->userInfo().isEmpty());
    QVERIFY(!m_server->requestsTo("/ok").first().hasHeader("Authorization"));
}

void tst_RequestEngine::statusChecks_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    using S = ScriptedServer;
    QTest::newRow("401 without challenge")
        << S::response(401, "Unauthorized") << QStringList{u"missing-www-authenticate"_s} << QStringList{};
    QTest::newRow("401 with challenge")
        << S::response(401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=x"}}) << QStringList{}
        << QStringList{u"missing-www-authenticate"_s};
    QTest::newRow("407 without challenge") << S::response(407, "Proxy Authentication Required")
                                           << QStringList{u"missing-proxy-authenticate"_s} << QStringList{};
    QTest::newRow("405 without Allow")
        << S::response(405, "Method Not Allowed") << QStringList{u"missing-allow"_s} << QStringList{};
    QTest::newRow("405 with Allow") << S::response(405, "Method Not Allowed", {{"Allow", "GET"}})
                                    << QStringList{} << QStringList{u"missing-allow"_s};
    QTest::newRow("206 without Content-Range") << S::response(206, "Partial Content", {}, "ab")
                                               << QStringList{u"missing-content-range"_s} << QStringList{};
    QTest::newRow("416 without Content-Range") << S::response(416, "Range Not Satisfiable")
                                               << QStringList{u"missing-content-range"_s} << QStringList{};
    QTest::newRow("426 without Upgrade")
        << S::response(426, "Upgrade Required") << QStringList{u"missing-upgrade"_s} << QStringList{};
    QTest::newRow("429 Retry-After seconds")
        << S::response(429, "Too Many Requests", {{"Retry-After", "120"}}) << QStringList{u"retry-after"_s}
        << QStringList{};
    QTest::newRow("503 Retry-After date")
        << S::response(503, "Service Unavailable", {{"Retry-After", "Wed, 21 Oct 2037 07:28:00 GMT"}})
        << QStringList{u"retry-after"_s} << QStringList{};
    QTest::newRow("999 LinkedIn") << S::response(999, "Request denied")
                                  << QStringList{u"invalid-status"_s, u"nonstandard-status"_s}
                                  << QStringList{};
    QTest::newRow("600 uncatalogued") << S::response(600, "Odd") << QStringList{u"invalid-status"_s}
                                      << QStringList{u"nonstandard-status"_s};
    QTest::newRow("499 nginx") << S::response(499, "Client Closed Request")
                               << QStringList{u"nonstandard-status"_s} << QStringList{u"unknown-status"_s};
    QTest::newRow("432 unknown") << S::response(432, "Whatever") << QStringList{u"unknown-status"_s}
                                 << QStringList{u"reason-mismatch"_s};
    QTest::newRow("305 deprecated") << S::response(305, "Use Proxy") << QStringList{u"deprecated-status"_s}
                                    << QStringList{};
    QTest::newRow("103 as final")
        << "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"_ba
        << QStringList{u"final-informational"_s} << QStringList{};
    QTest::newRow("reason mismatch") << S::response(200, "Fine Thanks") << QStringList{u"reason-mismatch"_s}
                                     << QStringList{};
    QTest::newRow("older reason is fine")
        << S::response(413, "Request Entity Too Large") << QStringList{} << QStringList{u"reason-mismatch"_s};
    QTest::newRow("no reason") << "HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n"_ba << QStringList{}
                               << QStringList{u"reason-mismatch"_s};
}

void tst_RequestEngine::statusChecks()
{
    QFETCH(QByteArray, response);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    m_server->route("/status", response, true);
    const ChainResult chain = run(get(m_server->url(u"/status"_s)));
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QVERIFY(hop.status.has_value());
    QStringList ids;
    for (const HopWarning &warning : hop.warnings)
        ids.append(warning.id);
    for (const QString &id : expected)
        QVERIFY2(ids.contains(id), qPrintable(id + u" not in "_s + ids.join(u", "_s)));
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id), qPrintable(id + u" in "_s + ids.join(u", "_s)));
    QVERIFY(!hop.meanings.isEmpty());
    if (*hop.status == 432) {
        QCOMPARE(hop.meanings.first().code, 400);
        QVERIFY(hop.meanings.first().fallback);
    }
    if (*hop.status == 600)
        QCOMPARE(hop.meanings.first().code, 500);
    if (*hop.status == 499)
        QCOMPARE(hop.meanings.size(), 2);
}

void tst_RequestEngine::cookiesFollowTheChain()
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

void tst_RequestEngine::headInsteadOfGet()
{
    // A HEAD answer announces a body it does not send; sendCustomRequest("HEAD") would wait for it.
    m_server->route("/head", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"_ba);
    RequestSpec spec = get(m_server->url(u"/head"_s));
    spec.method = "HEAD";
    const ChainResult chain = run(spec, 8000);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(m_server->requests().first().method, "HEAD");
    QCOMPARE(chain.hops.first().bodyBytes, 0);
}

void tst_RequestEngine::badHeaderSendsNothing()
{
    RequestSpec spec = get(m_server->url(u"/ok"_s));
    spec.headers = {{"X-Test", "a\r\nInjected: yes"}};
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    QVERIFY(!engine.start(spec));
    QCOMPARE(engine.result().outcome, ChainOutcome::Error);
    QCOMPARE(engine.result().error->kind, ErrorKind::InvalidInput);
    QVERIFY(engine.result().error->message.contains(u"X-Test"_s));
    QVERIFY(engine.result().error->message.contains(u"carriage return"_s));
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->connectionCount(), 0);

    spec.headers = {{"Bad Name", "x"}};
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"a space"_s));
    spec.headers = {};
    spec.method = "GE T";
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"method"_s));
}

void tst_RequestEngine::badUrlSendsNothing()
{
    RequestEngine engine(m_manager, &m_catalogue);
    RequestSpec spec = get(QUrl(u"ftp://127.0.0.1/x"_s));
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"“ftp:”"_s));
    spec.url = QUrl(u"127.0.0.1/x"_s);
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"scheme"_s));
}

void tst_RequestEngine::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const ChainResult chain = run(get(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::ConnectionRefused);
    QVERIFY(chain.error->message.contains(u"127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY(!chain.hops.first().status);
    QVERIFY(chain.finalUrl.isEmpty());
}

void tst_RequestEngine::hostNotFound()
{
    const ChainResult chain = run(get(QUrl(u"http://no-such-host.invalid/"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::HostNotFound);
    QVERIFY(chain.error->message.contains(u"no-such-host.invalid"_s));
}

void tst_RequestEngine::timeoutIsNotACancel()
{
    m_server->route("/silent", [](const ScriptedServer::Request &, QTcpSocket *) {});
    RequestSpec spec = get(m_server->url(u"/silent"_s));
    spec.options.inactivityTimeoutMs = 300;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
    QVERIFY(!chain.stop);
    QVERIFY(chain.error->message.contains(u"0.3 s"_s));

    // A hop that received its headers and then stalls keeps its status.
    m_server->route("/stall", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc"_ba);
    spec.url = m_server->url(u"/stall"_s);
    const ChainResult stalled = run(spec);
    QCOMPARE(stalled.error->kind, ErrorKind::Timeout);
    QCOMPARE(stalled.hops.first().status, 200);
    QCOMPARE(stalled.hops.first().bodyBytes, 3);
}

void tst_RequestEngine::deadline()
{
    // Each hop answers slowly but within the inactivity timeout; the chain deadline ends it.
    m_server->route("*", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        QTimer::singleShot(150, socket, [socket, request] {
            const int n = request.target.mid(1).toInt();
            socket->write(ScriptedServer::redirect(302, "/" + QByteArray::number(n + 1)));
        });
    });
    RequestSpec spec = get(m_server->url(u"/0"_s));
    spec.options.deadlineMs = 700;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
    QVERIFY(chain.error->message.contains(u"chain"_s));
    QVERIFY(chain.hops.size() >= 2);
}

void tst_RequestEngine::lowSpeedLimit()
{
    // A byte every 50 ms (about 20 bytes/s) never trips the inactivity timeout; a limit of 200
    // bytes/s over 0.5 s ends it, behind a first redirect that stays in the chain.
    m_server->route("/start", ScriptedServer::redirect(302, "/drip"));
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    m_server->route("/fast", ScriptedServer::response(200, "OK", {}, QByteArray(300000, 'f')));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.options.lowSpeedBytesPerSecond = 200;
    spec.options.lowSpeedWindowMs = 500;
    QElapsedTimer clock;
    clock.start();
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
    QVERIFY2(chain.error->message.startsWith(u"Too slow: hop 2 moved "_s), qPrintable(chain.error->message));
    QVERIFY2(chain.error->message.endsWith(u"in the last 0.5 s, under the limit of 200 bytes per second."_s),
             qPrintable(chain.error->message));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    QCOMPARE(chain.hops.last().status, 200);
    QVERIFY(chain.hops.last().bodyBytes > 0);
    QVERIFY(clock.elapsed() < 20000); // not the 30 s inactivity timeout, nor for ever

    // A body that arrives at full speed is not touched by the same limit, and the option survives
    // the trip through a stored record.
    spec.url = m_server->url(u"/fast"_s);
    spec.options = requestOptionsFromRecord(requestOptionsToRecord(spec.options));
    QCOMPARE(spec.options.lowSpeedBytesPerSecond, 200);
    QCOMPARE(spec.options.lowSpeedWindowMs, 500);
    const ChainResult fast = run(spec);
    QCOMPARE(fast.outcome, ChainOutcome::Complete);
    QCOMPARE(fast.hops.first().bodyBytes, 300000);
}

void tst_RequestEngine::cancelKeepsHopsSoFar()
{
    m_server->route("/start", ScriptedServer::redirect(302, "/silent"));
    m_server->route("/silent", [](const ScriptedServer::Request &, QTcpSocket *) {});
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    QSignalSpy started(&engine, &RequestEngine::hopStarted);
    QVERIFY(engine.start(get(m_server->url(u"/start"_s))));
    QTRY_COMPARE(started.size(), 2);
    QVERIFY(engine.isRunning());
    engine.cancel();
    QCOMPARE(finished.size(), 1); // at once
    QVERIFY(!engine.isRunning());
    const ChainResult &chain = engine.result();
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::Cancelled);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    QVERIFY(!chain.hops.at(1).status);
    QVERIFY(!chain.error); // a cancel is never called a timeout, nor the reverse
}

void tst_RequestEngine::bodyCutShortKeepsStatus()
{
    m_server->route("/short", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"_ba, true);
    const ChainResult chain = run(get(m_server->url(u"/short"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::RemoteClosed);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().bodyPreview, "hello");
    QVERIFY(chain.hops.first().bodyTruncated);
    QVERIFY(chain.hops.first().hasWarning(u"body-truncated"));
}

void tst_RequestEngine::bodyCap()
{
    const QByteArray body(1024 * 1024, 'x');
    m_server->route("/big", ScriptedServer::response(200, "OK", {}, body));
    RequestSpec spec = get(m_server->url(u"/big"_s));
    spec.options.bodyCap = 1000;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::BodyLimit);
    QCOMPARE(chain.hops.first().bodyBytes, 1000);
    QVERIFY(chain.hops.first().hasWarning(u"body-truncated"));
    QCOMPARE(chain.hops.first().status, 200);
}

void tst_RequestEngine::bodyPastPreviewGoesToFile()
{
    QByteArray body;
    for (int i = 0; i < 50000; ++i)
        body += QByteArray::number(i % 10);
    m_server->route("/big", ScriptedServer::response(200, "OK", {}, body));
    RequestSpec spec = get(m_server->url(u"/big"_s));
    spec.options.previewBytes = 1000;
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    QVERIFY(engine.start(spec));
    QVERIFY(finished.wait(10000));
    const Hop &hop = engine.result().hops.first();
    QCOMPARE(hop.bodyBytes, body.size());
    QCOMPARE(hop.bodyPreview, body.left(1000));
    QFile rest(hop.bodyFile);
    QVERIFY(rest.open(QIODevice::ReadOnly));
    QCOMPARE(rest.readAll(), body.mid(1000));
}

void tst_RequestEngine::garbageIsInvalidResponse()
{
    m_server->route("/garbage", "FOO BAR BAZ\r\n\r\n"_ba, true);
    const ChainResult chain = run(get(m_server->url(u"/garbage"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::InvalidResponse);
    QVERIFY(!chain.hops.first().status);
    QVERIFY(chain.error->message.contains(u"no valid HTTP response"_s));
    QVERIFY(chain.error->message.contains(u"4 times"_s)); // Qt 6.4 tries four times

    m_server->route("/nothing", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        socket->disconnectFromHost();
    });
    const ChainResult closed = run(get(m_server->url(u"/nothing"_s)));
    QCOMPARE(closed.outcome, ChainOutcome::Error);
    QVERIFY(closed.error->kind == ErrorKind::RemoteClosed
            || closed.error->kind == ErrorKind::InvalidResponse);
}

void tst_RequestEngine::gzipIsDecoded()
{
    const QByteArray plain(20000, 'z');
    QByteArray compressed = qCompress(plain);
    // qCompress gives a 4-byte length and a zlib stream; "deflate" in HTTP is exactly the zlib stream.
    compressed.remove(0, 4);
    m_server->route("/deflate",
                    ScriptedServer::response(200, "OK", {{"Content-Encoding", "deflate"}}, compressed));
    const ChainResult chain = run(get(m_server->url(u"/deflate"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.bodyBytes, plain.size());
    QCOMPARE(hop.wireBodyBytes, compressed.size());
    QVERIFY(hop.hasWarning(u"decoded-body"));
}

void tst_RequestEngine::requestResentByQt()
{
    // The first connection is closed without an answer; Qt sends the request again on its own.
    m_server->route("/flaky", [this](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (request.connection == 1)
            socket->disconnectFromHost();
        else
            socket->write(ScriptedServer::response(200, "OK", {}, "second try"));
    });
    const ChainResult chain = run(get(m_server->url(u"/flaky"_s)));
    QCOMPARE(m_server->requestsTo("/flaky").size(), 2);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().timings.requestSentCount, 2);
    QVERIFY(chain.hops.first().hasWarning(u"request-resent"));
}

void tst_RequestEngine::tooManyHeaderFieldsEndByTimeout()
{
    // Qt 6.4 stops reading after 100 header fields and waits for ever; the watchdog ends it.
    QByteArray response = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 101; ++i)
        response += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    response += "Content-Length: 2\r\n\r\nok";
    m_server->route("/many", response);
    RequestSpec spec = get(m_server->url(u"/many"_s));
    spec.options.inactivityTimeoutMs = 500;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::InvalidResponse);
    QVERIFY(chain.hops.first().hasWarning(u"unreadable-headers"));
    QCOMPARE(chain.hops.size(), 1);
}

void tst_RequestEngine::invalidLocationStops()
{
    m_server->route("/start", ScriptedServer::redirect(302, "http://"));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::InvalidLocation);
    QVERIFY(chain.hops.first().hasWarning(u"invalid-location"));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_RequestEngine::chunkedBodyIsDecoded()
{
    m_server->route("/chunked",
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"_ba);
    const ChainResult chain = run(get(m_server->url(u"/chunked"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().bodyPreview, "hello world");
    QCOMPARE(chain.hops.first().bodyBytes, 11);
}

void tst_RequestEngine::urlCredentialsBecomeAVisibleHeader()
{
    m_server->route("/private", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (request.hasHeader("Authorization"))
            socket->write(ScriptedServer::response(200, "OK"));
        else
            socket->write(
                ScriptedServer::response(401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=\"x\""}}));
    });
    QUrl url = m_server->url(u"/private"_s);
    url.setUserName(u"ann"_s);
    url.setPassword(u"s3cret"_s);
    const ChainResult chain = run(get(url));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(m_server->requests().size(), 1); // sent once, with the header: no hidden 401 round trip
    QCOMPARE(m_server->requests().first().header("Authorization"),
             "Basic " + QByteArray("ann:s3cret").toBase64());
    QVERIFY(chain.hops.first().url.userInfo().isEmpty());
}

void tst_RequestEngine::httpsDowngradeStops()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/start", ScriptedServer::redirect(302, m_server->url(u"/ok"_s).toEncoded()));
    RequestSpec spec = get(secure.url(u"/start"_s));
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::HttpsDowngrade);
    QVERIFY(chain.hops.first().hasWarning(u"https-downgrade"));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_RequestEngine::httpsDowngradeAllowed()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/start", ScriptedServer::redirect(302, m_server->url(u"/ok"_s).toEncoded()));
    RequestSpec spec = get(secure.url(u"/start"_s));
    spec.options.acceptInvalidCertificates = true;
    spec.options.allowDowngrade = true;
    spec.headers = {{"Authorization", "Bearer t"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    const Hop &first = chain.hops.first();
    QVERIFY(first.hasWarning(u"https-downgrade"));
    QVERIFY(first.hasWarning(u"credentials-stripped"));
    QVERIFY(first.hasWarning(u"tls-errors-ignored"));
    QVERIFY(first.tls.encrypted);
    QVERIFY(first.tls.protocol.startsWith(u"TLS"_s));
    QVERIFY(!first.tls.cipher.isEmpty());
    QCOMPARE(first.tls.chain.first().subject, u"localhost"_s);
    QVERIFY(!m_server->requestsTo("/ok").first().hasHeader("Authorization"));
}

void tst_RequestEngine::selfSignedCertificate()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/ok", ScriptedServer::response(200, "OK"));
    const ChainResult chain = run(get(secure.url(u"/ok"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
    QVERIFY2(chain.error->message.contains(u"self-signed"_s), qPrintable(chain.error->message));
    QVERIFY(!chain.hops.first().status);
}

void tst_RequestEngine::selfSignedAcceptedForTypedHostOnly()
{
    // The exception covers 127.0.0.1 (typed); a redirect to "localhost" is checked afresh.
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route(
        "/start",
        ScriptedServer::redirect(302, "https://localhost:" + QByteArray::number(secure.port()) + "/ok"));
    secure.route("/ok", ScriptedServer::response(200, "OK"));
    RequestSpec spec = get(secure.url(u"/start"_s));
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
}

void tst_RequestEngine::certificateExceptionCoversTypedPortOnly()
{
    // Same host, another port: another service, whose certificate the user never looked at.
    ScriptedServer typed;
    ScriptedServer other;
    QVERIFY(typed.listen(true));
    QVERIFY(other.listen(true));
    typed.route("/start", ScriptedServer::redirect(302, other.url(u"/ok"_s).toEncoded()));
    other.route("/ok", ScriptedServer::response(200, "OK"));
    RequestSpec spec = get(typed.url(u"/start"_s));
    spec.options.acceptInvalidCertificates = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY(chain.hops.first().tls.errorsIgnored);
    QVERIFY(!chain.hops.at(1).tls.errorsIgnored);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
    QVERIFY(other.requests().isEmpty());

    QCOMPARE(RequestEngine::certificateExceptionKey(QUrl(u"https://Example.COM/a"_s)), u"example.com:443"_s);
    QCOMPARE(RequestEngine::certificateExceptionKey(QUrl(u"https://example.com:443/"_s)), u"example.com:443"_s);
    QCOMPARE(RequestEngine::certificateExceptionKey(QUrl(u"https://example.com:8443/"_s)),
             u"example.com:8443"_s);
    QCOMPARE(RequestEngine::certificateExceptionKey(QUrl(u"http://example.com/"_s)), u"example.com:80"_s);
}

void tst_RequestEngine::typedFramingHeaders_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("hasBody");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("refusal"); // empty: sent

    QTest::newRow("Content-Length shorter than the body")
        << "POST"_ba << true << "Content-Length"_ba << "3"_ba << u"does not match the body, which is 8 byte"_s;
    QTest::newRow("Content-Length longer than the body")
        << "POST"_ba << true << "Content-Length"_ba << "20"_ba << u"does not match the body"_s;
    QTest::newRow("Content-Length matching") << "POST"_ba << true << "Content-Length"_ba << "8"_ba << QString();
    QTest::newRow("Content-Length not a number")
        << "POST"_ba << true << "Content-Length"_ba << "8 bytes"_ba << u"not a number of bytes"_s;
    QTest::newRow("Content-Length without a body")
        << "GET"_ba << false << "Content-Length"_ba << "5"_ba << u"the request has no body"_s;
    QTest::newRow("Content-Length 0 without a body") << "GET"_ba << false << "content-length"_ba << "0"_ba
                                                     << QString();
    QTest::newRow("Transfer-Encoding") << "POST"_ba << true << "Transfer-Encoding"_ba << "chunked"_ba
                                       << u"Transfer-Encoding cannot be typed"_s;
    QTest::newRow("Host for a virtual host") << "GET"_ba << false << "Host"_ba << "other.example:8080"_ba
                                             << QString();
    QTest::newRow("Host that is a URL") << "GET"_ba << false << "Host"_ba << "other.example/path"_ba
                                        << u"not a host name"_s;
}

void tst_RequestEngine::typedFramingHeaders()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, hasBody);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, refusal);

    RequestSpec spec = get(m_server->url(u"/ok"_s));
    spec.method = method;
    spec.hasBody = hasBody;
    spec.body = hasBody ? "abcdefgh"_ba : QByteArray();
    spec.headers = {{name, value}};
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (!refusal.isEmpty()) {
        // Refused before sending, like a header with a line break, and said in a sentence.
        QVERIFY(!engine.start(spec));
        QCOMPARE(engine.result().outcome, ChainOutcome::Error);
        QCOMPARE(engine.result().error->kind, ErrorKind::InvalidInput);
        QVERIFY2(engine.result().error->message.contains(refusal), qPrintable(engine.result().error->message));
        QCOMPARE(m_server->connectionCount(), 0);
        return;
    }
    QVERIFY2(engine.start(spec), qPrintable(engine.result().error ? engine.result().error->message : QString()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(engine.result().outcome, ChainOutcome::Complete);
    const ScriptedServer::Request &seen = m_server->requests().first();
    QCOMPARE(seen.body, spec.body);
    QCOMPARE(seen.header(name), value);
}

void tst_RequestEngine::typedHostNotSentToAnotherOrigin()
{
    ScriptedServer other;
    QVERIFY(other.listen());
    other.route("/ok", ScriptedServer::response(200, "OK"));
    m_server->route("/start", ScriptedServer::redirect(302, "/same"));
    m_server->route("/same", ScriptedServer::redirect(302, other.url(u"/ok"_s).toEncoded()));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.headers = {{"Host", "site.example"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(m_server->requestsTo("/same").first().header("Host"), "site.example"); // same origin: kept
    QCOMPARE(other.requests().first().header("Host"), "127.0.0.1:" + QByteArray::number(other.port()));
    QVERIFY(chain.hops.at(1).hasWarning(u"typed-host-dropped"));
    QVERIFY(!chain.hops.first().hasWarning(u"typed-host-dropped"));
}

void tst_RequestEngine::cookieStorageRules_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QByteArray>("setCookie");
    QTest::addColumn<QByteArray>("sentBack"); // the Cookie header of the next hop
    QTest::addColumn<QString>("reason"); // part of the cookie-rejected warning; empty: none

    QTest::newRow("__Host- over http") << false << "__Host-sid=1; Secure; Path=/"_ba << QByteArray()
                                       << u"only accepted over https"_s;
    QTest::newRow("__Secure- over http") << false << "__Secure-sid=1; Secure"_ba << QByteArray()
                                         << u"only accepted over https"_s;
    QTest::newRow("__host- in lower case over http") << false << "__host-sid=1; Secure; Path=/"_ba << QByteArray()
                                                     << u"only accepted over https"_s;
    QTest::newRow("Secure over http") << false << "s=1; Secure"_ba << QByteArray() << u"marked Secure"_s;
    QTest::newRow("plain cookie over http") << false << "p=1; Path=/"_ba << "p=1"_ba << QString();
    QTest::newRow("__Host- over https") << true << "__Host-sid=1; Secure; Path=/"_ba << "__Host-sid=1"_ba
                                        << QString();
    QTest::newRow("__Host- without Secure") << true << "__Host-sid=1; Path=/"_ba << QByteArray()
                                            << u"must carry the Secure attribute"_s;
    QTest::newRow("__Host- with Domain") << true << "__Host-sid=1; Secure; Path=/; Domain=127.0.0.1"_ba
                                         << QByteArray() << u"may not carry a Domain"_s;
    QTest::newRow("__Host- without Path") << true << "__Host-sid=1; Secure"_ba << QByteArray()
                                          << u"needs Path=/"_s;
    QTest::newRow("__Secure- over https") << true << "__Secure-sid=1; Secure"_ba << "__Secure-sid=1"_ba
                                          << QString();
    QTest::newRow("Domain of another site") << false << "d=1; Domain=example.com"_ba << QByteArray()
                                            << u"does not cover 127.0.0.1"_s;
}

void tst_RequestEngine::cookieStorageRules()
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
    server->route("/set", ScriptedServer::response(302, "Found", {{"Set-Cookie", setCookie}, {"Location", "/check"}}));
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

void tst_RequestEngine::secureCookieNotSentAfterDowngrade()
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

void tst_RequestEngine::everyRefusalSaysWhy()
{
    RequestEngine orphan(nullptr, &m_catalogue);
    QSignalSpy finished(&orphan, &RequestEngine::finished);
    QVERIFY(!orphan.start(get(m_server->url(u"/ok"_s))));
    QCOMPARE(orphan.result().outcome, ChainOutcome::Error);
    QVERIFY(orphan.result().error);
    QVERIFY(!orphan.result().error->message.isEmpty());
    QVERIFY(!orphan.isRunning());
    QCOMPARE(finished.size(), 0);

    RequestEngine engine(m_manager, &m_catalogue);
    RequestSpec spec = get(m_server->url(u"/ok"_s));
    spec.options.bodyCap = 0;
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error && !engine.result().error->message.isEmpty());
    spec = get(m_server->url(u"/ok"_s));
    spec.options.maxRedirects = -1;
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error && !engine.result().error->message.isEmpty());
}

// A Cyrillic "а" in a Latin-looking name was shown in Unicode in the error sentence; browsers show
// such a name as punycode, and so does every sentence the engine writes.
void tst_RequestEngine::lookalikeHostIsNamedInPunycode()
{
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    QVERIFY(engine.start(get(QUrl(u"http://\u0430pple.invalid/"_s))));
    QVERIFY(finished.wait(20000));
    QVERIFY(engine.result().error);
    QCOMPARE(engine.result().error->kind, ErrorKind::HostNotFound);
    const QString message = engine.result().error->message;
    QVERIFY2(message.contains(u"xn--pple-43d.invalid"_s), qPrintable(message));
    QVERIFY2(!message.contains(QChar(0x0430)), qPrintable(message));
}

void tst_RequestEngine::slotsMayCancelOrRestart_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("cancel in hopFinished") << false;
    QTest::newRow("start again in hopFinished") << true;
}

void tst_RequestEngine::slotsMayCancelOrRestart()
{
    QFETCH(bool, restart);
    m_server->route("/start", ScriptedServer::redirect(302, "/next"));
    m_server->route("/next", ScriptedServer::response(200, "OK"));
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy started(&engine, &RequestEngine::hopStarted);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    bool done = false;
    connect(&engine, &RequestEngine::hopFinished, this, [&, restart](int index) {
        if (index != 0 || std::exchange(done, true))
            return;
        if (restart)
            QVERIFY(engine.start(get(m_server->url(u"/ok"_s))));
        else
            engine.cancel();
    });
    QVERIFY(engine.start(get(m_server->url(u"/start"_s))));
    QVERIFY(finished.wait(10000));
    // The old chain's redirect is not followed behind the slot's back.
    QCOMPARE(started.size(), restart ? 2 : 1);
    if (restart) {
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(engine.result().outcome, ChainOutcome::Complete);
        QCOMPARE(engine.result().hops.size(), 1);
        QCOMPARE(m_server->requestsTo("/ok").size(), 1);
    } else {
        QCOMPARE(engine.result().outcome, ChainOutcome::Stopped);
        QCOMPARE(engine.result().stop->reason, StopReason::Cancelled);
    }
    QVERIFY(m_server->requestsTo("/next").isEmpty());
}

void tst_RequestEngine::keptEncodedWhenAcceptEncodingTyped()
{
    const QByteArray compressed = qCompress(QByteArray(5000, 'z')).mid(4);
    m_server->route("/deflate",
                    ScriptedServer::response(200, "OK", {{"Content-Encoding", "deflate"}}, compressed));
    RequestSpec spec = get(m_server->url(u"/deflate"_s));
    spec.headers = {{"Accept-Encoding", "deflate"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.bodyPreview, compressed); // the bytes as sent
    QVERIFY(hop.hasWarning(u"body-not-decoded"));
    QVERIFY(!hop.hasWarning(u"decoded-body"));
    QCOMPARE(m_server->requests().first().header("Accept-Encoding"), "deflate");
}

QTEST_GUILESS_MAIN(tst_RequestEngine)
#include "tst_requestengine.moc"
