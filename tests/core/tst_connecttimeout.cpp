// SPDX-License-Identifier: MIT
// --connect-timeout (RequestOptions::connectTimeoutMs): a hop whose connection, TLS handshake
// included, is not made in time is given up with a sentence that says so (going on at the next
// --resolve address is in tst_pinaddresses); a server that is connected but slow to answer is left
// to the timeout without data, as in curl. An unanswered connect is made with a port whose accept
// queue is full (Linux drops the SYN); an unanswered handshake with a server that accepts and never
// writes.
#include "enginetest.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_ConnectTimeout : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void unansweredConnectEndsAtTheLimit();
    void unansweredHandshakeEndsAtTheLimit();
    void slowAnswerIsNoConnectTimeout();

private:
    RequestSpec pinnedWithLimit(const QString &addresses) const;
};

RequestSpec tst_ConnectTimeout::pinnedWithLimit(const QString &addresses) const
{
    RequestSpec spec = pinned(u"/ok"_s, addresses);
    spec.options.inactivityTimeoutMs = 20000; // far longer: only the connect timeout may end it
    spec.options.connectTimeoutMs = 300;
    return spec;
}

void tst_ConnectTimeout::unansweredConnectEndsAtTheLimit()
{
    QTcpServer silent;
    QVERIFY(fillAcceptQueue(silent, QHostAddress(u"127.0.0.2"_s)));
    RequestSpec spec = get(QUrl(u"http://127.0.0.2:%1/ok"_s.arg(m_server->port())));
    spec.options.inactivityTimeoutMs = 20000; // far longer: only the connect timeout may end it
    spec.options.connectTimeoutMs = 300;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY(chain.error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
    QCOMPARE(chain.error->message,
             u"Timed out: could not connect to 127.0.0.2:%1 within the connect timeout "
             "of 0.3 s."_s.arg(m_server->port()));
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY(!chain.hops.first().status);

    // Pinned to that one address, the sentence names the pin.
    const ChainResult pinnedChain = run(pinnedWithLimit(u"127.0.0.2"_s));
    QCOMPARE(pinnedChain.outcome, ChainOutcome::Error);
    QVERIFY(pinnedChain.error);
    QVERIFY2(pinnedChain.error->message.contains(u"127.0.0.2:%1 (no answer in time)"_s.arg(m_server->port())),
             qPrintable(pinnedChain.error->message));
}

// https to a server that takes the connection and never answers the ClientHello: connected, but
// not encrypted, so the connect timeout ends it.
void tst_ConnectTimeout::unansweredHandshakeEndsAtTheLimit()
{
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&mute, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = mute.nextPendingConnection())
            held.append(socket); // read nothing, write nothing
    });
    RequestSpec spec = get(QUrl(u"https://127.0.0.1:%1/"_s.arg(mute.serverPort())));
    spec.options.inactivityTimeoutMs = 20000;
    spec.options.connectTimeoutMs = 400;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY(chain.error);
    QCOMPARE(chain.error->kind, ErrorKind::Timeout);
    QVERIFY2(chain.error->message.contains(u"within the connect timeout of 0.4 s"_s),
             qPrintable(chain.error->message));
    QVERIFY(!held.isEmpty()); // the TCP connection was made: it is the handshake that never came
}

// Connected at once, answered after 800 ms: the connect timeout of 200 ms is over once the request
// is written, and the hop completes.
void tst_ConnectTimeout::slowAnswerIsNoConnectTimeout()
{
    m_server->route("/slow", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        QTimer::singleShot(800, socket, [socket] {
            socket->write(ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "late"));
        });
    });
    RequestSpec spec = get(m_server->url(u"/slow"_s));
    spec.options.connectTimeoutMs = 200;
    const ChainResult chain = run(spec);
    QVERIFY2(!chain.error, qPrintable(chain.error ? chain.error->message : QString()));
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QCOMPARE(chain.hops.first().status, 200);
}

QTEST_GUILESS_MAIN(tst_ConnectTimeout)
#include "tst_connecttimeout.moc"
