// SPDX-License-Identifier: MIT
// The multipart/form-data writer (RFC 7578): its bytes read back, and httpbin, a server nobody here
// wrote, finding the same fields and files in them, also when a 307 makes the engine send the body
// again.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/curlcommand.h"
#include "core/formats/multipart.h"
#include "core/requests/requestengine.h"
#include "peerserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_Multipart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesLikeCurl();
    void readsBack();
    void boundaryInsideAPartIsRefused();
    void boundaryFromContentType_data();
    void boundaryFromContentType();
    void httpbinReadsTheParts_data();
    void httpbinReadsTheParts();

private:
    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    StatusScope::Test::HttpbinServer m_httpbin;
    QTemporaryDir m_dir;
};

void tst_Multipart::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

// Byte for byte what curl writes for -F a=1 -F 'f=@x.txt' (boundary aside).
void tst_Multipart::writesLikeCurl()
{
    const QByteArray boundary = "------------------------abc";
    const auto body = encodeMultipart(
        {{"a", "1", std::nullopt, {}, {}}, {"f", "hi\n", "x.txt", "text/plain", {"X-Extra: 1"}}}, boundary);
    QVERIFY(body);
    QCOMPARE(*body,
             "--------------------------abc\r\n"
             "Content-Disposition: form-data; name=\"a\"\r\n"
             "\r\n"
             "1\r\n"
             "--------------------------abc\r\n"
             "Content-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n"
             "Content-Type: text/plain\r\n"
             "X-Extra: 1\r\n"
             "\r\n"
             "hi\n\r\n"
             "--------------------------abc--\r\n"_ba);
    QCOMPARE(multipartContentType(boundary), "multipart/form-data; boundary=------------------------abc"_ba);
    const QByteArray made = makeMultipartBoundary();
    QCOMPARE(made.size(), 46);
    QVERIFY(made.startsWith(QByteArray(24, '-')));
    QVERIFY(made != makeMultipartBoundary());
}

void tst_Multipart::readsBack()
{
    const QList<MultipartPart> parts{
        {"plain", "", std::nullopt, {}, {}},
        {"new\r\nline \"q\"", "\r\n--almost\r\n", "a\"b.bin", "application/octet-stream", {}},
        {"empty file", {}, QByteArray(), {}, {}}};
    const QByteArray boundary = makeMultipartBoundary();
    const auto body = encodeMultipart(parts, boundary);
    QVERIFY(body);
    const auto back = decodeMultipart(*body, boundary);
    QVERIFY(back);
    QCOMPARE(back->size(), parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(back->at(i).name, parts.at(i).name);
        QCOMPARE(back->at(i).content, parts.at(i).content);
        QCOMPARE(back->at(i).fileName, parts.at(i).fileName);
        QCOMPARE(back->at(i).contentType, parts.at(i).contentType);
    }
    QVERIFY(!decodeMultipart("not multipart", boundary));
    QVERIFY(!decodeMultipart(body->left(body->size() - 10), boundary));
}

void tst_Multipart::boundaryInsideAPartIsRefused()
{
    QVERIFY(!encodeMultipart({{"x", "a\r\n--b\r\n", std::nullopt, {}, {}}}, "b"));
}

void tst_Multipart::boundaryFromContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("plain") << "multipart/form-data; boundary=abc"_ba
                           << "abc"_ba;
    QTest::newRow("quoted, other parameter") << "multipart/form-data; charset=x; Boundary=\"a b\""_ba
                                             << "a b"_ba;
    QTest::newRow("none") << "text/plain"_ba << QByteArray();
}

void tst_Multipart::boundaryFromContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(multipartBoundary(contentType).value_or(QByteArray()), boundary);
}

void tst_Multipart::httpbinReadsTheParts_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/post") << u"/post"_s;
    // A 307 repeats the method and the body: the same bytes must arrive again.
    QTest::newRow("307 to /post") << u"/redirect-to?url=/post&status_code=307"_s;
}

void tst_Multipart::httpbinReadsTheParts()
{
    QFETCH(QString, path);
    if (m_httpbin.port() == 0) // started by the first row
        STATUSSCOPE_START_PEER(m_httpbin);
    QFile file(m_dir.filePath(u"report.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("line one\nline two; \"quoted\"\n");
    file.close();
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    QString error;
    const auto imported = parseCurlCommands(u"curl -L -F 'name=Zoë' -F 'report=@report.txt' "
                                            u"-F 'copy=<report.txt' -F 'empty=' '"_s
                                                + m_httpbin.url(path).toString() + u"'"_s,
                                            &error, CurlFiles::MustRead);
    QDir::setCurrent(before);
    QVERIFY2(imported, qPrintable(error));
    RequestSpec spec = imported->first().request;
    spec.options.inactivityTimeoutMs = 10000;

    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    QVERIFY(engine.start(spec));
    QVERIFY(finished.wait(30000));
    const ChainResult result = engine.result();
    QVERIFY(!result.hops.isEmpty());
    const Hop &last = result.hops.last();
    QCOMPARE(last.status.value_or(0), 200);
    QCOMPARE(last.method, "POST"_ba);
    const QJsonObject echo = QJsonDocument::fromJson(last.bodyPreview).object();
    const QJsonObject form = echo.value(u"form"_s).toObject();
    const QJsonObject files = echo.value(u"files"_s).toObject();
    QCOMPARE(form.value(u"name"_s).toString(), u"Zoë"_s);
    QCOMPARE(form.value(u"copy"_s).toString(), u"line one\nline two; \"quoted\"\n"_s);
    QCOMPARE(form.value(u"empty"_s).toString(), QString());
    QCOMPARE(files.value(u"report"_s).toString(), u"line one\nline two; \"quoted\"\n"_s);
    QVERIFY(echo.value(u"headers"_s)
                .toObject()
                .value(u"Content-Type"_s)
                .toString()
                .startsWith(u"multipart/form-data; boundary="_s));
}

QTEST_GUILESS_MAIN(tst_Multipart)
#include "tst_multipart.moc"
