// SPDX-License-Identifier: MIT
// `statusscope audit` through the real binary (app/cli/auditcommand.h): a redirect map against a
// scripted server where every problem id appears, httpbin's redirects, lists and sitemaps from
// files, gzip, URLs and standard input, the three formats, -o, the exit statuses, and Ctrl+C.
#include "clirun.h"
#include "peerserver.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::runCli;
using StatusScope::Test::ScriptedServer;

class tst_AuditCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mapWithEveryProblem();
    void httpbinRedirectToAndStatus();
    void listFromFileMatchesAndExitsZero();
    void listFromStandardInput();
    void sitemapFromFile();
    void sitemapGzip();
    void sitemapFromUrl();
    void sitemapUrlThatFailsIsBadInput();
    void sitemapUrlGoesThroughTheProxy();
    void listGzipAndMapFromUrl();
    void csvFormat();
    void tableFormat();
    void outputFile();
    void outputFileNamedCsvIsCsv();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void onlyGetOrHeadIsSent();
    void interruptPrintsTheSummary();
    void interruptKeepsTheOutputFileValid();
    void unwritableOutputStopsTheRun();
    void helpListsTheCommand();
    void secretsMaskedUnlessShown();
    void sitemapUrlOnAPinnedNameWithCookie();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray url(const QString &path) const { return m_http->url(path).toEncoded(); }
    static QList<QJsonObject> jsonLines(const QByteArray &out);
    static QStringList strings(const QJsonValue &array);
    QProcess *startAudit(const QStringList &arguments);

    ScriptedServer *m_http = nullptr;
    ScriptedServer *m_https = nullptr;
    QTemporaryDir *m_dir = nullptr;
    StatusScope::Test::HttpbinServer m_httpbin;
    bool m_httpbinUp = false;
    QString m_httpbinWhy;
};

void tst_AuditCommand::initTestCase()
{
    m_httpbinUp = m_httpbin.start(&m_httpbinWhy);
}

void tst_AuditCommand::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_http = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    m_https = new ScriptedServer(this);
    QVERIFY(m_https->listen(true));
    m_http->route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
    m_http->route("/moved", ScriptedServer::redirect(301, "/ok"));
    m_http->route("/temp", ScriptedServer::redirect(302, "/ok"));
    m_http->route("/wrong", ScriptedServer::redirect(301, "/elsewhere"));
    m_http->route("/elsewhere", ScriptedServer::response(200, "OK", {}, "not here"));
    m_http->route("/gone", ScriptedServer::redirect(301, "/missing"));
    m_http->route("/missing", ScriptedServer::response(404, "Not Found", {}, "no"));
    m_http->route("/long", ScriptedServer::redirect(301, "/long2"));
    m_http->route("/long2", ScriptedServer::redirect(301, "/ok"));
    m_http->route("/loop", ScriptedServer::redirect(301, "/loop2"));
    m_http->route("/loop2", ScriptedServer::redirect(301, "/loop"));
    // Never answered: a chain still running when Ctrl+C comes.
    m_http->route("/hang", [](const ScriptedServer::Request &, QTcpSocket *) {});
    m_https->route("/down", ScriptedServer::redirect(301, url(u"/ok"_s)));
}

void tst_AuditCommand::cleanup()
{
    delete m_http;
    delete m_https;
    delete m_dir;
}

QString tst_AuditCommand::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

QList<QJsonObject> tst_AuditCommand::jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {}; // every line must be an object
        objects.append(document.object());
    }
    return objects;
}

QStringList tst_AuditCommand::strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

QProcess *tst_AuditCommand::startAudit(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process->start(QStringLiteral(STATUSSCOPE_BINARY), QStringList{u"audit"_s} + arguments);
    return process;
}

