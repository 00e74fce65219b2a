// SPDX-License-Identifier: MIT
// Every valid HAR file under tests/data/har survives import → export → import: the entries read
// back are the ones first read, field by field. Also the cases that once came back changed.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HarRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileRoundTrips_data();
    void everyFileRoundTrips();
    void invalidUtf8TextBodyIsBase64();
    void validUtf8TextBodyStaysText();
    void protocolIsKept_data();
    void protocolIsKept();
    void setCookieWithLineFeedsRoundTrips();
    void requestAndResponseVersionsKeptApart();
    void liveHopVersionFromProtocol();
    void requestBodyNotUtf8RoundTrips_data();
    void requestBodyNotUtf8RoundTrips();
    void encodingMemberOfOtherToolsRead();
    void formGivenAsParams();
    void emptyVersionsKept();
    void maxAgeCountsFromTheResponse();

private:
    HarImport import(const QByteArray &json);
    QJsonObject exportedEntry(const QByteArray &json, int index = 0);
    static QByteArray oneEntry(const QByteArray &httpVersion, const QByteArray &responseHeaders,
                               const QByteArray &content);
    static void compareHops(const ChainResult &a, const ChainResult &b);

    StatusCatalogue m_catalogue;
};

void tst_HarRoundTrip::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

HarImport tst_HarRoundTrip::import(const QByteArray &json)
{
    QString error;
    const auto imported = importHar(json, m_catalogue, &error);
    if (!imported)
        qFatal("import failed: %s", qPrintable(error));
    return *imported;
}

QJsonObject tst_HarRoundTrip::exportedEntry(const QByteArray &json, int index)
{
    const QJsonObject har = chainsToHar(import(json).chains, true);
    return har.value(u"log"_s).toObject().value(u"entries"_s).toArray().at(index).toObject();
}

QByteArray tst_HarRoundTrip::oneEntry(const QByteArray &httpVersion, const QByteArray &responseHeaders,
                                      const QByteArray &content)
{
    return R"({"log": {"version": "1.2", "entries": [{"startedDateTime": "2026-11-04T10:00:00.000Z", "time": 5,
        "request": {"method": "GET", "url": "https://example.com/", "httpVersion": ")"
        + httpVersion
        + R"(", "headers": [], "cookies": [], "queryString": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK", "httpVersion": ")"
        + httpVersion + R"(", "headers": [)" + responseHeaders + R"(], "cookies": [], "content": )" + content
        + R"(, "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {},
        "timings": {"send": 1, "wait": 3, "receive": 1}}]}})";
}

// Timings go through milliseconds rounded to the microsecond on export: they are compared to that.
void tst_HarRoundTrip::compareHops(const ChainResult &a, const ChainResult &b)
{
    QCOMPARE(b.request.body, a.request.body);
    QCOMPARE(b.hops.size(), a.hops.size());
    for (qsizetype i = 0; i < a.hops.size(); ++i) {
        const Hop &x = a.hops.at(i);
        const Hop &y = b.hops.at(i);
        QCOMPARE(y.method, x.method);
        QCOMPARE(y.url, x.url);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.reason, x.reason);
        QCOMPARE(y.protocol, x.protocol);
        QCOMPARE(y.harRequestVersion, x.harRequestVersion);
        QCOMPARE(y.harResponseVersion, x.harResponseVersion);
        QCOMPARE(y.requestHeaders, x.requestHeaders);
        QCOMPARE(y.responseHeaders, x.responseHeaders);
        QCOMPARE(y.requestHasBody, x.requestHasBody);
        QCOMPARE(y.bodyPreview, x.bodyPreview);
        QCOMPARE(y.bodyBytes, x.bodyBytes);
        QCOMPARE(y.location, x.location);
        QVERIFY2(qAbs(y.startMs - x.startMs) < 0.5,
                 qPrintable(u"startMs %1 vs %2"_s.arg(y.startMs).arg(x.startMs)));
        const auto near = [](const std::optional<double> &p, const std::optional<double> &q) {
            return p.has_value() == q.has_value() && (!p || qAbs(*p - *q) < 0.01);
        };
        QVERIFY2(near(y.timings.sent, x.timings.sent), "timings.sent");
        QVERIFY2(near(y.timings.headers, x.timings.headers), "timings.headers");
        QVERIFY2(near(y.timings.done, x.timings.done), "timings.done");
    }
}

