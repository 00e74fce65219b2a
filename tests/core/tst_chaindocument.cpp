// SPDX-License-Identifier: MIT
// One chain, three outputs (app/core/formats/chaindocument.h): `check --json`, the history record
// and the HAR export carry the same values. The record is the CLI document plus the body bytes;
// every field of the CLI document is either mapped to HAR's own member (checked one by one here)
// or carried in HAR as `_field` (the chain's in `_chain`) — so a field added to the document reaches all
// three, and a field HAR should map but does not makes this test fail.
#include "../support/networkrequest.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"
#include "core/history/chainrecord.h"
#include "core/requests/chainjson.h"
#include "core/requests/requestengine.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::networkRequest;
using StatusScope::Test::NetworkSecrets;
using StatusScope::Test::ScriptedServer;
using StatusScope::Test::verifySameWithoutSecrets;

namespace {

// The fields HAR has a member of its own for; every other field is carried as `_field`.
const QStringList ChainFieldsInHar{u"version"_s, u"request"_s, u"started_at"_s, u"hops"_s};
const QStringList HopFieldsInHar{
    u"start_ms"_s,         u"method"_s,          u"url"_s,     u"request_headers"_s, u"request_body_bytes"_s,
    u"request_has_body"_s, u"status"_s,          u"reason"_s,  u"protocol"_s,        u"headers"_s,
    u"body_bytes"_s,       u"wire_body_bytes"_s, u"location"_s};

// The document's [["Name", "value"], …] as HAR lists them: Qt joins repeated Set-Cookie fields
// with a line feed, HAR gives each its own entry.
QJsonArray asHarHeaders(const QJsonArray &pairs)
{
    QJsonArray headers;
    for (const QJsonValue &pair : pairs) {
        const QString name = pair.toArray().at(0).toString();
        const QString value = pair.toArray().at(1).toString();
        const QStringList values = name.compare(u"Set-Cookie"_s, Qt::CaseInsensitive) == 0
            ? value.split(u'\n')
            : QStringList{value};
        for (const QString &one : values)
            headers.append(QJsonObject{{u"name"_s, name}, {u"value"_s, one}});
    }
    return headers;
}

QString textOr(const QJsonValue &value, const QString &fallback)
{
    return value.isNull() ? fallback : value.toString();
}

} // namespace

class tst_ChainDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void madeChainReadsAlikeEverywhere();
    void liveChainReadsAlikeEverywhere();
    void recordOfOlderNamesReadsTheSame();
    void networkOptionsKeepAllButSecrets_data();
    void networkOptionsKeepAllButSecrets();
    void optionsWithoutNetworkFieldsReadAsDefaults();
    void keptPostRoundTrips();
    void tlsVersionsRoundTrip();

private:
    static ChainResult madeChain();
    static void verifyOutputsAgree(const ChainResult &chain);
    static void verifyHarEntry(const QJsonObject &entry, const QJsonObject &hop, const QJsonObject &cli);

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    ScriptedServer m_server;
};

void tst_ChainDocument::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(m_server.listen());
    // A reason phrase outside ASCII (UTF-8 on the wire), repeated fields, a cookie pair.
    m_server.route("/start",
                   ScriptedServer::response(302,
                                            "Gefunden \xc3\xbc"
                                            "ber",
                                            {{"Location", "/gone?x=1"},
                                             {"X-Dup", "one"},
                                             {"X-Dup", "two"},
                                             {"Set-Cookie", "a=1; Path=/"},
                                             {"Set-Cookie", "b=2; Path=/"}}));
    // The next hop gets no response at all: an error hop.
    m_server.route("/gone", [](const ScriptedServer::Request &, QTcpSocket *socket) { socket->abort(); });
}