// One map, every problem id in the row it belongs to, the rows in the file's order with their
// line numbers, and a summary that counts them.
void tst_AuditCommand::mapWithEveryProblem()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QByteArray refused = "http://127.0.0.1:" + QByteArray::number(closed.serverPort()) + "/x";
    closed.close();

    const QByteArray ok = url(u"/ok"_s);
    const QByteArray map = "source,expected_target,expected_status\n" + url(u"/ok"_s) + "," + ok
        + ",\n" // 2: matched, no redirect
        + url(u"/moved"_s) + ",/ok,301\n" // 3: matched, relative target
        + url(u"/temp"_s) + "," + ok + ",301\n" // 4: status-mismatch
        + url(u"/wrong"_s) + "," + ok + ",301\n" // 5: target-mismatch
        + url(u"/gone"_s) + "," + url(u"/missing"_s) + ",301\n" // 6: final-not-ok
        + url(u"/long"_s) + "," + ok + ",301\n" // 7: chain-too-long
        + url(u"/loop"_s) + "," + ok + ",301\n" // 8: redirect-loop
        + m_https->url(u"/down"_s).toEncoded() + "," + ok + ",301\n" // 9: https-downgrade
        + refused + "," + ok + ",301\n" // 10: error
        + url(u"/ok"_s) + "," + ok + ",three hundred\n"; // 11: invalid-input
    const QString path = writeFile(u"map.csv"_s, map);

    const CliRun run = runCli({u"audit"_s, u"-k"_s, u"--format"_s, u"jsonl"_s, path}, 60000);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 11); // ten sources and the summary
    for (qsizetype i = 0; i < 10; ++i)
        QCOMPARE(rows.at(i).value(u"line"_s).toInt(), int(i) + 2);

    QVERIFY2(strings(rows.at(0).value(u"problems"_s)).isEmpty(),
             qPrintable(strings(rows.at(0).value(u"problems"_s)).join(u' ')));
    QCOMPARE(rows.at(0).value(u"match"_s).toBool(), true);
    QVERIFY(strings(rows.at(1).value(u"problems"_s)).isEmpty());
    QCOMPARE(rows.at(1).value(u"chain"_s).toArray(), (QJsonArray{301, 200}));

    const QList<std::pair<int, QString>> expected{
        {2, u"status-mismatch"_s}, {3, u"target-mismatch"_s}, {4, u"final-not-ok"_s},
        {5, u"chain-too-long"_s},  {6, u"redirect-loop"_s},   {7, u"https-downgrade"_s},
        {8, u"error"_s},           {9, u"error"_s},
    };
    for (const auto &[row, id] : expected) {
        const QStringList problems = strings(rows.at(row).value(u"problems"_s));
        QVERIFY2(problems.contains(id), qPrintable(u"line %1: %2"_s.arg(row + 2).arg(problems.join(u' '))));
    }
    // A 302 where 301 was expected still reached the target.
    QCOMPARE(rows.at(2).value(u"match"_s).toBool(), true);
    QCOMPARE(rows.at(3).value(u"match"_s).toBool(), false);
    QCOMPARE(rows.at(8).value(u"error"_s).toObject().value(u"kind"_s).toString(), u"connection-refused"_s);
    QCOMPARE(rows.at(9).value(u"error"_s).toObject().value(u"kind"_s).toString(), u"invalid-input"_s);

    const QJsonObject summary = rows.last().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"sources"_s).toInt(), 10);
    QCOMPARE(summary.value(u"matched"_s).toInt(), 2);
    QCOMPARE(summary.value(u"mismatched"_s).toInt(), 8);
    QVERIFY(summary.value(u"errors"_s).toInt() >= 2);
    QVERIFY(summary.contains(u"elapsed_ms"_s));
    // The invalid line costs no request; every other source was asked for.
    // Lines 2, 3, 4 and 7 end on /ok; the downgrade is not followed without --allow-downgrade.
    QCOMPARE(m_http->requestsTo("/ok").size(), 4);
}

void tst_AuditCommand::httpbinRedirectToAndStatus()
{
    if (!m_httpbinUp) {
        if (qEnvironmentVariable("CI") == u"true"_s)
            QFAIL(qPrintable(u"httpbin is required in CI: "_s + m_httpbinWhy));
        QSKIP(qPrintable(u"httpbin unavailable: "_s + m_httpbinWhy));
    }
    const QString get = m_httpbin.url(u"/get"_s).toString();
    const QByteArray map
        = (m_httpbin.url(u"/redirect-to?url=/get&status_code=301"_s).toString() + u","_s + get + u",301\n"_s
           + m_httpbin.url(u"/redirect-to?url=/get&status_code=302"_s).toString() + u","_s + get + u",301\n"_s
           + m_httpbin.url(u"/status/404"_s).toString() + u","_s + m_httpbin.url(u"/status/404"_s).toString()
           + u"\n"_s)
              .toUtf8();
    const QString path = writeFile(u"httpbin.csv"_s, map);
    const CliRun run = runCli({u"audit"_s, u"--map"_s, path}, 60000);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(strings(rows.at(0).value(u"problems"_s)), QStringList());
    QCOMPARE(rows.at(0).value(u"chain"_s).toArray(), (QJsonArray{301, 200}));
    QCOMPARE(strings(rows.at(1).value(u"problems"_s)), QStringList{u"status-mismatch"_s});
    QCOMPARE(rows.at(1).value(u"match"_s).toBool(), true);
    QVERIFY(strings(rows.at(2).value(u"problems"_s)).contains(u"final-not-ok"_s));
    QCOMPARE(rows.at(2).value(u"final_status"_s).toInt(), 404);
}