void tst_HarRoundTrip::everyFileRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(STATUSSCOPE_TEST_DATA "/har"));
    const QStringList names = dir.entryList({u"*.har"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 3);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_HarRoundTrip::everyFileRoundTrips()
{
    QFETCH(QString, path);
    QString error;
    const auto first = importHarFile(path, m_catalogue, &error);
    if (!first)
        QSKIP(qPrintable(u"not a valid HAR file: "_s + error));
    const QByteArray exported = QJsonDocument(chainsToHar(first->chains, true)).toJson();
    const auto second = importHar(exported, m_catalogue, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->entries, first->entries - int(first->skipped.size()));
    QCOMPARE(second->chains.size(), first->chains.size());
    for (qsizetype i = 0; i < first->chains.size(); ++i) {
        compareHops(first->chains.at(i), second->chains.at(i));
        if (QTest::currentTestFailed()) {
            qWarning("in chain %lld", qlonglong(i));
            return;
        }
    }
}

void tst_HarRoundTrip::invalidUtf8TextBodyIsBase64()
{
    // "<p>café</p>" in Latin-1: the é byte is no UTF-8.
    const QByteArray json = oneEntry("HTTP/1.1", R"({"name": "Content-Type", "value": "text/html"})",
                                     R"({"size": 11, "mimeType": "text/html", "text": "PHA+Y2Fm6TwvcD4=",
                                         "encoding": "base64"})");
    const QJsonObject content
        = exportedEntry(json).value(u"response"_s).toObject().value(u"content"_s).toObject();
    QCOMPARE(content.value(u"encoding"_s).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(content.value(u"text"_s).toString().toLatin1()), "<p>caf\xe9</p>");
}

void tst_HarRoundTrip::validUtf8TextBodyStaysText()
{
    const QByteArray json = oneEntry("HTTP/1.1", R"({"name": "Content-Type", "value": "text/plain"})",
                                     R"({"size": 6, "mimeType": "text/plain", "text": "café"})");
    const QJsonObject content
        = exportedEntry(json).value(u"response"_s).toObject().value(u"content"_s).toObject();
    QVERIFY(!content.contains(u"encoding"_s));
    QCOMPARE(content.value(u"text"_s).toString(), u"café"_s);
}

void tst_HarRoundTrip::protocolIsKept_data()
{
    QTest::addColumn<QByteArray>("read");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("written");
    // Read for its meaning (protocol), written back exactly as the file had it.
    QTest::newRow("h3") << QByteArray("h3") << u"HTTP/3"_s << u"h3"_s;
    QTest::newRow("h3-29 draft") << QByteArray("h3-29") << u"HTTP/3"_s << u"h3-29"_s;
    QTest::newRow("HTTP/3") << QByteArray("HTTP/3") << u"HTTP/3"_s << u"HTTP/3"_s;
    QTest::newRow("HTTP/2.0") << QByteArray("HTTP/2.0") << u"HTTP/2"_s << u"HTTP/2.0"_s;
    QTest::newRow("http/2.0") << QByteArray("http/2.0") << u"HTTP/2"_s << u"http/2.0"_s;
    QTest::newRow("h2") << QByteArray("h2") << u"HTTP/2"_s << u"h2"_s;
    QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1") << u"HTTP/1.x"_s << u"HTTP/1.1"_s;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << u"HTTP/1.x"_s << u"HTTP/1.0"_s;
    QTest::newRow("http/1.0") << QByteArray("http/1.0") << u"HTTP/1.x"_s << u"http/1.0"_s;
}

void tst_HarRoundTrip::protocolIsKept()
{
    QFETCH(QByteArray, read);
    QFETCH(QString, protocol);
    QFETCH(QString, written);
    const QByteArray json = oneEntry(read, {}, R"({"size": 0, "mimeType": "x-unknown"})");
    QCOMPARE(import(json).chains.first().hops.first().protocol, protocol);
    const QJsonObject entry = exportedEntry(json);
    QCOMPARE(entry.value(u"request"_s).toObject().value(u"httpVersion"_s).toString(), written);
    QCOMPARE(entry.value(u"response"_s).toObject().value(u"httpVersion"_s).toString(), written);
}

