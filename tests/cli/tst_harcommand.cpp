// SPDX-License-Identifier: MIT
// `statusscope har FILE` through the real binary: a chain checked live against a scripted server,
// written with check --har and read back by `har`, is explained with the same lines as check gave
// (timings aside) and the same JSON fields plus "source": "har"; --har OUT writes HAR 1.2 again
// with credentials masked unless --show-secrets; a file that is not HAR is refused with exit 2.
#include "clirun.h"
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

class tst_HarCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textAsCheckGaveIt();
    void jsonLinesAsCheckGaveThem();
    void harOutMasksCredentials();
    void standardInput();
    void dataFilesRoundTrip_data();
    void dataFilesRoundTrip();
    void skippedEntriesNamed();
    void notHarRefused_data();
    void notHarRefused();
    void help();

private:
    QString checkedHar(QByteArray *checkText = nullptr);
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QByteArray withoutTimings(const QByteArray &text);

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_folder;
};

void tst_HarCommand::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/start", ScriptedServer::redirect(302, "/end"));
    m_server->route("/end", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "done"));
    m_server->route("/gone", ScriptedServer::response(404, "Not Found", {}, "no"));
}

void tst_HarCommand::cleanup()
{
    delete m_server;
}

QString tst_HarCommand::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Two chains checked live (a redirect, then a 404), written as HAR by check itself.
QString tst_HarCommand::checkedHar(QByteArray *checkText)
{
    const QString path = m_folder.filePath(u"checked.har"_s);
    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"--parallel"_s, u"1"_s, u"--har"_s, path, u"-H"_s,
                                     u"Authorization: Bearer sekrit-token"_s,
                                     m_server->origin() + u"/start"_s, m_server->origin() + u"/gone"_s});
    if (run.exitCode != 0)
        qWarning("check: exit %d: %s", run.exitCode, run.err.constData());
    if (checkText)
        *checkText = run.out;
    return run.exitCode == 0 ? path : QString();
}

// The timing line of each hop and the summary (which gives the total) differ between a live chain
// and one read from HAR, whose timings are rounded and spread over HAR's phases.
QByteArray tst_HarCommand::withoutTimings(const QByteArray &text)
{
    QByteArrayList kept;
    for (const QByteArray &line : text.split('\n')) {
        if (line.contains(" ms") && (line.startsWith("  ") || line.startsWith("= ")))
            continue;
        kept.append(line);
    }
    return kept.join('\n').trimmed();
}

void tst_HarCommand::textAsCheckGaveIt()
{
    QByteArray checkText;
    const QString har = checkedHar(&checkText);
    QVERIFY(!har.isEmpty());
    const CliRun run = StatusScope::Test::runCli({u"har"_s, har});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(withoutTimings(run.out), withoutTimings(checkText));
    QVERIFY2(run.out.startsWith("\n→ GET ") && checkText.startsWith("\n→ GET "), run.out.constData());
    QVERIFY2(run.out.contains("= 2 hops"), run.out.constData());
    QVERIFY2(run.out.contains("← 404 Not Found"), run.out.constData());
}

void tst_HarCommand::jsonLinesAsCheckGaveThem()
{
    const QString har = checkedHar();
    QVERIFY(!har.isEmpty());
    const CliRun check
        = StatusScope::Test::runCli({u"check"_s, u"--json"_s, u"--parallel"_s, u"1"_s,
                                     m_server->origin() + u"/start"_s, m_server->origin() + u"/gone"_s});
    QCOMPARE(check.exitCode, 0);
    const CliRun run = StatusScope::Test::runCli({u"har"_s, u"--json"_s, har});
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList lines = run.out.trimmed().split('\n');
    const QByteArrayList checkLines = check.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(checkLines.size(), 2);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject chain = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject live = QJsonDocument::fromJson(checkLines.at(i)).object();
        QCOMPARE(chain.value(u"source"_s).toString(), u"har"_s);
        QStringList keys = chain.keys();
        keys.removeOne(u"source"_s);
        QCOMPARE(keys, live.keys());
        QCOMPARE(chain.value(u"outcome"_s), live.value(u"outcome"_s));
        QCOMPARE(chain.value(u"final_url"_s), live.value(u"final_url"_s));
        const QJsonArray hops = chain.value(u"hops"_s).toArray();
        const QJsonArray liveHops = live.value(u"hops"_s).toArray();
        QCOMPARE(hops.size(), liveHops.size());
        for (qsizetype h = 0; h < hops.size(); ++h) {
            QCOMPARE(hops.at(h).toObject().value(u"status"_s), liveHops.at(h).toObject().value(u"status"_s));
            QCOMPARE(hops.at(h).toObject().value(u"warnings"_s),
                     liveHops.at(h).toObject().value(u"warnings"_s));
        }
    }
    // The credential check --har masked stays masked.
    QVERIFY(!run.out.contains("sekrit-token"));
}

