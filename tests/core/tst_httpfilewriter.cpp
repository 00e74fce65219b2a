// SPDX-License-Identifier: MIT
// toHttpFile() (httpfile.h): what it writes reads back to the same requests, what could not come
// back the same is refused with its reason, and what a .http file has no place for is named.
#include "core/formats/httpfile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HttpFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writerRefuses_data();
    void writerRefuses();
    void writerNamesWhatItLeavesOut();
};

void tst_HttpFileWriter::roundTrip()
{
    QList<NamedRequest> requests;
    NamedRequest get{u"plain get"_s, {}};
    get.request.url = QUrl(u"http://127.0.0.1:8080/a%20b?q=1&r=%C3%A9"_s);
    get.request.headers = {{"Accept", "*/*"}, {"X-Two", "one, two"}};
    requests.append(get);

    NamedRequest post{u"json post"_s, {}};
    post.request.method = "POST";
    post.request.url = QUrl(u"https://example.org/users"_s);
    post.request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer abc.def"}};
    post.request.body = "{\n  \"name\": \"Zoë\",\n\n  \"list\": [1, 2]\n}";
    post.request.hasBody = true;
    post.request.options.followRedirects = false;
    post.request.options.inactivityTimeoutMs = 5000;
    post.request.options.connectTimeoutMs = 2500;
    post.request.options.network.httpVersion = HttpVersion::Http1_1;
    requests.append(post);

    NamedRequest digest{u"digest"_s, {}};
    digest.request.method = "DELETE";
    digest.request.url = QUrl(u"http://h/x"_s);
    digest.request.options.network.auth = {AuthSetting::Scheme::Digest, u"ann"_s, u"pw"_s, {}};
    digest.request.options.inactivityTimeoutMs = 1500;
    digest.request.options.network.httpVersion = HttpVersion::Http2PriorKnowledge;
    requests.append(digest);

    NamedRequest multipart{QString(), {}};
    multipart.request.method = "POST";
    multipart.request.url = QUrl(u"http://h/upload"_s);
    multipart.request.headers = {{"Content-Type", "multipart/form-data; boundary=b"}};
    multipart.request.body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--";
    multipart.request.hasBody = true;
    multipart.request.options.network.httpVersion = HttpVersion::Http2;
    requests.append(multipart);

    const HttpFileExport written = toHttpFile(requests);
    QVERIFY2(written.refused.isEmpty(), qPrintable(written.refused.join(u'\n')));
    QVERIFY2(written.notWritten.isEmpty(), qPrintable(written.notWritten.join(u'\n')));
    QCOMPARE(written.written, 4);

    const HttpFile read = parseHttpFile(written.text, HttpFileContext());
    QVERIFY2(read.notes.isEmpty(), qPrintable(read.notes.join(u'\n')));
    QCOMPARE(read.requests.size(), requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const HttpFileRequest &back = read.requests.at(i);
        const RequestSpec &sent = requests.at(i).request;
        QVERIFY2(back.isValid(), qPrintable(back.error));
        QVERIFY2(back.notApplied.isEmpty(), qPrintable(back.notApplied.join(u'\n')));
        QCOMPARE(back.name, requests.at(i).name);
        QCOMPARE(back.request.method, sent.method);
        QCOMPARE(back.request.url, sent.url);
        QCOMPARE(back.request.headers, sent.headers);
        QCOMPARE(back.request.body, sent.body);
        QCOMPARE(back.request.hasBody, sent.hasBody);
        QCOMPARE(back.request.options.followRedirects, sent.options.followRedirects);
        QCOMPARE(back.request.options.inactivityTimeoutMs, sent.options.inactivityTimeoutMs);
        QCOMPARE(back.request.options.connectTimeoutMs, sent.options.connectTimeoutMs);
        QCOMPARE(back.request.options.network.httpVersion, sent.options.network.httpVersion);
        QCOMPARE(back.request.options.network.auth.scheme, sent.options.network.auth.scheme);
        QCOMPARE(back.request.options.network.auth.user, sent.options.network.auth.user);
        QCOMPARE(back.request.options.network.auth.password, sent.options.network.auth.password);
    }
    // And once more: writing what was read gives the same text.
    QList<NamedRequest> again;
    for (const HttpFileRequest &request : read.requests)
        again.append({request.name, request.request});
    QCOMPARE(toHttpFile(again).text, written.text);
}

