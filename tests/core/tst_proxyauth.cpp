// SPDX-License-Identifier: MIT
// --proxy-user against a proxy that asks for Digest: a scripted HTTP proxy on 127.0.0.1 (it reads
// the absolute-form request line, as an HTTP proxy does) answers 407 with a Digest challenge, checks
// the Proxy-Authorization that comes back against its own computation, and answers for the site
// when it matches. The 407 and the answered request are two hops of the chain.
#include "enginetest.h"

#include "core/requests/chainjson.h"
#include "core/requests/chainmasking.h"
#include "core/requests/proxyselection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

namespace {

// The parameters of a Digest Proxy-Authorization, read here with a pattern of the test's own so
// that the engine's parser is not what checks the engine.
QHash<QByteArray, QByteArray> digestParams(const QByteArray &field)
{
    QHash<QByteArray, QByteArray> params;
    static const QRegularExpression pattern(uR"re((\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+)))re"_s);
    auto it = pattern.globalMatch(QString::fromLatin1(field));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.capturedLength(2) ? match.captured(2) : match.captured(3);
        params.insert(match.captured(1).toLatin1(), value.toLatin1());
    }
    return params;
}

// A Digest proxy with one user: it asks for Digest, and lets a request through when its answer is
// right for the nonce it handed out last. `staleFirst`: the first right answer is told its nonce
// expired (stale=true) and gets a new one.
class DigestProxy
{
public:
    QByteArray algorithm = "MD5";
    QByteArray realm = "proxy-realm";
    QByteArray user = "alice";
    QByteArray password = "s3cret";
    bool staleFirst = false;
    bool echo = false; // the 200's body repeats the response value received

    QList<QByteArray> sentFields; // every Proxy-Authorization that reached it
    QList<QByteArray> targets; // every request-target
    QList<QByteArray> accepted; // the nonce counts of answers let through
    int nonces = 0;

    ScriptedServer::Handler handler()
    {
        return [this](const ScriptedServer::Request &request, QTcpSocket *socket) {
            targets.append(request.target);
            const QByteArray field = request.header("Proxy-Authorization");
            sentFields.append(field);
            if (field.startsWith("Digest ") && rightAnswer(request, field)) {
                if (staleFirst) {
                    staleFirst = false;
                    socket->write(challenge(true));
                    return;
                }
                accepted.append(digestParams(field).value("nc"));
                if (request.target.endsWith("/start"))
                    socket->write(ScriptedServer::redirect(302, "/next"));
                else if (echo)
                    socket->write(ScriptedServer::response(
                        200, "OK", {}, "you answered " + digestParams(field).value("response")));
                else
                    socket->write(ScriptedServer::response(200, "OK", {}, "through the proxy"));
                return;
            }
            socket->write(challenge(false));
        };
    }

private:
    QByteArray nonce;

    QByteArray challenge(bool stale)
    {
        nonce = "nonce-" + QByteArray::number(++nonces);
        QByteArray value = "Digest realm=\"" + realm + "\", nonce=\"" + nonce
            + "\", qop=\"auth\", algorithm=" + algorithm + ", opaque=\"op-1\"";
        if (stale)
            value += ", stale=true";
        return ScriptedServer::response(407, "Proxy Authentication Required", {{"Proxy-Authenticate", value}},
                                        "credentials, please");
    }

    bool rightAnswer(const ScriptedServer::Request &request, const QByteArray &field) const
    {
        const QHash<QByteArray, QByteArray> p = digestParams(field);
        const auto hash = algorithm == "SHA-256" ? QCryptographicHash::Sha256 : QCryptographicHash::Md5;
        const auto H
            = [hash](const QByteArray &data) { return QCryptographicHash::hash(data, hash).toHex(); };
        // RFC 7616 §3.4.1 with qop=auth; uri must repeat the request-target as it came.
        const QByteArray ha1 = H(user + ':' + realm + ':' + password);
        const QByteArray ha2 = H(request.method + ':' + request.target);
        const QByteArray expected
            = H(ha1 + ':' + nonce + ':' + p.value("nc") + ':' + p.value("cnonce") + ":auth:" + ha2);
        return p.value("username") == user && p.value("realm") == realm && p.value("nonce") == nonce
            && p.value("uri") == request.target && p.value("qop") == "auth" && p.value("opaque") == "op-1"
            && p.value("response") == expected;
    }
};

} // namespace

class tst_ProxyAuth : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void digestAnswered_data();
    void digestAnswered();
    void digestSentAheadOnTheNextHop();
    void staleNonceAnsweredOnce();
    void wrongPasswordRefused();
    void digestWithoutProxyUser();
    void echoedAnswerMasked();

private:
    RequestSpec through(const QString &path, const ScriptedServer &proxy, const QString &user = {}) const;
};

RequestSpec tst_ProxyAuth::through(const QString &path, const ScriptedServer &proxy,
                                   const QString &user) const
{
    // The site is never reached: the scripted proxy answers for it.
    RequestSpec spec = get(QUrl(u"http://site.test"_s + path));
    ::parseProxyUrl(proxy.origin(), spec.options.network.proxy);
    if (!user.isEmpty())
        ::parseProxyUser(user, spec.options.network.proxy);
    return spec;
}

void tst_ProxyAuth::digestAnswered_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::newRow("MD5") << "MD5"_ba;
    QTest::newRow("SHA-256") << "SHA-256"_ba;
}