// A chain made by hand, so that what the engine would join stays apart: repeated request and
// response fields, a redirect with warnings and meanings over TLS, then a hop without a response.
ChainResult tst_ChainDocument::madeChain()
{
    ChainResult chain;
    chain.request.method = "POST";
    chain.request.url = QUrl(u"https://shop.example/cart"_s);
    chain.request.headers = {{"X-Dup", "a"}, {"Accept", "*/*"}, {"X-Dup", "b"}};
    chain.request.body = "item=7";
    chain.request.hasBody = true;
    chain.request.secretHeaders = {"X-Dup"};
    chain.outcome = ChainOutcome::Error;
    chain.error = ChainError{ErrorKind::RemoteClosed, u"The server closed the connection."_s};
    chain.startedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    chain.totalMs = 41.2345678;
    chain.finalUrl = QUrl(u"https://shop.example/next#top"_s);

    Hop redirect;
    redirect.method = "POST";
    redirect.url = chain.request.url;
    redirect.requestHeaders = chain.request.headers;
    redirect.requestBodyBytes = 6;
    redirect.requestHasBody = true;
    redirect.status = 302;
    redirect.reason = u"Gefunden – über"_s;
    redirect.protocol = u"HTTP/2"_s;
    redirect.responseHeaders
        = {{"Location", "/next"}, {"X-Dup", "one"}, {"Content-Type", "text/plain"}, {"X-Dup", "two"}};
    redirect.bodyPreview = "moved";
    redirect.bodyBytes = 5;
    redirect.wireBodyBytes = 25;
    redirect.locationRaw = "/next";
    redirect.location = QUrl(u"https://shop.example/next#top"_s);
    redirect.tls.encrypted = true;
    redirect.tls.protocol = u"TLS 1.3"_s;
    redirect.tls.alpn = u"h2"_s;
    redirect.tls.chain
        = {{u"CN=shop.example"_s, u"CN=Test CA"_s, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC), u"AB:CD"_s}};
    redirect.timings.connect = 1.5;
    redirect.timings.tls = 4.25;
    redirect.timings.sent = 5.0;
    redirect.timings.headers = 9.5;
    redirect.timings.done = 9.75;
    redirect.timings.requestSentCount = 1;
    redirect.meanings = {{302, u"302"_s, u"Found"_s, u"3xx"_s, u"standard"_s, u"RFC 9110"_s,
                          u"Elsewhere for now."_s, u"RFC 9110 §15.4.3"_s, false}};
    redirect.warnings = {
        {u"method-changed"_s, Severity::Info, u"POST became GET because of 302."_s, u"RFC 9110 §15.4.3"_s}};

    Hop failed;
    failed.index = 1;
    failed.startMs = 10.5;
    failed.method = "GET";
    failed.url = QUrl(u"https://shop.example/next"_s);
    failed.requestHeaders = {{"Accept", "*/*"}};
    failed.timings.connectionReused = true;
    failed.timings.requestSentCount = 2;
    chain.hops = {redirect, failed};
    return chain;
}