void tst_HarCommand::harOutMasksCredentials()
{
    // A capture that kept its credentials, as a browser's export with them does.
    const QString plainHar = m_folder.filePath(u"plain.har"_s);
    const CliRun check = StatusScope::Test::runCli({u"check"_s, u"--show-secrets"_s, u"--har"_s, plainHar,
                                                    u"-H"_s, u"Authorization: Bearer sekrit-token"_s,
                                                    m_server->origin() + u"/start"_s});
    QCOMPARE(check.exitCode, 0);

    const QString out = m_folder.filePath(u"out.har"_s);
    const CliRun masked = StatusScope::Test::runCli({u"har"_s, plainHar, u"--har"_s, out});
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.out.contains("→ GET"), masked.out.constData()); // the report still printed
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QJsonObject log = QJsonDocument::fromJson(written).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"entries"_s).toArray().size(), 2);
    QVERIFY(!written.contains("sekrit-token"));
    QVERIFY(written.contains("Bearer \\u2022\\u2022\\u2022\\u2022") || written.contains("Bearer ••••"));

    // --show-secrets keeps them, and --har - is the output instead of the report.
    const CliRun plain
        = StatusScope::Test::runCli({u"har"_s, plainHar, u"--show-secrets"_s, u"--har"_s, u"-"_s});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("sekrit-token"));
    QCOMPARE(QJsonDocument::fromJson(plain.out)
                 .object()
                 .value(u"log"_s)
                 .toObject()
                 .value(u"entries"_s)
                 .toArray()
                 .size(),
             2);
}

void tst_HarCommand::standardInput()
{
    const QString har = checkedHar();
    QVERIFY(!har.isEmpty());
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.start(QStringLiteral(STATUSSCOPE_BINARY), {u"har"_s, u"--json"_s, u"-"_s});
    QVERIFY(process.waitForStarted());
    process.write(file.readAll());
    process.closeWriteChannel();
    const CliRun run = StatusScope::Test::finishCli(process);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split('\n').size(), 2);
}

// The window's round trip on the command line: what `har F --har OUT` writes reads back as the
// same chains, field for field in the JSON.
void tst_HarCommand::dataFilesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {u"/har"_s, u"/corpus/har"_s}) {
        const QDir dir(QStringLiteral(STATUSSCOPE_TEST_DATA) + folder);
        for (const QString &name : dir.entryList({u"*.har"_s}, QDir::Files, QDir::Name)) {
            if (name != u"broken.har"_s)
                QTest::newRow(qPrintable(folder.mid(1) + u'/' + name)) << dir.filePath(name);
        }
    }
}

void tst_HarCommand::dataFilesRoundTrip()
{
    QFETCH(QString, path);
    const QString out = m_folder.filePath(u"roundtrip.har"_s);
    const CliRun written = StatusScope::Test::runCli({u"har"_s, path, u"--show-secrets"_s, u"--har"_s, out});
    QCOMPARE(written.exitCode, 0);
    const CliRun first = StatusScope::Test::runCli({u"har"_s, u"--json"_s, u"--show-secrets"_s, path});
    const CliRun second = StatusScope::Test::runCli({u"har"_s, u"--json"_s, u"--show-secrets"_s, out});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(!first.out.isEmpty());
    QCOMPARE(second.out, first.out);
}

