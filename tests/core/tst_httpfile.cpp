// SPDX-License-Identifier: MIT
// .http files (httpfile.h): the two sample files under tests/data/http read feature by feature, the
// syntax's corners one row each, every problem a sentence with its line (the writer: tst_httpfilewriter).
#include "core/formats/httpfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

const QString DataFolder = QStringLiteral(STATUSSCOPE_TEST_DATA "/http");

HttpFileContext testContext(bool requireBodyFiles = true)
{
    HttpFileContext context;
    context.folder = DataFolder;
    context.requireBodyFiles = requireBodyFiles;
    context.environment = [](const QString &name) -> std::optional<QString> {
        if (name == u"HOME"_s)
            return u"/home/ann"_s;
        return std::nullopt;
    };
    context.now = [] { return QDateTime(QDate(2026, 12, 5), QTime(18, 15), Qt::UTC); };
    return context;
}

HttpFile readSample(const QString &name, bool requireBodyFiles = true)
{
    QFile file(DataFolder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseHttpFile(QString::fromUtf8(file.readAll()), testContext(requireBodyFiles));
}

const HttpFileRequest *named(const HttpFile &file, const QString &name)
{
    const QList<qsizetype> indexes = file.indexesNamed(name);
    return indexes.isEmpty() ? nullptr : &file.requests.at(indexes.first());
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(text); });
}

} // namespace

class tst_HttpFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restClientSample();
    void jetBrainsSample();
    void missingBodyFileInDryRun();
    void timeAnnotations();
    void syntax_data();
    void syntax();
    void problems_data();
    void problems();
    void variablesByPosition();
    void hostileInputEndsWithSentences();
    void systemVariables();
    void readFile();
};

void tst_HttpFile::restClientSample()
{
    const HttpFile file = readSample(u"restclient.http"_s);
    QCOMPARE(file.requests.size(), 9);
    const QStringList names{u"listUsers"_s,     u"createUser"_s, u"uploadFromFile"_s,
                            u"templatedFile"_s, u"digest"_s,     u"withToken"_s,
                            u"fromLogin"_s,     u"azure"_s,      u"relative"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(file.requests.at(i).name, names.at(i));

    const HttpFileRequest *list = named(file, u"listUsers"_s);
    QVERIFY2(list->isValid(), qPrintable(list->error));
    QCOMPARE(list->line, 11);
    QCOMPARE(list->request.method, "GET");
    QCOMPARE(list->request.url, QUrl(u"http://localhost:8080/api/users?page=2&per_page=10"_s));
    QCOMPARE(headerValue(list->request.headers, "Accept"), "application/json");
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(QString::fromLatin1(headerValue(list->request.headers, "X-Request-Id")))
                .hasMatch());
    QCOMPARE(list->request.headers.size(), 2); // the comment among them is not a header
    QVERIFY(!list->request.hasBody);

    const HttpFileRequest *create = named(file, u"createUser"_s);
    QVERIFY2(create->isValid(), qPrintable(create->error));
    QCOMPARE(create->request.method, "POST");
    QCOMPARE(create->request.options.network.httpVersion, HttpVersion::Http1_1);
    QVERIFY(create->setsHttpVersion);
    QCOMPARE(headerValue(create->request.headers, "Authorization"),
             "Basic " + QByteArray("ann:secret").toBase64());
    QVERIFY(create->request.hasBody);
    const QByteArray body = create->request.body;
    QVERIFY2(body.startsWith("{\n  \"name\": \"ann\",\n  \"created\": 1796494500,\n  \"lucky\": "),
             body.constData());
    QVERIFY(body.endsWith("\n}"));
    const int lucky = body.mid(body.indexOf("lucky\": ") + 8, 1).toInt();
    QVERIFY(lucky >= 1 && lucky < 7);

    const HttpFileRequest *upload = named(file, u"uploadFromFile"_s);
    QVERIFY2(upload->isValid(), qPrintable(upload->error));
    QCOMPARE(upload->request.method, "PUT");
    QCOMPARE(upload->request.body, "{\"from\": \"file\"}");
    QVERIFY(!upload->request.options.followRedirects);
    QVERIFY(upload->setsFollowRedirects);

    const HttpFileRequest *templated = named(file, u"templatedFile"_s);
    QCOMPARE(templated->request.body, "{\"user\": \"ann\"}");

    const HttpFileRequest *digest = named(file, u"digest"_s);
    QVERIFY2(digest->isValid(), qPrintable(digest->error));
    QCOMPARE(digest->request.options.network.auth.scheme, AuthSetting::Scheme::Digest);
    QCOMPARE(digest->request.options.network.auth.user, u"ann"_s);
    QCOMPARE(digest->request.options.network.auth.password, u"s3cret"_s);
    QVERIFY(!hasHeader(digest->request.headers, "Authorization"));

    const HttpFileRequest *token = named(file, u"withToken"_s);
    QVERIFY2(token->isValid(), qPrintable(token->error));
    QCOMPARE(headerValue(token->request.headers, "Authorization"), "Bearer t0k3n"); // from .env
    QCOMPARE(headerValue(token->request.headers, "X-Home"), "/home/ann");

    const HttpFileRequest *fromLogin = named(file, u"fromLogin"_s);
    QVERIFY(!fromLogin->isValid());
    QVERIFY2(fromLogin->error.startsWith(u"line 60: {{createUser.response.body.$.token}}"_s),
             qPrintable(fromLogin->error));

    const HttpFileRequest *azure = named(file, u"azure"_s);
    QVERIFY(azure->error.startsWith(u"line 66: {{$aadToken}}: Azure Active Directory"_s));
    QVERIFY2(anyContains(azure->notApplied, u"line 64: @prompt otp One-time password is not supported"_s),
             qPrintable(azure->notApplied.join(u'\n')));

    const HttpFileRequest *relative = named(file, u"relative"_s);
    QVERIFY2(relative->isValid(), qPrintable(relative->error));
    QCOMPARE(relative->request.url, QUrl(u"http://localhost:8080/api/relative"_s));
    QVERIFY(file.notes.isEmpty());
}

