// SPDX-License-Identifier: MIT
// JsonTextWriter and writeHopJson() against Qt's own writer: every text they make must be the
// bytes QJsonDocument::toJson() makes of the same values, in both formats, since check --json
// splices the hops it writes into a document Qt writes.
#include "core/formats/chaindocument.h"
#include "core/formats/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

QString units(std::initializer_list<char16_t> codeUnits)
{
    QString text;
    for (char16_t unit : codeUnits)
        text.append(QChar(unit));
    return text;
}

// Strings a server or a user can put anywhere in a hop.
QList<std::pair<const char *, QString>> hostileStrings()
{
    QString controls;
    for (char16_t unit = 0; unit < 0x20; ++unit)
        controls.append(QChar(unit));
    QString longMixed;
    for (int i = 0; i < 20000; ++i)
        longMixed.append(i % 7 == 0 ? u"\"\\\n"_s : i % 5 == 0 ? u"é€😀"_s : u"abc"_s);
    return {
        {"empty", QString()},
        {"ascii", u"plain text, with / and ~"_s},
        {"controls", controls},
        {"delete", units({0x7f, u'a', 0x7f})},
        {"quotes and backslashes", u"\"\\\"\\\\\"x\\"_s},
        {"two-byte", units({0x80, 0xe9, 0x7ff})},
        {"three-byte", units({0x800, 0x20ac, 0xfdd0, 0xfffe, 0xffff, 0xfffd, 0x2028, 0x202e})},
        {"emoji", u"ok 😀 🇫🇷 done"_s},
        {"lone high at end", units({u'a', 0xd83d})},
        {"lone high before text", units({0xd800, u'x', u'y'})},
        {"lone low", units({0xdc00, u'z'})},
        {"high high low", units({0xd83d, 0xd83d, 0xde00})},
        {"low high", units({0xde00, 0xd83d})},
        {"bad utf-8 decoded", QString::fromUtf8("a\xff\xfe\xc3(b")},
        {"long ascii", QString(100000, u'x')},
        {"long mixed", longMixed},
    };
}

QByteArray qtText(const QJsonObject &object, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(object).toJson(format);
}

const QJsonDocument::JsonFormat formats[] = {QJsonDocument::Indented, QJsonDocument::Compact};

Hop fullHop()
{
    Hop hop;
    hop.index = 3;
    hop.startMs = 12.3456789;
    hop.method = "POST";
    hop.url = QUrl(u"https://user@example.com:8443/a%20b/ü?q=1&r=€#frag"_s);
    hop.requestHeaders = {{"Accept", "*/*"}, {"X-Dup", "one"}, {"X-Dup", "two"}, {"Cookie", "a=b; c=d"}};
    hop.requestBodyBytes = 1234567890123;
    hop.requestHasBody = true;
    hop.status = 302;
    hop.reason = u"Found"_s;
    hop.protocol = u"HTTP/1.1"_s;
    hop.responseHeaders = {{"Set-Cookie", "a=1"},
                           {"Set-Cookie", "b=2"},
                           {"Location", "/next?x=é"},
                           {"Content-Type", "text/html; charset=utf-8"}};
    hop.bodyPreview = "<html>\x00\x01\xff body</html>"_ba;
    hop.bodyBytes = 42;
    hop.wireBodyBytes = 17;
    hop.bodyTruncated = true;
    hop.locationRaw = "/next?x=\xc3\xa9";
    hop.location = QUrl(u"https://example.com:8443/next?x=%C3%A9#frag"_s);
    hop.tls.encrypted = true;
    hop.tls.protocol = u"TLS 1.3"_s;
    hop.tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    hop.tls.alpn = u"h2"_s;
    hop.tls.chain
        = {{u"CN=example.com"_s, u"CN=Test CA"_s, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC),
            QDateTime(QDate(2030, 6, 7), QTime(8, 9, 10), Qt::UTC), u"AB:CD:EF"_s},
           {u"CN=Test CA"_s, u"CN=Test CA"_s, QDateTime(), QDateTime(), u"01:02"_s}};
    hop.tls.errors = {u"The certificate is self-signed, and untrusted"_s, u"The host name did not match"_s};
    hop.tls.errorsIgnored = true;
    hop.route.proxy = u"http://proxy.example:3128"_s;
    hop.route.connectedTo = u"203.0.113.7:443"_s;
    hop.route.httpVersionAsked = u"2"_s;
    hop.route.clientCertificate = u"CN=me"_s;
    hop.route.clientCertificateSha256 = u"11:22"_s;
    hop.route.clientCertificatePattern = u"*.example.com"_s;
    hop.auth = {u"Digest"_s, u"alice"_s, 2};
    hop.timings.connect = 1.0004;
    hop.timings.tls = 5.0;
    hop.timings.sent = 7.25;
    hop.timings.headers = std::nullopt;
    hop.timings.done = 1e-9;
    hop.timings.connectionReused = true;
    hop.timings.requestSentCount = 2;
    hop.meanings = {
        {302, u"302"_s, u"Found"_s, u"3xx"_s, u"standard"_s, u""_s, u"The “target” moved · §"_s,
         u"RFC 9110 §15.4.3"_s, false},
        {399, u"399"_s, u"Redirection"_s, u"3xx"_s, u"vendor"_s, u"nginx"_s, u"Fallback"_s, QString(), true}};
    hop.warnings
        = {{u"redirect-method-change"_s, Severity::Warning, u"POST became GET"_s, u"RFC 9110 §15.4.3"_s},
           {u"info-id"_s, Severity::Info, u"Just so you know"_s, QString()},
           {u"error-id"_s, Severity::Error, u"Bad"_s, QString()}};
    return hop;
}