void tst_AuditCommand::listFromFileMatchesAndExitsZero()
{
    const QString path = writeFile(
        u"list.txt"_s, "# the pages that must answer\n" + url(u"/ok"_s) + "\n\n" + url(u"/ok?b"_s) + "\n");
    const CliRun run = runCli({u"audit"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).value(u"line"_s).toInt(), 2);
    QCOMPARE(rows.at(1).value(u"line"_s).toInt(), 4);
    QVERIFY(rows.at(0).value(u"expected"_s).isNull());
    QVERIFY(rows.at(0).value(u"match"_s).isNull());
    QCOMPARE(rows.at(2).value(u"summary"_s).toObject().value(u"matched"_s).toInt(), 2);
    // The kind was guessed, and stderr says so.
    QVERIFY2(run.err.contains("list"), run.err.constData());
}

void tst_AuditCommand::listFromStandardInput()
{
    QProcess *process = startAudit({u"--list"_s, u"-"_s});
    QVERIFY(process->waitForStarted());
    process->write(url(u"/ok"_s) + "\n" + url(u"/missing"_s) + "\n");
    process->closeWriteChannel();
    const CliRun run = StatusScope::Test::finishCli(*process);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(strings(rows.at(1).value(u"problems"_s)).contains(u"final-not-ok"_s));
}

static QByteArray sitemapOf(const QList<QByteArray> &urls)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QByteArray &url : urls)
        xml += "  <url><loc>" + url + "</loc></url>\n";
    return xml + "</urlset>\n";
}

void tst_AuditCommand::sitemapFromFile()
{
    const QString path = writeFile(u"sitemap.xml"_s, sitemapOf({url(u"/ok"_s), url(u"/moved"_s)}));
    const CliRun run = runCli({u"audit"_s, u"--max-chain"_s, u"1"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).value(u"line"_s).isNull()); // sitemap rows have no line
    QCOMPARE(rows.at(1).value(u"chain"_s).toArray(), (QJsonArray{301, 200}));
    QVERIFY2(run.err.contains("sitemap"), run.err.constData());
}

void tst_AuditCommand::sitemapGzip()
{
    const QString plain = writeFile(u"sitemap.xml"_s, sitemapOf({url(u"/ok"_s), url(u"/missing"_s)}));
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-k"_s, plain});
    QVERIFY(gzip.waitForFinished());
    QCOMPARE(gzip.exitCode(), 0);
    const CliRun run = runCli({u"audit"_s, plain + u".gz"_s});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).value(u"final_status"_s).toInt(), 404);
}

void tst_AuditCommand::sitemapFromUrl()
{
    m_http->route("/sitemap.xml",
                  ScriptedServer::response(200, "OK", {{"Content-Type", "application/xml"}},
                                           sitemapOf({url(u"/ok"_s), url(u"/temp"_s)})));
    const CliRun run = runCli({u"audit"_s, u"--sitemap"_s, m_http->url(u"/sitemap.xml"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).value(u"source"_s).toString(), m_http->url(u"/ok"_s).toString());
    QCOMPARE(rows.at(1).value(u"chain"_s).toArray(), (QJsonArray{302, 200}));
}

// -x and --proxy-user apply to the sitemap's own fetch, not only to the checks: a company proxy
// (a scripted server reading absolute-form request lines) is the only way to a host it serves.
void tst_AuditCommand::sitemapUrlGoesThroughTheProxy()
{
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        socket->write(request.target.endsWith("/sitemap.xml")
                          ? ScriptedServer::response(200, "OK", {{"Content-Type", "application/xml"}},
                                                     sitemapOf({"http://site.example/ok"}))
                          : ScriptedServer::response(200, "OK", {}, "fine"));
    });
    const CliRun run = runCli({u"audit"_s, u"--sitemap"_s, u"http://site.example/sitemap.xml"_s, u"-x"_s,
                               proxy.origin(), u"--proxy-user"_s, u"corp:pw"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 2); // the row, the summary
    QCOMPARE(rows.at(0).value(u"source"_s).toString(), u"http://site.example/ok"_s);
    QCOMPARE(proxy.requests().size(), 2);
    QCOMPARE(proxy.requests().at(0).target, QByteArrayLiteral("http://site.example/sitemap.xml"));
    QCOMPARE(proxy.requests().at(0).header("Proxy-Authorization"),
             "Basic " + QByteArrayLiteral("corp:pw").toBase64());
    QCOMPARE(proxy.requests().at(1).target, QByteArrayLiteral("http://site.example/ok"));
}