void tst_HarRoundTrip::setCookieWithLineFeedsRoundTrips()
{
    const QByteArray json = oneEntry(
        "HTTP/1.1",
        R"({"name": "Set-Cookie", "value": "sid=abc; Path=/; HttpOnly\ntheme=dark\nlang=fr; Max-Age=60"},
           {"name": "Vary", "value": "Cookie"})",
        R"({"size": 0, "mimeType": "x-unknown"})");
    const HarImport first = import(json);
    const QJsonObject entry = exportedEntry(json);
    const QJsonArray cookies = entry.value(u"response"_s).toObject().value(u"cookies"_s).toArray();
    QCOMPARE(cookies.size(), 3);
    QCOMPARE(cookies.at(2).toObject().value(u"name"_s).toString(), u"lang"_s);
    const HarImport second = import(
        QJsonDocument(QJsonObject{{u"log"_s, QJsonObject{{u"entries"_s, QJsonArray{entry}}}}}).toJson());
    compareHops(first.chains.first(), second.chains.first());
    // However it was written, the three cookies reach the next hop's cookie rules.
    const HeaderList &headers = second.chains.first().hops.first().responseHeaders;
    QCOMPARE(headers.first().first, "Set-Cookie");
    QVERIFY(headers.first().second.contains("lang=fr"));
}

void tst_HarRoundTrip::requestAndResponseVersionsKeptApart()
{
    // Some captures leave the response's version empty: the request's gives the protocol, and
    // both go back as they were.
    QByteArray json = oneEntry("h3", {}, R"({"size": 0, "mimeType": "x-unknown"})");
    json.replace(R"("status": 200, "statusText": "OK", "httpVersion": "h3")",
                 R"("status": 200, "statusText": "OK", "httpVersion": "")");
    const Hop hop = import(json).chains.first().hops.first();
    QCOMPARE(hop.protocol, u"HTTP/3"_s);
    const QJsonObject entry = exportedEntry(json);
    QCOMPARE(entry.value(u"request"_s).toObject().value(u"httpVersion"_s).toString(), u"h3"_s);
    QCOMPARE(entry.value(u"response"_s).toObject().value(u"httpVersion"_s).toString(), QString());
}

void tst_HarRoundTrip::liveHopVersionFromProtocol()
{
    ChainResult chain;
    chain.request.url = QUrl(u"https://example.com/"_s);
    Hop hop;
    hop.method = "GET";
    hop.url = chain.request.url;
    hop.status = 200;
    hop.protocol = u"HTTP/2"_s;
    chain.hops = {hop};
    hop.protocol = u"HTTP/1.x"_s;
    chain.hops.append(hop);
    const QJsonArray entries = chainsToHar({chain}).value(u"log"_s).toObject().value(u"entries"_s).toArray();
    QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"httpVersion"_s).toString(),
             u"HTTP/2"_s);
    QCOMPARE(entries.at(1).toObject().value(u"request"_s).toObject().value(u"httpVersion"_s).toString(),
             u"HTTP/1.1"_s);
}

void tst_HarRoundTrip::requestBodyNotUtf8RoundTrips_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("base64");
    QTest::newRow("Latin-1 form") << QByteArray("name=Jos\xe9&city=K\xf6ln") << true;
    QTest::newRow("binary with NUL") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\xff", 11) << true;
    QTest::newRow("cut UTF-8 sequence") << QByteArray("caf\xc3") << true;
    QTest::newRow("UTF-8 text") << QByteArray("{\"name\": \"Zoë\"}") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_HarRoundTrip::requestBodyNotUtf8RoundTrips()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, base64);
    // A chain as a live POST leaves it: the body is the request's bytes.
    ChainResult chain;
    chain.request.method = "POST";
    chain.request.url = QUrl(u"http://example.com/form"_s);
    chain.request.body = body;
    chain.request.hasBody = true;
    chain.startedAt = QDateTime::currentDateTimeUtc();
    Hop hop;
    hop.method = "POST";
    hop.url = chain.request.url;
    hop.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    hop.requestHasBody = true;
    hop.requestBodyBytes = body.size();
    hop.status = 204;
    hop.protocol = u"HTTP/1.x"_s;
    chain.hops = {hop};

    const QJsonObject har = chainsToHar({chain});
    const QJsonObject postData = har.value(u"log"_s)
                                     .toObject()
                                     .value(u"entries"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"request"_s)
                                     .toObject()
                                     .value(u"postData"_s)
                                     .toObject();
    QCOMPARE(postData.value(u"_encoding"_s).toString(), base64 ? u"base64"_s : QString());
    if (!base64)
        QCOMPARE(postData.value(u"text"_s).toString(), QString::fromUtf8(body));

    const HarImport first = import(QJsonDocument(har).toJson());
    QCOMPARE(first.chains.size(), 1);
    QCOMPARE(first.chains.first().request.body, body);
    QCOMPARE(first.chains.first().hops.first().requestBodyBytes, body.size());
    // And once more through our own export: the same bytes.
    const HarImport second = import(QJsonDocument(chainsToHar(first.chains, true)).toJson());
    compareHops(first.chains.first(), second.chains.first());
}