void tst_ChainDocument::verifyHarEntry(const QJsonObject &entry, const QJsonObject &hop,
                                       const QJsonObject &cli)
{
    const QJsonObject request = entry.value(u"request"_s).toObject();
    const QJsonObject response = entry.value(u"response"_s).toObject();
    for (const QString &field : hop.keys()) {
        if (field == u"body_preview"_s)
            continue;
        if (!HopFieldsInHar.contains(field)) {
            QVERIFY2(entry.contains(u'_' + field), qPrintable(field));
            QCOMPARE(entry.value(u'_' + field), hop.value(field));
        }
    }
    for (const QString &field : HopFieldsInHar)
        QVERIFY2(hop.contains(field), qPrintable(field)); // the list stays honest
    const QDateTime started = QDateTime::fromString(cli.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs),
             started.addMSecs(qint64(hop.value(u"start_ms"_s).toDouble())));
    QCOMPARE(request.value(u"method"_s), hop.value(u"method"_s));
    QCOMPARE(request.value(u"url"_s), hop.value(u"url"_s));
    QCOMPARE(request.value(u"headers"_s).toArray(), asHarHeaders(hop.value(u"request_headers"_s).toArray()));
    const bool hasBody = hop.value(u"request_has_body"_s).toBool();
    QCOMPARE(request.contains(u"postData"_s), hasBody);
    QCOMPARE(request.value(u"bodySize"_s).toInteger(),
             hasBody ? hop.value(u"request_body_bytes"_s).toInteger() : 0);
    QCOMPARE(response.value(u"status"_s).toInt(), hop.value(u"status"_s).toInt(0));
    QCOMPARE(response.value(u"statusText"_s).toString(), textOr(hop.value(u"reason"_s), QString()));
    const QString protocol = textOr(hop.value(u"protocol"_s), QString());
    QCOMPARE(response.value(u"httpVersion"_s).toString(),
             protocol.isEmpty()            ? QString()
                 : protocol == u"HTTP/2"_s ? u"HTTP/2"_s
                                           : u"HTTP/1.1"_s);
    QCOMPARE(response.value(u"headers"_s).toArray(), asHarHeaders(hop.value(u"headers"_s).toArray()));
    QCOMPARE(response.value(u"content"_s).toObject().value(u"size"_s), hop.value(u"body_bytes"_s));
    const QJsonValue wire = hop.value(u"wire_body_bytes"_s);
    QCOMPARE(response.value(u"bodySize"_s).toInteger(),
             hop.value(u"status"_s).isNull() ? -1
                 : wire.isNull()             ? hop.value(u"body_bytes"_s).toInteger()
                                             : wire.toInteger());
    QCOMPARE(response.value(u"redirectURL"_s).toString(), textOr(hop.value(u"location"_s), QString()));
}

void tst_ChainDocument::verifyOutputsAgree(const ChainResult &chain)
{
    const QJsonObject cli = chainToJson(chain, true);
    RecordOptions plain;
    plain.secrets = SecretStorage::Plain;
    const QJsonObject record = chainToRecord(chain, plain);
    const QJsonObject har = chainsToHar({chain}, true);

    // The history record is the CLI document plus the body bytes, and nothing else.
    QJsonObject trimmed = record;
    QJsonObject request = trimmed.value(u"request"_s).toObject();
    QCOMPARE(QByteArray::fromBase64(request.take(u"body"_s).toString().toLatin1()), chain.request.body);
    trimmed.insert(u"request"_s, request);
    QJsonArray hops = trimmed.value(u"hops"_s).toArray();
    for (qsizetype i = 0; i < hops.size(); ++i) {
        QJsonObject hop = hops.at(i).toObject();
        QCOMPARE(QByteArray::fromBase64(hop.take(u"body_preview"_s).toString().toLatin1()),
                 chain.hops.at(i).bodyPreview);
        hops.replace(i, hop);
    }
    trimmed.insert(u"hops"_s, hops);
    QCOMPARE(trimmed, cli);

    // Read back, the record is written again the same: nothing is lost on the way.
    QString error;
    const ChainResult read = chainFromRecord(record, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(chainToRecord(read, plain), record);

    // HAR: each hop an entry carrying its chain's own fields as `_chain`.
    const QJsonObject log = har.value(u"log"_s).toObject();
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"version"_s), cli.value(u"version"_s));
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    const QJsonArray cliHops = cli.value(u"hops"_s).toArray();
    QCOMPARE(entries.size(), cliHops.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject ofChain = entry.value(u"_chain"_s).toObject();
        for (const QString &field : cli.keys()) {
            if (!ChainFieldsInHar.contains(field)) {
                QVERIFY2(ofChain.contains(field), qPrintable(field));
                QCOMPARE(ofChain.value(field), cli.value(field));
            }
        }
        verifyHarEntry(entry, cliHops.at(i).toObject(), cli);
        if (QTest::currentTestFailed())
            return;
    }
    const QJsonObject first = entries.at(0).toObject().value(u"request"_s).toObject();
    QCOMPARE(first.value(u"method"_s), cli.value(u"request"_s).toObject().value(u"method"_s));
    QCOMPARE(first.value(u"url"_s), cli.value(u"request"_s).toObject().value(u"url"_s));
}

