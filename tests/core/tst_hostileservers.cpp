// SPDX-License-Identifier: MIT
// Servers that misbehave on purpose (issue 8): every case must end, within the configured time,
// with a sentence that says what happened and with the hops received before it kept. Each hostile
// answer is reached through a first 302, so "the chain so far" is checked every time.
#include "catalogue/statuscatalogue.h"
#include "requests/requestengine.h"
#include "requests/safetext.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_HostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostileAnswer_data();
    void hostileAnswer();
    void escapesWhatCouldSpoof_data();
    void escapesWhatCouldSpoof();

private:
    // Sends GET /start (302 → `path`) and waits for the chain; fails the test on a hang.
    ChainResult runThroughRedirect(const QByteArray &path, RequestSpec spec = {});
    static QString everything(const ChainResult &chain); // every sentence the chain carries

    StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
};

void tst_HostileServers::initTestCase()
{
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_HostileServers::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_HostileServers::cleanup()
{
    delete m_manager;
    delete m_server;
}

ChainResult tst_HostileServers::runThroughRedirect(const QByteArray &path, RequestSpec spec)
{
    m_server->route("/start", ScriptedServer::redirect(302, path));
    spec.url = m_server->url(u"/start"_s);
    if (spec.options.inactivityTimeoutMs == RequestOptions{}.inactivityTimeoutMs)
        spec.options.inactivityTimeoutMs = 1500;
    RequestEngine engine(m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (!engine.start(spec))
        return engine.result();
    // Far past every timeout the cases configure: reaching it means the engine hung.
    if (!finished.wait(30000))
        qWarning("the chain did not finish: a hang");
    return engine.result();
}

QString tst_HostileServers::everything(const ChainResult &chain)
{
    QStringList sentences;
    if (chain.error)
        sentences.append(chain.error->message);
    if (chain.stop)
        sentences.append(chain.stop->message);
    for (const Hop &hop : chain.hops) {
        for (const HopWarning &warning : hop.warnings)
            sentences.append(warning.id + u": "_s + warning.message);
    }
    return sentences.join(u'\n');
}

void tst_HostileServers::hostileAnswer_data()
{
    QTest::addColumn<QByteArray>("raw"); // what the server sends to GET /hostile
    QTest::addColumn<bool>("close"); // then closes the connection
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("status"); // -1: no status arrived
    QTest::addColumn<QString>("sentence"); // part of the error, stop or a warning ("id: message")
    QTest::addColumn<QString>("reason"); // as shown; null: not checked

    const QByteArray empty = "\r\nContent-Length: 0\r\n\r\n";
    QTest::newRow("garbage status line")
        << "FOO BAR BAZ\r\n\r\n"_ba << true << u"error"_s << -1 << u"no valid HTTP response"_s << QString();
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13\x37\r\n\r\n", 8) << true << u"error"_s << -1
                                    << u"no valid HTTP response"_s << QString();
    QTest::newRow("status 0") << "HTTP/1.1 0 Zero" + empty << false << u"complete"_s << 0
                              << u"invalid-status: 0 is outside 100–599"_s << QString();
    QTest::newRow("status 99") << "HTTP/1.1 99 Low" + empty << false << u"complete"_s << 99
                               << u"invalid-status: 99 is outside"_s << QString();
    QTest::newRow("status 600") << "HTTP/1.1 600 High" + empty << false << u"complete"_s << 600
                                << u"invalid-status: 600 is outside"_s << QString();
    QTest::newRow("status 999") << "HTTP/1.1 999 Custom" + empty << false << u"complete"_s << 999
                                << u"invalid-status: 999 is outside"_s << QString();
    QTest::newRow("status 1000") << "HTTP/1.1 1000 Big" + empty << false << u"complete"_s << 1000
                                 << u"invalid-status: 1000 is outside"_s << QString();
    QTest::newRow("status not a number")
        << "HTTP/1.1 abc OK" + empty << true << u"error"_s << -1 << u"no valid HTTP response"_s << QString();
    QTest::newRow("no reason phrase")
        << "HTTP/1.1 200" + empty << false << u"complete"_s << 200 << QString() << QString();
    QTest::newRow("header line without a colon")
        << "HTTP/1.1 200 OK\r\nThis line has no colon\r\nContent-Length: 2\r\n\r\nok"_ba << false
        << u"error"_s << 200 << u"Hop 2 sent headers Qt 6.4 cannot read; gave up after 1.5 s."_s << QString();
    QTest::newRow("content-length larger than sent")
        << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"_ba << true << u"error"_s << 200
        << u"closed the connection in the middle of the body of hop 2, after 5 bytes"_s << QString();
    QTest::newRow("nothing after accept, then close")
        << QByteArray() << true << u"error"_s << -1 << u"gave no valid HTTP response"_s << QString();
    QTest::newRow("nothing after accept, kept open")
        << QByteArray() << false << u"error"_s << -1
        << u"Timed out: hop 2 sent or received nothing for 1.5 s."_s << QString();
    QTest::newRow("headers that never end") << "HTTP/1.1 200 OK\r\nX-A: 1\r\n"_ba << false << u"error"_s << -1
                                            << u"Timed out: hop 2"_s << QString();
    // A reason phrase is the server's free text: it is shown with nothing able to steer the screen.
    QTest::newRow("reason with terminal escapes")
        << "HTTP/1.1 200 O\x1b[31mK\x07\r\nContent-Length: 0\r\n\r\n"_ba << false << u"complete"_s << 200
        << QString() << u"O\\x1B[31mK\\x07"_s;
    QTest::newRow("reason with a right-to-left override")
        << "HTTP/1.1 200 OK \xe2\x80\xaegpj.exe\r\nContent-Length: 0\r\n\r\n"_ba << false << u"complete"_s
        << 200 << QString() << u"OK \\u202Egpj.exe"_s;
    QTest::newRow("reason in UTF-8 and a raw 0xFF")
        << "HTTP/1.1 200 Gr\xc3\xbc\xc3\x9f \xff\r\nContent-Length: 0\r\n\r\n"_ba << false << u"complete"_s
        << 200 << QString() << u"Grüß \\xFF"_s;
}

void tst_HostileServers::hostileAnswer()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, close);
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(QString, sentence);
    QFETCH(QString, reason);
    m_server->route("/hostile", raw, close);
    QElapsedTimer clock;
    clock.start();
    const ChainResult chain = runThroughRedirect("/hostile");
    QVERIFY2(clock.elapsed() < 15000, "took far longer than the 1.5 s timeout");
    QCOMPARE(outcomeKey(chain.outcome), outcome);
    // The hop before the hostile one is kept as it was.
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().status, 302);
    const Hop &hop = chain.hops.last();
    QCOMPARE(hop.status.value_or(-1), status);
    const QString said = everything(chain);
    if (outcome == u"error"_s)
        QVERIFY(chain.error && !chain.error->message.isEmpty());
    QVERIFY2(said.contains(sentence), qPrintable(said));
    if (!reason.isNull())
        QCOMPARE(hop.reason, reason);
    // Nothing the server sent reaches the screen as a control character.
    for (const QChar c : hop.reason)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(hop.reason));
}