// An input URL that answers 404 is bad input: a sentence, nothing on standard output, exit 2.
void tst_AuditCommand::sitemapUrlThatFailsIsBadInput()
{
    m_http->route("/nositemap.xml", ScriptedServer::response(404, "Not Found", {}, "no"));
    const CliRun run
        = runCli({u"audit"_s, u"--format"_s, u"csv"_s, m_http->url(u"/nositemap.xml"_s).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.contains("404"), run.err.constData());
    QCOMPARE(m_http->requests().size(), 1); // the input itself, and no source
}

// The other kinds come compressed or from a URL too.
void tst_AuditCommand::listGzipAndMapFromUrl()
{
    const QString plain = writeFile(u"list.txt"_s, url(u"/ok"_s) + "\n" + url(u"/missing"_s) + "\n");
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-k"_s, plain});
    QVERIFY(gzip.waitForFinished());
    const CliRun list = runCli({u"audit"_s, plain + u".gz"_s});
    QCOMPARE(list.exitCode, 1);
    QList<QJsonObject> rows = jsonLines(list.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).value(u"line"_s).toInt(), 2);
    QCOMPARE(rows.at(1).value(u"final_status"_s).toInt(), 404);

    m_http->route(
        "/redirects.csv",
        ScriptedServer::response(200, "OK", {{"Content-Type", "text/csv"}}, url(u"/moved"_s) + ",/ok,301\n"));
    const CliRun map = runCli({u"audit"_s, m_http->url(u"/redirects.csv"_s).toString()});
    QCOMPARE(map.exitCode, 0);
    rows = jsonLines(map.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(u"match"_s).toBool(), true);
    QVERIFY2(map.err.contains("map"), map.err.constData());
}

void tst_AuditCommand::csvFormat()
{
    const QString path = writeFile(u"map.csv"_s,
                                   url(u"/moved"_s) + "," + url(u"/ok"_s) + ",301\n" + url(u"/temp"_s) + ","
                                       + url(u"/ok"_s) + ",301\n");
    const CliRun run = runCli({u"audit"_s, u"--format"_s, u"csv"_s, path});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the last CRLF
    QVERIFY2(lines.at(0).startsWith("line,source,expected_target,expected_status"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith(QByteArray("1," + url(u"/moved"_s) + ",")), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",301>200,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(",status-mismatch,"), lines.at(2).constData());
    QVERIFY(lines.at(1).endsWith('\r'));
    // CSV has no summary row: it is said on stderr.
    QVERIFY2(run.err.contains("Sources: 2, matched: 1, mismatched: 1"), run.err.constData());
}

void tst_AuditCommand::tableFormat()
{
    const QByteArray longPath = "/moved?" + QByteArray(150, 'q');
    m_http->route("/moved", ScriptedServer::redirect(301, "/ok"));
    const QString path
        = writeFile(u"map.csv"_s,
                    url(u"/moved"_s) + "," + url(u"/ok"_s) + ",301\n" + url(u"/temp"_s) + "," + url(u"/ok"_s)
                        + ",301\n" + m_http->url(QString::fromLatin1(longPath)).toEncoded() + ","
                        + url(u"/ok"_s) + ",301\n" + url(u"/wrong"_s) + "," + url(u"/ok"_s) + ",301\n");
    const CliRun run = runCli({u"audit"_s, u"--format"_s, u"table"_s, path});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    QVERIFY2(lines.at(0).trimmed().startsWith(u"LINE"_s) && lines.at(0).contains(u"PROBLEMS"_s),
             qPrintable(lines.at(0)));
    // The time column's unit in its own case: "MS" read as an abbreviation, not milliseconds.
    QVERIFY2(lines.at(0).contains(u" ms  PROBLEMS"_s) && !lines.at(0).contains(u" MS "_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"301 → 200"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u"302 → 200"_s) && lines.at(2).contains(u"status-mismatch"_s),
             qPrintable(lines.at(2)));
    // COLUMNS=100 (clirun.h): a long source is cut, not wrapped, and no escape code is written to a pipe.
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 100, qPrintable(line));
    QVERIFY(!run.out.contains('\x1b'));
    // A target mismatch says what was expected under its row.
    QVERIFY2(lines.at(4).contains(u"target-mismatch"_s), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).trimmed() == u"↳ expected "_s + m_http->url(u"/ok"_s).toString(),
             qPrintable(lines.at(5)));
    QVERIFY2(run.out.contains("Sources: 4, matched: 2, mismatched: 2"), run.out.constData());
}