void tst_ChainDocument::madeChainReadsAlikeEverywhere()
{
    const ChainResult chain = madeChain();
    verifyOutputsAgree(chain);
    if (QTest::currentTestFailed())
        return;
    // The values themselves, once: repeated fields in order, the reason as it was, the error hop.
    const QJsonObject cli = chainToJson(chain, true);
    const QJsonArray hops = cli.value(u"hops"_s).toArray();
    const QJsonObject redirect = hops.at(0).toObject();
    QCOMPARE(redirect.value(u"request_headers"_s).toArray(),
             (QJsonArray{QJsonArray{u"X-Dup"_s, u"a"_s}, QJsonArray{u"Accept"_s, u"*/*"_s},
                         QJsonArray{u"X-Dup"_s, u"b"_s}}));
    QCOMPARE(redirect.value(u"headers"_s).toArray().at(3), QJsonArray({u"X-Dup"_s, u"two"_s}));
    QCOMPARE(redirect.value(u"reason"_s).toString(), u"Gefunden – über"_s);
    QCOMPARE(redirect.value(u"timings_ms"_s).toObject().value(u"tls"_s).toDouble(), 4.25);
    QCOMPARE(redirect.value(u"warnings"_s).toArray().at(0).toObject().value(u"spec"_s).toString(),
             u"RFC 9110 §15.4.3"_s);
    QCOMPARE(cli.value(u"total_ms"_s).toDouble(), 41.235); // to the microsecond, everywhere
    const QJsonObject failed = hops.at(1).toObject();
    QVERIFY(failed.value(u"status"_s).isNull());
    QVERIFY(failed.value(u"reason"_s).isNull());
    QVERIFY(failed.value(u"tls"_s).isNull());
    QCOMPARE(cli.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"remote-closed"_s);
    QVERIFY(cli.value(u"stop"_s).isNull());
    // A preview shorter than the body is said in HAR's words for people: a size, not a byte count.
    ChainResult cut = chain;
    cut.hops.first().bodyPreview = QByteArray(256 * 1024, 'x');
    cut.hops.first().bodyBytes = 1024 * 1024;
    const QJsonObject content = chainsToHar({cut}, true)
                                    .value(u"log"_s)
                                    .toObject()
                                    .value(u"entries"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"response"_s)
                                    .toObject()
                                    .value(u"content"_s)
                                    .toObject();
    QCOMPARE(content.value(u"comment"_s).toString(), u"Only the first 256 KiB were kept."_s);
    // Not the bytes: the CLI gives sizes only.
    QVERIFY(!redirect.contains(u"body_preview"_s));
    QVERIFY(!cli.value(u"request"_s).toObject().contains(u"body"_s));
}

void tst_ChainDocument::liveChainReadsAlikeEverywhere()
{
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    RequestSpec spec;
    spec.method = "POST";
    spec.url = m_server.url(u"/start"_s);
    spec.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Bearer t0ken"}};
    spec.body = "user=ann";
    spec.hasBody = true;
    QVERIFY(engine.start(spec));
    QVERIFY(finished.wait(10000));
    const ChainResult chain = engine.result();
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    QVERIFY(chain.hops.first().hasWarning(u"method-changed"));
    QVERIFY(chain.hops.first().reason.contains(u'ü'));
    QVERIFY(!chain.hops.last().status);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    verifyOutputsAgree(chain);
    if (QTest::currentTestFailed())
        return;
    // Masked, all three still agree on what they hide.
    const QByteArray cli = QJsonDocument(chainToJson(chain)).toJson();
    const QByteArray record = QJsonDocument(chainToRecord(chain)).toJson();
    const QByteArray har = QJsonDocument(chainsToHar({chain})).toJson();
    for (const QByteArray &text : {cli, record, har}) {
        QVERIFY(!text.contains("t0ken"));
        QVERIFY(text.contains("Bearer \xe2\x80\xa2\xe2\x80\xa2"));
    }
}

