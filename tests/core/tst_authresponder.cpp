// SPDX-License-Identifier: MIT
// Challenge parsing, the Basic and Digest arithmetic (checked against RFC 7617's and RFC 7616's own
// examples) and AuthResponder's decisions hop by hop, without a network.
#include "core/requests/authchallenge.h"
#include "core/requests/authresponder.h"
#include "core/requests/digestauth.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

using Params = QList<std::pair<QByteArray, QByteArray>>;

class tst_AuthResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesChallenges_data();
    void parsesChallenges();
    void severalFieldsAreOneList();
    void malformedFieldKeepsWhatWasRead();
    void challengeTextQuotesWhereNeeded();
    void basicIsUtf8();
    void rfc7616Example_data();
    void rfc7616Example();
    void digestVariants_data();
    void digestVariants();
    void digestUserNames();
    void refusedDigestChallenges_data();
    void refusedDigestChallenges();
    void digestUriIsTheRequestTarget_data();
    void digestUriIsTheRequestTarget();

    void digestWaitsForTheChallenge();
    void staleNonceIsAnsweredOnce();
    void secondRefusalIsAuthFailed();
    void digestGoesAheadOnTheSameOrigin();
    void basicGoesUpFrontAndWarnsOverHttp();
    void anyauthPrefersDigestSha256();
    void unsupportedScheme();
    void credentialsNeverLeaveTheOriginTyped();
    void typedAuthorizationWins();

private:
    static RequestSpec request(AuthSetting::Scheme scheme, const QString &url = u"http://127.0.0.1:8080/a"_s);
    static Hop hop(int index, const QString &url = u"http://127.0.0.1:8080/a"_s);
    static void respond(Hop &hop, int status, const QByteArray &challenge = {});
    static QByteArray param(const QByteArray &authorization, QByteArrayView name);
};

static const QByteArray RfcNonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
static const QByteArray RfcOpaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
static const QByteArray RfcCnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

static QByteArray rfcChallenge(const QByteArray &algorithm, const QByteArray &extra = {})
{
    return "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=" + algorithm
        + ", nonce=\"" + RfcNonce + "\", opaque=\"" + RfcOpaque + '"' + extra;
}

static DigestChallenge readRfc(const QByteArray &algorithm, const QByteArray &extra = {})
{
    const ParsedChallenges parsed = parseChallenges(rfcChallenge(algorithm, extra));
    QString why;
    const std::optional<DigestChallenge> digest = readDigestChallenge(parsed.challenges.value(0), &why);
    if (!digest)
        qWarning("%s", qPrintable(why));
    return digest.value_or(DigestChallenge{});
}

static DigestRequest mufasa(quint32 nc = 1)
{
    return {"GET", "/dir/index.html", u"Mufasa"_s, u"Circle of Life"_s, RfcCnonce, nc};
}

RequestSpec tst_AuthResponder::request(AuthSetting::Scheme scheme, const QString &url)
{
    RequestSpec spec;
    spec.url = QUrl(url);
    spec.options.network.auth.scheme = scheme;
    spec.options.network.auth.user = u"alice"_s;
    spec.options.network.auth.password = u"s3cret"_s;
    spec.options.network.auth.token = u"tok3n-value"_s;
    return spec;
}

Hop tst_AuthResponder::hop(int index, const QString &url)
{
    Hop h;
    h.index = index;
    h.method = "GET";
    h.url = QUrl(url);
    return h;
}

void tst_AuthResponder::respond(Hop &h, int status, const QByteArray &challenge)
{
    h.status = status;
    if (!challenge.isEmpty())
        h.responseHeaders.append({"WWW-Authenticate", challenge});
}

QByteArray tst_AuthResponder::param(const QByteArray &authorization, QByteArrayView name)
{
    return parseChallenges(authorization).challenges.value(0).param(name);
}