void tst_AuditCommand::outputFile()
{
    const QString list = writeFile(u"list.txt"_s, url(u"/ok"_s) + "\n" + url(u"/moved"_s) + "\n");
    const QString out = m_dir->filePath(u"result.jsonl"_s);
    const CliRun run = runCli({u"audit"_s, u"-o"_s, out, list});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QJsonObject> rows = jsonLines(file.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().value(u"summary"_s).toObject().value(u"sources"_s).toInt(), 2);
    QVERIFY2(run.err.contains("Sources: 2, matched: 2"), run.err.constData());
}

void tst_AuditCommand::outputFileNamedCsvIsCsv()
{
    const QString list = writeFile(u"list.txt"_s, url(u"/ok"_s) + "\n");
    const QString out = m_dir->filePath(u"result.csv"_s);
    QCOMPARE(runCli({u"audit"_s, u"-o"_s, out, list}).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("line,source,"));
}

void tst_AuditCommand::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("sentence");
    QTest::newRow("missing file") << QStringList{u"no-such-map.csv"_s} << QByteArray("no-such-map.csv");
    QTest::newRow("two inputs") << QStringList{u"LIST"_s, u"LIST"_s} << QByteArray("one input");
    QTest::newRow("no input") << QStringList{} << QByteArray("Give a file");
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"LIST"_s}
                                << QByteArray("table, csv or jsonl");
    QTest::newRow("two kinds") << QStringList{u"--map"_s, u"--list"_s, u"LIST"_s}
                               << QByteArray("at most one");
    // Numbers are read and refused as check reads them (cli/numbers.h), in the same words.
    QTest::newRow("parallel 0") << QStringList{u"--parallel"_s, u"0"_s, u"LIST"_s}
                                << QByteArray("--parallel needs a whole number of at least 1, not “0”.");
    QTest::newRow("rate") << QStringList{u"--rate"_s, u"fast"_s, u"LIST"_s}
                          << QByteArray("--rate needs a positive number, not “fast”.");
    QTest::newRow("bad header") << QStringList{u"-H"_s, u"no colon"_s, u"LIST"_s} << QByteArray();
    QTest::newRow("output folder") << QStringList{u"-o"_s, u"/"_s, u"LIST"_s} << QByteArray("-o");
    QTest::newRow("output is the input")
        << QStringList{u"-o"_s, u"LIST"_s, u"LIST"_s} << QByteArray("replace it");
    QTest::newRow("empty list") << QStringList{u"EMPTY"_s} << QByteArray("no URL");
}

void tst_AuditCommand::badInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, sentence);
    const QString list = writeFile(u"list.txt"_s, url(u"/ok"_s) + "\n");
    const QString empty = writeFile(u"empty.txt"_s, "# nothing yet\n");
    arguments.replaceInStrings(u"LIST"_s, list);
    arguments.replaceInStrings(u"EMPTY"_s, empty);
    const CliRun run = runCli(QStringList{u"audit"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("statusscope audit: "), run.err.constData());
    QVERIFY2(run.err.contains(sentence), run.err.constData());
    QVERIFY(m_http->requests().isEmpty());
    QFile kept(list);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), url(u"/ok"_s) + "\n");
}