// A record as the history wrote it before the document was shared (and as tests/data/history/
// v2.db holds them): the old names are read as the new ones.
void tst_ChainDocument::recordOfOlderNamesReadsTheSame()
{
    RecordOptions plain;
    plain.secrets = SecretStorage::Plain;
    const QJsonObject current = chainToRecord(madeChain(), plain);
    QJsonObject old = current;
    old.insert(u"final_url"_s, u""_s);
    old.remove(u"stop"_s);
    old.remove(u"version"_s);
    QJsonArray hops = old.value(u"hops"_s).toArray();
    for (QJsonValueRef value : hops) {
        QJsonObject hop = value.toObject();
        QJsonObject timings = hop.take(u"timings_ms"_s).toObject();
        timings.insert(u"reused"_s, timings.take(u"connection_reused"_s));
        timings.insert(u"sent_count"_s, timings.take(u"request_sent_count"_s));
        hop.insert(u"timings"_s, timings);
        hop.insert(u"meanings"_s, hop.take(u"meaning"_s));
        hop.insert(u"wire_body_bytes"_s, hop.value(u"wire_body_bytes"_s).toInteger(-1));
        hop.insert(u"location_raw"_s, hop.value(u"location_raw"_s).toString());
        value = hop;
    }
    old.insert(u"hops"_s, hops);
    QJsonObject upgraded = old;
    QVERIFY(upgradeChainRecord(upgraded));
    QVERIFY(upgraded.value(u"hops"_s).toArray().at(0).toObject().contains(u"timings_ms"_s));

    QString error;
    const ChainResult read = chainFromRecord(old, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.hops.size(), 2);
    QCOMPARE(read.hops.at(0).timings.tls, 4.25);
    QCOMPARE(read.hops.at(1).timings.connectionReused, true);
    QCOMPARE(read.hops.at(1).timings.requestSentCount, 2);
    QCOMPARE(read.hops.at(0).meanings.first().summary, u"Elsewhere for now."_s);
    QCOMPARE(read.hops.at(1).wireBodyBytes, -1);
    // Written again, it is the current record but for the final URL the old one left out.
    QJsonObject expected = current;
    expected.insert(u"final_url"_s, QJsonValue::Null);
    QCOMPARE(chainToRecord(read, plain), expected);
}

void tst_ChainDocument::networkOptionsKeepAllButSecrets_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("secrets");
    for (auto [scheme, name] :
         {std::pair{AuthSetting::Scheme::Basic, "basic"}, std::pair{AuthSetting::Scheme::Digest, "digest"},
          std::pair{AuthSetting::Scheme::Any, "any"}, std::pair{AuthSetting::Scheme::Bearer, "bearer"}}) {
        // Plain keeps every header as typed; even then the network secrets are not written.
        QTest::addRow("%s, plain", name) << int(scheme) << int(SecretStorage::Plain);
        QTest::addRow("%s, masked", name) << int(scheme) << int(SecretStorage::Masked);
        QTest::addRow("%s, omitted", name) << int(scheme) << int(SecretStorage::Omitted);
    }
}

