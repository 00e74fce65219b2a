// SPDX-License-Identifier: MIT
// `check` as a terminal shows it (app/cli/chainprinter.h): whatever a server sends in a reason
// phrase or a Location, no control character or bidirectional override reaches the terminal raw,
// on any line: the hop's, the Location, the warnings and the final summary with its stop message.
#include "cli/auditoutput.h"
#include "cli/chainprinter.h"
#include "cli/textlayout.h"
#include "clirun.h"
#include "core/i18n/translations.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

namespace {

// ESC with a colour and a window title (OSC … BEL), a bell, and a right-to-left override.
const QByteArray hostile = "\x1b[31m\x1b]0;owned\x07\x07\xe2\x80\xae"
                           "exe.txt";

// The first control character or override in `text` other than a line feed, or an empty string.
QString rawControl(const QByteArray &bytes)
{
    for (const char32_t c : QString::fromUtf8(bytes).toUcs4()) {
        if (c == '\n')
            continue;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
    }
    return {};
}

} // namespace

class tst_ChainPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The plural forms ("1 byte") come from the English catalogue, as in the program.
    void initTestCase() { QVERIFY(StatusScope::Core::installTranslations(*qApp, QLocale(QLocale::English))); }
    void init();
    void cleanup();
    void nothingFromTheNetworkReachesTheTerminalRaw_data();
    void nothingFromTheNetworkReachesTheTerminalRaw();
    void printerEscapesEveryPieceItself();
    void sizesReadAsPeopleReadThem_data();
    void sizesReadAsPeopleReadThem();
    void countsReadAsPeopleReadThem_data();
    void countsReadAsPeopleReadThem();
    void routeAndCredentialsAreSaid();
    void checkAndAuditPaintStatusesAlike_data();
    void checkAndAuditPaintStatusesAlike();

private:
    ScriptedServer *m_http = nullptr;
};

void tst_ChainPrinter::init()
{
    m_http = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    // A redirect to a scheme that is not followed: the summary quotes the Location in its stop.
    m_http->route("/scheme",
                  "HTTP/1.1 302 Found " + hostile + "\r\nLocation: ftp://127.0.0.1/" + hostile
                      + "\r\nContent-Length: 0\r\n\r\n");
    m_http->route("/reason", "HTTP/1.1 200 " + hostile + "\r\nContent-Length: 0\r\n\r\n");
    m_http->route("/location",
                  "HTTP/1.1 302 Found\r\nLocation: /reason?" + hostile + "\r\nContent-Length: 0\r\n\r\n");
    m_http->route("/header",
                  "HTTP/1.1 200 OK\r\nX-Evil: a\x7f"
                  "b\xc2\x9b"
                  "c\xe2\x80\xae"
                  "d\r\nContent-Length: 0\r\n\r\n");
    m_http->route("/bad-location",
                  "HTTP/1.1 302 Found\r\nLocation: http://[" + hostile + "\r\nContent-Length: 0\r\n\r\n");
}

void tst_ChainPrinter::cleanup()
{
    delete m_http;
}

void tst_ChainPrinter::nothingFromTheNetworkReachesTheTerminalRaw_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("summary");
    QTest::newRow("stop quoting a Location") << u"/scheme"_s << u"stopped:"_s;
    QTest::newRow("reason phrase") << u"/reason"_s << u"complete"_s;
    QTest::newRow("Location followed") << u"/location"_s << u"complete"_s;
    QTest::newRow("Location unreadable") << u"/bad-location"_s << u"stopped:"_s;
    QTest::newRow("header value") << u"/header"_s << u"complete"_s;
}

