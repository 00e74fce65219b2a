// SPDX-License-Identifier: MIT
// The redirect rules of a chain, through the engine against scripted servers on 127.0.0.1: which
// statuses are followed and how the method changes, Location read and normalized, credentials
// across origins, unsafe schemes, loops, limits and https downgrades, observed on the wire.
#include "enginetest.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_RedirectFollower : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
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
    void redirectLimit();
    void noFollowOption();
    void locationNormalized_data();
    void locationNormalized();
    void locationCredentialsAreMaskedAndNotSent();
    void invalidLocationStops();
    void httpsDowngradeStops();
    void httpsDowngradeAllowed();
};

void tst_RedirectFollower::methodRewrite_data()
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

void tst_RedirectFollower::methodRewrite()
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

void tst_RedirectFollower::nonFollowableRedirectsAreFinal_data()
{
    QTest::addColumn<int>("status");
    for (int status : {300, 304, 305, 306, 399})
        QTest::addRow("%d", status) << status;
}

void tst_RedirectFollower::nonFollowableRedirectsAreFinal()
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

void tst_RedirectFollower::missingOrEmptyLocation_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("missing") << ScriptedServer::response(302, "Found");
    QTest::newRow("empty") << ScriptedServer::response(302, "Found", {{"Location", ""}});
}

void tst_RedirectFollower::missingOrEmptyLocation()
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

void tst_RedirectFollower::relativeLocationAndFragment()
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

void tst_RedirectFollower::credentialsStrippedAcrossOriginsForGood()
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
    // No proxy reads these requests: a typed Proxy-Authorization never reaches a server at all.
    QVERIFY(!m_server->requestsTo("/start").first().hasHeader("Proxy-Authorization"));
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
    // The step to the other origin names what it drops (beside the note that no proxy took
    // Proxy-Authorization).
    QVERIFY(std::any_of(first.warnings.cbegin(), first.warnings.cend(), [](const HopWarning &w) {
        return w.id == u"credentials-stripped"
            && w.message.contains(u"Authorization, Cookie, Proxy-Authorization"_s);
    }));
    QVERIFY(!chain.hops.at(1).hasWarning(u"credentials-stripped"));
}

void tst_RedirectFollower::credentialsKeptOnSameOrigin()
{
    m_server->route("/start", ScriptedServer::redirect(301, "/ok"));
    RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.headers = {{"Authorization", "Bearer t"}};
    const ChainResult chain = run(spec);
    QCOMPARE(m_server->requestsTo("/ok").first().header("Authorization"), "Bearer t");
    QVERIFY(!chain.hops.first().hasWarning(u"credentials-stripped"));
}

void tst_RedirectFollower::unsafeSchemesStop_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("ftp") << "ftp://127.0.0.1/file"_ba << u"ftp"_s;
    QTest::newRow("data") << "data:text/plain,hi"_ba << u"data"_s;
    QTest::newRow("javascript") << "javascript:alert(1)"_ba << u"javascript"_s;
    QTest::newRow("file") << "file:///etc/passwd"_ba << u"file"_s;
    QTest::newRow("mailto") << "mailto:a@example.org"_ba << u"mailto"_s;
}

void tst_RedirectFollower::unsafeSchemesStop()
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

void tst_RedirectFollower::loopIsDetected()
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

void tst_RedirectFollower::redirectLimit()
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

void tst_RedirectFollower::noFollowOption()
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

void tst_RedirectFollower::locationNormalized_data()
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

void tst_RedirectFollower::locationNormalized()
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

void tst_RedirectFollower::locationCredentialsAreMaskedAndNotSent()
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

void tst_RedirectFollower::invalidLocationStops()
{
    m_server->route("/start", ScriptedServer::redirect(302, "http://"));
    const ChainResult chain = run(get(m_server->url(u"/start"_s)));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::InvalidLocation);
    QVERIFY(chain.hops.first().hasWarning(u"invalid-location"));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_RedirectFollower::httpsDowngradeStops()
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

void tst_RedirectFollower::httpsDowngradeAllowed()
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

QTEST_GUILESS_MAIN(tst_RedirectFollower)
#include "tst_redirectfollower.moc"