void tst_HttpFile::jetBrainsSample()
{
    const HttpFile file = readSample(u"jetbrains.http"_s);
    QCOMPARE(file.requests.size(), 9);
    QCOMPARE(file.requests.at(0).name, u"Get the health"_s);

    const HttpFileRequest &health = file.requests.at(0);
    QVERIFY2(health.isValid(), qPrintable(health.error));
    QCOMPARE(health.request.url, QUrl(u"http://localhost:8080/health"_s));
    QVERIFY(!health.request.hasBody); // the handler and the reference are not a body
    QCOMPARE(
        health.notApplied,
        QStringList({u"line 8: the response handler (> {% … %}) is not run: StatusScope runs no scripts."_s,
                     u"line 15: the response reference (<> 2026-12-05T181500.200.txt) is not compared: "
                     "StatusScope keeps its own history instead."_s}));

    const HttpFileRequest &session = file.requests.at(1);
    QCOMPARE(session.error,
             u"line 24: the variable “session” is not defined in the file (a response handler may "
             "set it in JetBrains' client, but StatusScope runs no handlers)."_s);
    QVERIFY(anyContains(session.notApplied, u"line 18: the pre-request script (< {% … %}) is not run"_s));
    QVERIFY(anyContains(session.notApplied, u"line 22: @no-log is not applied"_s));

    const HttpFileRequest &random = file.requests.at(2);
    QVERIFY2(random.isValid(), qPrintable(random.error));
    QCOMPARE(random.request.options.network.httpVersion, HttpVersion::Http2);
    QVERIFY2(
        QRegularExpression(
            u"^\\{\n  \"int\": \\d+,\n  \"hex\": \"[0-9a-f]{8}\",\n  \"uuid\": \"[0-9a-f-]{36}\"\n\\}$"_s)
            .match(QString::fromUtf8(random.request.body))
            .hasMatch(),
        random.request.body.constData());

    QCOMPARE(file.requests.at(3).error,
             u"line 40: {{$random.email}}: this system variable is not supported."_s);

    const HttpFileRequest &multipart = file.requests.at(4);
    QVERIFY2(multipart.isValid(), qPrintable(multipart.error));
    QCOMPARE(multipart.request.body,
             "--WebAppBoundary\r\nContent-Disposition: form-data; "
             "name=\"note\"\r\n\r\nhello\r\n--WebAppBoundary\r\n"
             "Content-Disposition: form-data; name=\"data\"; filename=\"body.json\"\r\nContent-Type: "
             "application/json\r\n\r\n{\"from\": \"file\"}\r\n--WebAppBoundary--");

    QVERIFY2(file.requests.at(5).error.startsWith(u"line 61: < ./no-such-file.json: file not found: "_s),
             qPrintable(file.requests.at(5).error));

    const HttpFileRequest &scripted = file.requests.at(6);
    QVERIFY(scripted.isValid());
    QCOMPARE(
        scripted.notApplied,
        QStringList(u"line 65: the response handler (> ./check-response.js) is not run: StatusScope runs no "
                    "scripts."_s));

    QCOMPARE(file.requests.at(7).error,
             u"line 68: WEBSOCKET requests are not supported; StatusScope sends HTTP requests only."_s);
    QCOMPARE(file.requests.at(8).request.url, QUrl(u"http://localhost:8080/env?home=/home/ann"_s));
}