void tst_HostileServers::escapesWhatCouldSpoof_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "Not Found"_ba << u"Not Found"_s;
    QTest::newRow("tab and newline") << "a\tb\r\nc"_ba << u"a\\x09b\\x0D\\x0Ac"_s;
    QTest::newRow("escape and bell") << "\x1b[2J\x07"_ba << u"\\x1B[2J\\x07"_s;
    QTest::newRow("delete") << "a\x7f"_ba << u"a\\x7F"_s;
    QTest::newRow("C1 control in UTF-8") << "a\xc2\x85"_ba << u"a\\u0085"_s;
    QTest::newRow("right-to-left override") << "\xe2\x80\xae"_ba << u"\\u202E"_s;
    QTest::newRow("isolate and zero width") << "\xe2\x81\xa6x\xe2\x80\x8b"_ba << u"\\u2066x\\u200B"_s;
    QTest::newRow("line separator") << "\xe2\x80\xa8"_ba << u"\\u2028"_s;
    QTest::newRow("valid UTF-8 kept")
        << "Gr\xc3\xbc\xc3\x9f \xe2\x9c\x93 \xf0\x9f\x8d\xb5"_ba << u"Grüß ✓ 🍵"_s;
    QTest::newRow("raw 0xFF") << "\xff"_ba << u"\\xFF"_s;
    QTest::newRow("overlong slash") << "\xc0\xaf"_ba << u"\\xC0\\xAF"_s;
    QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << u"\\xED\\xA0\\x80"_s;
    QTest::newRow("cut-off sequence") << "ab\xe2\x80"_ba << u"ab\\xE2\\x80"_s;
    QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba << u"\\xF4\\x90\\x80\\x80"_s;
}

void tst_HostileServers::escapesWhatCouldSpoof()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(escapeBytesForDisplay(bytes), shown);
    // Escaping what is already shown changes nothing.
    QCOMPARE(escapeForDisplay(shown), shown);
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