void tst_AuthResponder::parsesChallenges_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QList<QByteArray>>("schemes");
    QTest::addColumn<QList<QByteArray>>("token68s");
    QTest::addColumn<QList<Params>>("params");

    QTest::newRow("basic") << QByteArray("Basic realm=\"WallyWorld\"") << QList<QByteArray>{"Basic"}
                           << QList<QByteArray>{{}} << QList<Params>{{{"realm", "WallyWorld"}}};
    QTest::newRow("two in one field, comma inside quotes")
        << QByteArray("Basic realm=\"a, b\", Digest realm=\"x\", nonce=\"n\", qop=\"auth, auth-int\"")
        << QList<QByteArray>{"Basic", "Digest"} << QList<QByteArray>{{}, {}}
        << QList<Params>{{{"realm", "a, b"}}, {{"realm", "x"}, {"nonce", "n"}, {"qop", "auth, auth-int"}}};
    QTest::newRow("escapes") << QByteArray(R"(Basic realm="say \"hi\" \\ \there")")
                             << QList<QByteArray>{"Basic"} << QList<QByteArray>{{}}
                             << QList<Params>{{{"realm", R"(say "hi" \ there)"}}};
    QTest::newRow("token68") << QByteArray("Negotiate abc123+/==") << QList<QByteArray>{"Negotiate"}
                             << QList<QByteArray>{"abc123+/=="} << QList<Params>{{}};
    QTest::newRow("token68 then another")
        << QByteArray("Negotiate abc=, Basic realm=x") << QList<QByteArray>{"Negotiate", "Basic"}
        << QList<QByteArray>{"abc=", {}} << QList<Params>{{}, {{"realm", "x"}}};
    QTest::newRow("scheme alone") << QByteArray("Negotiate, Basic realm=x")
                                  << QList<QByteArray>{"Negotiate", "Basic"} << QList<QByteArray>{{}, {}}
                                  << QList<Params>{{}, {{"realm", "x"}}};
    QTest::newRow("spaces round =, empty elements")
        << QByteArray(" , Digest realm = \"x\" ,, nonce=y , , Bearer")
        << QList<QByteArray>{"Digest", "Bearer"} << QList<QByteArray>{{}, {}}
        << QList<Params>{{{"realm", "x"}, {"nonce", "y"}}, {}};
    QTest::newRow("names lower-cased, empty quoted value")
        << QByteArray("DIGEST REALM=\"\", Nonce=abc") << QList<QByteArray>{"DIGEST"} << QList<QByteArray>{{}}
        << QList<Params>{{{"realm", ""}, {"nonce", "abc"}}};
    QTest::newRow("bearer error") << QByteArray(
        R"(Bearer realm="api", error="invalid_token", error_description="The access token expired")")
                                  << QList<QByteArray>{"Bearer"} << QList<QByteArray>{{}}
                                  << QList<Params>{{{"realm", "api"},
                                                    {"error", "invalid_token"},
                                                    {"error_description", "The access token expired"}}};
    QTest::newRow("basic charset") << QByteArray("Basic realm=\"foo\", charset=\"UTF-8\"")
                                   << QList<QByteArray>{"Basic"} << QList<QByteArray>{{}}
                                   << QList<Params>{{{"realm", "foo"}, {"charset", "UTF-8"}}};
}

void tst_AuthResponder::parsesChallenges()
{
    QFETCH(QByteArray, field);
    QFETCH(QList<QByteArray>, schemes);
    QFETCH(QList<QByteArray>, token68s);
    QFETCH(QList<Params>, params);
    const ParsedChallenges parsed = parseChallenges(field);
    QCOMPARE(parsed.problem, QString());
    QCOMPARE(parsed.challenges.size(), schemes.size());
    for (qsizetype i = 0; i < schemes.size(); ++i) {
        QCOMPARE(parsed.challenges.at(i).scheme, schemes.at(i));
        QCOMPARE(parsed.challenges.at(i).token68, token68s.at(i));
        QCOMPARE(parsed.challenges.at(i).params, params.at(i));
    }
}

