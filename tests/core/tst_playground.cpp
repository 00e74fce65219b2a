// SPDX-License-Identifier: MIT
// The playground server through the real request engine: every route, its headers, and the 400
// that names a bad parameter.
#include "core/catalogue/statuscatalogue.h"
#include "core/playground/playgroundserver.h"
#include "core/requests/requestengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>

using namespace StatusScope::Core;
using namespace Qt::Literals::StringLiterals;

class tst_Playground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void statusCodesCarryTheirHeaders_data();
    void statusCodesCarryTheirHeaders();
    void everyCatalogueCodeCanBeTried();
    void informationalComesBeforeTheAnswer();
    void redirectChainOfN();
    void chainOfChosenCodes();
    void postThrough303BecomesGet();
    void loopIsStopped();
    void echoReturnsTheRequest();
    void slowAnswersLate();
    void cookieIsSetAndSentBack();
    void basicAuthChallenges();
    void badParametersGetA400_data();
    void badParametersGetA400();
    void unknownPathListsTheRoutes();
    void malformedRequestIsRefused();
    void portInUseIsReported();
    void logLineEscapesWhatTheClientSent();
    void ambiguousRequestsAreRefusedAndClosed_data();
    void ambiguousRequestsAreRefusedAndClosed();
    void nothingAfterARefusalIsServed();
    void idleConnectionsAreClosed();
    void slowRequestGets408();
    void connectionsPastTheCapGet503();
    void runningOutOfDescriptorsDoesNotStopServing();

private:
    // A plain TCP connection to the playground, for bytes Qt would never send; null if it fails.
    std::unique_ptr<QTcpSocket> connectRaw();
    // Everything the server sends on `socket` until it closes the connection.
    static QByteArray readUntilClosed(QTcpSocket *socket);
    // A GET of /status/200 on a new connection, answered within a few seconds.
    bool servedPromptly();
    ChainResult run(const QString &path, const QByteArray &method = "GET", const QByteArray &body = {},
                    const HeaderList &headers = {});

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<PlaygroundServer> m_server;
};

void tst_Playground::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

