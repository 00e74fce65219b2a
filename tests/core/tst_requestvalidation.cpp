// SPDX-License-Identifier: MIT
// What is refused before anything is sent, through the engine against a scripted server on
// 127.0.0.1: bad header names and values, bad URLs and methods, typed framing headers that
// disagree with the body, and a typed Host kept to its origin; every refusal says why.
#include "enginetest.h"

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_RequestValidation : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void badHeaderSendsNothing();
    void badUrlSendsNothing();
    void typedFramingHeaders_data();
    void typedFramingHeaders();
    void typedHostNotSentToAnotherOrigin();
    void everyRefusalSaysWhy();
};

void tst_RequestValidation::badHeaderSendsNothing()
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

void tst_RequestValidation::badUrlSendsNothing()
{
    RequestEngine engine(m_manager, &m_catalogue);
    RequestSpec spec = get(QUrl(u"ftp://127.0.0.1/x"_s));
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"“ftp:”"_s));
    spec.url = QUrl(u"127.0.0.1/x"_s);
    QVERIFY(!engine.start(spec));
    QVERIFY(engine.result().error->message.contains(u"scheme"_s));
}

void tst_RequestValidation::typedFramingHeaders_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("hasBody");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("refusal"); // empty: sent

    QTest::newRow("Content-Length shorter than the body")
        << "POST"_ba << true << "Content-Length"_ba
        << "3"_ba << u"does not match the body, which is 8 byte"_s;
    QTest::newRow("Content-Length longer than the body") << "POST"_ba << true << "Content-Length"_ba
                                                         << "20"_ba << u"does not match the body"_s;
    QTest::newRow("Content-Length matching") << "POST"_ba << true << "Content-Length"_ba
                                             << "8"_ba << QString();
    QTest::newRow("Content-Length not a number") << "POST"_ba << true << "Content-Length"_ba
                                                 << "8 bytes"_ba << u"not a number of bytes"_s;
    QTest::newRow("Content-Length without a body") << "GET"_ba << false << "Content-Length"_ba
                                                   << "5"_ba << u"the request has no body"_s;
    QTest::newRow("Content-Length 0 without a body") << "GET"_ba << false << "content-length"_ba
                                                     << "0"_ba << QString();
    QTest::newRow("Transfer-Encoding") << "POST"_ba << true << "Transfer-Encoding"_ba
                                       << "chunked"_ba << u"Transfer-Encoding cannot be typed"_s;
    QTest::newRow("Host for a virtual host") << "GET"_ba << false << "Host"_ba
                                             << "other.example:8080"_ba << QString();
    QTest::newRow("Host that is a URL") << "GET"_ba << false << "Host"_ba
                                        << "other.example/path"_ba << u"not a host name"_s;
}

void tst_RequestValidation::typedFramingHeaders()
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
        QVERIFY2(engine.result().error->message.contains(refusal),
                 qPrintable(engine.result().error->message));
        QCOMPARE(m_server->connectionCount(), 0);
        return;
    }
    QVERIFY2(engine.start(spec),
             qPrintable(engine.result().error ? engine.result().error->message : QString()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(engine.result().outcome, ChainOutcome::Complete);
    const ScriptedServer::Request &seen = m_server->requests().first();
    QCOMPARE(seen.body, spec.body);
    QCOMPARE(seen.header(name), value);
}

void tst_RequestValidation::typedHostNotSentToAnotherOrigin()
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

void tst_RequestValidation::everyRefusalSaysWhy()
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

QTEST_GUILESS_MAIN(tst_RequestValidation)
#include "tst_requestvalidation.moc"