void tst_AuthResponder::severalFieldsAreOneList()
{
    const HeaderList headers{{"WWW-Authenticate", "Basic realm=\"one\""},
                             {"Content-Type", "text/plain"},
                             {"www-authenticate", "Digest realm=\"two\", nonce=\"n\""}};
    const ParsedChallenges separate = challengesIn(headers);
    QCOMPARE(separate.challenges.size(), 2);
    QVERIFY(separate.challenges.at(0).is("basic"));
    QVERIFY(separate.challenges.at(1).is("Digest"));
    QCOMPARE(separate.challenges.at(1).param("NONCE"), QByteArray("n"));
    // As Qt 6.4 hands them over: one field, joined with ", ".
    const ParsedChallenges joined
        = challengesIn({{"WWW-Authenticate", "Basic realm=\"one\", Digest realm=\"two\", nonce=\"n\""}});
    QCOMPARE(joined.challenges.size(), 2);
    QCOMPARE(joined.challenges.at(0).params, separate.challenges.at(0).params);
    QCOMPARE(joined.challenges.at(1).params, separate.challenges.at(1).params);
}

void tst_AuthResponder::malformedFieldKeepsWhatWasRead()
{
    const ParsedChallenges unterminated = parseChallenges("Basic realm=\"x\", Digest realm=\"open");
    QVERIFY(!unterminated.problem.isEmpty());
    QVERIFY(unterminated.challenges.size() >= 1);
    QCOMPARE(unterminated.challenges.at(0).param("realm"), QByteArray("x"));

    const ParsedChallenges noSpace = parseChallenges("Basic\"x\"");
    QVERIFY(!noSpace.problem.isEmpty());
    QVERIFY(noSpace.challenges.isEmpty());
    QVERIFY(parseChallenges("").challenges.isEmpty());
    QCOMPARE(parseChallenges("").problem, QString());
}

void tst_AuthResponder::challengeTextQuotesWhereNeeded()
{
    const ParsedChallenges parsed = parseChallenges(R"(Digest realm="a \"b\"", algorithm=MD5)");
    QCOMPARE(challengeText(parsed.challenges.at(0)), QByteArray(R"(Digest realm="a \"b\"", algorithm=MD5)"));
}

void tst_AuthResponder::basicIsUtf8()
{
    QCOMPARE(basicAuthorization(u"Aladdin"_s, u"open sesame"_s),
             QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
    // RFC 7617 §2.1: "test" and "123£" in UTF-8.
    QCOMPARE(basicAuthorization(u"test"_s, u"123\u00a3"_s), QByteArray("Basic dGVzdDoxMjPCow=="));
}

void tst_AuthResponder::rfc7616Example_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("response");
    // RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256.
    QTest::newRow("MD5") << QByteArray("MD5") << QByteArray("8ca523f5e9506fed4657c9700eebdbec");
    QTest::newRow("SHA-256") << QByteArray(
        "SHA-256") << QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
}

void tst_AuthResponder::rfc7616Example()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, response);
    const DigestChallenge challenge = readRfc(algorithm);
    QVERIFY(challenge.qopAuth);
    const DigestAnswer answer = answerDigest(challenge, mufasa());
    QCOMPARE(answer.response, response);
    // The field as the RFC writes it, in its order.
    QCOMPARE(
        answer.authorization,
        "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", algorithm="
            + algorithm + ", nonce=\"" + RfcNonce + "\", nc=00000001, cnonce=\"" + RfcCnonce
            + "\", qop=auth, response=\"" + response + "\", opaque=\"" + RfcOpaque + '"');
}

void tst_AuthResponder::digestVariants_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<quint32>("nc");
    QTest::addColumn<QByteArray>("response");
    // Computed independently (Python's hashlib) from the RFC 7616 §3.9.1 inputs.
    QTest::newRow("MD5-sess") << QByteArray("MD5-sess") << 1u
                              << QByteArray("e783283f46242139c486a698fec7211d");
    QTest::newRow("SHA-256-sess") << QByteArray("SHA-256-sess") << 1u
                                  << QByteArray(
                                         "2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7");
    QTest::newRow("MD5, second use of the nonce")
        << QByteArray("MD5") << 2u << QByteArray("4b5d595ecf2db9df612ea5b45cd97101");
    QTest::newRow("SHA-256, second use of the nonce")
        << QByteArray("SHA-256") << 2u
        << QByteArray("8c8db27f49ff1c202f9fb49fa9d2e9eabf078dcc93db40dfd6527010091d1c8e");
}