void tst_Playground::init()
{
    m_server = std::make_unique<PlaygroundServer>(&m_catalogue);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void tst_Playground::cleanup()
{
    m_server.reset();
    m_manager.clearConnectionCache();
}

ChainResult tst_Playground::run(const QString &path, const QByteArray &method, const QByteArray &body,
                                const HeaderList &headers)
{
    RequestSpec spec;
    spec.method = method;
    spec.url = m_server->url().resolved(QUrl(path));
    spec.headers = headers;
    spec.body = body;
    spec.hasBody = !body.isEmpty();
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (!engine.start(spec))
        qWarning("not started: %s", qPrintable(spec.url.toString()));
    else if (!finished.wait(15000))
        qWarning("chain did not finish");
    return engine.result();
}

std::unique_ptr<QTcpSocket> tst_Playground::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(u"127.0.0.1"_s, quint16(m_server->url().port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QByteArray tst_Playground::readUntilClosed(QTcpSocket *socket)
{
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return answer + socket->readAll();
}

bool tst_Playground::servedPromptly()
{
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    if (!socket)
        return false;
    socket->write("GET /status/200 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    return readUntilClosed(socket.get()).startsWith("HTTP/1.1 200 ");
}

void tst_Playground::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->url().host(), u"127.0.0.1"_s);
    QVERIFY(m_server->url().port() > 0);
    QVERIFY(m_server->isRunning());
    m_server->stop();
    QVERIFY(!m_server->isRunning());
}

void tst_Playground::statusCodesCarryTheirHeaders_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("401") << 401 << QByteArray("WWW-Authenticate") << QByteArray("Basic realm=");
    QTest::newRow("405") << 405 << QByteArray("Allow") << QByteArray("GET, HEAD");
    QTest::newRow("407") << 407 << QByteArray("Proxy-Authenticate") << QByteArray("Basic");
    QTest::newRow("429") << 429 << QByteArray("Retry-After") << QByteArray("5");
    QTest::newRow("503") << 503 << QByteArray("Retry-After") << QByteArray("5");
    QTest::newRow("206") << 206 << QByteArray("Content-Range") << QByteArray("bytes 0-9/100");
    QTest::newRow("416") << 416 << QByteArray("Content-Range") << QByteArray("bytes */100");
    QTest::newRow("426") << 426 << QByteArray("Upgrade") << QByteArray("HTTP/2");
    QTest::newRow("201") << 201 << QByteArray("Location") << QByteArray("/echo");
    QTest::newRow("204") << 204 << QByteArray("Content-Length") << QByteArray();
    QTest::newRow("418") << 418 << QByteArray("Content-Type") << QByteArray("text/plain");
}

void tst_Playground::statusCodesCarryTheirHeaders()
{
    QFETCH(int, code);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const ChainResult chain = run(u"/status/%1"_s.arg(code));
    QCOMPARE(chain.hops.size(), 1);
    const Hop &hop = chain.hops.first();
    QCOMPARE(hop.status, code);
    if (value.isEmpty()) { // no body, so nothing that announces one
        QVERIFY(!hasHeader(hop.responseHeaders, header));
        QCOMPARE(hop.bodyBytes, 0);
    } else {
        QVERIFY2(headerValue(hop.responseHeaders, header).startsWith(value),
                 headerValue(hop.responseHeaders, header).constData());
    }
    // A proper example: none of the "missing header" checks fire.
    for (const HopWarning &warning : hop.warnings)
        QVERIFY2(!warning.id.startsWith(u"missing-"_s), qPrintable(warning.id));
}

void tst_Playground::everyCatalogueCodeCanBeTried()
{
    // "Try it live" sends playgroundPathFor(code): each code from 100 to 599 in the catalogue comes
    // back as itself, with the catalogue's reason phrase (1xx aside: Qt 6.4 cannot show them).
    QSet<int> seen;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (entry.code < 200 || entry.code > 599 || seen.contains(entry.code))
            continue;
        seen.insert(entry.code);
        PlaygroundRequest request;
        request.method = "GET";
        request.target = playgroundPathFor(entry.code);
        const PlaygroundResponse response = playgroundRoute(request, &m_catalogue);
        QCOMPARE(response.status, entry.code);
        QCOMPARE(response.reason, m_catalogue.entriesForCode(entry.code).first().reason.toUtf8());
    }
    QVERIFY(seen.size() > 60);
    const ChainResult chain = run(QString::fromLatin1(playgroundPathFor(451)));
    QCOMPARE(chain.hops.last().status, 451);
    QCOMPARE(chain.hops.last().reason, u"Unavailable For Legal Reasons"_s);
}

void tst_Playground::informationalComesBeforeTheAnswer()
{
    // On the wire: the interim 103 with its Link, then the final 200, as a real server sends them.
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /status/103 HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll(), answer.endsWith("Early Hints.\n")), 5000);
    QVERIFY2(answer.startsWith(
                 "HTTP/1.1 103 Early Hints\r\nLink: </echo>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\n"),
             answer.constData());
    // Through Qt 6.4: a 100 is skipped as it should be; a 103 is taken as final, and flagged.
    QCOMPARE(run(u"/status/100"_s).hops.last().status, 200);
    const Hop hint = run(u"/status/103"_s).hops.last();
    QCOMPARE(hint.status, 103);
    QVERIFY(hint.hasWarning(u"final-informational"));
    const Hop upgrade = run(u"/status/101"_s).hops.last();
    QCOMPARE(headerValue(upgrade.responseHeaders, "Upgrade"), "websocket");
}

void tst_Playground::redirectChainOfN()
{
    const ChainResult chain = run(u"/redirect/3"_s);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 4);
    QCOMPARE(chain.hops.at(0).status, 302);
    QCOMPARE(chain.hops.at(2).url.path(), u"/redirect/1"_s);
    QCOMPARE(chain.hops.last().status, 200);
}

void tst_Playground::chainOfChosenCodes()
{
    const ChainResult chain = run(u"/chain?codes=301,308,307"_s, "POST", "a=1");
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.size(), 4);
    QCOMPARE(chain.hops.at(0).status, 301);
    QCOMPARE(chain.hops.at(1).status, 308);
    QCOMPARE(chain.hops.at(2).status, 307);
    QCOMPARE(chain.hops.at(1).method, "GET"); // 301 lets a POST become a GET, and we do as browsers
    QCOMPARE(chain.hops.at(3).method, "GET");
    QCOMPARE(chain.hops.last().status, 200);
}