void tst_HttpFile::missingBodyFileInDryRun()
{
    const HttpFile file = readSample(u"jetbrains.http"_s, false);
    const HttpFileRequest &missing = file.requests.at(5);
    QVERIFY2(missing.isValid(), qPrintable(missing.error));
    QCOMPARE(missing.notApplied,
             QStringList(u"line 61: < ./no-such-file.json: file not found: "_s + DataFolder
                         + u"/no-such-file.json"_s));
    QVERIFY(missing.request.body.isEmpty());
}

// JetBrains' @timeout and @connection-timeout (seconds, or with ms, s or m): the timeout without data
// and the connect timeout of the request they stand over, and of no other.
void tst_HttpFile::timeAnnotations()
{
    const HttpFile file = parseHttpFile(u"# @timeout 500 ms\n# @connection-timeout 2 m\nGET "
                                        u"http://h/a\n\n###\n# @connection-timeout 3\nGET http://h/b\n\n"
                                        "###\nGET http://h/c\n"_s,
                                        HttpFileContext());
    QCOMPARE(file.requests.size(), 3);
    const HttpFileRequest &a = file.requests.at(0);
    QVERIFY2(a.notApplied.isEmpty(), qPrintable(a.notApplied.join(u'\n')));
    QCOMPARE(a.request.options.inactivityTimeoutMs, 500);
    QCOMPARE(a.request.options.connectTimeoutMs, 120000);
    QVERIFY(a.setsTimeout && a.setsConnectTimeout);
    const HttpFileRequest &b = file.requests.at(1);
    QCOMPARE(b.request.options.connectTimeoutMs, 3000);
    QCOMPARE(b.request.options.inactivityTimeoutMs, RequestOptions().inactivityTimeoutMs);
    QVERIFY(!b.setsTimeout && b.setsConnectTimeout);
    QCOMPARE(file.requests.at(2).request.options.connectTimeoutMs, 0);
    QVERIFY(!file.requests.at(2).setsConnectTimeout);
}

void tst_HttpFile::syntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("method left out") << u"example.org/a\n"_s << QByteArray("GET") << u"http://example.org/a"_s
                                     << QString() << QByteArray();
    QTest::newRow("lower-case method") << u"post https://example.org/\n\nx"_s << QByteArray("POST")
                                       << u"https://example.org/"_s << QString() << QByteArray("x");
    QTest::newRow("@name wins over ###") << u"### Shown\n# @name real\nGET http://h/\n"_s << QByteArray("GET")
                                         << u"http://h/"_s << u"real"_s << QByteArray();
    QTest::newRow("@name = value") << u"# @name = eq\nGET http://h/\n"_s << QByteArray("GET")
                                   << u"http://h/"_s << u"eq"_s << QByteArray();
    QTest::newRow("JetBrains indented URL")
        << u"GET http://h/api\n    /users\n    ?id=2\n"_s << QByteArray("GET") << u"http://h/api/users?id=2"_s
        << QString() << QByteArray();
    QTest::newRow("CRLF file") << u"POST http://h/\r\nA: b\r\n\r\none\r\ntwo\r\n"_s << QByteArray("POST")
                               << u"http://h/"_s << QString() << QByteArray("one\ntwo");
    QTest::newRow("trailing blank lines dropped")
        << u"POST http://h/\n\nbody\n\n\n###\n"_s << QByteArray("POST") << u"http://h/"_s << QString()
        << QByteArray("body");
    QTest::newRow("comment lines in body kept")
        << u"POST http://h/\n\n# not a comment\n// nor this"_s << QByteArray("POST") << u"http://h/"_s
        << QString() << QByteArray("# not a comment\n// nor this");
    QTest::newRow("{{ }} with spaces") << u"@v = x\nGET http://h/{{ v }}\n"_s << QByteArray("GET")
                                       << u"http://h/x"_s << QString() << QByteArray();
}

