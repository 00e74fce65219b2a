// SPDX-License-Identifier: MIT
// The engine answering 401s with -u and --oauth2-bearer: against httpbin (a server nobody here
// wrote) for Basic, hidden Basic and Digest MD5 and SHA-256, and against a scripted server for what
// httpbin cannot be made to do on cue: a stale nonce, a server that refuses everything, redirects.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/chaindocument.h"
#include "core/requests/authchallenge.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestengine.h"
#include "peerserver.h"
#include "scriptedserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_Auth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void basicGoesWithTheFirstRequest();
    void hiddenBasicNeedsItUpFront();
    void digestIsAnsweredInASecondHop_data();
    void digestIsAnsweredInASecondHop();
    void wrongPasswordEndsWithAuthFailed();
    void anyauthAnswersBasic();
    void bearerGoesUpFront();
    void staleNonceIsAnsweredOnceMore();
    void secondUnauthorizedDoesNotLoop();
    void unsupportedSchemeIsSaid();
    void sameOriginRedirectKeepsCredentials();
    void otherOriginNeverGetsThem();
    void secretsAreMasked();

private:
    RequestSpec spec(const QUrl &url, AuthSetting::Scheme scheme, const QString &user = u"alice"_s,
                     const QString &password = u"wonderland"_s) const;
    ChainResult run(const RequestSpec &request);

    StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
    StatusScope::Test::HttpbinServer m_httpbin;
    bool m_httpbinUp = false;
    QString m_httpbinWhy;
};

void tst_Auth::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    // Started once; the tests that need it skip (or fail in CI) when it is missing.
    m_httpbinUp = m_httpbin.start(&m_httpbinWhy);
}

void tst_Auth::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_Auth::cleanup()
{
    delete m_manager;
    delete m_server;
}

#define NEEDS_HTTPBIN()                                                                                      \
    do {                                                                                                     \
        if (!m_httpbinUp) {                                                                                  \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(qPrintable(u"httpbin is required in CI: "_s + m_httpbinWhy));                          \
            QSKIP(qPrintable(u"httpbin unavailable: "_s + m_httpbinWhy));                                    \
        }                                                                                                    \
    } while (false)

RequestSpec tst_Auth::spec(const QUrl &url, AuthSetting::Scheme scheme, const QString &user,
                           const QString &password) const
{
    RequestSpec request;
    request.url = url;
    request.options.inactivityTimeoutMs = 10000;
    request.options.network.auth.scheme = scheme;
    request.options.network.auth.user = user;
    request.options.network.auth.password = password;
    return request;
}

ChainResult tst_Auth::run(const RequestSpec &request)
{
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (engine.start(request))
        finished.wait(20000);
    return engine.result();
}

static QString warningText(const Hop &hop, QStringView id)
{
    for (const HopWarning &warning : hop.warnings) {
        if (warning.id == id)
            return warning.message;
    }
    return {};
}

static QByteArray authParam(const QByteArray &authorization, QByteArrayView name)
{
    return parseChallenges(authorization).challenges.value(0).param(name);
}

void tst_Auth::basicGoesWithTheFirstRequest()
{
    NEEDS_HTTPBIN();
    const ChainResult chain
        = run(spec(m_httpbin.url(u"/basic-auth/alice/wonderland"_s), AuthSetting::Scheme::Basic));
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.auth.scheme, u"Basic"_s);
    QCOMPARE(hop.auth.user, u"alice"_s);
    QCOMPARE(hop.auth.answeredHop, -1);
    QVERIFY(hop.hasWarning(u"credentials-over-http"));
    QVERIFY(!hop.hasWarning(u"auth-answered"));
}

void tst_Auth::hiddenBasicNeedsItUpFront()
{
    NEEDS_HTTPBIN();
    // httpbin answers 404, not 401, without credentials: only credentials sent ahead get in.
    const QUrl url = m_httpbin.url(u"/hidden-basic-auth/alice/wonderland"_s);
    RequestSpec none = spec(url, AuthSetting::Scheme::None);
    QCOMPARE(run(none).hops.value(0).status, 404);
    // --anyauth waits for a challenge that never comes.
    const ChainResult waiting = run(spec(url, AuthSetting::Scheme::Any));
    QCOMPARE(waiting.hops.size(), 1);
    QCOMPARE(waiting.hops.first().status, 404);
    const ChainResult chain = run(spec(url, AuthSetting::Scheme::Basic));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().auth.scheme, u"Basic"_s);
}

void tst_Auth::digestIsAnsweredInASecondHop_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("MD5") << u"MD5"_s;
    QTest::newRow("SHA-256") << u"SHA-256"_s;
}

