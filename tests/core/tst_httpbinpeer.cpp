// SPDX-License-Identifier: MIT
// The request engine against httpbin, a real server nobody here wrote.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/curlcommand.h"
#include "core/requests/requestengine.h"
#include "peerserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

Q_DECLARE_METATYPE(StatusScope::Core::PostKept)

class tst_HttpbinPeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redirectChains_data();
    void redirectChains();
    void redirectToKeepsOrRewritesTheMethod_data();
    void redirectToKeepsOrRewritesTheMethod();
    void redirectToUnsafeScheme();
    void redirectLimit();
    void statusCodes_data();
    void statusCodes();
    void cookiesSetOnARedirectAreSent();
    void basicAuth();
    void gzip();
    void delayTimesOut();
    void drip();
    void anythingEchoesTheRequest();
    void pastedRangeAndTimeConditions_data();
    void pastedRangeAndTimeConditions();

private:
    ChainResult run(const RequestSpec &spec);
    RequestSpec get(const QString &path) const;
    static QJsonObject bodyJson(const Hop &hop) { return QJsonDocument::fromJson(hop.bodyPreview).object(); }

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    StatusScope::Test::HttpbinServer m_httpbin;
};

void tst_HttpbinPeer::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    STATUSSCOPE_START_PEER(m_httpbin);
}

RequestSpec tst_HttpbinPeer::get(const QString &path) const
{
    RequestSpec spec;
    spec.url = m_httpbin.url(path);
    spec.options.inactivityTimeoutMs = 10000;
    return spec;
}

ChainResult tst_HttpbinPeer::run(const RequestSpec &spec)
{
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (engine.start(spec))
        finished.wait(30000);
    return engine.result();
}

void tst_HttpbinPeer::redirectChains_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("redirect") << u"/redirect/3"_s;
    QTest::newRow("relative-redirect") << u"/relative-redirect/3"_s;
    QTest::newRow("absolute-redirect") << u"/absolute-redirect/3"_s;
}

void tst_HttpbinPeer::redirectChains()
{
    QFETCH(QString, path);
    const ChainResult chain = run(get(path + u"#section"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(chain.hops.at(i).status, 302);
        QVERIFY(chain.hops.at(i).location.has_value());
        QCOMPARE(chain.hops.at(i + 1).url, chain.hops.at(i).location->adjusted(QUrl::RemoveFragment));
    }
    QCOMPARE(chain.hops.last().status, 200);
    QCOMPARE(chain.finalUrl.fragment(), u"section"_s);
    QCOMPARE(chain.hops.last().url.path(), u"/get"_s);
}

void tst_HttpbinPeer::redirectToKeepsOrRewritesTheMethod_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("finalMethod");
    QTest::addColumn<bool>("bodyKept");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<PostKept>("keepPost"); // --post301/302/303
    const PostKept none;
    const PostKept all{true, true, true};
    QTest::newRow("301") << 301 << u"GET"_s << false << "POST"_ba << none;
    QTest::newRow("302") << 302 << u"GET"_s << false << "POST"_ba << none;
    QTest::newRow("303") << 303 << u"GET"_s << false << "POST"_ba << none;
    QTest::newRow("307") << 307 << u"POST"_s << true << "POST"_ba << none;
    QTest::newRow("308") << 308 << u"POST"_s << true << "POST"_ba << none;
    QTest::newRow("301, --post301") << 301 << u"POST"_s << true << "POST"_ba << PostKept{true, false, false};
    QTest::newRow("302, --post302") << 302 << u"POST"_s << true << "POST"_ba << PostKept{false, true, false};
    QTest::newRow("303, --post303") << 303 << u"POST"_s << true << "POST"_ba << PostKept{false, false, true};
    QTest::newRow("302, --post301 --post303")
        << 302 << u"GET"_s << false << "POST"_ba << PostKept{true, false, true};
    // Only POST is kept: another method after 303 still becomes GET, as in curl.
    QTest::newRow("PUT 303, all kept") << 303 << u"GET"_s << false << "PUT"_ba << all;
    QTest::newRow("PUT 302, all kept") << 302 << u"PUT"_s << true << "PUT"_ba << all;
}

