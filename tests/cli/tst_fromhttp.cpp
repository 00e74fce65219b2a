// SPDX-License-Identifier: MIT
// `check --from-http FILE [--name NAME]` through the real binary against a scripted server: a
// .http file's requests are sent in file order with their headers, bodies and body files, one is
// picked by name, what the file asks for that is not used is named on standard error, a dry run
// sends nothing and lists a missing body file, and a file that cannot be used sends nothing.
#include "clirun.h"
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

class tst_FromHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allInFileOrder();
    void oneByName();
    void environmentByName();
    void sampleRequests_data();
    void sampleRequests();
    void dryRunListsMissingBodyFile();
    void refusedBeforeSending_data();
    void refusedBeforeSending();

private:
    QString writeFile(const QString &name, const QByteArray &text);
    QString copySamples(); // tests/data/http with the server's address in place of localhost:8080

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_folder;
};

void tst_FromHttp::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/first", ScriptedServer::response(200, "OK", {}, "one"));
    m_server->route("/second", ScriptedServer::response(201, "Created", {}, "two"));
    m_server->route("/moved", ScriptedServer::redirect(302, "/first"));
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "any"));
}

void tst_FromHttp::cleanup()
{
    delete m_server;
}

QString tst_FromHttp::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}

QString tst_FromHttp::copySamples()
{
    const QDir samples(QStringLiteral(STATUSSCOPE_TEST_DATA "/http"));
    const QByteArray host = m_server->origin().mid(7).toUtf8(); // without "http://"
    for (const QString &name : samples.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly)
            || writeFile(name, file.readAll().replace("localhost:8080", host)).isEmpty())
            return {};
    }
    return m_folder.path();
}

void tst_FromHttp::allInFileOrder()
{
    const QByteArray origin = m_server->origin().toUtf8();
    writeFile(u"part.txt"_s, "from a file");
    const QString path = writeFile(u"api.http"_s,
                                   "@origin = " + origin
                                       + "\n\n"
                                         "### first\n"
                                         "GET {{origin}}/first\n"
                                         "X-Token: abc\n"
                                         "\n"
                                         "> {% client.test('ok', () => {}) %}\n"
                                         "\n"
                                         "###\n"
                                         "# @name second\n"
                                         "POST {{origin}}/second\n"
                                         "Content-Type: text/plain\n"
                                         "\n"
                                         "< ./part.txt\n"
                                         "\n"
                                         "###\n"
                                         "# @no-redirect\n"
                                         "{{origin}}/moved\n");
    QVERIFY(!path.isEmpty());

    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-http"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3); // the redirect is not followed
    QCOMPARE(requests.at(0).method, "GET");
    QCOMPARE(requests.at(0).target, "/first");
    QCOMPARE(requests.at(0).header("X-Token"), "abc");
    QCOMPARE(requests.at(1).method, "POST");
    QCOMPARE(requests.at(1).target, "/second");
    QCOMPARE(requests.at(1).body, "from a file");
    QCOMPARE(requests.at(2).target, "/moved");

    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    QVERIFY2(run.err.contains("statusscope check: line 7: the response handler (> {% … %}) is not run"),
             run.err.constData());
}

void tst_FromHttp::oneByName()
{
    const QString path
        = writeFile(u"api.http"_s,
                    "### first\nGET " + m_server->origin().toUtf8() + "/first\n\n### second\nGET "
                        + m_server->origin().toUtf8() + "/second\n");
    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"--from-http"_s, path, u"--name"_s, u"second"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).target, "/second");
    QVERIFY2(run.out.contains("201"), run.out.constData());
}

void tst_FromHttp::environmentByName()
{
    // In a folder of their own: the other tests' files have no environment next to them.
    QVERIFY(QDir(m_folder.path()).mkpath(u"env"_s));
    writeFile(u"env/http-client.env.json"_s,
              R"({"local": {"origin": ")" + m_server->origin().toUtf8() + R"("}})");
    const QString path = writeFile(u"env/api.http"_s, "GET {{origin}}/second\n");
    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"--from-http"_s, path, u"--env"_s, u"local"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).target, "/second");

    const CliRun alone = StatusScope::Test::runCli({u"check"_s, u"--env"_s, u"local"_s, m_server->origin()});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(alone.err.contains("--env goes with a .http file: give --from-http FILE with it."),
             alone.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_FromHttp::sampleRequests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("header"); // "Name: value" the server must see, or empty
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("query continued") << u"restclient.http"_s << u"listUsers"_s << QByteArray("GET")
                                     << QByteArray("/api/users?page=2&per_page=10")
                                     << QByteArray("Accept: application/json") << QByteArray();
    QTest::newRow("Basic shorthand") << u"restclient.http"_s << u"createUser"_s << QByteArray("POST")
                                     << QByteArray("/api/users")
                                     << QByteArray("Authorization: Basic "
                                                   + QByteArray("ann:secret").toBase64())
                                     << QByteArray();
    QTest::newRow("body file") << u"restclient.http"_s << u"uploadFromFile"_s << QByteArray("PUT")
                               << QByteArray("/api/files/body")
                               << QByteArray("Content-Type: application/json")
                               << QByteArray("{\"from\": \"file\"}");
    QTest::newRow("body file with variables")
        << u"restclient.http"_s << u"templatedFile"_s << QByteArray("POST") << QByteArray("/api/templated")
        << QByteArray() << QByteArray("{\"user\": \"ann\"}");
    QTest::newRow(".env variable") << u"restclient.http"_s << u"withToken"_s << QByteArray("GET")
                                   << QByteArray("/api/me") << QByteArray("Authorization: Bearer t0k3n")
                                   << QByteArray();
    QTest::newRow("path and Host") << u"restclient.http"_s << u"relative"_s << QByteArray("GET")
                                   << QByteArray("/api/relative") << QByteArray() << QByteArray();
    QTest::newRow("JetBrains multipart") << u"jetbrains.http"_s << u"Multipart with a file part"_s
                                         << QByteArray("POST") << QByteArray("/upload") << QByteArray()
                                         << QByteArray("--WebAppBoundary\r\nContent-Disposition: form-data; "
                                                       "name=\"note\"\r\n\r\nhello\r\n--WebAppBoundary\r\n"
                                                       "Content-Disposition: form-data; name=\"data\"; "
                                                       "filename=\"body.json\"\r\nContent-Type: "
                                                       "application/json\r\n\r\n{\"from\": \"file\"}\r\n"
                                                       "--WebAppBoundary--");
}