void tst_Auth::digestIsAnsweredInASecondHop()
{
    NEEDS_HTTPBIN();
    QFETCH(QString, algorithm);
    const ChainResult chain = run(spec(m_httpbin.url(u"/digest-auth/auth/alice/wonderland/"_s + algorithm),
                                       AuthSetting::Scheme::Digest));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(0).status, 401);
    QVERIFY(chain.hops.at(0).auth.scheme.isEmpty());
    const Hop &answer = chain.hops.at(1);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.auth.scheme, u"Digest"_s);
    QCOMPARE(answer.auth.user, u"alice"_s);
    QCOMPARE(answer.auth.answeredHop, 0);
    const QString why = warningText(answer, u"auth-answered");
    QVERIFY2(why.startsWith(u"The 401 asked for Digest; answered with user alice ("_s + algorithm),
             qPrintable(why));
    QVERIFY(!answer.hasWarning(u"credentials-over-http")); // the password itself never travels
    const QByteArray authorization = headerValue(answer.requestHeaders, "Authorization");
    QCOMPARE(authParam(authorization, "algorithm"), algorithm.toLatin1());
    QCOMPARE(authParam(authorization, "nc"), QByteArray("00000001"));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
}

void tst_Auth::wrongPasswordEndsWithAuthFailed()
{
    NEEDS_HTTPBIN();
    const ChainResult chain = run(spec(m_httpbin.url(u"/digest-auth/auth/alice/wonderland/MD5"_s),
                                       AuthSetting::Scheme::Digest, u"alice"_s, u"looking-glass"_s));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(1).status, 401);
    QVERIFY(chain.hops.at(1).hasWarning(u"auth-failed"));
    QVERIFY(!chain.hops.at(0).hasWarning(u"auth-failed"));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
}

void tst_Auth::anyauthAnswersBasic()
{
    NEEDS_HTTPBIN();
    const ChainResult chain
        = run(spec(m_httpbin.url(u"/basic-auth/alice/wonderland"_s), AuthSetting::Scheme::Any));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(0).status, 401);
    QCOMPARE(chain.hops.at(1).status, 200);
    QCOMPARE(chain.hops.at(1).auth.scheme, u"Basic"_s);
    QCOMPARE(chain.hops.at(1).auth.answeredHop, 0);
    QVERIFY(warningText(chain.hops.at(1), u"auth-answered")
                .contains(u"asked for Basic; answered with user alice"_s));
}

void tst_Auth::bearerGoesUpFront()
{
    NEEDS_HTTPBIN();
    RequestSpec request = spec(m_httpbin.url(u"/bearer"_s), AuthSetting::Scheme::Bearer, {}, {});
    request.options.network.auth.token = u"opensesame-token"_s;
    const ChainResult chain = run(request);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().auth.scheme, u"Bearer"_s);
    QVERIFY(chain.hops.first().auth.user.isEmpty());
    // httpbin echoes the token: masked like the field it came in.
    const ChainResult masked = maskedChain(chain);
    QVERIFY(chain.hops.first().bodyPreview.contains("opensesame-token"));
    QVERIFY(!masked.hops.first().bodyPreview.contains("opensesame-token"));
}

void tst_Auth::staleNonceIsAnsweredOnceMore()
{
    int calls = 0;
    m_server->route("/stale", [&calls](const ScriptedServer::Request &request, QTcpSocket *socket) {
        ++calls;
        const QByteArray nonce = authParam(request.header("Authorization"), "nonce");
        if (nonce == "second")
            socket->write(ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "in"));
        else if (nonce == "first")
            socket->write(ScriptedServer::response(
                401, "Unauthorized",
                {{"WWW-Authenticate", R"(Digest realm="r", nonce="second", qop="auth", stale=true)"}}));
        else
            socket->write(ScriptedServer::response(
                401, "Unauthorized",
                {{"WWW-Authenticate", R"(Digest realm="r", nonce="first", qop="auth")"}}));
    });
    const ChainResult chain = run(spec(m_server->url(u"/stale"_s), AuthSetting::Scheme::Digest));
    QCOMPARE(calls, 3);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops.at(2).status, 200);
    for (const Hop &hop : chain.hops)
        QVERIFY(!hop.hasWarning(u"auth-failed"));
    QVERIFY(warningText(chain.hops.at(2), u"auth-answered").contains(u"stale=true"_s));
    QCOMPARE(chain.hops.at(2).auth.answeredHop, 1);
    const QList<ScriptedServer::Request> seen = m_server->requestsTo("/stale");
    QCOMPARE(authParam(seen.at(1).header("Authorization"), "nonce"), QByteArray("first"));
    QCOMPARE(authParam(seen.at(2).header("Authorization"), "nonce"), QByteArray("second"));
    QCOMPARE(authParam(seen.at(2).header("Authorization"), "nc"), QByteArray("00000001"));
    QVERIFY(authParam(seen.at(1).header("Authorization"), "cnonce")
            != authParam(seen.at(2).header("Authorization"), "cnonce"));
}