void tst_ProxyAuth::digestAnswered()
{
    QFETCH(QByteArray, algorithm);
    DigestProxy digest;
    digest.algorithm = algorithm;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/page?q=1"_s, proxy, u"alice:s3cret"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    // Basic went up front (curl's default); the 407 asked for Digest and is a hop of its own.
    QCOMPARE(chain.hops[0].status, 407);
    QVERIFY(headerValue(chain.hops[0].requestHeaders, "Proxy-Authorization").startsWith("Basic "));
    QVERIFY(!chain.hops[0].hasWarning(u"proxy-auth-required"));
    QCOMPARE(chain.hops[1].status, 200);
    QCOMPARE(chain.hops[1].bodyPreview, "through the proxy"_ba);
    QCOMPARE(chain.hops[1].route.proxyUser, u"alice"_s);
    QVERIFY(headerValue(chain.hops[1].requestHeaders, "Proxy-Authorization").startsWith("Digest "));
    const auto answered = std::find_if(chain.hops[1].warnings.cbegin(), chain.hops[1].warnings.cend(),
                                       [](const HopWarning &w) { return w.id == u"auth-answered"_s; });
    QVERIFY(answered != chain.hops[1].warnings.cend());
    QVERIFY2(answered->message.contains(u"407 asked for Digest; answered with user alice"_s),
             qPrintable(answered->message));
    QVERIFY2(answered->message.contains(QString::fromLatin1(algorithm)), qPrintable(answered->message));

    // What reached the proxy: the absolute form, and the proxy's own check passed once, with nc 1.
    QCOMPARE(digest.targets.size(), 2);
    QCOMPARE(digest.targets[1], "http://site.test/page?q=1"_ba);
    QCOMPARE(digest.accepted, QList<QByteArray>{"00000001"});
    const QHash<QByteArray, QByteArray> sent = digestParams(digest.sentFields[1]);
    QCOMPARE(sent.value("algorithm"), algorithm);

    // The answer and the password stay out of what leaves the engine.
    const QByteArray json = QJsonDocument(chainToJson(maskedChain(chain))).toJson();
    QVERIFY(!json.contains("s3cret"));
    QVERIFY(!json.contains(sent.value("response")));
}

void tst_ProxyAuth::digestSentAheadOnTheNextHop()
{
    DigestProxy digest;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/start"_s, proxy, u"alice:s3cret"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops[0].status, 407);
    QCOMPARE(chain.hops[1].status, 302);
    QCOMPARE(chain.hops[2].status, 200);
    // The redirect's hop uses the nonce it already has, with the next count: no second 407.
    QCOMPARE(digest.accepted, (QList<QByteArray>{"00000001", "00000002"}));
    QCOMPARE(digest.nonces, 1);
    QVERIFY(chain.hops[2].hasWarning(u"auth-answered"));
}

void tst_ProxyAuth::staleNonceAnsweredOnce()
{
    DigestProxy digest;
    digest.staleFirst = true;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/"_s, proxy, u"alice:s3cret"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops[0].status, 407);
    QCOMPARE(chain.hops[1].status, 407); // right answer, expired nonce
    QVERIFY(!chain.hops[1].hasWarning(u"proxy-auth-required"));
    QCOMPARE(chain.hops[2].status, 200);
    const QString said = chain.hops[2].warnings.constFirst().message;
    QVERIFY2(said.contains(u"stale=true"_s), qPrintable(said));
    QCOMPARE(digestParams(digest.sentFields[2]).value("nonce"), "nonce-2"_ba);
    QCOMPARE(digest.accepted, QList<QByteArray>{"00000001"}); // a new nonce counts from 1
}

void tst_ProxyAuth::wrongPasswordRefused()
{
    DigestProxy digest;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/"_s, proxy, u"alice:wrong"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    // Answered once; the second 407 ends it with a warning, not a third try.
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops[1].status, 407);
    QVERIFY(chain.hops[1].hasWarning(u"proxy-auth-required"));
    const auto warning = std::find_if(chain.hops[1].warnings.cbegin(), chain.hops[1].warnings.cend(),
                                      [](const HopWarning &w) { return w.id == u"proxy-auth-required"_s; });
    QVERIFY2(warning->message.contains(u"refused the Digest credentials of user “alice”"_s),
             qPrintable(warning->message));
    QVERIFY(!warning->message.contains(u"wrong"_s));
    QCOMPARE(digest.targets.size(), 2);
}

void tst_ProxyAuth::digestWithoutProxyUser()
{
    DigestProxy digest;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/"_s, proxy));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops[0].status, 407);
    QVERIFY(chain.hops[0].hasWarning(u"proxy-auth-required"));
    QVERIFY(chain.hops[0].warnings.constFirst().message.contains(u"--proxy-user"_s));
}

// A page that repeats the Digest answer (a proxy's debug page, an echo service) shows it masked.
void tst_ProxyAuth::echoedAnswerMasked()
{
    DigestProxy digest;
    digest.echo = true;
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", digest.handler());

    const ChainResult chain = run(through(u"/"_s, proxy, u"alice:s3cret"_s));
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops[1].status, 200);
    const QByteArray response = digestParams(digest.sentFields[1]).value("response");
    QVERIFY(!response.isEmpty());
    QVERIFY(chain.hops[1].bodyPreview.contains(response));
    // History, HAR and the window's body view show the masked chain's body.
    const QByteArray shown = maskedChain(chain).hops[1].bodyPreview;
    QVERIFY2(!shown.contains(response), shown.constData());
    QVERIFY(shown.startsWith("you answered "));
}

QTEST_GUILESS_MAIN(tst_ProxyAuth)
#include "tst_proxyauth.moc"