void tst_FromHttp::sampleRequests()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    const QString folder = copySamples();
    QVERIFY(!folder.isEmpty());

    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"--from-http"_s, folder + u'/' + file, u"--name"_s, name});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedServer::Request &request = m_server->requests().first();
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        QCOMPARE(request.header(header.left(colon)), header.mid(colon + 2));
    }
    if (!body.isEmpty())
        QCOMPARE(request.body, body);
}

void tst_FromHttp::dryRunListsMissingBodyFile()
{
    const QString folder = copySamples();
    const QString path = folder + u"/jetbrains.http"_s;
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-http"_s, path, u"--name"_s,
                                                  u"Missing body file"_s, u"--dry-run"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(m_server->requests().isEmpty());
    const QJsonArray requests = QJsonDocument::fromJson(run.out).object().value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.first().toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"url"_s).toString(), m_server->origin() + u"/missing"_s);
    const QString missing
        = u"line 61: < ./no-such-file.json: file not found: "_s + folder + u"/no-such-file.json"_s;
    QCOMPARE(request.value(u"not_applied"_s).toArray(), QJsonArray({QJsonValue(missing)}));

    // The same request sent for real is refused, and nothing goes out.
    const CliRun send = StatusScope::Test::runCli(
        {u"check"_s, u"--from-http"_s, path, u"--name"_s, u"Missing body file"_s});
    QCOMPARE(send.exitCode, 2);
    QVERIFY2(send.err.contains("line 61: < ./no-such-file.json: file not found: "), send.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_FromHttp::refusedBeforeSending_data()
{
    QTest::addColumn<QByteArray>("text"); // written to api.http; empty: no file at all
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("message");

    const QByteArray two = "GET {http}/first\n\n###\n# @name b\nGET {http}/second\n";
    QTest::newRow("missing file") << QByteArray() << QStringList()
                                  << QByteArray("--from-http: cannot read “");
    QTest::newRow("no request") << QByteArray("# only a comment\n@a = b\n") << QStringList()
                                << QByteArray("holds no request");
    QTest::newRow("unknown name") << two << QStringList{u"--name"_s, u"c"_s}
                                  << QByteArray("has no request named “c”; its names are: b.");
    QTest::newRow("one request cannot be sent")
        << QByteArray(two + "\n###\nGET {http}/{{missing}}\n") << QStringList()
        << QByteArray(
               "1 request cannot be sent, so none is:\n  line 8: the variable “missing” is not defined");
    QTest::newRow("body file not there")
        << QByteArray("POST {http}/first\n\n< ./absent.json\n") << QStringList()
        << QByteArray("line 3: < ./absent.json: file not found: ");
    QTest::newRow("with a URL argument")
        << two << QStringList{u"{http}/second"_s} << QByteArray("give no URL argument");
    QTest::newRow("with -H") << two << QStringList{u"-H"_s, u"A: b"_s}
                             << QByteArray("-H cannot be used with it");
    QTest::newRow("unknown environment")
        << two << QStringList{u"--env"_s, u"dev"_s}
        << QByteArray("--from-http: no environment file next to the file defines “dev”");
    QTest::newRow("not UTF-8") << QByteArray("GET {http}/first\xff\n") << QStringList()
                               << QByteArray("is not UTF-8 text");
}

void tst_FromHttp::refusedBeforeSending()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, message);

    const QString origin = m_server->origin();
    QString path = m_folder.filePath(u"absent.http"_s);
    if (!text.isEmpty())
        path = writeFile(u"api.http"_s, QByteArray(text).replace("{http}", origin.toUtf8()));
    QStringList arguments{u"check"_s, u"--from-http"_s, path};
    for (const QString &argument : std::as_const(extra))
        arguments.append(QString(argument).replace(u"{http}"_s, origin));

    const CliRun run = StatusScope::Test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_FromHttp)
#include "tst_fromhttp.moc"