void tst_HttpFile::syntax()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    const HttpFile file = parseHttpFile(text, testContext());
    QCOMPARE(file.requests.size(), 1);
    const HttpFileRequest &request = file.requests.first();
    QVERIFY2(request.isValid(), qPrintable(request.error));
    QCOMPARE(request.request.method, method);
    QCOMPARE(request.request.url, QUrl(url));
    QCOMPARE(request.name, name);
    QCOMPARE(request.request.body, body);
    QCOMPARE(request.request.hasBody, !body.isEmpty());
}

void tst_HttpFile::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // the request's
    QTest::addColumn<QString>("notApplied"); // one of the request's, or a note of the file

    QTest::newRow("undefined variable")
        << u"# c\nGET http://h/{{nope}}\n"_s << u"line 2: the variable “nope” is not defined in the file."_s
        << QString();
    QTest::newRow("undefined inside a variable")
        << u"@a = {{b}}\n\nGET http://h/{{a}}\n"_s
        << u"line 1: the variable “b” is not defined in the file."_s << QString();
    QTest::newRow("variable using itself")
        << u"@a = {{b}}\n@b = {{a}}\nGET http://h/{{a}}\n"_s
        << u"line 2: the variable “a” uses itself (a → b → a)."_s << QString();
    QTest::newRow("not a header")
        << u"GET http://h/\nno colon here\n"_s
        << u"line 2: “no colon here” is not a header (Name: value); a body comes after a "
           "blank line."_s
        << QString();
    QTest::newRow("bad URL") << u"GET http://[::1/\n"_s << u"line 1: “http://[::1/” cannot be requested"_s
                             << QString();
    QTest::newRow("HTTP/1.0")
        << u"GET http://h/ HTTP/1.0\n"_s << QString()
        << u"line 1: HTTP/1.0 is not applied: StatusScope speaks HTTP/1.1 and HTTP/2."_s;
    QTest::newRow("unknown annotation") << u"# @no-auto-encoding\nGET http://h/\n"_s << QString()
                                        << u"line 1: @no-auto-encoding is not supported."_s;
    QTest::newRow("connection timeout not a time")
        << u"# @connection-timeout soon\nGET http://h/\n"_s << QString()
        << u"line 1: @connection-timeout soon is not supported."_s;
    QTest::newRow("text after a handler")
        << u"GET http://h/\n\n> {% client.log(1) %}\nstray\n"_s << QString()
        << u"line 4: text after a response handler is not part of the request."_s;
    QTest::newRow("name with no request") << u"GET http://h/\n\n###\n# @name lost\n"_s << QString()
                                          << u"line 4: “@name lost” is followed by no request."_s;
    QTest::newRow("name used twice")
        << u"# @name a\nGET http://h/1\n###\n# @name a\nGET http://h/2\n"_s << QString()
        << u"line 5: the name “a” was already given on line 2; --name picks the first."_s;
    QTest::newRow("bad variable line") << u"@ = x\nGET http://h/\n"_s << QString()
                                       << u"line 1: “@ = x” is not a variable definition (@name = value)."_s;
    QTest::newRow("custom datetime format")
        << u"GET http://h/?d={{$datetime \"YYYY\"}}\n"_s
        << u"line 1: {{$datetime \"YYYY\"}}: only the rfc1123 and iso8601 formats are supported, not custom formats."_s
        << QString();
    QTest::newRow("unset environment")
        << u"GET http://h/{{$processEnv NOPE}}\n"_s
        << u"line 1: {{$processEnv NOPE}}: the environment variable NOPE is not set."_s << QString();
    QTest::newRow("%name from an environment file")
        << u"GET http://h/{{$processEnv %key}}\n"_s
        << u"line 1: {{$processEnv %key}}: a name taken from an environment file (%NAME) is not supported: "
           "StatusScope reads no environment files."_s
        << QString();
    QTest::newRow("latin1 body file") << u"POST http://h/\n\n<@latin1 ./body.json\n"_s
                                      << u"line 3: <@latin1: only UTF-8 body files are read."_s << QString();
    QTest::newRow("script not closed")
        << u"GET http://h/\n\n> {%\n  client.log(1)\n###\nGET http://h/2\n"_s << QString()
        << u"line 3: the script opened here is not closed with %}; the lines after it, up to the next ###, "
           u"were "
           "skipped."_s;
    QTest::newRow("pre-request script not closed") << u"< {%\nGET http://h/\n"_s << QString()
                                                   << u"line 1: the script opened here is not closed with "
                                                      u"%}; the lines after it, up to the next ###, were "
                                                      "skipped."_s;
    QTest::newRow("variables too deep")
        << u"@a1 = {{a2}}\n@a2 = {{a3}}\n@a3 = {{a4}}\n@a4 = {{a5}}\n@a5 = {{a6}}\n@a6 = {{a7}}\n@a7 = "
           u"{{a8}}\n"
           "@a8 = {{a9}}\n@a9 = {{a10}}\n@a10 = {{a11}}\n@a11 = {{a12}}\n@a12 = x\nGET http://h/{{a1}}\n"_s
        << u"line 10: the variable “a11” goes through more than 10 other variables."_s << QString();
    QTest::newRow("empty file") << u"# nothing\n"_s << QString() << u"The file holds no request."_s;
}