void tst_Playground::postThrough303BecomesGet()
{
    const ChainResult chain = run(u"/status/303"_s, "POST", "name=ann");
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(1).method, "GET");
    const QJsonObject echoed = QJsonDocument::fromJson(chain.hops.at(1).bodyPreview).object();
    QCOMPARE(echoed.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(echoed.value(u"body"_s).toString(), QString());
    // With 307 the method and body arrive unchanged.
    const ChainResult kept = run(u"/status/307"_s, "POST", "name=ann");
    const QJsonObject again = QJsonDocument::fromJson(kept.hops.at(1).bodyPreview).object();
    QCOMPARE(again.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(again.value(u"body"_s).toString(), u"name=ann"_s);
}

void tst_Playground::loopIsStopped()
{
    const ChainResult chain = run(u"/loop"_s);
    QCOMPARE(chain.outcome, ChainOutcome::Stopped);
    QVERIFY(chain.stop);
    QCOMPARE(chain.stop->reason, StopReason::RedirectLoop);
}

void tst_Playground::echoReturnsTheRequest()
{
    const ChainResult chain = run(u"/echo?x=1"_s, "PUT", "payload", {{"X-Lesson", "three"}});
    const QJsonObject echoed = QJsonDocument::fromJson(chain.hops.first().bodyPreview).object();
    QCOMPARE(echoed.value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(echoed.value(u"target"_s).toString(), u"/echo?x=1"_s);
    QCOMPARE(echoed.value(u"body"_s).toString(), u"payload"_s);
    bool found = false;
    for (const QJsonValue &header : echoed.value(u"headers"_s).toArray())
        found = found || header.toArray() == QJsonArray{u"X-Lesson"_s, u"three"_s};
    QVERIFY(found);
}

void tst_Playground::slowAnswersLate()
{
    QElapsedTimer timer;
    timer.start();
    const ChainResult chain = run(u"/slow?ms=300"_s);
    QCOMPARE(chain.hops.first().status, 200);
    QVERIFY(timer.elapsed() >= 290); // a lower bound only: never a timing assertion from above
}

void tst_Playground::cookieIsSetAndSentBack()
{
    const ChainResult chain = run(u"/cookie"_s);
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY(headerValue(chain.hops.first().responseHeaders, "Set-Cookie").startsWith("playground=1"));
    QVERIFY(chain.hops.at(1).bodyPreview.contains("playground=1"));
}

void tst_Playground::basicAuthChallenges()
{
    const ChainResult refused = run(u"/auth/basic"_s);
    QCOMPARE(refused.hops.first().status, 401);
    QVERIFY(hasHeader(refused.hops.first().responseHeaders, "WWW-Authenticate"));
    const ChainResult wrong = run(u"/auth/basic"_s, "GET", {},
                                  {{"Authorization", "Basic " + QByteArray("student:no").toBase64()}});
    QCOMPARE(wrong.hops.first().status, 401);
    const ChainResult signedIn = run(u"/auth/basic"_s, "GET", {},
                                     {{"Authorization", "Basic " + QByteArray("student:http").toBase64()}});
    QCOMPARE(signedIn.hops.first().status, 200);
}

void tst_Playground::badParametersGetA400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("code not a number") << u"/status/abc"_s << QByteArray("\"abc\" is not");
    QTest::newRow("code too small") << u"/status/99"_s << QByteArray("from 100 to 599");
    QTest::newRow("code too large") << u"/status/600"_s << QByteArray("\"600\" is not");
    QTest::newRow("negative redirects") << u"/redirect/-1"_s << QByteArray("N in /redirect/N");
    QTest::newRow("too many redirects") << u"/redirect/101"_s << QByteArray("from 0 to 100");
    QTest::newRow("chain with a 200") << u"/chain?codes=301,200"_s << QByteArray("\"200\" is not");
    QTest::newRow("chain with text") << u"/chain?codes=x"_s << QByteArray("301, 302, 303, 307 or 308");
    QTest::newRow("slow without ms") << u"/slow"_s << QByteArray("ms=");
    QTest::newRow("slow too long") << u"/slow?ms=60001"_s << QByteArray("\"60001\" is not");
}

void tst_Playground::badParametersGetA400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, named);
    const ChainResult chain = run(path);
    QVERIFY(!chain.hops.isEmpty());
    QCOMPARE(chain.hops.last().status, 400);
    QVERIFY2(chain.hops.last().bodyPreview.contains(named), chain.hops.last().bodyPreview.constData());
}

