// SPDX-License-Identifier: MIT
// HAR 1.2 out of real chains (checked against the format's structure), and read back in. Reading
// HAR from browsers (the scanner, grouping, limits, broken files) is tst_harimport.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"
#include "core/requests/requestengine.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_Har : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportFollowsHar12();
    void exportMasksSecretsUnlessAsked();
    void exportMasksUrlPasswordAndEchoedBodies();
    void importOwnExport();

private:
    ChainResult liveChain();
    static void verifyEntry(const QJsonObject &entry);

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    ScriptedServer m_server;
};

void tst_Har::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(m_server.listen());
    m_server.route(
        "/login",
        ScriptedServer::response(
            302, "Found", {{"Location", "/home?tab=1"}, {"Set-Cookie", "sid=s3cret; Path=/; HttpOnly"}}));
    m_server.route(
        "/home",
        ScriptedServer::response(200, "OK", {{"Content-Type", "application/json"}}, R"({"hello":"ann"})"));
}

ChainResult tst_Har::liveChain()
{
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    RequestSpec spec;
    spec.method = "POST";
    spec.url = m_server.url(u"/login"_s);
    spec.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Bearer t0ken"}};
    spec.body = "user=ann";
    spec.hasBody = true;
    if (engine.start(spec))
        finished.wait(10000);
    return engine.result();
}