void tst_HarRoundTrip::encodingMemberOfOtherToolsRead()
{
    QByteArray json = oneEntry("HTTP/1.1", {}, R"({"size": 0, "mimeType": "x-unknown"})");
    json.replace(R"("method": "GET")", R"("method": "PUT")");
    json.replace(R"("bodySize": 0})",
                 R"("bodySize": 3, "postData": {"mimeType": "application/octet-stream",
                    "text": "/wD+", "encoding": "base64"}})");
    QCOMPARE(import(json).chains.first().request.body, QByteArray("\xff\x00\xfe", 3));
}

void tst_HarRoundTrip::formGivenAsParams()
{
    // HAR 1.2 allows a form as params instead of text; the body is put back together as sent.
    QByteArray json = oneEntry("HTTP/1.1", {}, R"({"size": 0, "mimeType": "x-unknown"})");
    json.replace(R"("method": "GET")", R"("method": "POST")");
    json.replace(
        R"("bodySize": 0})",
        R"("bodySize": 25, "postData": {"mimeType": "application/x-www-form-urlencoded; charset=UTF-8",
                    "params": [{"name": "q", "value": "a b&c"}, {"name": "lang", "value": "fr"}]}})");
    const HarImport first = import(json);
    QCOMPARE(first.chains.first().request.body, "q=a%20b%26c&lang=fr");
    const HarImport second = import(QJsonDocument(chainsToHar(first.chains, true)).toJson());
    compareHops(first.chains.first(), second.chains.first());
}

void tst_HarRoundTrip::emptyVersionsKept()
{
    // A request that got no response, as Chrome records a failed one: no version on either side.
    QByteArray json = oneEntry("", {}, R"({"size": 0, "mimeType": "x-unknown"})");
    json.replace(R"("status": 200, "statusText": "OK")", R"("status": 0, "statusText": "")");
    const QJsonObject entry = exportedEntry(json);
    QCOMPARE(entry.value(u"request"_s).toObject().value(u"httpVersion"_s).toString(), QString());
    QCOMPARE(entry.value(u"response"_s).toObject().value(u"httpVersion"_s).toString(), QString());
}

void tst_HarRoundTrip::maxAgeCountsFromTheResponse()
{
    const QByteArray json = oneEntry("HTTP/1.1",
                                     R"({"name": "Set-Cookie", "value": "sid=abc; Max-Age=90; Path=/"},
                                        {"name": "Set-Cookie", "value": "theme=dark; max-age=-1"})",
                                     R"({"size": 0, "mimeType": "x-unknown"})");
    const QJsonObject entry = exportedEntry(json);
    const QJsonArray cookies = entry.value(u"response"_s).toObject().value(u"cookies"_s).toArray();
    QCOMPARE(cookies.size(), 2);
    // 90 s after the response of 10:00:00, whenever the export runs.
    QCOMPARE(cookies.at(0).toObject().value(u"expires"_s).toString(), u"2026-11-04T10:01:30.000Z"_s);
    QCOMPARE(cookies.at(1).toObject().value(u"expires"_s).toString(), u"2026-11-04T09:59:59.000Z"_s);
    // Imported and exported again, the file is the same.
    const HarImport first = import(json);
    const QByteArray once = QJsonDocument(chainsToHar(first.chains, true)).toJson();
    const QByteArray twice = QJsonDocument(chainsToHar(import(once).chains, true)).toJson();
    QCOMPARE(twice, once);
}

QTEST_GUILESS_MAIN(tst_HarRoundTrip)
#include "tst_harroundtrip.moc"