// Every non-secret network option survives the history record, a saved request and check --json;
// no secret reaches any of them.
void tst_ChainDocument::networkOptionsKeepAllButSecrets()
{
    QFETCH(int, scheme);
    QFETCH(int, secrets);
    const RequestSpec sent = networkRequest(static_cast<AuthSetting::Scheme>(scheme));
    RecordOptions options;
    options.secrets = static_cast<SecretStorage>(secrets);
    ChainResult chain = madeChain();
    chain.request = sent;

    const QJsonObject saved = requestToRecord(sent, options);
    const QJsonObject record = chainToRecord(chain, options);
    const QJsonObject cli = chainToJson(chain, options.secrets == SecretStorage::Plain);
    for (const QJsonObject &document : {saved, record, cli}) {
        const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
        for (const char *secret : NetworkSecrets)
            QVERIFY2(!text.contains(secret), secret);
    }
    verifySameWithoutSecrets(requestFromRecord(saved).options.network, sent.options.network);
    if (QTest::currentTestFailed())
        return;
    verifySameWithoutSecrets(chainFromRecord(record).request.options.network, sent.options.network);
    if (QTest::currentTestFailed())
        return;
    // What a script reads from check --json.
    const QJsonObject cliOptions = cli.value(u"request"_s).toObject().value(u"options"_s).toObject();
    QCOMPARE(cliOptions.value(u"proxy"_s).toObject().value(u"url"_s).toString(),
             u"socks5h://carol@proxy.example:1080"_s);
    QCOMPARE(cliOptions.value(u"proxy"_s).toObject().value(u"mode"_s).toString(), u"manual"_s);
    QCOMPARE(cliOptions.value(u"resolve"_s).toArray().at(0).toObject().value(u"addresses"_s).toArray().size(),
             2);
    QCOMPARE(cliOptions.value(u"connect_to"_s).toArray().at(1).toObject().value(u"host"_s), QJsonValue::Null);
    QCOMPARE(cliOptions.value(u"tls"_s).toObject().value(u"certificate_type"_s).toString(), u"p12"_s);
    QCOMPARE(cliOptions.value(u"http_version"_s).toString(), u"2-prior-knowledge"_s);
    const QJsonObject auth = cliOptions.value(u"auth"_s).toObject();
    QCOMPARE(auth.keys(), (QStringList{u"scheme"_s, u"user"_s}));
    if (static_cast<AuthSetting::Scheme>(scheme) == AuthSetting::Scheme::Bearer)
        QCOMPARE(auth.value(u"user"_s), QJsonValue::Null);
    else
        QCOMPARE(auth.value(u"user"_s).toString(), u"alice"_s);
}

// Requests kept before the network fields existed (only "http2" said anything of the network):
// read with the defaults, and bad values fall back to them too.
void tst_ChainDocument::optionsWithoutNetworkFieldsReadAsDefaults()
{
    const QJsonObject old{{u"follow"_s, false}, {u"max_redirects"_s, 5}, {u"http2"_s, false}};
    const RequestOptions read = requestOptionsFromRecord(old);
    QCOMPARE(read.followRedirects, false);
    QCOMPARE(read.maxRedirects, 5);
    const NetworkOptions &n = read.network;
    QCOMPARE(n.httpVersion, HttpVersion::Http1_1);
    QCOMPARE(n.proxy.mode, ProxySetting::Mode::System);
    QVERIFY(n.proxy.url.isEmpty() && n.proxy.user.isEmpty() && n.proxy.noProxy.isEmpty());
    QVERIFY(n.tls.caFiles.isEmpty() && n.tls.caPath.isEmpty() && n.tls.clientCertificate.isEmpty());
    QCOMPARE(n.tls.certificateType, TlsSetting::CertificateType::Pem);
    QVERIFY(n.resolve.isEmpty() && n.connectTo.isEmpty());
    QCOMPARE(n.auth.scheme, AuthSetting::Scheme::None);
    QVERIFY(n.auth.user.isEmpty());

    // Values this version cannot use: the default, not a guess.
    QJsonObject bad = requestOptionsToRecord(networkRequest(AuthSetting::Scheme::Basic).options);
    bad.insert(u"proxy"_s, QJsonObject{{u"mode"_s, u"manual"_s}, {u"url"_s, QJsonValue::Null}});
    bad.insert(u"auth"_s, QJsonObject{{u"scheme"_s, u"kerberos"_s}, {u"user"_s, u"alice"_s}});
    bad.insert(u"resolve"_s, QJsonArray{QJsonObject{{u"host"_s, u"x.example"_s}, {u"port"_s, 99999}}});
    bad.insert(u"tls"_s, u"not an object"_s);
    const NetworkOptions fallback = requestOptionsFromRecord(bad).network;
    QCOMPARE(fallback.proxy.mode, ProxySetting::Mode::System);
    QCOMPARE(fallback.auth.scheme, AuthSetting::Scheme::None);
    QVERIFY(fallback.auth.user.isEmpty());
    QVERIFY(fallback.resolve.isEmpty());
    QVERIFY(fallback.tls.caFiles.isEmpty());
    QCOMPARE(fallback.connectTo.size(), 2); // untouched fields are still read
}