void tst_AuthResponder::digestVariants()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(quint32, nc);
    QFETCH(QByteArray, response);
    const DigestAnswer answer = answerDigest(readRfc(algorithm), mufasa(nc));
    QCOMPARE(answer.response, response);
    QCOMPARE(param(answer.authorization, "nc"), QByteArray::number(nc).rightJustified(8, '0'));
    QCOMPARE(param(answer.authorization, "algorithm"), algorithm);
}

void tst_AuthResponder::digestUserNames()
{
    // userhash=true: the name goes as H(user:realm) (RFC 7616 §3.4.4).
    const DigestAnswer hashed = answerDigest(readRfc("SHA-256", ", userhash=true"), mufasa());
    QCOMPARE(param(hashed.authorization, "username"),
             QByteArray("a947aad205e80e429958a387394944c6b496301e79f89d35a4cc23b6ee12b5b6"));
    QCOMPARE(param(hashed.authorization, "userhash"), QByteArray("true"));
    QCOMPARE(hashed.response, QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"));

    // A name a quoted string cannot carry goes as username* (RFC 8187).
    DigestRequest jason = mufasa();
    jason.user = u"J\u00e4s\u00f8n Doe"_s;
    const DigestAnswer extended = answerDigest(readRfc("SHA-256"), jason);
    QVERIFY2(extended.authorization.startsWith("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, "),
             extended.authorization.constData());
    // Quotes and backslashes are escaped inside the quoted name.
    jason.user = uR"(a"b\c)"_s;
    QCOMPARE(param(answerDigest(readRfc("MD5"), jason).authorization, "username"), QByteArray(R"(a"b\c)"));

    // No qop (RFC 2069's form): no nc, no cnonce.
    QString why;
    const auto old = readDigestChallenge(
        parseChallenges("Digest realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"")
            .challenges.at(0),
        &why);
    QVERIFY(old);
    DigestRequest request{"GET", "/dir/index.html", u"Mufasa"_s, u"Circle Of Life"_s, {}, 1};
    const DigestAnswer answer = answerDigest(*old, request);
    QCOMPARE(answer.response, QByteArray("670fd8c2df070c60b045671b8b24ff02"));
    QVERIFY(!answer.authorization.contains("nc="));
    QVERIFY(!answer.authorization.contains("cnonce="));
}

void tst_AuthResponder::refusedDigestChallenges_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("auth-int only") << QByteArray("Digest realm=r, nonce=n, qop=\"auth-int\"")
                                   << u"auth-int"_s;
    QTest::newRow("SHA-512-256") << QByteArray("Digest realm=r, nonce=n, qop=auth, algorithm=SHA-512-256")
                                 << u"SHA-512-256"_s;
    QTest::newRow("no nonce") << QByteArray("Digest realm=r, qop=auth") << u"nonce"_s;
    QTest::newRow("sess without qop")
        << QByteArray("Digest realm=r, nonce=n, algorithm=MD5-sess") << u"MD5-sess"_s;
}

void tst_AuthResponder::refusedDigestChallenges()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, reasonPart);
    QString why;
    QVERIFY(!readDigestChallenge(parseChallenges(field).challenges.at(0), &why));
    QVERIFY2(why.contains(reasonPart), qPrintable(why));
}

void tst_AuthResponder::digestUriIsTheRequestTarget_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("uri");
    QTest::newRow("path and query") << u"http://h/dir/index.html?a=1&b=%20#frag"_s
                                    << QByteArray("/dir/index.html?a=1&b=%20");
    QTest::newRow("empty path") << u"http://h"_s << QByteArray("/");
    QTest::newRow("dot segments") << u"http://h/a/../b/./c"_s << QByteArray("/b/c");
    QTest::newRow("user info") << u"http://u:p@h/x"_s << QByteArray("/x");
}