void tst_ChainPrinter::nothingFromTheNetworkReachesTheTerminalRaw()
{
    QFETCH(QString, path);
    QFETCH(QString, summary);
    const CliRun run = StatusScope::Test::runCli({u"check"_s, m_http->url(path).toString()});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"\n= "_s) && text.contains(summary), qPrintable(text));
    QVERIFY2(rawControl(run.out).isEmpty(), qPrintable(rawControl(run.out) + u" in\n"_s + text));
    QVERIFY2(rawControl(run.err).isEmpty(), run.err.constData());
    if (path != u"/header"_s)
        QVERIFY2(text.contains(u"\\x1B"_s) || text.contains(u"%1B"_s), qPrintable(text)); // shown, escaped

    // JSON escapes controls itself; a document stays one line per chain in JSON Lines.
    const CliRun json = StatusScope::Test::runCli(
        {u"check"_s, u"--json"_s, m_http->url(path).toString(), m_http->url(path).toString()});
    QCOMPARE(json.out.trimmed().count('\n'), 1);
    for (const QByteArray &line : json.out.trimmed().split('\n'))
        QVERIFY(!QJsonDocument::fromJson(line).isNull());
    // JSON escapes only what it must (below U+0020); DEL, C1 controls (U+009B is CSI) and
    // overrides are written as \uXXXX too, which is the same string to a JSON reader.
    QVERIFY2(rawControl(json.out).isEmpty(), qPrintable(rawControl(json.out)));
    if (path == u"/header"_s) {
        const QJsonArray headers = QJsonDocument::fromJson(json.out.split('\n').first())
                                       .object()
                                       .value(u"hops"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"headers"_s)
                                       .toArray();
        QCOMPARE(headers.at(0).toArray().at(1).toString(),
                 u"a\x7f"
                 "b\u009b"
                 "c\u202e"
                 "d"_s);
    }
}

// The printer does not count on its callers: a chain made anywhere (the engine, a HAR import, a
// later feature) with raw text in any field is printed escaped.
void tst_ChainPrinter::printerEscapesEveryPieceItself()
{
    using namespace StatusScope::Core;
    const QString raw = QString::fromUtf8(hostile) + QChar(0x9b) + u"[2J"_s + QChar(0x2028);
    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(u"http://127.0.0.1/"_s);
    hop.status = 302;
    hop.reason = raw;
    hop.protocol = raw;
    hop.location = QUrl(u"http://127.0.0.1/"_s + raw);
    hop.meanings.append(HopMeaning{302, u"302"_s, raw, raw, raw, raw, raw, raw, false});
    hop.meanings.append(HopMeaning{302, u"302"_s, raw, raw, raw, raw, raw, raw, false});
    hop.warnings.append(HopWarning{raw, Severity::Warning, raw, raw});
    ChainResult stopped;
    stopped.hops = {hop};
    stopped.outcome = ChainOutcome::Stopped;
    stopped.stop = ChainStop{StopReason::InvalidLocation, raw};
    ChainResult failed;
    failed.request.url = QUrl(u"http://127.0.0.1/"_s + raw);
    failed.outcome = ChainOutcome::Error;
    failed.error = ChainError{ErrorKind::InvalidInput, raw};

    QString text;
    QTextStream out(&text);
    StatusScope::Cli::ChainPrinter printer(out, false);
    printer.printChain(stopped);
    printer.printChain(failed);
    out.flush();
    QVERIFY2(rawControl(text.toUtf8()).isEmpty(), qPrintable(rawControl(text.toUtf8()) + u" in\n"_s + text));
    QVERIFY2(text.contains(u"stopped: \\x1B[31m\\x1B]0;owned\\x07\\x07\\u202Eexe.txt\\u009B[2J\\u2028"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"error: \\x1B[31m"_s), qPrintable(text));
}

void tst_ChainPrinter::sizesReadAsPeopleReadThem_data()
{
    QTest::addColumn<qint64>("bodyBytes");
    QTest::addColumn<bool>("phases");
    QTest::addColumn<QString>("line");
    QTest::newRow("empty body") << qint64(0) << true << u"  12 ms (sent 2.0), body 0 bytes"_s;
    QTest::newRow("one byte") << qint64(1) << true << u"  12 ms (sent 2.0), body 1 byte"_s;
    QTest::newRow("a few hundred") << qint64(640) << true << u"  12 ms (sent 2.0), body 640 bytes"_s;
    QTest::newRow("kibibytes") << qint64(1536) << true << u"  12 ms (sent 2.0), body 1.5 KiB"_s;
    QTest::newRow("the body limit") << qint64(64) * 1024 * 1024 << true
                                    << u"  12 ms (sent 2.0), body 64 MiB"_s;
    QTest::newRow("no phase reported") << qint64(2048) << false << u"  12 ms, body 2 KiB"_s;
}

// A size as people read it (64 MiB, not "67108864 body byte(s)"), and no empty brackets when Qt
// reported no phase.
void tst_ChainPrinter::sizesReadAsPeopleReadThem()
{
    using namespace StatusScope::Core;
    QFETCH(qint64, bodyBytes);
    QFETCH(bool, phases);
    QFETCH(QString, line);
    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(u"http://127.0.0.1/"_s);
    hop.status = 200;
    hop.reason = u"OK"_s;
    hop.protocol = u"HTTP/1.x"_s;
    hop.bodyBytes = bodyBytes;
    hop.timings.done = 12;
    if (phases)
        hop.timings.sent = 2;
    QString text;
    QTextStream out(&text);
    StatusScope::Cli::ChainPrinter(out, false).printHop(hop);
    out.flush();
    QVERIFY2(text.split(u'\n').contains(line), qPrintable(text));
}