// --post301/302/303 kept in a record (history, settings' last request): as the statuses, and read
// back; a record without them, or with statuses that are not 301-303, keeps nothing.
void tst_ChainDocument::keptPostRoundTrips()
{
    RequestOptions options;
    options.keepPost = PostKept{true, false, true};
    const QJsonObject record = requestOptionsToRecord(options);
    QCOMPARE(record.value(u"keep_post"_s).toArray(), (QJsonArray{301, 303}));
    QCOMPARE(requestOptionsFromRecord(record).keepPost, options.keepPost);
    // The connect timeout beside it; a negative one edited in reads as none.
    options.connectTimeoutMs = 1500;
    QCOMPARE(requestOptionsFromRecord(requestOptionsToRecord(options)).connectTimeoutMs, 1500);
    QCOMPARE(requestOptionsFromRecord(QJsonObject{{u"connect_timeout_ms"_s, -5}}).connectTimeoutMs, 0);
    QCOMPARE(requestOptionsToRecord(RequestOptions{}).value(u"keep_post"_s).toArray(), QJsonArray());
    QVERIFY(!requestOptionsFromRecord(QJsonObject{{u"follow"_s, true}}).keepPost.any());
    const QJsonObject odd{{u"keep_post"_s, QJsonArray{307, u"302"_s, 200}}};
    QVERIFY(!requestOptionsFromRecord(odd).keepPost.any());
}

// --tlsv1.x and --tls-max kept with a request, read back; an unknown value or a pair that leaves no
// version (edited by hand) reads as Qt's own choice.
void tst_ChainDocument::tlsVersionsRoundTrip()
{
    RequestOptions options;
    options.network.tls.leastVersion = TlsSetting::Version::Tls1_2;
    options.network.tls.mostVersion = TlsSetting::Version::Tls1_2;
    QJsonObject record = requestOptionsToRecord(options);
    const QJsonObject tls = record.value(u"tls"_s).toObject();
    QCOMPARE(tls.value(u"least_version"_s).toString(), u"1.2"_s);
    QCOMPARE(tls.value(u"most_version"_s).toString(), u"1.2"_s);
    const TlsSetting read = requestOptionsFromRecord(record).network.tls;
    QCOMPARE(read.leastVersion, TlsSetting::Version::Tls1_2);
    QCOMPARE(read.mostVersion, TlsSetting::Version::Tls1_2);
    QVERIFY(requestOptionsToRecord(RequestOptions{})
                .value(u"tls"_s)
                .toObject()
                .value(u"least_version"_s)
                .isNull());

    QJsonObject odd = tls;
    odd.insert(u"least_version"_s, u"1.3"_s); // with most 1.2: nothing left
    record.insert(u"tls"_s, odd);
    const TlsSetting fallback = requestOptionsFromRecord(record).network.tls;
    QCOMPARE(fallback.leastVersion, TlsSetting::Version::Default);
    QCOMPARE(fallback.mostVersion, TlsSetting::Version::Default);
    odd.insert(u"least_version"_s, u"1.1"_s);
    odd.insert(u"most_version"_s, 13);
    record.insert(u"tls"_s, odd);
    QCOMPARE(requestOptionsFromRecord(record).network.tls.leastVersion, TlsSetting::Version::Default);
    QCOMPARE(requestOptionsFromRecord(record).network.tls.mostVersion, TlsSetting::Version::Default);
}

QTEST_GUILESS_MAIN(tst_ChainDocument)
#include "tst_chaindocument.moc"