void tst_HarCommand::skippedEntriesNamed()
{
    // An entry without a usable URL is named on standard error; the others are still explained.
    const QString path = writeFile(u"partly.har"_s, R"({"log": {"version": "1.2", "entries": [
        {"startedDateTime": "2026-11-04T10:00:00.000Z", "time": 1,
         "request": {"method": "GET", "url": "not a url", "httpVersion": "HTTP/1.1", "headers": []},
         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [],
                      "content": {"size": 0, "mimeType": "x-unknown"}}, "timings": {}},
        {"startedDateTime": "2026-11-04T10:00:01.000Z", "time": 1,
         "request": {"method": "GET", "url": "https://example.com/ok", "httpVersion": "HTTP/1.0", "headers": []},
         "response": {"status": 204, "statusText": "No Content", "httpVersion": "HTTP/1.0", "headers": [],
                      "content": {"size": 0, "mimeType": "x-unknown"}}, "timings": {}},
        {"startedDateTime": "2026-11-04T10:00:02.000Z", "time": 0,
         "request": {"method": "GET", "url": "data:image/png;base64,iVBORw0KGgo=", "httpVersion": "", "headers": []},
         "response": {"status": 200, "statusText": "OK", "httpVersion": "", "headers": [],
                      "content": {"size": 8, "mimeType": "image/png"}}, "timings": {}},
        {"startedDateTime": "2026-11-04T10:00:02.000Z", "time": 0,
         "request": {"method": "GET", "url": "blob:https://example.com/5e1c", "httpVersion": "", "headers": []},
         "response": {"status": 200, "statusText": "OK", "httpVersion": "", "headers": [],
                      "content": {"size": 8, "mimeType": "image/png"}}, "timings": {}},
        {"startedDateTime": "2026-11-04T10:00:02.000Z", "time": 0,
         "request": {"method": "GET", "url": "DATA:text/plain,hi", "httpVersion": "", "headers": []},
         "response": {"status": 200, "statusText": "OK", "httpVersion": "", "headers": [],
                      "content": {"size": 2, "mimeType": "text/plain"}}, "timings": {}}]}})");
    const CliRun run = StatusScope::Test::runCli({u"har"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("statusscope har: Entry 1: no usable request URL."), run.err.constData());
    // What the browser recorded without a request on the network is told by scheme, once each.
    QVERIFY2(run.err.contains("2 entries with a data: URL skipped: they are not requests on the network "
                              "(entries 3, 5)."),
             run.err.constData());
    QVERIFY2(
        run.err.contains("1 entry with a blob: URL skipped: it is not a request on the network (entry 4)."),
        run.err.constData());
    QVERIFY2(run.out.contains("→ GET https://example.com/ok"), run.out.constData());
    QVERIFY2(run.out.contains("= 1 hop"), run.out.constData());
}

void tst_HarCommand::notHarRefused_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("JSON without log.entries")
        << QByteArray(R"({"log": {"version": "1.2"}})") << QByteArray("not a HAR file");
    QTest::newRow("not JSON") << QByteArray("# StatusScope\nplain text\n") << QByteArray("not valid JSON");
    QTest::newRow("cut short") << QByteArray(R"({"log": {"entries": [{"request": )")
                               << QByteArray("not valid JSON");
    QTest::newRow("missing") << QByteArray() << QByteArray("cannot be read as a HAR file");
}

void tst_HarCommand::notHarRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, message);
    const QString path
        = content.isEmpty() ? m_folder.filePath(u"absent.har"_s) : writeFile(u"bad.har"_s, content);
    const QString out = m_folder.filePath(u"never.har"_s);
    const CliRun run = StatusScope::Test::runCli({u"har"_s, path, u"--har"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY2(run.err.startsWith("statusscope har: "), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(out)); // nothing half-written
}

void tst_HarCommand::help()
{
    const CliRun general = StatusScope::Test::runCli({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    QVERIFY2(general.out.contains("har FILE [--json] [--har OUT] [--show-secrets]"), general.out.constData());
    const CliRun own = StatusScope::Test::runCli({u"har"_s, u"--help"_s});
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.out.contains("Usage: statusscope har"), own.out.constData());
    QVERIFY(own.out.contains("--har <OUT>"));
    QVERIFY(own.out.contains("--show-secrets"));
    const CliRun none = StatusScope::Test::runCli({u"har"_s});
    QCOMPARE(none.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_HarCommand)
#include "tst_harcommand.moc"