void tst_AuthResponder::digestUriIsTheRequestTarget()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, uri);
    QCOMPARE(digestUri(QUrl(url)), uri);
}

void tst_AuthResponder::digestWaitsForTheChallenge()
{
    AuthResponder responder(request(AuthSetting::Scheme::Digest));
    responder.setCnonceSource([] { return QByteArray("c1"); });
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    QVERIFY(headers.isEmpty());
    QVERIFY(first.auth.scheme.isEmpty());
    respond(first, 401, "Digest realm=\"r\", nonce=\"n1\", qop=\"auth\", algorithm=MD5, opaque=\"o\"");
    QVERIFY(responder.onResponse(first));

    Hop second = hop(1);
    responder.prepare(second, headers);
    const QByteArray authorization = headerValue(headers, "Authorization");
    QCOMPARE(param(authorization, "nonce"), QByteArray("n1"));
    QCOMPARE(param(authorization, "nc"), QByteArray("00000001"));
    QCOMPARE(param(authorization, "cnonce"), QByteArray("c1"));
    QCOMPARE(param(authorization, "opaque"), QByteArray("o"));
    QCOMPARE(param(authorization, "uri"), QByteArray("/a"));
    QCOMPARE(second.auth.scheme, u"Digest"_s);
    QCOMPARE(second.auth.user, u"alice"_s);
    QCOMPARE(second.auth.answeredHop, 0);
    QVERIFY(second.hasWarning(u"auth-answered"));
    QVERIFY(second.warnings.first().message.contains(u"asked for Digest; answered with user alice"_s));
    QVERIFY(!second.hasWarning(u"credentials-over-http")); // Digest never sends the password
    respond(second, 200);
    QVERIFY(!responder.onResponse(second));
}

void tst_AuthResponder::staleNonceIsAnsweredOnce()
{
    AuthResponder responder(request(AuthSetting::Scheme::Digest));
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    respond(first, 401, "Digest realm=\"r\", nonce=\"n1\", qop=auth");
    QVERIFY(responder.onResponse(first));
    Hop second = hop(1);
    responder.prepare(second, headers);
    respond(second, 401, "Digest realm=\"r\", nonce=\"n2\", qop=auth, stale=true");
    QVERIFY(responder.onResponse(second)); // not a failure: the nonce expired
    QVERIFY(!second.hasWarning(u"auth-failed"));

    Hop third = hop(2);
    headers.clear();
    responder.prepare(third, headers);
    QCOMPARE(param(headerValue(headers, "Authorization"), "nonce"), QByteArray("n2"));
    QCOMPARE(param(headerValue(headers, "Authorization"), "nc"),
             QByteArray("00000001")); // a new nonce counts anew
    QCOMPARE(third.auth.answeredHop, 1);
    QVERIFY(third.warnings.first().message.contains(u"stale=true"_s));
    // Stale once more: no loop.
    respond(third, 401, "Digest realm=\"r\", nonce=\"n3\", qop=auth, stale=true");
    QVERIFY(!responder.onResponse(third));
    QVERIFY(third.hasWarning(u"auth-failed"));
}

void tst_AuthResponder::secondRefusalIsAuthFailed()
{
    AuthResponder responder(request(AuthSetting::Scheme::Digest));
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    respond(first, 401, "Digest realm=\"r\", nonce=\"n1\", qop=auth");
    QVERIFY(responder.onResponse(first));
    Hop second = hop(1);
    responder.prepare(second, headers);
    respond(second, 401, "Digest realm=\"r\", nonce=\"n2\", qop=auth");
    QVERIFY(!responder.onResponse(second));
    QVERIFY(second.hasWarning(u"auth-failed"));
    QVERIFY(second.warnings.last().message.contains(u"Digest credentials for user alice"_s));
}