// A run sends the method asked for and nothing else: HEAD on request, anything else refused.
void tst_AuditCommand::onlyGetOrHeadIsSent()
{
    const QString list = writeFile(u"list.txt"_s, url(u"/moved"_s) + "\n");
    QCOMPARE(runCli({u"audit"_s, u"-X"_s, u"HEAD"_s, u"-A"_s, u"auditor/1"_s, list}).exitCode, 0);
    QCOMPARE(m_http->requests().size(), 2);
    for (const ScriptedServer::Request &request : m_http->requests()) {
        QCOMPARE(request.method, QByteArray("HEAD"));
        QCOMPARE(request.header("User-Agent"), QByteArray("auditor/1"));
    }
    m_http->clearRequests();
    QCOMPARE(runCli({u"audit"_s, u"-I"_s, list}).exitCode, 0); // curl's spelling of it
    QCOMPARE(m_http->requests().size(), 2);
    for (const ScriptedServer::Request &request : m_http->requests())
        QCOMPARE(request.method, QByteArray("HEAD"));
    m_http->clearRequests();
    const CliRun both = runCli({u"audit"_s, u"-I"_s, u"-X"_s, u"GET"_s, list});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("give one method"), both.err.constData());
    QVERIFY(m_http->requests().isEmpty());
    for (const QString &method : {u"POST"_s, u"DELETE"_s, u"PUT"_s, u"get"_s}) {
        const CliRun run = runCli({u"audit"_s, u"-X"_s, method, list});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("GET"), run.err.constData());
    }
    QVERIFY(m_http->requests().isEmpty());
}

// Ctrl+C: the rows that finished, then their summary, and 130.
void tst_AuditCommand::interruptPrintsTheSummary()
{
    const QString list = writeFile(u"list.txt"_s,
                                   url(u"/ok?1"_s) + "\n" + url(u"/moved"_s) + "\n" + url(u"/hang"_s) + "\n"
                                       + url(u"/ok?4"_s) + "\n");
    QProcess *process = startAudit({u"--parallel"_s, u"4"_s, list});
    QVERIFY(process->waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput(), out.count('\n') >= 2), 20000);
    QTRY_VERIFY(!m_http->requestsTo("/hang").isEmpty());
    QCOMPARE(process->state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const CliRun run = StatusScope::Test::finishCli(*process);
    QCOMPARE(run.exitCode, 130);
    const QList<QJsonObject> rows = jsonLines(out + run.out);
    QVERIFY(rows.size() >= 3);
    const QJsonObject summary = rows.last().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"sources"_s).toInt(), rows.size() - 1);
    QVERIFY(summary.value(u"sources"_s).toInt() < 4); // the hanging one never finished
    QVERIFY2(run.err.contains("Interrupted"), run.err.constData());
}

void tst_AuditCommand::interruptKeepsTheOutputFileValid()
{
    const QString list = writeFile(u"list.txt"_s, url(u"/ok"_s) + "\n" + url(u"/hang"_s) + "\n");
    const QString csv = m_dir->filePath(u"partial.jsonl"_s);
    QProcess *process = startAudit({u"-o"_s, csv, list});
    QVERIFY(process->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!m_http->requestsTo("/hang").isEmpty(), 20000);
    QTRY_VERIFY(!m_http->requestsTo("/ok").isEmpty());
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const CliRun run = StatusScope::Test::finishCli(*process);
    QCOMPARE(run.exitCode, 130);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QJsonObject> rows = jsonLines(file.readAll());
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.last().contains(u"summary"_s));
    QCOMPARE(rows.last().value(u"summary"_s).toObject().value(u"sources"_s).toInt(), rows.size() - 1);
}

// A full disk behind standard output: the run stops at the first row it cannot write, instead of
// sending every other request for nothing, and the exit status says the output is incomplete.
void tst_AuditCommand::unwritableOutputStopsTheRun()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("This system has no /dev/full.");
    QByteArray list;
    const int sources = 3000;
    for (int i = 0; i < sources; ++i)
        list += url(u"/ok?n="_s + QString::number(i)) + '\n';
    const QString path = writeFile(u"many.txt"_s, list);
    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), {u"audit"_s, u"--format"_s, u"jsonl"_s, path});
    const CliRun run = StatusScope::Test::finishCli(process, 60000);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("The output could not be written, so the run stopped after "),
             run.err.constData());
    QVERIFY2(run.err.contains("statusscope: standard output could not be written (No space left on device)"),
             run.err.constData());
    QVERIFY2(m_http->requests().size() < sources / 2,
             QByteArray::number(m_http->requests().size()).constData());
}