void tst_HttpFileWriter::writerRefuses_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("reason");

    QTest::newRow("binary body") << QByteArray("POST") << QByteArray("\xff\xfe", 2) << QByteArray()
                                 << u"“r”: its body is not UTF-8 text"_s;
    QTest::newRow("variable-like body") << QByteArray("POST") << QByteArray("{{x}}") << QByteArray()
                                        << u"“r”: its body holds “{{”, which would be read as a variable"_s;
    QTest::newRow("trailing line break")
        << QByteArray("POST") << QByteArray("a\n") << QByteArray()
        << u"“r”: its body ends with a line break or blank line, which a .http "
           "file does not keep"_s;
    QTest::newRow("separator in body")
        << QByteArray("POST") << QByteArray("a\n### b") << QByteArray()
        << u"“r”: a line of its body (“### b”) would be read as part of the file's "
           "syntax"_s;
    QTest::newRow("file line in body")
        << QByteArray("POST") << QByteArray("< ./x") << QByteArray()
        << u"“r”: a line of its body (“< ./x”) would be read as part of the file's "
           "syntax"_s;
    QTest::newRow("CR in body")
        << QByteArray("POST") << QByteArray("a\r\nb") << QByteArray()
        << u"“r”: its body holds carriage returns, which a .http file does not keep"_s;
    QTest::newRow("custom method") << QByteArray("PURGE") << QByteArray() << QByteArray()
                                   << u"“r”: its method PURGE is not one that .http files know"_s;
    QTest::newRow("Basic to encode") << QByteArray("GET") << QByteArray() << QByteArray("Basic a:b")
                                     << u"“r”: its Authorization field would be encoded again when read"_s;
}

void tst_HttpFileWriter::writerRefuses()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, reason);
    NamedRequest request{u"r"_s, {}};
    request.request.method = method;
    request.request.url = QUrl(u"http://h/"_s);
    request.request.body = body;
    request.request.hasBody = !body.isEmpty();
    if (!header.isEmpty())
        request.request.headers.append({"Authorization", header});
    NamedRequest fine{u"fine"_s, {}};
    fine.request.url = QUrl(u"http://h/fine"_s);

    const HttpFileExport written = toHttpFile({request, fine});
    QCOMPARE(written.refused, QStringList(reason));
    QCOMPARE(written.written, 1);
    const HttpFile read = parseHttpFile(written.text, HttpFileContext());
    QCOMPARE(read.requests.size(), 1);
    QCOMPARE(read.requests.first().name, u"fine"_s);
}

void tst_HttpFileWriter::writerNamesWhatItLeavesOut()
{
    NamedRequest request{u"proxied"_s, {}};
    request.request.method = "POST";
    request.request.url = QUrl(u"http://h/"_s);
    request.request.hasBody = true; // empty
    request.request.options.network.proxy.mode = ProxySetting::Mode::None;
    request.request.options.maxRedirects = 3;
    request.request.options.keepPost.on302 = true;
    request.request.options.network.tls.leastVersion = TlsSetting::Version::Tls1_3;
    const HttpFileExport written = toHttpFile({request});
    QCOMPARE(written.written, 1);
    QCOMPARE(written.notWritten,
             QStringList(
                 u"“proxied”: without an empty body (written as none), the proxy, the TLS versions, limits "
                 "other than the timeout, POST kept after a 301, 302 or 303"_s));
}

QTEST_GUILESS_MAIN(tst_HttpFileWriter)
#include "tst_httpfilewriter.moc"