// Every string field of the hop set to `text` (headers and Location as bytes).
Hop hostileHop(const QString &text)
{
    Hop hop = fullHop();
    const QByteArray bytes = text.toUtf8();
    hop.method = text.toLatin1();
    hop.reason = text;
    hop.protocol = text;
    hop.requestHeaders = {{text.toLatin1(), bytes}, {"X", bytes}};
    hop.responseHeaders = {{"Location", bytes}, {text.toLatin1(), "v"}};
    hop.bodyPreview = bytes;
    hop.locationRaw = bytes;
    hop.tls.protocol = text;
    hop.tls.cipher = text;
    hop.tls.alpn = text;
    hop.tls.chain.first().subject = text;
    hop.tls.chain.first().issuer = text;
    hop.tls.chain.first().sha256 = text;
    hop.tls.errors = {text, text};
    hop.route.proxy = text;
    hop.route.connectedTo = text;
    hop.route.httpVersionAsked = text;
    hop.route.clientCertificate = text;
    hop.route.clientCertificatePattern = text;
    hop.auth = {text.isEmpty() ? u"Basic"_s : text, text, -1};
    for (HopMeaning &m : hop.meanings) {
        m.codeText = m.reason = m.statusClass = m.origin = m.originDetail = m.summary = m.spec = text;
    }
    for (HopWarning &w : hop.warnings)
        w.id = w.message = w.spec = text;
    return hop;
}

} // namespace

class tst_JsonTextWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAsQtWritesThem_data();
    void stringsAsQtWritesThem();
    void numbersAsQtWritesThem();
    void millisecondsAsQtWritesThem();
    void membersOutOfOrderAreSorted();
    void emptyAndNestedContainers();
    void hopAsQtWritesIt_data();
    void hopAsQtWritesIt();
    void hopTwoLevelsDeep();
};

void tst_JsonTextWriter::stringsAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[tag, text] : hostileStrings())
        QTest::newRow(tag) << text;
}

void tst_JsonTextWriter::stringsAsQtWritesThem()
{
    QFETCH(QString, text);
    for (const QJsonDocument::JsonFormat format : formats) {
        QByteArray out;
        JsonTextWriter writer(out, format);
        writer.beginObject();
        writer.key("a"_L1);
        writer.value(text);
        writer.key("b"_L1);
        writer.beginArray();
        writer.value(text);
        writer.value(text);
        writer.endArray();
        writer.endObject();
        writer.finishDocument();
        QCOMPARE(out, qtText(QJsonObject{{u"a"_s, text}, {u"b"_s, QJsonArray{text, text}}}, format));
    }
}