void tst_AuditCommand::helpListsTheCommand()
{
    const CliRun general = runCli({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains("audit "));
    const CliRun help = runCli({u"audit"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--map", "--list", "--sitemap", "--parallel", "--per-host", "--rate", "--max-chain",
          "--ignore-query", "--ignore-trailing-slash", "--format", "--output", "--user-agent", "--proxy",
          "--cacert", "--resolve", "--user", "--timeout"})
        QVERIFY2(help.out.contains(option), option);
}

void tst_AuditCommand::secretsMaskedUnlessShown()
{
    // A password written in the map's URLs and the -H token, which the server puts in the URL it
    // redirects to: masked in every format, as check masks them, and shown with --show-secrets.
    m_http->route("/account", ScriptedServer::redirect(302, "/ok?t=tok-abcdef12"));
    QByteArray source = url(u"/account"_s);
    source.replace("http://", "http://ann:pa55word-x@");
    QByteArray target = url(u"/elsewhere"_s);
    target.replace("http://", "http://ann:pa55word-x@");
    const QString path = writeFile(u"map.csv"_s, source + "," + target + ",301\n");
    const QStringList header{u"-H"_s, u"Authorization: Bearer tok-abcdef12"_s};
    for (const QString &format : {u"jsonl"_s, u"csv"_s, u"table"_s}) {
        const CliRun run = runCli(QStringList{u"audit"_s, u"--format"_s, format, path} + header);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains("pa55word-x") && !run.err.contains("pa55word-x"), run.out.constData());
        QVERIFY2(!run.out.contains("tok-abcdef12") && !run.err.contains("tok-abcdef12"), run.out.constData());
        QVERIFY2(run.out.contains("ann:\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2@"),
                 run.out.constData());
    }
    const CliRun shown = runCli(QStringList{u"audit"_s, u"--show-secrets"_s, path} + header);
    QVERIFY2(shown.out.contains("ann:pa55word-x@") && shown.out.contains("tok-abcdef12"),
             shown.out.constData());
}

void tst_AuditCommand::sitemapUrlOnAPinnedNameWithCookie()
{
    // --resolve and -b apply to the sitemap's fetch as to the checks: a name only the pin knows,
    // and a server that answers only with the cookie; -c writes the cookies the chains ended with.
    const QString origin = u"http://sitemap.invalid:%1"_s.arg(m_http->port());
    const auto withCookie = [](const QByteArray &ok) {
        return [ok](const ScriptedServer::Request &request, QTcpSocket *socket) {
            socket->write(request.header("Cookie") == "session=abc123"
                              ? ok
                              : ScriptedServer::response(403, "Forbidden", {}, "no cookie"));
        };
    };
    m_http->route("/pinned.xml",
                  withCookie(ScriptedServer::response(200, "OK", {{"Content-Type", "application/xml"}},
                                                      sitemapOf({(origin + u"/ok"_s).toUtf8()}))));
    const QStringList arguments{u"audit"_s,
                                u"--sitemap"_s,
                                origin + u"/pinned.xml"_s,
                                u"--resolve"_s,
                                u"sitemap.invalid:%1:127.0.0.1"_s.arg(m_http->port()),
                                u"-b"_s,
                                u"session=abc123"_s};
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> rows = jsonLines(run.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(u"final_status"_s).toInt(), 200);
    QCOMPARE(m_http->requests().first().header("Host"),
             "sitemap.invalid:" + QByteArray::number(m_http->port()));
    m_http->route("/ok", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        socket->write(ScriptedServer::response(200, "OK", {{"Set-Cookie", "seen=yes; Path=/"}}, "fine"));
    });
    const CliRun jar = runCli(arguments + QStringList{u"-c"_s, m_dir->filePath(u"jar.txt"_s)});
    QVERIFY2(jar.exitCode == 0, jar.err.constData());
    QFile written(m_dir->filePath(u"jar.txt"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray cookies = written.readAll();
    QVERIFY2(cookies.contains("sitemap.invalid") && cookies.contains("seen\tyes"), cookies.constData());
}

QTEST_GUILESS_MAIN(tst_AuditCommand)
#include "tst_auditcommand.moc"
