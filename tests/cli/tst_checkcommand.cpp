// SPDX-License-Identifier: MIT
// `statusscope check`, run as a separate process against scripted servers in this process:
// every redirect rule, check and failure as a script sees it (--json and exit status).
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::ScriptedServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chains_data();
    void chains();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void curlHabitsWork();
    void documentShape();
    void secretsAreMaskedUnlessAsked();
    void urlPasswordIsNeverPrinted();
    void humanOutput();
    void hostileServersInText_data();
    void hostileServersInText();
    void severalUrlsAsJsonLines();
    void urlsFromAFile();
    void urlsWithoutScheme();
    void harFile();

private:
    Run check(QStringList arguments);
    QStringList expand(const QStringList &arguments) const;
    void routes();

    ScriptedServer *m_http = nullptr;
    ScriptedServer *m_other = nullptr;
    ScriptedServer *m_https = nullptr;
    quint16 m_closedPort = 0;
    int m_flakyCalls = 0;
};

void tst_CheckCommand::init()
{
    m_http = new ScriptedServer(this);
    m_other = new ScriptedServer(this);
    m_https = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    QVERIFY(m_other->listen());
    QVERIFY(m_https->listen(true));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_closedPort = closed.serverPort();
    m_flakyCalls = 0;
    routes();
}

void tst_CheckCommand::cleanup()
{
    delete m_http;
    delete m_other;
    delete m_https;
}

void tst_CheckCommand::routes()
{
    using S = ScriptedServer;
    const auto status = [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const int code = request.target.split('?').first().mid(3).toInt(); // "/s/404"
        socket->write(S::response(code, code == 200 ? "OK" : "", {}, "status body"));
    };
    for (ScriptedServer *server : {m_http, m_https, m_other}) {
        server->route("*", status);
        server->route("/echo", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
            socket->write(S::response(200, "OK", {{"Content-Type", "text/plain"}}, request.raw));
        });
    }
    for (int code : {301, 302, 303, 307, 308})
        m_http->route("/rd/" + QByteArray::number(code), S::redirect(code, "/echo"));
    m_http->route("/cross", S::redirect(302, m_other->url(u"/echo"_s).toEncoded()));
    m_https->route("/down", S::redirect(302, m_http->url(u"/echo"_s).toEncoded()));
    m_http->route("/noloc", S::response(302, "Found"));
    m_http->route("/final300", S::response(300, "Multiple Choices", {{"Location", "/echo"}}));
    m_http->route("/normalize", S::redirect(302, "\\echo"));
    m_http->route(
        "/creds",
        S::redirect(302, "http://user:hunter2@127.0.0.1:" + QByteArray::number(m_http->port()) + "/echo"));
    m_http->route("/ftp", S::redirect(302, "ftp://127.0.0.1/file"));
    m_http->route("/loop-a", S::redirect(302, "/loop-b"));
    m_http->route("/loop-b", S::redirect(302, "/loop-a"));
    m_http->route("/count", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const int n = request.target.split('=').value(1).toInt();
        socket->write(n <= 0 ? S::response(200, "OK")
                             : S::redirect(302, "/count?n=" + QByteArray::number(n - 1)));
    });
    m_http->route(
        "/103",
        "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"_ba,
        true);
    m_http->route("/odd-reason", S::response(200, "Splendid"));
    m_http->route("/drip", S::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    m_http->route("/retry", S::response(429, "Too Many Requests", {{"Retry-After", "5"}}));
    QByteArray deflated = qCompress(QByteArray(5000, 'a'));
    deflated.remove(0, 4);
    m_http->route("/gzip", S::response(200, "OK", {{"Content-Encoding", "deflate"}}, deflated));
    m_http->route("/flaky", [this](const ScriptedServer::Request &, QTcpSocket *socket) {
        if (m_flakyCalls++ == 0)
            socket->disconnectFromHost();
        else
            socket->write(S::response(200, "OK"));
    });
    m_http->route("/big", S::response(200, "OK", {}, QByteArray(100000, 'b')));
    m_http->route("/short", "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nabc"_ba, true);
    m_http->route("/silent", [](const ScriptedServer::Request &, QTcpSocket *) {});
    m_http->route("/garbage", "NOT HTTP AT ALL\r\n\r\n"_ba, true);
    // Hostile answers behind a first redirect (issue 8), for the sentences a terminal shows.
    m_http->route("/via", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        socket->write(S::redirect(302, request.target.mid(request.target.indexOf('=') + 1)));
    });
    m_http->route(
        "/spoof",
        "HTTP/1.1 200 OK\x1b[2J\x1b]0;owned\x07 \xe2\x80\xaetxt.exe\r\nContent-Length: 0\r\n\r\n"_ba);
    QByteArray manyFields = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 101; ++i)
        manyFields += "X-F" + QByteArray::number(i) + ": v\r\n";
    m_http->route("/many-fields", manyFields + "Content-Length: 0\r\n\r\n");
    m_http->route("/zero", "HTTP/1.1 0 Nothing\r\nContent-Length: 0\r\n\r\n"_ba);
}

