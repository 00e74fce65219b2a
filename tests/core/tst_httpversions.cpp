// SPDX-License-Identifier: MIT
// --http1.1, --http2 and --http2-prior-knowledge against nginx (over TLS, and h2c on plain http)
// and nghttpd: the protocol the server saw, the one the hop records, and the hop's JSON "via".
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/chaindocument.h"
#include "core/requests/chainjson.h"
#include "core/requests/httpversion.h"
#include "core/requests/requestengine.h"
#include "nginxserver.h"
#include "peerserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::NginxServer;
using StatusScope::Test::TestCa;

class tst_HttpVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keys();
    void oldRecordsStillRead();
    void overTls_data();
    void overTls();
    void priorKnowledgeOnPlainHttp();
    void priorKnowledgeAgainstNghttpd();

private:
    ChainResult run(const RequestSpec &spec);

    StatusCatalogue m_catalogue;
    QTemporaryDir m_folder;
};

void tst_HttpVersions::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

ChainResult tst_HttpVersions::run(const RequestSpec &spec)
{
    QNetworkAccessManager manager;
    RequestEngine engine(&manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (engine.start(spec) && !finished.wait(20000))
        qWarning("chain did not finish");
    return engine.result();
}

void tst_HttpVersions::keys()
{
    for (HttpVersion version :
         {HttpVersion::Default, HttpVersion::Http1_1, HttpVersion::Http2, HttpVersion::Http2PriorKnowledge})
        QCOMPARE(httpVersionFromKey(httpVersionKey(version)), version);
    QCOMPARE(httpVersionKey(HttpVersion::Http1_1), u"1.1"_s);
    QCOMPARE(httpVersionKey(HttpVersion::Http2PriorKnowledge), u"2-prior-knowledge"_s);
    QVERIFY(!httpVersionFromKey(u"3"_s));
}

void tst_HttpVersions::oldRecordsStillRead()
{
    // Settings and history written before issue 15 carry "http2": true/false only.
    QCOMPARE(requestOptionsFromRecord(QJsonObject{{u"http2"_s, false}}).network.httpVersion,
             HttpVersion::Http1_1);
    QCOMPARE(requestOptionsFromRecord(QJsonObject{{u"http2"_s, true}}).network.httpVersion,
             HttpVersion::Default);
    QCOMPARE(requestOptionsFromRecord(QJsonObject{}).network.httpVersion, HttpVersion::Default);
    for (HttpVersion version :
         {HttpVersion::Default, HttpVersion::Http1_1, HttpVersion::Http2, HttpVersion::Http2PriorKnowledge}) {
        RequestOptions options;
        options.network.httpVersion = version;
        const QJsonObject record = requestOptionsToRecord(options);
        QCOMPARE(requestOptionsFromRecord(record).network.httpVersion, version);
        QCOMPARE(record.value(u"http2"_s).toBool(), version != HttpVersion::Http1_1); // older readers
    }
}

void tst_HttpVersions::overTls_data()
{
    QTest::addColumn<HttpVersion>("version");
    QTest::addColumn<QString>("seen"); // nginx's $server_protocol
    QTest::addColumn<QString>("protocol"); // the hop's
    QTest::addColumn<QJsonValue>("asked"); // via.http_version_asked
    QTest::newRow("default") << HttpVersion::Default << u"HTTP/2.0"_s << u"HTTP/2"_s << QJsonValue();
    QTest::newRow("--http1.1") << HttpVersion::Http1_1 << u"HTTP/1.1"_s << u"HTTP/1.x"_s
                               << QJsonValue(u"1.1"_s);
    QTest::newRow("--http2") << HttpVersion::Http2 << u"HTTP/2.0"_s << u"HTTP/2"_s << QJsonValue(u"2"_s);
    QTest::newRow("--http2-prior-knowledge") << HttpVersion::Http2PriorKnowledge << u"HTTP/2.0"_s
                                             << u"HTTP/2"_s << QJsonValue(u"2-prior-knowledge"_s);
}

void tst_HttpVersions::overTls()
{
    QFETCH(HttpVersion, version);
    QFETCH(QString, seen);
    QFETCH(QString, protocol);
    QFETCH(QJsonValue, asked);
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available() && TestCa::available(),
                                "nginx or openssl (Debian packages nginx, openssl)");
    TestCa ca(m_folder.filePath(u"ca"_s));
    const TestCa::Issued issued = ca.server({u"127.0.0.1"_s});
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    NginxServer nginx;
    NginxServer::Config config;
    config.certificate = issued.chain;
    config.key = issued.key;
    QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
    RequestSpec spec;
    spec.url = nginx.url(u"/info"_s);
    spec.options.network.tls.caFiles = {ca.rootPem()};
    spec.options.network.httpVersion = version;
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : QString()));
    const Hop &hop = chain.hops.first();
    QVERIFY2(hop.bodyPreview.contains(QByteArray("protocol=" + seen.toLatin1() + '\n')),
             hop.bodyPreview.constData());
    QCOMPARE(hop.protocol, protocol);

    const QJsonObject json = chainToJson(chain).value(u"hops"_s).toArray().first().toObject();
    QCOMPARE(json.value(u"protocol"_s).toString(), protocol);
    const QJsonObject via = json.value(u"via"_s).toObject();
    QCOMPARE(via.value(u"http_version_asked"_s), asked.isUndefined() ? QJsonValue(QJsonValue::Null) : asked);
    QCOMPARE(via.value(u"connect_to"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(via.contains(u"proxy"_s));
}

void tst_HttpVersions::priorKnowledgeOnPlainHttp()
{
    // nginx set up for h2c only: HTTP/2 from the first byte is the only way in.
    STATUSSCOPE_REQUIRE_PROGRAM(NginxServer::available(), "nginx (Debian package nginx)");
    NginxServer nginx;
    NginxServer::Config config;
    config.h2c = true;
    QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
    RequestSpec spec;
    spec.url = nginx.url(u"/info"_s);
    QCOMPARE(spec.url.scheme(), u"http"_s);
    spec.options.network.httpVersion = HttpVersion::Http2PriorKnowledge;
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : QString()));
    QCOMPARE(chain.hops.first().protocol, u"HTTP/2"_s);
    QVERIFY2(chain.hops.first().bodyPreview.contains("protocol=HTTP/2.0\nhost=127.0.0.1\nscheme=http\n"),
             chain.hops.first().bodyPreview.constData());
    QCOMPARE(chain.hops.first().route.httpVersionAsked, u"2-prior-knowledge"_s);

    // Without it, HTTP/1.1 meets a server that only speaks HTTP/2: a sentence, not a hang.
    spec.options.network.httpVersion = HttpVersion::Default;
    spec.options.inactivityTimeoutMs = 5000;
    const ChainResult refused = run(spec);
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QVERIFY(refused.error && !refused.error->message.isEmpty());
}

void tst_HttpVersions::priorKnowledgeAgainstNghttpd()
{
    StatusScope::Test::Http2Server server({{u"hello.txt"_s, "hello over h2\n"_ba}});
    STATUSSCOPE_START_PEER(server);
    RequestSpec spec;
    spec.url = server.url(u"/hello.txt"_s);
    spec.options.acceptInvalidCertificates = true; // nghttpd's self-signed test certificate
    spec.options.network.httpVersion = HttpVersion::Http2PriorKnowledge;
    const ChainResult chain = run(spec);
    QVERIFY2(chain.outcome == ChainOutcome::Complete,
             qPrintable(chain.error ? chain.error->message : QString()));
    QCOMPARE(chain.hops.first().protocol, u"HTTP/2"_s);
    QCOMPARE(chain.hops.first().bodyPreview, "hello over h2\n");
}

QTEST_GUILESS_MAIN(tst_HttpVersions)
#include "tst_httpversions.moc"