void tst_JsonTextWriter::numbersAsQtWritesThem()
{
    const double two53 = 9007199254740992.0;
    const QList<double> doubles{0.0,
                                -0.0,
                                1.0,
                                -1.0,
                                5.0,
                                0.1,
                                1234.567,
                                12.346,
                                2.5e-7,
                                1e-5,
                                1e-4,
                                123456789012.0,
                                1e15,
                                8e15,
                                two53,
                                -two53,
                                two53 + 2,
                                -two53 - 2,
                                9.5e15,
                                1e16,
                                1e20,
                                9.2233720368547758e18,
                                -9.2233720368547758e18,
                                1e300,
                                std::numeric_limits<double>::denorm_min(),
                                std::numeric_limits<double>::max(),
                                std::nan(""),
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(),
                                0.1 + 0.2,
                                1.0 / 3.0};
    const QList<qint64> integers{0,
                                 -1,
                                 1,
                                 2147483647,
                                 2147483648LL,
                                 -2147483649LL,
                                 1LL << 53,
                                 (1LL << 53) + 1,
                                 std::numeric_limits<qint64>::max(),
                                 std::numeric_limits<qint64>::min()};
    for (const QJsonDocument::JsonFormat format : formats) {
        QByteArray out;
        JsonTextWriter writer(out, format);
        QJsonArray array;
        writer.beginArray();
        for (double d : doubles) {
            writer.value(d);
            array.append(d);
        }
        for (qint64 n : integers) {
            writer.value(n);
            array.append(n);
        }
        writer.value(7);
        array.append(7);
        writer.value(true);
        writer.value(false);
        writer.value(nullptr);
        array.append(true);
        array.append(false);
        array.append(QJsonValue::Null);
        writer.endArray();
        writer.finishDocument();
        QCOMPARE(out, QJsonDocument(array).toJson(format));
    }
}

// roundedMs() values, whole thousandths, have a hand-made path: every one from -300 to 300, and a
// spread of larger ones and of values next to them that are not whole thousandths.
void tst_JsonTextWriter::millisecondsAsQtWritesThem()
{
    QList<double> values;
    for (int k = -300000; k <= 300000; ++k)
        values.append(roundedMs(k / 1000.0));
    quint64 state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 k = qint64(state >> 24) % 2000000000000LL - 1000000000000LL; // ±10^12 thousandths
        const double ms = k / 1000.0;
        values.append(roundedMs(ms));
        values.append(std::nextafter(ms, 0.0));
        values.append(ms + 0.0004);
    }
    for (double edge : {0.01, 0.009, 0.0099, 0.001, 0.005, 999999999.999, 1e9 - 0.5, 1e9 + 0.5, 0.0105})
        values.append(edge);
    QByteArray out;
    JsonTextWriter writer(out, QJsonDocument::Compact);
    QJsonArray array;
    writer.beginArray();
    for (double value : values) {
        writer.value(value);
        array.append(value);
    }
    writer.endArray();
    const QByteArray expected = QJsonDocument(array).toJson(QJsonDocument::Compact);
    if (out != expected) {
        const QList<QByteArray> got = out.split(','), want = expected.split(',');
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
    }
    QCOMPARE(out, expected);
}

// A QJsonObject sorts its keys: members written in any order come out sorted, nested ones too,
// and the object around them keeps its place in the text.
void tst_JsonTextWriter::membersOutOfOrderAreSorted()
{
    for (const QJsonDocument::JsonFormat format : formats) {
        QByteArray out;
        JsonTextWriter writer(out, format);
        writer.beginObject();
        writer.key("zeta"_L1);
        writer.value(1);
        writer.key("middle"_L1);
        writer.beginObject();
        writer.key("b"_L1);
        writer.value(u"two"_s);
        writer.key("a_b"_L1);
        writer.beginArray();
        writer.value(u"x"_s);
        writer.endArray();
        writer.key("a"_L1);
        writer.value(u"one"_s);
        writer.endObject();
        writer.key("alpha"_L1);
        writer.value(false);
        writer.key("al"_L1);
        writer.value(nullptr);
        writer.key("Alpha"_L1);
        writer.value(2.5);
        writer.endObject();
        writer.finishDocument();
        const QJsonObject expected{
            {u"zeta"_s, 1},
            {u"middle"_s,
             QJsonObject{{u"b"_s, u"two"_s}, {u"a_b"_s, QJsonArray{u"x"_s}}, {u"a"_s, u"one"_s}}},
            {u"alpha"_s, false},
            {u"al"_s, QJsonValue::Null},
            {u"Alpha"_s, 2.5}};
        QCOMPARE(out, qtText(expected, format));
    }
}

void tst_JsonTextWriter::emptyAndNestedContainers()
{
    for (const QJsonDocument::JsonFormat format : formats) {
        QByteArray out;
        JsonTextWriter writer(out, format);
        writer.beginObject();
        writer.key("a"_L1);
        writer.beginArray();
        writer.endArray();
        writer.key("b"_L1);
        writer.beginObject();
        writer.endObject();
        writer.key("c"_L1);
        writer.beginArray();
        writer.beginArray();
        writer.endArray();
        writer.beginObject();
        writer.endObject();
        writer.beginArray();
        writer.beginObject();
        writer.key("d"_L1);
        writer.beginArray();
        writer.endArray();
        writer.endObject();
        writer.endArray();
        writer.endArray();
        writer.endObject();
        writer.finishDocument();
        const QJsonObject expected{
            {u"a"_s, QJsonArray{}},
            {u"b"_s, QJsonObject{}},
            {u"c"_s,
             QJsonArray{QJsonArray{}, QJsonObject{}, QJsonArray{QJsonObject{{u"d"_s, QJsonArray{}}}}}}};
        QCOMPARE(out, qtText(expected, format));

        QByteArray empty;
        JsonTextWriter emptyWriter(empty, format);
        emptyWriter.beginObject();
        emptyWriter.endObject();
        emptyWriter.finishDocument();
        QCOMPARE(empty, qtText(QJsonObject{}, format));
    }
}