void tst_AuthResponder::digestGoesAheadOnTheSameOrigin()
{
    AuthResponder responder(request(AuthSetting::Scheme::Digest));
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    respond(first, 401, "Digest realm=\"r\", nonce=\"n1\", qop=auth");
    QVERIFY(responder.onResponse(first));
    Hop second = hop(1);
    responder.prepare(second, headers);
    respond(second, 302);
    QVERIFY(!responder.onResponse(second));
    // The redirect's target on the same origin: the nonce's second use, without a 401 first.
    Hop third = hop(2, u"http://127.0.0.1:8080/b"_s);
    HeaderList next;
    responder.prepare(third, next);
    QCOMPARE(param(headerValue(next, "Authorization"), "nc"), QByteArray("00000002"));
    QCOMPARE(param(headerValue(next, "Authorization"), "uri"), QByteArray("/b"));
    QCOMPARE(third.auth.answeredHop, 0);
    // Refused there (the nonce was tied to the first URL): answered afresh, not auth-failed.
    respond(third, 401, "Digest realm=\"r\", nonce=\"n9\", qop=auth");
    QVERIFY(responder.onResponse(third));
    QVERIFY(!third.hasWarning(u"auth-failed"));
}

void tst_AuthResponder::basicGoesUpFrontAndWarnsOverHttp()
{
    AuthResponder responder(request(AuthSetting::Scheme::Basic));
    Hop local = hop(0);
    HeaderList headers;
    responder.prepare(local, headers);
    QCOMPARE(headerValue(headers, "Authorization"), basicAuthorization(u"alice"_s, u"s3cret"_s));
    QCOMPARE(local.auth.scheme, u"Basic"_s);
    QCOMPARE(local.auth.answeredHop, -1);
    QVERIFY(local.hasWarning(u"credentials-over-http"));
    QCOMPARE(local.warnings.first().severity, Severity::Info); // loopback: nothing crossed a network
    // Refused: no second try.
    respond(local, 401, "Basic realm=\"r\"");
    QVERIFY(!responder.onResponse(local));
    QVERIFY(local.hasWarning(u"auth-failed"));

    AuthResponder remote(request(AuthSetting::Scheme::Bearer, u"http://api.example.org/v1"_s));
    Hop away = hop(0, u"http://api.example.org/v1"_s);
    HeaderList bearer;
    remote.prepare(away, bearer);
    QCOMPARE(headerValue(bearer, "Authorization"), QByteArray("Bearer tok3n-value"));
    QCOMPARE(away.auth.scheme, u"Bearer"_s);
    QVERIFY(away.auth.user.isEmpty());
    QCOMPARE(away.warnings.first().id, u"credentials-over-http"_s);
    QCOMPARE(away.warnings.first().severity, Severity::Warning);
    respond(away, 401, "Bearer realm=\"api\", error=\"invalid_token\"");
    QVERIFY(!remote.onResponse(away));
    QVERIFY(away.warnings.last().message.contains(u"invalid_token"_s));

    AuthResponder secure(request(AuthSetting::Scheme::Basic, u"https://example.org/"_s));
    Hop tls = hop(0, u"https://example.org/"_s);
    HeaderList h;
    secure.prepare(tls, h);
    QVERIFY(!tls.hasWarning(u"credentials-over-http"));
    QCOMPARE(AuthResponder::overHttpSeverity(QUrl(u"http://localhost:1/"_s)), Severity::Info);
    QCOMPARE(AuthResponder::overHttpSeverity(QUrl(u"http://[::1]:1/"_s)), Severity::Info);
    QCOMPARE(AuthResponder::overHttpSeverity(QUrl(u"http://10.0.0.1/"_s)), Severity::Warning);
}