void tst_Playground::unknownPathListsTheRoutes()
{
    const ChainResult chain = run(u"/nothing-here"_s);
    QCOMPARE(chain.hops.first().status, 404);
    QVERIFY(chain.hops.first().bodyPreview.contains("/status/CODE"));
}

void tst_Playground::malformedRequestIsRefused()
{
    // Raw bytes, not Qt: a broken request line gets a 400 and the connection closes.
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write("NONSENSE\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket->readAll(), socket->state() != QAbstractSocket::ConnectedState), 5000);
    answer += socket->readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());

    // A head that never ends is cut off at 64 KiB with 431.
    const std::unique_ptr<QTcpSocket> flood = connectRaw();
    QVERIFY(flood);
    flood->write("GET / HTTP/1.1\r\nX-Long: " + QByteArray(PlaygroundServer::MaxHeadBytes + 10, 'a'));
    QByteArray refused;
    QTRY_VERIFY_WITH_TIMEOUT((refused += flood->readAll(), refused.contains("\r\n\r\n")), 5000);
    QVERIFY2(refused.startsWith("HTTP/1.1 431 "), refused.constData());
}

void tst_Playground::portInUseIsReported()
{
    PlaygroundServer second(&m_catalogue);
    QVERIFY(!second.start(quint16(m_server->url().port())));
    QVERIFY(!second.errorString().isEmpty());
}

void tst_Playground::logLineEscapesWhatTheClientSent()
{
    // A right-to-left override and a byte that is not UTF-8 pass the request line (they are not
    // controls in the bytes' sense), so the log line must show them as escapes.
    QSignalSpy served(m_server.get(), &PlaygroundServer::requestServed);
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /echo?\xe2\x80\xae"
                  "gnp.exe\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(served.wait(5000));
    const QString line = PlaygroundServer::logLine(
        served.at(0).at(0).toByteArray(), served.at(0).at(1).toByteArray(), served.at(0).at(2).toInt());
    QCOMPARE(line, u"GET /echo?\\u202Egnp.exe\\xFF → 200"_s);
    QCOMPARE(PlaygroundServer::logLine("G\x1b[2J", "/\x07", 400), u"G\\x1B[2J /\\x07 → 400"_s);
}

void tst_Playground::ambiguousRequestsAreRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    const QByteArray start = "POST /echo HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("two equal lengths") << start + "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc"
                                       << "400"_ba;
    QTest::newRow("two different lengths")
        << start + "Content-Length: 3\r\nContent-Length: 30\r\n\r\nabcGET /status/418 HTTP/1.1\r\n\r\n"
        << "400"_ba;
    QTest::newRow("length as a list") << start + "Content-Length: 3, 3\r\n\r\nabc"
                                      << "400"_ba;
    QTest::newRow("length and chunked")
        << start + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        << "400"_ba;
    QTest::newRow("signed length") << start + "Content-Length: +3\r\n\r\nabc"
                                   << "400"_ba;
    QTest::newRow("hex length") << start + "Content-Length: 0x3\r\n\r\nabc"
                                << "400"_ba;
    QTest::newRow("negative length") << start + "Content-Length: -1\r\n\r\n"
                                     << "400"_ba;
    QTest::newRow("huge length") << start + "Content-Length: 99999999999999999999\r\n\r\n"
                                 << "400"_ba;
    QTest::newRow("space before colon") << start + "Content-Length : 3\r\n\r\nabc"
                                        << "400"_ba;
    QTest::newRow("folded header") << start + "X-A: 1\r\n folded\r\n\r\n"
                                   << "400"_ba;
    QTest::newRow("body over the limit")
        << start + "Content-Length: " + QByteArray::number(PlaygroundServer::MaxBodyBytes + 1) + "\r\n\r\n"
        << "413"_ba;
    QTest::newRow("head over the limit in one piece")
        << start + "X-Long: " + QByteArray(PlaygroundServer::MaxHeadBytes, 'a') + "\r\n\r\n"
        << "431"_ba;
    QByteArray many = start;
    for (int i = 0; i < PlaygroundMaxHeaderFields + 1; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too many fields") << many + "\r\n"
                                     << "431"_ba;
}