void tst_HttpFile::problems()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, notApplied);
    const HttpFile file = parseHttpFile(text, testContext());
    QStringList all = file.notes;
    for (const HttpFileRequest &request : file.requests)
        all += request.notApplied;
    if (!error.isEmpty()) {
        QVERIFY(!file.requests.isEmpty());
        QVERIFY2(file.requests.last().error.startsWith(error), qPrintable(file.requests.last().error));
    } else {
        for (const HttpFileRequest &request : file.requests)
            QVERIFY2(request.isValid(), qPrintable(request.error));
    }
    if (!notApplied.isEmpty())
        QVERIFY2(all.contains(notApplied), qPrintable(all.join(u'\n')));
}

// Text no one writes by hand still gives requests or sentences, quickly: no crash, no hang.
void tst_HttpFile::hostileInputEndsWithSentences()
{
    QString many;
    for (int i = 0; i < 5000; ++i)
        many += u"###\nGET http://h/%1\n"_s.arg(i);
    QCOMPARE(parseHttpFile(many, testContext()).requests.size(), 5000);

    const QString unclosed = u"GET http://h/{{"_s + QString(100000, u'a') + u"\n"_s;
    const HttpFile read = parseHttpFile(unclosed, testContext());
    QCOMPARE(read.requests.size(), 1);

    QString garbage;
    const QStringView alphabet = u"#{}<>%@ \n\r:/?&=x";
    for (int i = 0; i < 20000; ++i)
        garbage += alphabet[i * 7919 % alphabet.size()];
    const HttpFile noise = parseHttpFile(garbage, testContext());
    for (const HttpFileRequest &request : noise.requests)
        QVERIFY(request.isValid() || !request.error.isEmpty());

    // Variables that fan out are replaced once per use, not once per path.
    QString fan = u"@v0 = x\n"_s;
    for (int i = 1; i <= 9; ++i)
        fan += u"@v%1 = {{v%2}}{{v%2}}\n"_s.arg(i).arg(i - 1);
    fan += u"GET http://h/{{v9}}\n"_s;
    const HttpFile fanned = parseHttpFile(fan, testContext());
    QCOMPARE(fanned.requests.first().request.url.path(), u"/"_s + QString(512, u'x'));

    // …and a wide one stops at the size limit with a sentence instead of filling the memory.
    QString wide = u"@w0 = "_s + QString(64, u'x') + u'\n';
    for (int i = 1; i <= 9; ++i)
        wide += u"@w%1 = "_s.arg(i) + u"{{w%1}}"_s.arg(i - 1).repeated(20) + u'\n';
    wide += u"GET http://h/{{w9}}\n"_s;
    const HttpFile widened = parseHttpFile(wide, testContext());
    QVERIFY2(widened.requests.first().error.endsWith(u"grows past 4 MiB once its variables are replaced."_s),
             qPrintable(widened.requests.first().error));
}