void tst_HttpbinPeer::redirectToKeepsOrRewritesTheMethod()
{
    QFETCH(int, status);
    QFETCH(QString, finalMethod);
    QFETCH(bool, bodyKept);
    QFETCH(QByteArray, method);
    QFETCH(PostKept, keepPost);
    RequestSpec spec = get(u"/redirect-to?url=/anything&status_code=%1"_s.arg(status));
    spec.method = method;
    spec.body = R"({"hello":"world"})";
    spec.hasBody = true;
    spec.headers = {{"Content-Type", "application/json"}};
    spec.options.keepPost = keepPost;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, status);
    const QJsonObject echoed = bodyJson(chain.hops.last());
    QCOMPARE(echoed.value(u"method"_s).toString(), finalMethod);
    QCOMPARE(echoed.value(u"data"_s).toString(), bodyKept ? QString::fromLatin1(spec.body) : QString());
    QCOMPARE(echoed.value(u"headers"_s).toObject().value(u"Content-Type"_s).toString(),
             bodyKept ? u"application/json"_s : QString());
    QCOMPARE(chain.hops.first().hasWarning(u"method-changed"), finalMethod != QString::fromLatin1(method));
    // Kept because asked, and said so on the hop, with the status's section.
    const bool asked = method == "POST" && keepPost.covers(status);
    QCOMPARE(chain.hops.first().hasWarning(u"post-kept"), asked);
    if (asked) {
        const auto kept
            = std::find_if(chain.hops.first().warnings.cbegin(), chain.hops.first().warnings.cend(),
                           [](const HopWarning &w) { return w.id == u"post-kept"_s; });
        QVERIFY(kept->message.contains(u"17-byte body"_s));
        QVERIFY(kept->message.contains(u"--post%1"_s.arg(status)));
    }
}

void tst_HttpbinPeer::redirectToUnsafeScheme()
{
    const ChainResult chain = run(get(u"/redirect-to?url=ftp://example.org/file&status_code=302"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::UnsafeRedirectScheme);
    QCOMPARE(chain.hops.size(), 1);
}

void tst_HttpbinPeer::redirectLimit()
{
    RequestSpec spec = get(u"/redirect/6"_s);
    spec.options.maxRedirects = 5;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QCOMPARE(chain.stop->reason, StopReason::RedirectLimit);
    QCOMPARE(chain.hops.size(), 6);
}

void tst_HttpbinPeer::statusCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("418") << 418 << u"I'm a teapot"_s;
    QTest::newRow("404") << 404 << u"Not Found"_s;
    QTest::newRow("503") << 503 << u"Service Unavailable"_s;
    QTest::newRow("204") << 204 << u"No Content"_s;
    QTest::newRow("451") << 451 << u"Unavailable For Legal Reasons"_s;
}

void tst_HttpbinPeer::statusCodes()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    const ChainResult chain = run(get(u"/status/%1"_s.arg(code)));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().status, code);
    QCOMPARE(chain.hops.first().meanings.first().reason, reason);
    QVERIFY(!chain.hops.first().meanings.first().fallback);
}