QStringList tst_CheckCommand::expand(const QStringList &arguments) const
{
    QStringList result;
    for (QString argument : arguments) {
        argument.replace(u"{http}"_s, m_http->origin());
        argument.replace(u"{https}"_s, m_https->origin());
        argument.replace(u"{closed}"_s, u"http://127.0.0.1:%1"_s.arg(m_closedPort));
        result.append(argument);
    }
    return result;
}

Run tst_CheckCommand::check(QStringList arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), QStringList{u"check"_s} + expand(arguments));
    // The servers answer from this event loop, so wait with the loop running.
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_CheckCommand::chains_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("ending"); // stop reason or error kind
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("warning"); // a warning id some hop must carry

    const auto row = [](const char *name, QStringList arguments, int exitCode, const char *outcome,
                        const char *ending, int hops, const char *warning) {
        QTest::newRow(name) << arguments << exitCode << QString::fromLatin1(outcome)
                            << QString::fromLatin1(ending) << hops << QString::fromLatin1(warning);
    };
    row("plain 200", {u"{http}/s/200"_s}, 0, "complete", "", 1, "");
    row("method-changed", {u"-d"_s, u"a=1"_s, u"{http}/rd/302"_s}, 0, "complete", "", 2, "method-changed");
    row("body-dropped", {u"-d"_s, u"a=1"_s, u"{http}/rd/303"_s}, 0, "complete", "", 2, "body-dropped");
    row("307 keeps the method", {u"-d"_s, u"a=1"_s, u"{http}/rd/307"_s}, 0, "complete", "", 2, "");
    row("credentials-stripped", {u"-H"_s, u"Authorization: Bearer x"_s, u"{http}/cross"_s}, 0, "complete", "",
        2, "credentials-stripped");
    row("https-downgrade stops", {u"-k"_s, u"{https}/down"_s}, 1, "stopped", "https-downgrade", 1,
        "https-downgrade");
    row("https-downgrade allowed", {u"-k"_s, u"--allow-downgrade"_s, u"{https}/down"_s}, 0, "complete", "", 2,
        "https-downgrade");
    row("missing-location", {u"{http}/noloc"_s}, 0, "complete", "", 1, "missing-location");
    row("location-not-followed", {u"{http}/final300"_s}, 0, "complete", "", 1, "location-not-followed");
    row("location-normalized", {u"{http}/normalize"_s}, 0, "complete", "", 2, "location-normalized");
    row("location-credentials", {u"{http}/creds"_s}, 0, "complete", "", 2, "location-credentials");
    row("unsafe-redirect-scheme", {u"{http}/ftp"_s}, 1, "stopped", "unsafe-redirect-scheme", 1,
        "unsafe-redirect-scheme");
    row("redirect-loop", {u"{http}/loop-a"_s}, 1, "stopped", "redirect-loop", 2, "redirect-loop");
    row("redirect-limit", {u"--max-redirs"_s, u"2"_s, u"{http}/count?n=5"_s}, 1, "stopped", "redirect-limit",
        3, "redirect-limit");
    row("no-follow", {u"--no-follow"_s, u"{http}/rd/302"_s}, 0, "complete", "", 1, "");
    // curl's habits: -L is the default here, -I is HEAD.
    row("-L", {u"-L"_s, u"{http}/rd/302"_s}, 0, "complete", "", 2, "");
    row("-I --location", {u"-I"_s, u"--location"_s, u"{http}/rd/302"_s}, 0, "complete", "", 2, "");
    row("unknown-status", {u"{http}/s/432"_s}, 0, "complete", "", 1, "unknown-status");
    row("invalid-status", {u"{http}/s/999"_s}, 0, "complete", "", 1, "invalid-status");
    row("nonstandard-status", {u"{http}/s/499"_s}, 0, "complete", "", 1, "nonstandard-status");
    row("deprecated-status", {u"{http}/s/305"_s}, 0, "complete", "", 1, "deprecated-status");
    row("final-informational", {u"{http}/103"_s}, 0, "complete", "", 1, "final-informational");
    row("reason-mismatch", {u"{http}/odd-reason"_s}, 0, "complete", "", 1, "reason-mismatch");
    row("missing-www-authenticate", {u"{http}/s/401"_s}, 0, "complete", "", 1, "missing-www-authenticate");
    row("missing-proxy-authenticate", {u"{http}/s/407"_s}, 0, "complete", "", 1,
        "missing-proxy-authenticate");
    row("missing-allow", {u"{http}/s/405"_s}, 0, "complete", "", 1, "missing-allow");
    row("missing-content-range", {u"{http}/s/416"_s}, 0, "complete", "", 1, "missing-content-range");
    row("missing-upgrade", {u"{http}/s/426"_s}, 0, "complete", "", 1, "missing-upgrade");
    row("retry-after", {u"{http}/retry"_s}, 0, "complete", "", 1, "retry-after");
    row("tls-errors-ignored", {u"-k"_s, u"{https}/s/200"_s}, 0, "complete", "", 1, "tls-errors-ignored");
    row("decoded-body", {u"{http}/gzip"_s}, 0, "complete", "", 1, "decoded-body");
    row("request-resent", {u"{http}/flaky"_s}, 0, "complete", "", 1, "request-resent");
    row("body-limit", {u"--max-body"_s, u"1000"_s, u"{http}/big"_s}, 1, "stopped", "body-limit", 1,
        "body-truncated");
    row("remote-closed", {u"{http}/short"_s}, 1, "error", "remote-closed", 1, "body-truncated");
    row("timeout", {u"--timeout"_s, u"0.3"_s, u"{http}/silent"_s}, 1, "error", "timeout", 1, "");
    row("max-time", {u"--max-time"_s, u"0.3"_s, u"{http}/silent"_s}, 1, "error", "timeout", 1, "");
    row("speed-limit", {u"--speed-limit"_s, u"200"_s, u"--speed-time"_s, u"0.5"_s, u"{http}/drip"_s}, 1,
        "error", "timeout", 1, "");
    row("connection-refused", {u"{closed}/"_s}, 1, "error", "connection-refused", 1, "");
    row("invalid-response", {u"{http}/garbage"_s}, 1, "error", "invalid-response", 1, "");
    row("tls", {u"{https}/s/200"_s}, 1, "error", "tls", 1, "");
    row("--fail on 404", {u"--fail"_s, u"{http}/s/404"_s}, 4, "complete", "", 1, "");
    row("--fail on 503", {u"--fail"_s, u"{http}/s/503"_s}, 5, "complete", "", 1, "");
    row("404 without --fail", {u"{http}/s/404"_s}, 0, "complete", "", 1, "");
}