void tst_JsonTextWriter::hopAsQtWritesIt_data()
{
    QTest::addColumn<Hop>("hop");
    QTest::newRow("every field") << fullHop();

    Hop noResponse;
    noResponse.index = 0;
    noResponse.method = "GET";
    noResponse.url = QUrl(u"http://127.0.0.1:1/"_s);
    noResponse.reason = u"left over"_s; // not written: there was no response
    noResponse.protocol = u"HTTP/2"_s;
    QTest::newRow("no response") << noResponse;

    Hop plain = fullHop();
    plain.tls = TlsInfo();
    plain.route = HopRoute();
    plain.auth = HopAuth();
    plain.auth.user = u"ignored without a scheme"_s;
    plain.wireBodyBytes = -1;
    plain.location.reset();
    plain.locationRaw.clear();
    plain.meanings.clear();
    plain.warnings.clear();
    plain.requestHeaders.clear();
    plain.responseHeaders.clear();
    plain.timings = HopTimings();
    plain.bodyPreview.clear();
    QTest::newRow("plain, empty lists") << plain;

    Hop tlsErrorsOnly = plain;
    tlsErrorsOnly.tls.errors = {u"expired"_s};
    tlsErrorsOnly.route.clientCertificateSha256 = u"AA:BB"_s; // a certificate without a subject
    tlsErrorsOnly.auth = {u"Bearer"_s, QString(), -1};
    QTest::newRow("tls errors, no encryption") << tlsErrorsOnly;

    Hop oddNumbers = fullHop();
    oddNumbers.startMs = std::nan("");
    oddNumbers.timings.connect = std::numeric_limits<double>::infinity();
    oddNumbers.timings.tls = -0.0;
    oddNumbers.timings.sent = 1e16;
    oddNumbers.timings.done = 0.0004;
    oddNumbers.bodyBytes = std::numeric_limits<qint64>::max();
    oddNumbers.wireBodyBytes = 0;
    oddNumbers.status = 0;
    QTest::newRow("odd numbers") << oddNumbers;

    for (const auto &[tag, text] : hostileStrings())
        QTest::newRow(qPrintable(u"hostile: "_s + QLatin1StringView(tag))) << hostileHop(text);
}

void tst_JsonTextWriter::hopAsQtWritesIt()
{
    QFETCH(Hop, hop);
    for (const BodyBytes bodies : {BodyBytes::LeftOut, BodyBytes::Kept}) {
        for (const QJsonDocument::JsonFormat format : formats) {
            QByteArray text;
            writeHopJson(text, hop, bodies, format);
            QCOMPARE(text, QJsonDocument(hopToDocument(hop, bodies)).toJson(format));
        }
    }
}

// Inside a chain's "hops" a hop sits two levels deep: the bytes Qt writes for it there.
void tst_JsonTextWriter::hopTwoLevelsDeep()
{
    ChainResult chain;
    chain.request.method = "GET";
    chain.request.url = QUrl(u"https://example.com/"_s);
    chain.hops = {fullHop(), hostileHop(hostileStrings().at(4).second)};
    for (const QJsonDocument::JsonFormat format : formats) {
        QByteArrayList hops;
        for (const Hop &hop : chain.hops) {
            QByteArray text = "unchanged:"_ba;
            writeHopJson(text, hop, BodyBytes::LeftOut, format, 2);
            QVERIFY(text.startsWith("unchanged:"));
            hops.append(text.mid(10));
        }
        const QByteArray document = QJsonDocument(chainToDocument(chain, BodyBytes::LeftOut)).toJson(format);
        const QByteArray joined = format == QJsonDocument::Compact
            ? QByteArray("\"hops\":["_ba + hops.join(',') + ']')
            : QByteArray("\"hops\": [\n"_ba + hops.join(",\n") + "\n    ]");
        QVERIFY2(document.contains(joined), document.constData());
    }
}

QTEST_GUILESS_MAIN(tst_JsonTextWriter)
#include "tst_jsontextwriter.moc"
