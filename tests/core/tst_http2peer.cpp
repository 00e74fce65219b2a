// SPDX-License-Identifier: MIT
// The request engine over HTTP/2 against nghttpd, a real HTTP/2 server nobody here wrote: Qt 6.4
// negotiates h2 by ALPN, and the hop must say so and read the same as over HTTP/1.1.
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestengine.h"
#include "peerserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_Http2Peer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getOverHttp2();
    void notFoundOverHttp2();
    void postBodyOverHttp2();
    void http2Refused();

private:
    ChainResult run(RequestSpec spec);

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    StatusScope::Test::Http2Server m_server{
        {{u"hello.txt"_s, "hello over h2\n"_ba}, {u"data/page.html"_s, "<!doctype html><p>page</p>"_ba}}};
};

void tst_Http2Peer::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    STATUSSCOPE_START_PEER(m_server);
}

ChainResult tst_Http2Peer::run(RequestSpec spec)
{
    // The test certificate is self-signed; accepted for this host only, as a user would.
    spec.options.acceptInvalidCertificates = true;
    spec.options.inactivityTimeoutMs = 10000;
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (engine.start(spec) && !finished.wait(20000))
        qWarning("chain did not finish");
    return engine.result();
}

void tst_Http2Peer::getOverHttp2()
{
    RequestSpec spec;
    spec.url = m_server.url(u"/hello.txt"_s);
    const ChainResult chain = run(spec);
    QCOMPARE(outcomeKey(chain.outcome), u"complete"_s);
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.protocol, u"HTTP/2"_s);
    QCOMPARE(hop.tls.alpn, u"h2"_s);
    QVERIFY(hop.tls.encrypted);
    QVERIFY(hop.hasWarning(u"tls-errors-ignored")); // said, even though the user asked for it
    QCOMPARE(hop.bodyPreview, "hello over h2\n");
    QCOMPARE(hop.bodyBytes, 14);
    QCOMPARE(hop.reason, QString()); // HTTP/2 has no reason phrase
    QVERIFY(!hop.meanings.isEmpty());
    QCOMPARE(hop.meanings.first().reason, u"OK"_s); // the meaning comes from the catalogue instead
    QVERIFY(hasHeader(hop.responseHeaders, "content-length"));
    for (const HeaderPair &header : hop.responseHeaders)
        QVERIFY2(!header.first.startsWith(':'), header.first.constData()); // no pseudo-headers
    QVERIFY(hop.timings.done);
}

void tst_Http2Peer::notFoundOverHttp2()
{
    RequestSpec spec;
    spec.url = m_server.url(u"/missing"_s);
    const ChainResult chain = run(spec);
    QCOMPARE(outcomeKey(chain.outcome), u"complete"_s);
    QCOMPARE(chain.hops.first().status, 404);
    QCOMPARE(chain.hops.first().protocol, u"HTTP/2"_s);
}

void tst_Http2Peer::postBodyOverHttp2()
{
    RequestSpec spec;
    spec.url = m_server.url(u"/data/page.html"_s);
    spec.method = "POST";
    spec.body = QByteArray(100000, 'p');
    spec.hasBody = true;
    spec.headers = {{"Content-Type", "application/octet-stream"}};
    const ChainResult chain = run(spec);
    QCOMPARE(outcomeKey(chain.outcome), u"complete"_s);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, 200);
    QCOMPARE(hop.protocol, u"HTTP/2"_s);
    QCOMPARE(hop.requestBodyBytes, 100000);
    QCOMPARE(hop.bodyBytes, 100000); // nghttpd --echo-upload sends the body back
}

void tst_Http2Peer::http2Refused()
{
    // With HTTP/2 switched off Qt offers no ALPN and speaks HTTP/1.1, which nghttpd does not:
    // the hop ends with a sentence, not a hang.
    RequestSpec spec;
    spec.url = m_server.url(u"/hello.txt"_s);
    spec.options.network.httpVersion = HttpVersion::Http1_1;
    spec.options.inactivityTimeoutMs = 3000;
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    spec.options.acceptInvalidCertificates = true;
    QVERIFY(engine.start(spec));
    QVERIFY(finished.wait(20000));
    const ChainResult chain = engine.result();
    QCOMPARE(outcomeKey(chain.outcome), u"error"_s);
    QVERIFY2(chain.error->message.contains(u"gave no valid HTTP response"_s),
             qPrintable(chain.error->message));
    QCOMPARE(chain.hops.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Http2Peer)
#include "tst_http2peer.moc"