void tst_CheckCommand::chains()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(QString, ending);
    QFETCH(int, hops);
    QFETCH(QString, warning);

    const Run run = check(QStringList{u"--json"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(document.value(u"outcome"_s).toString(), outcome);
    const QJsonArray hopArray = document.value(u"hops"_s).toArray();
    QCOMPARE(hopArray.size(), hops);
    if (outcome == u"stopped"_s)
        QCOMPARE(document.value(u"stop"_s).toObject().value(u"reason"_s).toString(), ending);
    if (outcome == u"error"_s) {
        QCOMPARE(document.value(u"error"_s).toObject().value(u"kind"_s).toString(), ending);
        QVERIFY(!document.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    if (outcome == u"complete"_s) {
        QVERIFY(document.value(u"stop"_s).isNull());
        QVERIFY(document.value(u"error"_s).isNull());
    }
    if (!warning.isEmpty()) {
        bool found = false;
        for (const QJsonValue &hop : hopArray) {
            for (const QJsonValue &w : hop.toObject().value(u"warnings"_s).toArray())
                found = found || w.toObject().value(u"id"_s).toString() == warning;
        }
        QVERIFY2(found, run.out.constData());
    }
}

void tst_CheckCommand::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("CR LF in a header")
        << QStringList{u"-H"_s, u"X-Test: a\r\nInjected: yes"_s, u"{http}/echo"_s} << u"X-Test"_s;
    QTest::newRow("space in a header name")
        << QStringList{u"-H"_s, u"Bad Name: x"_s, u"{http}/echo"_s} << u"space"_s;
    QTest::newRow("not a header") << QStringList{u"-H"_s, u"nocolon"_s, u"{http}/echo"_s} << u"Name: value"_s;
    QTest::newRow("ftp URL") << QStringList{u"ftp://127.0.0.1/x"_s} << u"“ftp:”"_s;
    QTest::newRow("space in the host")
        << QStringList{u"http://exa mple.com/"_s} << u"The host name “exa mple.com” contains a space."_s;
    QTest::newRow("port out of range") << QStringList{u"localhost:99999/x"_s}
                                       << u"localhost:99999/x: The port 99999 is not between 1 and 65535."_s;
    QTest::newRow("one bad URL of two") << QStringList{u"{http}/echo"_s, u"mailto:a@b"_s} << u"mailto"_s;
    QTest::newRow("unreadable body file")
        << QStringList{u"-d"_s, u"@/nonexistent/body"_s, u"{http}/echo"_s} << u"cannot be read"_s;
    QTest::newRow("bad method") << QStringList{u"-X"_s, u"GE T"_s, u"{http}/echo"_s} << u"method"_s;
    QTest::newRow("negative redirects")
        << QStringList{u"--max-redirs"_s, u"-1"_s, u"{http}/echo"_s} << u"--max-redirs"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"{http}/echo"_s}
                                 << u"--timeout"_s;
    QTest::newRow("bad speed limit") << QStringList{u"--speed-limit"_s, u"0"_s, u"{http}/echo"_s}
                                     << u"--speed-limit"_s;
    QTest::newRow("bad speed time") << QStringList{u"--speed-time"_s, u"-3"_s, u"{http}/echo"_s}
                                    << u"--speed-time"_s;
    QTest::newRow("no URL") << QStringList{} << u"Give a URL"_s;
    QTest::newRow("-I with a body") << QStringList{u"-I"_s, u"-d"_s, u"a=1"_s, u"{http}/echo"_s}
                                    << u"-I sends HEAD, which carries no body"_s;
    QTest::newRow("-I with another method")
        << QStringList{u"-I"_s, u"-X"_s, u"PUT"_s, u"{http}/echo"_s} << u"-X asks for PUT"_s;
    QTest::newRow("-L and --no-follow")
        << QStringList{u"-L"_s, u"--no-follow"_s, u"{http}/echo"_s} << u"give one of them"_s;
}

void tst_CheckCommand::badInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run text = check(arguments);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(QString::fromUtf8(text.err).contains(message), text.err.constData());
    const Run json = check(QStringList{u"--json"_s} + arguments);
    QCOMPARE(json.exitCode, 2);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(u"outcome"_s).toString(), u"error"_s);
    QCOMPARE(document.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"invalid-input"_s);
    QCOMPARE(document.value(u"hops"_s).toArray().size(), 0);
    QCOMPARE(m_http->requests().size(), 0);
    QCOMPARE(m_http->connectionCount(), 0);
}