void tst_Har::verifyEntry(const QJsonObject &entry)
{
    // The required members of HAR 1.2 entries, with their types.
    QVERIFY(QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(entry.value(u"time"_s).isDouble() && entry.value(u"time"_s).toDouble() >= 0);
    QVERIFY(entry.value(u"cache"_s).isObject());
    const QJsonObject request = entry.value(u"request"_s).toObject();
    for (const char *key : {"method", "url", "httpVersion"})
        QVERIFY2(request.value(QLatin1StringView(key)).isString(), key);
    for (const char *key : {"cookies", "headers", "queryString"})
        QVERIFY2(request.value(QLatin1StringView(key)).isArray(), key);
    for (const char *key : {"headersSize", "bodySize"})
        QVERIFY2(request.value(QLatin1StringView(key)).isDouble(), key);
    const QJsonObject response = entry.value(u"response"_s).toObject();
    QVERIFY(response.value(u"status"_s).isDouble());
    for (const char *key : {"statusText", "httpVersion", "redirectURL"})
        QVERIFY2(response.value(QLatin1StringView(key)).isString(), key);
    for (const char *key : {"cookies", "headers"})
        QVERIFY2(response.value(QLatin1StringView(key)).isArray(), key);
    const QJsonObject content = response.value(u"content"_s).toObject();
    QVERIFY(content.value(u"size"_s).isDouble());
    QVERIFY(content.value(u"mimeType"_s).isString());
    for (const QJsonObject &owner : {request, response}) {
        for (const QJsonValue &header : owner.value(u"headers"_s).toArray()) {
            QVERIFY(header.toObject().value(u"name"_s).isString());
            QVERIFY(header.toObject().value(u"value"_s).isString());
        }
    }
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    double sum = 0;
    for (const char *key : {"send", "wait", "receive"}) {
        QVERIFY2(timings.value(QLatin1StringView(key)).toDouble(-1) >= 0, key);
        sum += timings.value(QLatin1StringView(key)).toDouble();
    }
    for (const char *key : {"blocked", "dns", "connect", "ssl"}) {
        const double value = timings.value(QLatin1StringView(key)).toDouble(-2);
        QVERIFY2(value == -1 || value >= 0, key);
        sum += std::max(0.0, value);
    }
    QVERIFY(std::abs(sum - entry.value(u"time"_s).toDouble()) < 0.01); // time is the sum of the known phases
}

void tst_Har::exportFollowsHar12()
{
    const ChainResult chain = liveChain();
    QCOMPARE(chain.hops.size(), 2);
    const QJsonObject har = chainsToHar({chain});
    const QJsonObject log = har.value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"StatusScope"_s);
    QVERIFY(!log.value(u"creator"_s).toObject().value(u"version"_s).toString().isEmpty());
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &entry : entries)
        verifyEntry(entry.toObject());

    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(first.value(u"request"_s).toObject().value(u"postData"_s).toObject().value(u"text"_s).toString(),
             u"user=ann"_s);
    QCOMPARE(first.value(u"response"_s).toObject().value(u"status"_s).toInt(), 302);
    QCOMPARE(first.value(u"response"_s).toObject().value(u"redirectURL"_s).toString(),
             m_server.origin() + u"/home?tab=1"_s);
    const QJsonObject cookie
        = first.value(u"response"_s).toObject().value(u"cookies"_s).toArray().at(0).toObject();
    QCOMPARE(cookie.value(u"name"_s).toString(), u"sid"_s);
    QCOMPARE(cookie.value(u"httpOnly"_s).toBool(), true);
    QCOMPARE(first.value(u"_warnings"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
             u"method-changed"_s);

    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(second.value(u"request"_s).toObject().value(u"method"_s).toString(), u"GET"_s);
    QVERIFY(!second.value(u"request"_s).toObject().contains(u"postData"_s));
    QCOMPARE(second.value(u"request"_s)
                 .toObject()
                 .value(u"queryString"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"tab"_s);
    QCOMPARE(
        second.value(u"response"_s).toObject().value(u"content"_s).toObject().value(u"text"_s).toString(),
        uR"({"hello":"ann"})"_s);
    QCOMPARE(second.value(u"response"_s).toObject().value(u"redirectURL"_s).toString(), QString());
    // The second hop reused the connection: no connect time.
    QCOMPARE(second.value(u"timings"_s).toObject().value(u"connect"_s).toDouble(), -1.0);
}

void tst_Har::exportMasksSecretsUnlessAsked()
{
    const ChainResult chain = liveChain();
    const QByteArray masked = QJsonDocument(chainsToHar({chain})).toJson();
    QVERIFY(!masked.contains("t0ken"));
    QVERIFY(!masked.contains("s3cret"));
    QVERIFY(masked.contains("Bearer \xe2\x80\xa2\xe2\x80\xa2"));
    const QByteArray shown = QJsonDocument(chainsToHar({chain}, true)).toJson();
    QVERIFY(shown.contains("Bearer t0ken"));
    QVERIFY(shown.contains("s3cret"));
}

void tst_Har::exportMasksUrlPasswordAndEchoedBodies()
{
    // A server that reflects the credentials it got, once as text and once inside a binary body
    // (which HAR carries in base64, where a plain search of the file would not see it).
    m_server.route("/echo-text",
                   ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}},
                                            "you sent Bearer t0ken-abc and pw hunter22"));
    m_server.route("/echo-binary",
                   ScriptedServer::response(200, "OK", {{"Content-Type", "application/octet-stream"}},
                                            "\x00\x01token=t0ken-abc\xff"_ba));
    for (const char *path : {"/echo-text", "/echo-binary"}) {
        RequestEngine engine(&m_manager, &m_catalogue);
        QSignalSpy finished(&engine, &RequestEngine::finished);
        RequestSpec spec;
        spec.url = m_server.url(QString::fromLatin1(path));
        spec.url.setUserInfo(u"ann:hunter22"_s);
        spec.headers = {{"X-Auth", "Bearer t0ken-abc"}};
        spec.secretHeaders = {"X-Auth"};
        QVERIFY(engine.start(spec));
        QVERIFY(finished.wait(10000));
        const QJsonObject har = chainsToHar({engine.result()});
        const QJsonObject entry
            = har.value(u"log"_s).toObject().value(u"entries"_s).toArray().at(0).toObject();
        const QJsonObject content = entry.value(u"response"_s).toObject().value(u"content"_s).toObject();
        const QByteArray text = content.value(u"encoding"_s).toString() == u"base64"_s
            ? QByteArray::fromBase64(content.value(u"text"_s).toString().toLatin1())
            : content.value(u"text"_s).toString().toUtf8();
        QVERIFY2(!text.contains("t0ken") && !text.contains("hunter22"), text.constData());
        QVERIFY(text.contains("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"));
        const QByteArray file = QJsonDocument(har).toJson();
        QVERIFY2(!file.contains("hunter22") && !file.contains("t0ken"), file.constData());
    }
}

void tst_Har::importOwnExport()
{
    const ChainResult live = liveChain();
    QString error;
    const auto imported = importHar(QJsonDocument(chainsToHar({live}, true)).toJson(), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.size(), 1);
    const ChainResult &chain = imported->chains.first();
    QCOMPARE(chain.hops.size(), live.hops.size());
    for (qsizetype i = 0; i < chain.hops.size(); ++i) {
        QCOMPARE(chain.hops.at(i).method, live.hops.at(i).method);
        QCOMPARE(chain.hops.at(i).url, live.hops.at(i).url);
        QCOMPARE(chain.hops.at(i).status, live.hops.at(i).status);
        QCOMPARE(chain.hops.at(i).bodyPreview, live.hops.at(i).bodyPreview);
        QCOMPARE(chain.hops.at(i).location, live.hops.at(i).location);
    }
}

QTEST_GUILESS_MAIN(tst_Har)
#include "tst_har.moc"