void tst_AuthResponder::anyauthPrefersDigestSha256()
{
    AuthResponder responder(request(AuthSetting::Scheme::Any));
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    QVERIFY(headers.isEmpty());
    respond(first, 401,
            "Basic realm=\"r\", Digest realm=\"r\", nonce=\"a\", qop=auth, algorithm=MD5, "
            "Digest realm=\"r\", nonce=\"b\", qop=auth, algorithm=SHA-256");
    QVERIFY(responder.onResponse(first));
    Hop second = hop(1);
    responder.prepare(second, headers);
    QCOMPARE(param(headerValue(headers, "Authorization"), "algorithm"), QByteArray("SHA-256"));

    // Basic alone: --anyauth answers it, and keeps sending it on the same origin.
    AuthResponder basicOnly(request(AuthSetting::Scheme::Any));
    Hop a = hop(0);
    HeaderList none;
    basicOnly.prepare(a, none);
    respond(a, 401, "Basic realm=\"r\"");
    QVERIFY(basicOnly.onResponse(a));
    Hop b = hop(1);
    HeaderList answered;
    basicOnly.prepare(b, answered);
    QCOMPARE(headerValue(answered, "Authorization"), basicAuthorization(u"alice"_s, u"s3cret"_s));
    QVERIFY(b.warnings.first().message.contains(u"asked for Basic; answered with user alice"_s));
    respond(b, 200);
    QVERIFY(!basicOnly.onResponse(b));
    Hop c = hop(2, u"http://127.0.0.1:8080/c"_s);
    HeaderList later;
    basicOnly.prepare(c, later);
    QCOMPARE(c.auth.scheme, u"Basic"_s);
    QCOMPARE(c.auth.answeredHop, 0);
}

void tst_AuthResponder::unsupportedScheme()
{
    AuthResponder digestOnly(request(AuthSetting::Scheme::Digest));
    Hop first = hop(0);
    HeaderList headers;
    digestOnly.prepare(first, headers);
    respond(first, 401, "Basic realm=\"wally\", Digest realm=\"x\", nonce=\"n\", qop=\"auth-int\"");
    QVERIFY(!digestOnly.onResponse(first));
    QVERIFY(first.hasWarning(u"auth-scheme-unsupported"));
    const QString message = first.warnings.last().message;
    QVERIFY2(message.contains(u"Basic (realm “wally”)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"auth-int"_s), qPrintable(message));

    AuthResponder any(request(AuthSetting::Scheme::Any));
    Hop negotiate = hop(0);
    any.prepare(negotiate, headers);
    respond(negotiate, 401, "Negotiate, NTLM");
    QVERIFY(!any.onResponse(negotiate));
    QVERIFY(negotiate.hasWarning(u"auth-scheme-unsupported"));

    AuthResponder silent(request(AuthSetting::Scheme::Digest));
    Hop bare = hop(0);
    silent.prepare(bare, headers);
    respond(bare, 401);
    QVERIFY(!silent.onResponse(bare));
    QVERIFY(bare.hasWarning(u"auth-scheme-unsupported"));
}

void tst_AuthResponder::credentialsNeverLeaveTheOriginTyped()
{
    AuthResponder responder(request(AuthSetting::Scheme::Basic));
    Hop first = hop(0);
    HeaderList headers;
    responder.prepare(first, headers);
    QVERIFY(hasHeader(headers, "Authorization"));
    // Another port is another origin.
    Hop other = hop(1, u"http://127.0.0.1:9090/a"_s);
    HeaderList otherHeaders;
    responder.prepare(other, otherHeaders);
    QVERIFY(!hasHeader(otherHeaders, "Authorization"));
    QVERIFY(other.auth.scheme.isEmpty());
    QVERIFY(other.hasWarning(u"credentials-stripped"));
    respond(other, 401, "Basic realm=\"r\"");
    QVERIFY(!responder.onResponse(other));
    QVERIFY(!other.hasWarning(u"auth-failed"));
    // Back on the first origin: still nothing, and said only once.
    Hop back = hop(2);
    HeaderList backHeaders;
    responder.prepare(back, backHeaders);
    QVERIFY(!hasHeader(backHeaders, "Authorization"));
    QVERIFY(back.warnings.isEmpty());
}

void tst_AuthResponder::typedAuthorizationWins()
{
    AuthResponder responder(request(AuthSetting::Scheme::Digest));
    Hop first = hop(0);
    HeaderList headers{{"Authorization", "Token mine"}};
    responder.prepare(first, headers);
    QCOMPARE(headers.size(), 1);
    first.requestHeaders = headers;
    respond(first, 401, "Digest realm=\"r\", nonce=\"n\", qop=auth");
    QVERIFY(!responder.onResponse(first));
    QVERIFY(first.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuthResponder)
#include "tst_authresponder.moc"