void tst_Playground::ambiguousRequestsAreRefusedAndClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    QSignalSpy served(m_server.get(), &PlaygroundServer::requestServed);
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write(request);
    const QByteArray answer = readUntilClosed(socket.get());
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.left(200).constData());
    QCOMPARE(answer.count("HTTP/1.1 "), 1); // nothing was read as a second request
    QVERIFY(served.isEmpty());
}

void tst_Playground::nothingAfterARefusalIsServed()
{
    // The classic smuggle: the front reads the first length, we would read the second; whichever
    // we chose, the bytes after it must never become a request of their own.
    QSignalSpy served(m_server.get(), &PlaygroundServer::requestServed);
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 44\r\n\r\n"
                  "GET /status/418 HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY(!answer.contains("418"));
    QVERIFY(served.isEmpty());
    QVERIFY(servedPromptly());
}

void tst_Playground::idleConnectionsAreClosed()
{
    m_server->setTimeouts(300, 300);
    const std::unique_ptr<QTcpSocket> silent = connectRaw();
    QVERIFY(silent);
    // A kept-alive connection after its answer: closed once it has been idle for the timeout.
    const std::unique_ptr<QTcpSocket> kept = connectRaw();
    QVERIFY(kept);
    kept->write("GET /status/204 HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += kept->readAll(), answer.contains("\r\n\r\n")), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 204 "), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(kept->state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(silent->readAll(), QByteArray()); // nothing was asked, so nothing is answered
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void tst_Playground::slowRequestGets408()
{
    m_server->setTimeouts(300, 10000);
    const std::unique_ptr<QTcpSocket> socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /status/200 HTTP/1.1\r\nHost: x\r\n"); // and the rest never comes
    const QByteArray answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
}

void tst_Playground::connectionsPastTheCapGet503()
{
    m_server->setMaxConnections(5);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 5; ++i) {
        idle.push_back(connectRaw());
        QVERIFY(idle.back());
    }
    QTRY_COMPARE(m_server->connectionCount(), 5);
    const std::unique_ptr<QTcpSocket> extra = connectRaw();
    QVERIFY(extra);
    const QByteArray refused = readUntilClosed(extra.get());
    QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
    QVERIFY(refused.contains("Retry-After: 1"));
    // One idle client leaves: a real request is served again.
    idle.front()->abort();
    QTRY_COMPARE(m_server->connectionCount(), 4);
    QVERIFY(servedPromptly());
}

void tst_Playground::runningOutOfDescriptorsDoesNotStopServing()
{
    // The process is left a few descriptors only, and clients (in this same process) take them
    // all before the server runs again, so its accept() fails with EMFILE. It must not retry at
    // once (that spins at 100 % CPU); once clients leave it must accept again and serve.
    m_server->setMaxConnections(10000);
    auto *listener = m_server->findChild<QTcpServer *>();
    QVERIFY(listener);
    QSignalSpy acceptErrors(listener, &QTcpServer::acceptError);
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    const auto openNow
        = rlim_t(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::System).size());
    rlimit tight = saved;
    tight.rlim_cur = openNow + 24;
    QVERIFY(setrlimit(RLIMIT_NOFILE, &tight) == 0);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, quint16(m_server->url().port()));
        if (!socket->waitForConnected(2000))
            break;
        idle.push_back(std::move(socket)); // not yet accepted: the server gets no event meanwhile
    }
    QTRY_VERIFY_WITH_TIMEOUT(!acceptErrors.isEmpty(), 5000);
    // Trying again at once would fail again at once, as fast as the CPU allows.
    const bool spun = acceptErrors.wait(300);
    QVERIFY2(m_server->connectionCount() < int(idle.size()),
             "some connection should have been left unaccepted");
    idle.resize(2); // most clients leave; the server gets their descriptors back as it accepts and closes
    const bool served = servedPromptly();
    idle.clear();
    QVERIFY(setrlimit(RLIMIT_NOFILE, &saved) == 0);
    QVERIFY2(!spun, "the server tried to accept again at once, with no descriptor free");
    QVERIFY(served);
}

QTEST_GUILESS_MAIN(tst_Playground)
#include "tst_playground.moc"