void tst_Auth::secondUnauthorizedDoesNotLoop()
{
    // Refuses everything, and always says the nonce is stale: one answer, one stale retry, then stop.
    m_server->route("/never",
                    ScriptedServer::response(
                        401, "Unauthorized",
                        {{"WWW-Authenticate", R"(Digest realm="r", nonce="n", qop="auth", stale=true)"}}));
    const ChainResult chain = run(spec(m_server->url(u"/never"_s), AuthSetting::Scheme::Digest));
    QCOMPARE(m_server->requestsTo("/never").size(), 3);
    QCOMPARE(chain.hops.size(), 3);
    QVERIFY(chain.hops.at(2).hasWarning(u"auth-failed"));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);

    // Basic sent ahead and refused: no second try at all.
    m_server->route(
        "/basic", ScriptedServer::response(401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=\"r\""}}));
    const ChainResult basic = run(spec(m_server->url(u"/basic"_s), AuthSetting::Scheme::Basic));
    QCOMPARE(basic.hops.size(), 1);
    QVERIFY(basic.hops.first().hasWarning(u"auth-failed"));
    QCOMPARE(m_server->requestsTo("/basic").size(), 1);
}

void tst_Auth::unsupportedSchemeIsSaid()
{
    m_server->route(
        "/negotiate",
        ScriptedServer::response(401, "Unauthorized",
                                 {{"WWW-Authenticate", "Negotiate"},
                                  {"WWW-Authenticate", R"(Digest realm="r", nonce="n", qop="auth-int")"}}));
    const ChainResult chain = run(spec(m_server->url(u"/negotiate"_s), AuthSetting::Scheme::Any));
    QCOMPARE(chain.hops.size(), 1);
    const QString why = warningText(chain.hops.first(), u"auth-scheme-unsupported");
    QVERIFY2(why.contains(u"Negotiate"_s) && why.contains(u"auth-int"_s), qPrintable(why));
    QVERIFY(!m_server->requestsTo("/negotiate").first().hasHeader("Authorization"));
}

void tst_Auth::sameOriginRedirectKeepsCredentials()
{
    m_server->route("/start", ScriptedServer::redirect(302, "/next"));
    m_server->route("/next", ScriptedServer::response(200, "OK"));
    const ChainResult chain = run(spec(m_server->url(u"/start"_s), AuthSetting::Scheme::Basic));
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY(m_server->requestsTo("/start").first().hasHeader("Authorization"));
    QVERIFY(m_server->requestsTo("/next").first().hasHeader("Authorization"));
    QCOMPARE(chain.hops.at(1).auth.scheme, u"Basic"_s);
}

void tst_Auth::otherOriginNeverGetsThem()
{
    ScriptedServer other;
    QVERIFY(other.listen());
    other.route("/land", ScriptedServer::redirect(302, m_server->url(u"/back"_s).toEncoded()));
    m_server->route("/start", ScriptedServer::redirect(302, other.url(u"/land"_s).toEncoded()));
    m_server->route(
        "/back", ScriptedServer::response(401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=\"r\""}}));
    const ChainResult chain = run(spec(m_server->url(u"/start"_s), AuthSetting::Scheme::Any));
    QCOMPARE(chain.hops.size(), 3);
    QVERIFY(!other.requestsTo("/land").first().hasHeader("Authorization"));
    QVERIFY(chain.hops.at(1).hasWarning(u"credentials-stripped"));
    // Back on the origin typed, the 401 is not answered: the chain left it once.
    QCOMPARE(chain.hops.at(2).status, 401);
    QVERIFY(!m_server->requestsTo("/back").first().hasHeader("Authorization"));
    QVERIFY(chain.hops.at(2).auth.scheme.isEmpty());
}

void tst_Auth::secretsAreMasked()
{
    m_server->route("/echo", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const QByteArray authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            socket->write(ScriptedServer::response(
                401, "Unauthorized", {{"WWW-Authenticate", R"(Digest realm="r", nonce="n1", qop="auth")"}}));
            return;
        }
        // A server that reflects what it got, as echo services do.
        socket->write(ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}},
                                               "you sent " + authorization));
    });
    RequestSpec request
        = spec(m_server->url(u"/echo"_s), AuthSetting::Scheme::Digest, u"alice"_s, u"wonderland-pass"_s);
    const ChainResult chain = run(request);
    QCOMPARE(chain.hops.size(), 2);
    const QByteArray response
        = authParam(headerValue(chain.hops.at(1).requestHeaders, "Authorization"), "response");
    QVERIFY(!response.isEmpty());
    QVERIFY(chain.hops.at(1).bodyPreview.contains(response));

    const ChainResult masked = maskedChain(chain);
    const QByteArray json = QJsonDocument(chainToDocument(masked, BodyBytes::Kept)).toJson();
    const QByteArray decodedBodies = masked.hops.at(1).bodyPreview;
    QVERIFY(!json.contains(response));
    QVERIFY(!decodedBodies.contains(response));
    QVERIFY(!json.contains("wonderland-pass"));
    QCOMPARE(masked.request.options.network.auth.password,
             QString::fromUtf8("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"));
    QVERIFY(carriesCredentials(request));
    // The JSON names who, never the secret.
    QVERIFY(json.contains("\"answered_hop\": 0"));
    QCOMPARE(maskedChain(chain, {SecretStorage::Omitted, {}}).request.options.network.auth.password,
             QString());
}

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"
