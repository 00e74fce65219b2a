// SPDX-License-Identifier: MIT
// How response bodies are recognised and laid out for reading.
#include "core/formats/bodyformat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_BodyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kind_data();
    void kind();
    void jsonIsPrettyPrinted();
    void brokenJsonIsShownAsItIs();
    void xmlIsIndented();
    void hexDumpLayout();
};

void tst_BodyFormat::kind_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<BodyKind>("kind");
    QTest::newRow("empty") << QByteArray() << "text/plain"_ba << BodyKind::Empty;
    QTest::newRow("json type") << "{}"_ba
                               << "application/json; charset=utf-8"_ba << BodyKind::Json;
    QTest::newRow("problem+json") << "{}"_ba
                                  << "application/problem+json"_ba << BodyKind::Json;
    QTest::newRow("html") << "<p>"_ba
                          << "text/html"_ba << BodyKind::Html;
    QTest::newRow("xml") << "<a/>"_ba
                         << "application/xml"_ba << BodyKind::Xml;
    QTest::newRow("png") << "\x89PNG"_ba
                         << "image/png"_ba << BodyKind::Image;
    QTest::newRow("svg is xml") << "<svg/>"_ba
                                << "image/svg+xml"_ba << BodyKind::Xml;
    QTest::newRow("octet-stream is binary") << "xxxx"_ba
                                            << "application/octet-stream"_ba << BodyKind::Binary;
    QTest::newRow("sniffed json") << "  [1,2]"_ba << QByteArray() << BodyKind::Json;
    QTest::newRow("sniffed xml") << "<?xml version=\"1.0\"?><a/>"_ba << QByteArray() << BodyKind::Xml;
    QTest::newRow("sniffed text") << "hello\nworld"_ba << QByteArray() << BodyKind::Text;
    QTest::newRow("sniffed binary") << QByteArray("\x00\x01\x02\x03", 4) << QByteArray() << BodyKind::Binary;
}

void tst_BodyFormat::kind()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(BodyKind, kind);
    QCOMPARE(bodyKindOf(body, contentType), kind);
}

void tst_BodyFormat::jsonIsPrettyPrinted()
{
    QCOMPARE(
        formatBody(R"({"a":[1,2],"b":{"c":true}})"_ba, BodyKind::Json),
        u"{\n    \"a\": [\n        1,\n        2\n    ],\n    \"b\": {\n        \"c\": true\n    }\n}\n"_s);
}

void tst_BodyFormat::brokenJsonIsShownAsItIs()
{
    QCOMPARE(formatBody(R"({"a":)"_ba, BodyKind::Json), u"{\"a\":"_s);
}

void tst_BodyFormat::xmlIsIndented()
{
    const QString pretty = formatBody("<a><b>text</b><c/></a>"_ba, BodyKind::Xml);
    QVERIFY2(pretty.contains(u"\n  <b>text</b>\n  <c/>\n</a>"_s), qPrintable(pretty));
    QCOMPARE(formatBody("<a><b>"_ba, BodyKind::Xml), u"<a><b>"_s); // not well-formed: as it is
}

void tst_BodyFormat::hexDumpLayout()
{
    const QString dump = hexDump("ABC\x01"_ba, 4096);
    QCOMPARE(dump, u"00000000  41 42 43 01                                      ABC.\n"_s);
    QCOMPARE(hexDump(QByteArray(100, 'x'), 32).count(u'\n'), 2);
}

QTEST_GUILESS_MAIN(tst_BodyFormat)
#include "tst_bodyformat.moc"
