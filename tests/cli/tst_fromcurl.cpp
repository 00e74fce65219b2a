// SPDX-License-Identifier: MIT
// `check --from-curl FILE|-` through the real binary against a scripted server: pasted commands
// (comments, prompts and all) are sent in order with their headers and bodies, what they ask for
// that is not used is named on standard error, and text that holds no command sends nothing.
#include "clirun.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

class tst_FromCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoCommandsSentInOrder();
    void commandsWaitForTheOneBefore();
    void standardInput();
    void savedAsUtf16();
    void filesNamedByOptionsAreSent();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void postKeptAfterRedirect();
    void typedLocationFollows();

private:
    QString writeFile(const QByteArray &text);

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_folder;
};

void tst_FromCurl::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/first", ScriptedServer::response(200, "OK", {}, "one"));
    m_server->route("/second", ScriptedServer::response(201, "Created", {}, "two"));
}

void tst_FromCurl::cleanup()
{
    delete m_server;
}

QString tst_FromCurl::writeFile(const QByteArray &text)
{
    const QString path = m_folder.filePath(u"commands.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}

void tst_FromCurl::twoCommandsSentInOrder()
{
    const QByteArray origin = m_server->origin().toUtf8();
    const QString path = writeFile("# copied from the wiki\n"
                                   "$ curl "
                                   + origin
                                   + "/first\n"
                                     "curl -X PUT -H 'X-Token: abc' \\\n"
                                     "  -d 'name=value' --retry 3 "
                                   + origin + "/second\n");
    QVERIFY(!path.isEmpty());

    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);

    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "GET");
    QCOMPARE(requests.at(0).target, "/first");
    QCOMPARE(requests.at(1).method, "PUT");
    QCOMPARE(requests.at(1).target, "/second");
    QCOMPARE(requests.at(1).header("X-Token"), "abc");
    QCOMPARE(requests.at(1).body, "name=value");

    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
    }
    QVERIFY2(lines.at(0).contains("/first") && lines.at(1).contains("/second"), run.out.constData());

    QVERIFY2(run.err.contains("command 2: not applied: --retry 3: each request is sent once, never retried"),
             run.err.constData());
}

// Pasted commands run one after another, as a shell runs them: the second waits for the first's
// answer, even when the first is slow. Before, they ran at once and the fast one came back first.
void tst_FromCurl::commandsWaitForTheOneBefore()
{
    m_server->route("/slow", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        QTimer::singleShot(400, socket,
                           [socket] { socket->write(ScriptedServer::response(201, "Created", {}, "made")); });
    });
    const QByteArray origin = m_server->origin().toUtf8();
    const QString path = writeFile("# create, then read\ncurl -X POST -d a=1 " + origin + "/slow\ncurl "
                                   + origin + "/read\n");
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains("/slow") && lines.at(1).contains("/read"), run.out.constData());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).target, "/read");
}

void tst_FromCurl::standardInput()
{
    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.start(QStringLiteral(STATUSSCOPE_BINARY), {u"check"_s, u"--from-curl"_s, u"-"_s, u"--fail"_s});
    QVERIFY(process.waitForStarted());
    process.write("% curl -H 'Accept: text/plain' " + m_server->origin().toUtf8() + "/second\n");
    process.closeWriteChannel();
    const CliRun run = StatusScope::Test::finishCli(process);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).target, "/second");
    QCOMPARE(m_server->requests().at(0).header("Accept"), "text/plain");
    QVERIFY(run.err.isEmpty());
}

// A command kept in a file written by Windows PowerShell (UTF-16 with its byte order mark).
void tst_FromCurl::savedAsUtf16()
{
    const QString command = u"curl -H 'X-Name: Jürgen' "_s + m_server->origin() + u"/first\r\n"_s;
    const QString path = writeFile(
        QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom).encode(command));
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).target, "/first");
    QCOMPARE(m_server->requests().at(0).header("X-Name"), "Jürgen");
}

// curl's --post301/302/303 in the pasted command, or given to check: the server sees the POST and
// its body again at the redirect's target, and the hop says why. Without them, a GET.
void tst_FromCurl::postKeptAfterRedirect()
{
    const QByteArray origin = m_server->origin().toUtf8();
    m_server->route("/moved",
                    ScriptedServer::response(301, "Moved Permanently", {{"Location", "/second"}}, ""));
    m_server->route("/found", ScriptedServer::response(302, "Found", {{"Location", "/second"}}, ""));
    const QString path = writeFile("curl -L --post301 -d 'a=1' " + origin
                                   + "/moved\n"
                                     "curl -L -d 'b=2' "
                                   + origin + "/found\n");
    QVERIFY(!path.isEmpty());

    const CliRun pasted = StatusScope::Test::runCli(
        {u"check"_s, u"--parallel"_s, u"1"_s, u"--from-curl"_s, path, u"--json"_s});
    QCOMPARE(pasted.exitCode, 0);
    auto requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(1).method, "POST");
    QCOMPARE(requests.at(1).target, "/second");
    QCOMPARE(requests.at(1).body, "a=1");
    QCOMPARE(requests.at(1).header("Content-Type"), "application/x-www-form-urlencoded");
    QCOMPARE(requests.at(3).method, "GET"); // the second command has no --post302
    QCOMPARE(requests.at(3).body, "");
    QVERIFY2(pasted.out.contains("\"post-kept\""), pasted.out.constData());
    QVERIFY2(pasted.err.isEmpty(), pasted.err.constData());

    // The request is the pasted command's: check's own --post302 beside it is refused, unsent.
    m_server->clearRequests();
    const CliRun given = StatusScope::Test::runCli({u"check"_s, u"--post302"_s, u"--from-curl"_s, path});
    QCOMPARE(given.exitCode, 2);
    QVERIFY2(given.err.contains("put --post302 in the command instead"), given.err.constData());
    QVERIFY(m_server->requests().isEmpty());

    // Given to check with a URL, it does the same as in a pasted command.
    const CliRun direct = StatusScope::Test::runCli(
        {u"check"_s, u"--post302"_s, u"-d"_s, u"b=2"_s, QString::fromUtf8(origin) + u"/found"_s});
    QCOMPARE(direct.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, "POST");
    QCOMPARE(m_server->requests().at(1).body, "b=2");
    QVERIFY2(
        direct.out.contains("POST was sent again with its 3-byte body, as asked for 302 (curl's --post302)"),
        direct.out.constData());
}