void tst_HttpFile::variablesByPosition()
{
    // A request sees the last definition above it, else the first below (REST Client's file scope).
    const HttpFile file = parseHttpFile(u"GET http://h/{{v}}\n\n###\n@v = two\nGET http://h/{{v}}\n\n###\n"
                                        "@v = three\nGET http://h/{{v}}\n\n###\n@v = four\n"_s,
                                        testContext());
    QCOMPARE(file.requests.size(), 3);
    QCOMPARE(file.requests.at(0).request.url, QUrl(u"http://h/two"_s));
    QCOMPARE(file.requests.at(1).request.url, QUrl(u"http://h/two"_s));
    QCOMPARE(file.requests.at(2).request.url, QUrl(u"http://h/three"_s));
}

void tst_HttpFile::systemVariables()
{
    const HttpFile file = parseHttpFile(
        u"GET http://h/?a={{$timestamp -1 d}}&b={{$datetime iso8601}}&c={{$datetime rfc1123 1 h}}"
        "&d={{$isoTimestamp}}&e={{$randomInt}}&f={{$random.alphabetic(5)}}&g={{$random.float(1, 2)}}\n"_s,
        testContext());
    const HttpFileRequest &request = file.requests.first();
    QVERIFY2(request.isValid(), qPrintable(request.error));
    const QUrlQuery query(request.request.url);
    QCOMPARE(query.queryItemValue(u"a"_s), u"1796408100"_s);
    QCOMPARE(query.queryItemValue(u"b"_s), u"2026-12-05T18:15:00Z"_s);
    QCOMPARE(query.queryItemValue(u"c"_s, QUrl::FullyDecoded), u"Sat, 05 Dec 2026 19:15:00 GMT"_s);
    QCOMPARE(query.queryItemValue(u"d"_s), u"2026-12-05T18:15:00Z"_s);
    QVERIFY(query.queryItemValue(u"e"_s).toInt() <= 1000);
    QVERIFY(QRegularExpression(u"^[A-Za-z]{5}$"_s).match(query.queryItemValue(u"f"_s)).hasMatch());
    const double g = query.queryItemValue(u"g"_s).toDouble();
    QVERIFY(g >= 1 && g < 2);
}

void tst_HttpFile::readFile()
{
    QString error;
    QVERIFY(!readHttpFile(DataFolder + u"/absent.http"_s, &error));
    QVERIFY2(error.startsWith(u"cannot read “"_s), qPrintable(error));

    QTemporaryDir folder;
    const QString path = folder.filePath(u"api.http"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbfGET http://h/\n\n< body.txt\n");
    file.close();
    QFile body(folder.filePath(u"body.txt"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("from the folder");
    body.close();
    QFile environment(folder.filePath(u"http-client.env.json"_s));
    QVERIFY(environment.open(QIODevice::WriteOnly));
    environment.close();

    const std::optional<HttpFile> read = readHttpFile(path, &error);
    QVERIFY(read);
    QCOMPARE(read->requests.size(), 1);
    QVERIFY2(read->requests.first().isValid(), qPrintable(read->requests.first().error));
    QCOMPARE(read->requests.first().request.body, "from the folder"); // relative to the file, BOM dropped
    QCOMPARE(
        read->notes,
        QStringList(u"http-client.env.json is next to the file but not read: no environment was chosen."_s));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("GET http://h/\xff\n");
    file.close();
    QVERIFY(!readHttpFile(path, &error));
    QCOMPARE(error, u"“%1” is not UTF-8 text."_s.arg(path));
}

QTEST_GUILESS_MAIN(tst_HttpFile)
#include "tst_httpfile.moc"