// -I and -L as curl users type them: HEAD on every hop, redirects followed (the default).
void tst_CheckCommand::curlHabitsWork()
{
    const Run run = check({u"-I"_s, u"-L"_s, u"{http}/rd/302"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(m_http->requests().size() >= 2);
    for (const ScriptedServer::Request &request : m_http->requests())
        QCOMPARE(request.method, QByteArray("HEAD"));
    QVERIFY2(run.out.contains("→ HEAD"), run.out.constData());
}

void tst_CheckCommand::documentShape()
{
    const Run run = check({u"--json"_s, u"-d"_s, u"abc"_s, u"{http}/rd/302#part"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!document.value(u"version"_s).toString().isEmpty());
    QCOMPARE(document.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(document.value(u"final_url"_s).toString(), m_http->origin() + u"/echo#part"_s);
    const QJsonObject first = document.value(u"hops"_s).toArray().at(0).toObject();
    const QJsonObject second = document.value(u"hops"_s).toArray().at(1).toObject();
    QCOMPARE(first.value(u"index"_s).toInt(), 0);
    QCOMPARE(first.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(first.value(u"url"_s).toString(), m_http->origin() + u"/rd/302"_s);
    QCOMPARE(first.value(u"request_body_bytes"_s).toInt(), 3);
    QCOMPARE(first.value(u"status"_s).toInt(), 302);
    QCOMPARE(first.value(u"reason"_s).toString(), u"Found"_s);
    QCOMPARE(first.value(u"protocol"_s).toString(), u"HTTP/1.x"_s);
    QCOMPARE(first.value(u"location"_s).toString(), m_http->origin() + u"/echo#part"_s);
    QCOMPARE(first.value(u"headers"_s).toArray().at(0).toArray().at(0).toString(), u"Location"_s);
    const QJsonObject meaning = first.value(u"meaning"_s).toArray().at(0).toObject();
    QCOMPARE(meaning.value(u"code"_s).toInt(), 302);
    QCOMPARE(meaning.value(u"class"_s).toString(), u"3xx"_s);
    QCOMPARE(meaning.value(u"origin"_s).toString(), u"standard"_s);
    QCOMPARE(meaning.value(u"fallback"_s).toBool(), false);
    const QJsonObject warning = first.value(u"warnings"_s).toArray().at(0).toObject();
    QCOMPARE(warning.value(u"id"_s).toString(), u"method-changed"_s);
    QCOMPARE(warning.value(u"severity"_s).toString(), u"info"_s);
    QCOMPARE(warning.value(u"message"_s).toString(), u"POST became GET because of 302."_s);
    QCOMPARE(warning.value(u"spec"_s).toString(), u"RFC 9110 §15.4.3"_s);
    const QJsonObject timings = first.value(u"timings_ms"_s).toObject();
    for (const QString &key : {u"connect"_s, u"tls"_s, u"sent"_s, u"headers"_s, u"done"_s})
        QVERIFY2(timings.contains(key), qPrintable(key));
    QVERIFY(timings.value(u"tls"_s).isNull()); // plain http has no TLS phase
    QVERIFY(timings.value(u"done"_s).toDouble() > 0);
    QCOMPARE(second.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(second.value(u"request_body_bytes"_s).toInt(), 0);
    QVERIFY(second.value(u"location"_s).isNull());
    // The fields the document shares with the history record (formats/chaindocument.h); the
    // body bytes themselves stay in the history.
    QVERIFY(QDateTime::fromString(document.value(u"started_at"_s).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(document.value(u"request"_s).toObject().value(u"has_body"_s).toBool(), true);
    QVERIFY(document.value(u"request"_s).toObject().value(u"options"_s).toObject().contains(u"follow"_s));
    QVERIFY(!document.value(u"request"_s).toObject().contains(u"body"_s));
    QVERIFY(second.value(u"start_ms"_s).toDouble() > first.value(u"start_ms"_s).toDouble());
    QCOMPARE(first.value(u"request_has_body"_s).toBool(), true);
    QCOMPARE(first.value(u"location_raw"_s).toString(), u"/echo"_s);
    QCOMPARE(meaning.value(u"code_text"_s).toString(), u"302"_s);
    QVERIFY(!first.contains(u"body_preview"_s));

    // A hop with no response has a null status.
    const Run refused = check({u"--json"_s, u"{closed}/"_s});
    const QJsonObject hop
        = QJsonDocument::fromJson(refused.out).object().value(u"hops"_s).toArray().at(0).toObject();
    QVERIFY(hop.value(u"status"_s).isNull());
    QVERIFY(QJsonDocument::fromJson(refused.out).object().value(u"final_url"_s).isNull());
}

void tst_CheckCommand::secretsAreMaskedUnlessAsked()
{
    const QStringList arguments{
        u"--json"_s,     u"-H"_s, u"Authorization: Bearer topsecret"_s, u"-H"_s, u"Cookie: sid=abc123"_s,
        u"{http}/echo"_s};
    const Run masked = check(arguments);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY(!masked.out.contains("topsecret"));
    QVERIFY(!masked.out.contains("abc123\"")); // the echoed body still holds it; the header fields do not
    const QJsonArray headers = QJsonDocument::fromJson(masked.out)
                                   .object()
                                   .value(u"hops"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"request_headers"_s)
                                   .toArray();
    QCOMPARE(headers.at(0).toArray().at(1).toString(), u"Bearer ••••"_s);
    QCOMPARE(headers.at(1).toArray().at(1).toString(), u"sid=••••"_s);
    // The server did get the real values.
    QCOMPARE(m_http->requests().first().header("Authorization"), "Bearer topsecret");

    const Run shown = check(QStringList{u"--show-secrets"_s} + arguments);
    QVERIFY(shown.out.contains("Bearer topsecret"));
}

// The terminal's output and its errors end up in logs: a URL's password never reaches them, on
// any path (a refused URL given as an argument, one read from a list, a chain that never started,
// a chain that ran).
void tst_CheckCommand::urlPasswordIsNeverPrinted()
{
    QTemporaryFile list;
    QVERIFY(list.open());
    list.write("ftp://ann:hunter22@host/\nhttp://ann:hunter22@[bad/\n");
    list.close();
    const QList<QStringList> runs{
        {u"ftp://ann:hunter22@host/"_s},
        {u"--input"_s, list.fileName()},
        {u"--json"_s, u"--input"_s, list.fileName()},
        {u"http://ann:hunter22@127.0.0.1:%1/echo"_s.arg(m_http->port())},
        {u"--json"_s, u"http://ann:hunter22@127.0.0.1:%1/echo"_s.arg(m_http->port())},
        {u"http://ann:hunter22@[bad/"_s},
        {u"--json"_s, u"http://ann:hunter22@exa mple.com/"_s}};
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run run = check(runs.at(i));
        QVERIFY2(!run.out.contains("hunter22") && !run.err.contains("hunter22"),
                 qPrintable(runs.at(i).join(u' ') + u"\n"_s + QString::fromUtf8(run.out + run.err)));
        // A refused URL is still named, with its user name, so the line can be found.
        if (i < 3)
            QVERIFY2(run.err.contains("ann:••••@"), qPrintable(QString::fromUtf8(run.err)));
    }
}

void tst_CheckCommand::humanOutput()
{
    const Run run = check({u"-d"_s, u"a=1"_s, u"{http}/rd/302"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"→ POST "_s + m_http->origin() + u"/rd/302"_s), qPrintable(text));
    QVERIFY2(text.contains(u"← 302 Found · 3xx · standard · RFC 9110 §15.4.3"_s), qPrintable(text));
    QVERIFY(text.contains(u"The resource is temporarily elsewhere"_s));
    QVERIFY(text.contains(u"i method-changed: POST became GET because of 302."_s));
    QVERIFY(text.contains(u"→ GET "_s + m_http->origin() + u"/echo"_s));
    QVERIFY(text.contains(u"= 2 hops, "_s));
    QVERIFY(text.contains(u"final 200 OK, complete"_s));
    QVERIFY(!text.contains(u'\x1b')); // no colour when not on a terminal

    const Run stopped = check({u"{http}/loop-a"_s});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY(QString::fromUtf8(stopped.out).contains(u"stopped: Redirect loop"_s));
}

void tst_CheckCommand::hostileServersInText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("control characters and an override in the reason")
        << u"/spoof"_s << 0 << u"200 OK\\x1B[2J\\x1B]0;owned\\x07 \\u202Etxt.exe"_s;
    QTest::newRow("header section Qt cannot read")
        << u"/many-fields"_s << 1 << u"Hop 2 sent headers Qt 6.4 cannot read; gave up after 0.5 s."_s;
    QTest::newRow("status 0") << u"/zero"_s << 0 << u"invalid-status: 0 is outside 100–599"_s;
    QTest::newRow("garbage") << u"/garbage"_s << 1 << u"gave no valid HTTP response"_s;
    QTest::newRow("body cut short") << u"/short"_s << 1
                                    << u"in the middle of the body of hop 2, after 3 bytes"_s;
    QTest::newRow("silence") << u"/silent"_s << 1 << u"Timed out: hop 2 made no progress for 0.5 s."_s;
}

void tst_CheckCommand::hostileServersInText()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const Run run = check({u"--timeout"_s, u"0.5"_s, u"{http}/via?to="_s + path});
    QCOMPARE(run.exitCode, exitCode);
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(sentence), qPrintable(text));
    // The first hop is printed whatever happened after it.
    QVERIFY2(text.contains(u"← 302 Found"_s), qPrintable(text));
    // Nothing the server sent can steer the terminal or reorder the line.
    QVERIFY(!run.out.contains('\x1b') && !run.err.contains('\x1b'));
    QVERIFY(!run.out.contains('\x07'));
    QVERIFY(!text.contains(QChar(0x202e)));
}

void tst_CheckCommand::severalUrlsAsJsonLines()
{
    const Run run = check(
        {u"--json"_s, u"--parallel"_s, u"2"_s, u"{http}/s/200"_s, u"{http}/s/404"_s, u"{http}/rd/301"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QSet<int> finals;
    for (const QByteArray &line : lines) {
        const QJsonObject document = QJsonDocument::fromJson(line).object();
        QCOMPARE(document.value(u"outcome"_s).toString(), u"complete"_s);
        finals.insert(document.value(u"hops"_s).toArray().last().toObject().value(u"status"_s).toInt());
    }
    QCOMPARE(finals, (QSet<int>{200, 404}));
    const Run failing = check({u"--json"_s, u"{http}/s/200"_s, u"{http}/loop-a"_s});
    QCOMPARE(failing.exitCode, 1);
}

void tst_CheckCommand::urlsFromAFile()
{
    QTemporaryFile list;
    QVERIFY(list.open());
    list.write(expand({u"{http}/s/200"_s}).first().toUtf8() + "\n# a comment\n\n"
               + expand({u"{http}/s/204"_s}).first().toUtf8() + "\n");
    list.close();
    const Run run = check({u"--json"_s, u"--input"_s, list.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split('\n').size(), 2);
    QCOMPARE(m_http->requests().size(), 2);
}

// As in curl: "127.0.0.1:8418/x" is http://127.0.0.1:8418/x, not the scheme "127.0.0.1" (QUrl's
// reading), given as an argument or as a line of a list.
void tst_CheckCommand::urlsWithoutScheme()
{
    const QString typed = u"127.0.0.1:%1/s/200"_s.arg(m_http->port());
    const Run run = check({u"--json"_s, typed});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"final_url"_s).toString(),
             m_http->origin() + u"/s/200"_s);
    QCOMPARE(m_http->requests().size(), 1);

    QTemporaryFile list;
    QVERIFY(list.open());
    list.write(u"localhost:%1/s/204\nlocalhost:99999/x\n"_s.arg(m_http->port()).toUtf8());
    list.close();
    const Run lines = check({u"--input"_s, list.fileName()});
    QCOMPARE(lines.exitCode, 1);
    QCOMPARE(m_http->requests().size(), 2);
    QVERIFY2(
        lines.err.contains("line 2 (http://localhost:99999/x): The port 99999 is not between 1 and 65535."),
        lines.err.constData());
}

void tst_CheckCommand::harFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chain.har"_s);
    const Run run = check({u"--har"_s, path, u"-H"_s, u"Authorization: Bearer secret"_s, u"{http}/rd/302"_s});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(u"log"_s)
                                   .toObject()
                                   .value(u"entries"_s)
                                   .toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonArray sent
        = entries.at(0).toObject().value(u"request"_s).toObject().value(u"headers"_s).toArray();
    QCOMPARE(sent.at(0).toObject().value(u"value"_s).toString(), u"Bearer ••••"_s); // masked in the export
    QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 302);

    const Run bad = check({u"--har"_s, u"/nonexistent-dir/x.har"_s, u"{http}/s/200"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(QString::fromUtf8(bad.err).contains(u"cannot be written"_s));
    QCOMPARE(m_http->requestsTo("/s/200").size(), 0); // nothing was sent
}

QTEST_GUILESS_MAIN(tst_CheckCommand)
#include "tst_checkcommand.moc"