void tst_HttpbinPeer::cookiesSetOnARedirectAreSent()
{
    const ChainResult chain = run(get(u"/cookies/set?flavour=oat&size=2"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    const QJsonObject cookies = bodyJson(chain.hops.last()).value(u"cookies"_s).toObject();
    QCOMPARE(cookies.value(u"flavour"_s).toString(), u"oat"_s);
    QCOMPARE(cookies.value(u"size"_s).toString(), u"2"_s);
    QVERIFY(headerValue(chain.hops.last().requestHeaders, "Cookie").contains("flavour=oat"));
}

void tst_HttpbinPeer::basicAuth()
{
    RequestSpec spec = get(u"/basic-auth/user/passwd"_s);
    ChainResult chain = run(spec);
    QCOMPARE(chain.hops.size(), 1); // shown as received: no prompt, no hidden retry
    QCOMPARE(chain.hops.first().status, 401);
    QVERIFY(hasHeader(chain.hops.first().responseHeaders, "WWW-Authenticate"));
    QVERIFY(!chain.hops.first().hasWarning(u"missing-www-authenticate"));

    spec.headers = {{"Authorization", "Basic " + QByteArray("user:passwd").toBase64()}};
    chain = run(spec);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(bodyJson(chain.hops.first()).value(u"authenticated"_s).toBool(), true);
}

void tst_HttpbinPeer::gzip()
{
    const ChainResult chain = run(get(u"/gzip"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const Hop &hop = chain.hops.first();
    QVERIFY(hop.hasWarning(u"decoded-body"));
    QCOMPARE(bodyJson(hop).value(u"gzipped"_s).toBool(), true);
    QVERIFY(hop.wireBodyBytes > 0 && hop.wireBodyBytes < hop.bodyBytes);
}

void tst_HttpbinPeer::delayTimesOut()
{
    RequestSpec spec = get(u"/delay/3"_s);
    spec.options.inactivityTimeoutMs = 500;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
}

void tst_HttpbinPeer::drip()
{
    const ChainResult chain = run(get(u"/drip?duration=1&numbytes=5&delay=0"_s));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().bodyBytes, 5);
    QVERIFY(*chain.hops.first().timings.done - *chain.hops.first().timings.headers > 500);
}

void tst_HttpbinPeer::anythingEchoesTheRequest()
{
    RequestSpec spec = get(u"/anything/path?q=1"_s);
    spec.method = "PATCH";
    spec.body = "x=1";
    spec.hasBody = true;
    spec.headers = {{"X-Custom", "value one"}, {"Content-Type", "text/plain"}};
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const QJsonObject echoed = bodyJson(chain.hops.first());
    QCOMPARE(echoed.value(u"method"_s).toString(), u"PATCH"_s);
    QCOMPARE(echoed.value(u"data"_s).toString(), u"x=1"_s);
    QCOMPARE(echoed.value(u"headers"_s).toObject().value(u"X-Custom"_s).toString(), u"value one"_s);
    QVERIFY(echoed.value(u"headers"_s)
                .toObject()
                .value(u"User-Agent"_s)
                .toString()
                .startsWith(u"StatusScope/"_s));
}

// curl's -r, -C and -z pasted: the status httpbin answers the headers they became with.
void tst_HttpbinPeer::pastedRangeAndTimeConditions_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("-r: partial content") << u"-r 0-9"_s << u"/range/100"_s << 206;
    QTest::newRow("-r past the end: not satisfiable") << u"-r 500-600"_s << u"/range/100"_s << 416;
    QTest::newRow("-C: the rest") << u"-C 90"_s << u"/range/100"_s << 206;
    QTest::newRow("-z: not modified") << u"-z 'Wed, 21 Oct 2015 07:28:00 GMT'"_s << u"/cache"_s << 304;
    QTest::newRow("without: the whole") << QString() << u"/range/100"_s << 200;
}

void tst_HttpbinPeer::pastedRangeAndTimeConditions()
{
    QFETCH(QString, options);
    QFETCH(QString, path);
    QFETCH(int, status);
    QString error;
    const auto imported
        = parseCurlCommand(u"curl %1 '%2'"_s.arg(options, m_httpbin.url(path).toString()), &error);
    QVERIFY2(imported, qPrintable(error));
    const ChainResult chain = run(imported->request);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.at(0).status, status);
    if (status == 206)
        QCOMPARE(chain.hops.at(0).bodyBytes, 10);
}

QTEST_GUILESS_MAIN(tst_HttpbinPeer)
#include "tst_httpbinpeer.moc"