void tst_FromCurl::filesNamedByOptionsAreSent()
{
    QFile body(m_folder.filePath(u"body.txt"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("a=1\r\nb=2\n");
    body.close();
    const QByteArray origin = m_server->origin().toUtf8();
    const QByteArray file = body.fileName().toUtf8();
    const QString path = writeFile("curl -d @'" + file + "' " + origin + "/first\ncurl -T '" + file + "' "
                                   + origin + "/second\ncurl -F 'f=@" + file + "' " + origin + "/first\n");
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, path});
    QCOMPARE(run.exitCode, 0);
    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    // -d @file loses its line breaks, -T sends the file as it is, -F sends it as a part.
    QCOMPARE(requests.at(0).body, "a=1b=2");
    QCOMPARE(requests.at(1).method, "PUT");
    QCOMPARE(requests.at(1).body, "a=1\r\nb=2\n");
    QVERIFY(requests.at(2).header("Content-Type").startsWith("multipart/form-data; boundary="));
    QVERIFY(requests.at(2).body.contains(
        "filename=\"body.txt\"\r\nContent-Type: text/plain\r\n\r\na=1\r\nb=2\n\r\n"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

// check's own -L makes pasted commands without it follow their redirects (curl's default is not to).
void tst_FromCurl::typedLocationFollows()
{
    m_server->route("/moved", ScriptedServer::redirect(302, "/first"));
    const QString path = writeFile("curl " + m_server->origin().toUtf8() + "/moved\n");
    QVERIFY(!path.isEmpty());
    const CliRun plain = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, path});
    QCOMPARE(m_server->requestsTo("/first").size(), 0);
    QVERIFY2(plain.out.contains("= 1 hop"), plain.out.constData());
    const CliRun followed = StatusScope::Test::runCli({u"check"_s, u"-L"_s, u"--from-curl"_s, path});
    QCOMPARE(followed.exitCode, 0);
    QCOMPARE(m_server->requestsTo("/first").size(), 1);
    QVERIFY2(followed.out.contains("= 2 hops"), followed.out.constData());
}

void tst_FromCurl::refusedBeforeSending_data()
{
    QTest::addColumn<QByteArray>("text"); // written to the file; empty: no file at all
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("no curl command") << QByteArray("# notes\nls -l\n") << QStringList()
                                     << QByteArray("not a curl command");
    QTest::newRow("only comments") << QByteArray("# nothing here\n\n") << QStringList()
                                   << QByteArray("--from-curl");
    QTest::newRow("missing file") << QByteArray() << QStringList() << QByteArray("cannot read");
    QTest::newRow("with a URL argument")
        << QByteArray("curl {http}/first\n") << QStringList{u"{http}/second"_s}
        << QByteArray("give no URL argument");
    QTest::newRow("with -H") << QByteArray("curl {http}/first\n") << QStringList{u"-H"_s, u"A: b"_s}
                             << QByteArray("put -H in the command");
    QTest::newRow("with -I") << QByteArray("curl {http}/first\n") << QStringList{u"-I"_s}
                             << QByteArray("put -I in the command");
    // Issue 16: a real send needs the files a command names; nothing is sent without them.
    QTest::newRow("-d @file not there")
        << QByteArray("curl {http}/first\ncurl -d @/nonexistent/body.json {http}/second\n") << QStringList()
        << QByteArray("-d @/nonexistent/body.json: file not found: /nonexistent/body.json");
    QTest::newRow("-T file not there") << QByteArray("curl -T /nonexistent/up.txt {http}/first\n")
                                       << QStringList() << QByteArray("file not found: /nonexistent/up.txt");
    QTest::newRow("-F part not there") << QByteArray("curl -F 'a=@/nonexistent/p.png' {http}/first\n")
                                       << QStringList() << QByteArray("file not found: /nonexistent/p.png");
    QTest::newRow("too long") << QByteArray("curl {http}/first #" + QByteArray(1024 * 1024, 'x') + "\n")
                              << QStringList() << QByteArray("more than 1 MiB");
}

void tst_FromCurl::refusedBeforeSending()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, message);

    const QString origin = m_server->origin();
    QString path = m_folder.filePath(u"absent.txt"_s);
    if (!text.isEmpty())
        path = writeFile(QByteArray(text).replace("{http}", origin.toUtf8()));
    QStringList arguments{u"check"_s, u"--from-curl"_s, path};
    for (const QString &argument : std::as_const(extra))
        arguments.append(QString(argument).replace(u"{http}"_s, origin));

    const CliRun run = StatusScope::Test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_FromCurl)
#include "tst_fromcurl.moc"