// A hop through a proxy, to a pinned address, answering a 401: said on the terminal as in the
// JSON, never the secret, and whatever the names hold shown escaped.
void tst_ChainPrinter::routeAndCredentialsAreSaid()
{
    using namespace StatusScope::Core;
    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(u"https://www.example/"_s);
    hop.route.proxy = u"http://127.0.0.1:8888"_s;
    hop.route.proxyUser = u"bob"_s;
    hop.route.connectedTo = u"203.0.113.7:443"_s;
    hop.auth = {u"Digest"_s, u"alice\x1b[31m"_s, 0};
    QString text;
    QTextStream out(&text);
    StatusScope::Cli::ChainPrinter(out, false).printHop(hop);
    out.flush();
    QVERIFY2(text.contains(u"  via proxy http://127.0.0.1:8888 as bob · connected to 203.0.113.7:443 · "
                           "credentials Digest, user alice\\x1B[31m, answering hop 1\n"_s),
             qPrintable(text));
    Hop plain;
    plain.method = "GET";
    plain.url = QUrl(u"http://127.0.0.1/"_s);
    QString quiet;
    QTextStream quietOut(&quiet);
    StatusScope::Cli::ChainPrinter(quietOut, false).printHop(plain);
    quietOut.flush();
    QVERIFY2(!quiet.contains(u"via"_s) && !quiet.contains(u"credentials"_s), qPrintable(quiet));
}

// The program as a terminal shows it, with its translations: one hop and two hops in their own
// words, and a body of two mebibytes as such.
void tst_ChainPrinter::countsReadAsPeopleReadThem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one hop") << u"/big"_s << u", body 2 MiB"_s << u"= 1 hop, "_s;
    QTest::newRow("two hops") << u"/to-big"_s << u", body 2 MiB"_s << u"= 2 hops, "_s;
}

void tst_ChainPrinter::countsReadAsPeopleReadThem()
{
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(QString, summary);
    m_http->route("/big", ScriptedServer::response(200, "OK", {}, QByteArray(2 * 1024 * 1024, 'x')));
    m_http->route("/to-big", ScriptedServer::redirect(302, "/big"));
    const CliRun run = StatusScope::Test::runCli({u"check"_s, m_http->url(path).toString()});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(body + u'\n'), qPrintable(text));
    QVERIFY2(text.contains(summary), qPrintable(text));
    QVERIFY2(!text.contains(u"(s)"_s), qPrintable(text));
}

void tst_ChainPrinter::checkAndAuditPaintStatusesAlike_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("1xx") << 101 << u"36"_s;
    QTest::newRow("2xx") << 204 << u"32"_s;
    QTest::newRow("3xx") << 301 << u"33"_s;
    QTest::newRow("4xx") << 404 << u"31"_s;
    QTest::newRow("5xx") << 503 << u"35"_s;
    QTest::newRow("past 599") << 799 << u"36"_s;
}

// One colour per status class, from one place (statusColourCode): a check's hop and an audit
// row's final status read alike on a terminal.
void tst_ChainPrinter::checkAndAuditPaintStatusesAlike()
{
    using namespace StatusScope::Core;
    QFETCH(int, status);
    QFETCH(QString, code);
    QCOMPARE(StatusScope::Cli::statusColourCode(status), code);
    const QString painted = u"\x1b["_s + code + u'm' + QString::number(status);

    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(u"http://127.0.0.1/"_s);
    hop.status = status;
    QString text;
    QTextStream out(&text);
    StatusScope::Cli::ChainPrinter(out, true).printHop(hop);
    out.flush();
    QVERIFY2(text.contains(painted), qPrintable(text));

    QByteArray table;
    StatusScope::Cli::AuditOutput audit(
        StatusScope::Cli::AuditFormat::Table, [&table](const QByteArray &bytes) { table += bytes; }, 100,
        true);
    AuditRow row;
    row.line = 1;
    row.source = u"http://127.0.0.1/"_s;
    row.chain = {status};
    audit.writeRow(row);
    QVERIFY2(table.contains(painted.toUtf8()), table.constData());
}

QTEST_GUILESS_MAIN(tst_ChainPrinter)
#include "tst_chainprinter.moc"
