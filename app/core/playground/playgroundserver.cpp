// SPDX-License-Identifier: MIT
#include "core/playground/playgroundserver.h"

#include "core/requests/safetext.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace StatusScope::Core {

namespace {

bool forbidsBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

// Answers a client has not read yet: past this the server reads no further requests from it
// until it catches up, so a client that only sends cannot make the server's memory grow.
constexpr qint64 MaxUnreadAnswerBytes = PlaygroundMaxBodyBytes;
// What one connection's buffer may hold before the server stops reading from its socket (and
// TCP makes the client wait): room for the largest allowed request.
constexpr qsizetype MaxBufferedBytes = PlaygroundMaxHeadBytes + PlaygroundMaxBodyBytes + 4;
// After a failed accept (no file descriptors left), try again this long later even when none of
// our own connections has closed meanwhile: another part of the process may have freed some.
constexpr int AcceptRetryMs = 1000;

} // namespace

PlaygroundServer::PlaygroundServer(const StatusCatalogue *catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_server(new QTcpServer(this))
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    m_resumeTimer->setInterval(AcceptRetryMs);
    connect(m_server, &QTcpServer::newConnection, this, &PlaygroundServer::accept);
    connect(m_server, &QTcpServer::acceptError, this, &PlaygroundServer::onAcceptError);
    connect(m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_acceptPaused && m_server->isListening()) {
            m_acceptPaused = false;
            m_server->resumeAccepting();
        }
    });
}

PlaygroundServer::~PlaygroundServer()
{
    stop();
}

bool PlaygroundServer::start(quint16 port)
{
    if (m_server->isListening())
        return true;
    // Loopback only: the playground is for the person at this machine, never the network.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void PlaygroundServer::stop()
{
    m_server->close();
    m_resumeTimer->stop();
    m_acceptPaused = false;
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool PlaygroundServer::isRunning() const
{
    return m_server->isListening();
}

QUrl PlaygroundServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void PlaygroundServer::setTimeouts(int requestMs, int idleMs)
{
    m_requestTimeoutMs = requestMs;
    m_idleTimeoutMs = idleMs;
}

void PlaygroundServer::setMaxConnections(int count)
{
    m_maxConnections = count;
}

QString PlaygroundServer::logLine(const QByteArray &method, const QByteArray &target, int status)
{
    return escapeBytesForDisplay(method) + u' ' + escapeBytesForDisplay(target) + QStringLiteral(" → ")
        + QString::number(status);
}

void PlaygroundServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_maxConnections) {
            refuse(socket);
            continue;
        }
        // Qt stops reading from the kernel when this fills, so a client that sends faster than
        // it is served is held back by TCP instead of by our memory.
        socket->setReadBufferSize(PlaygroundMaxHeadBytes);
        Connection &connection = m_connections[socket];
        connection.timer = new QTimer(socket);
        connection.timer->setSingleShot(true);
        connect(connection.timer, &QTimer::timeout, this, [this, socket] { timedOut(socket); });
        arm(connection, m_requestTimeoutMs); // a new connection has that long to send its request
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->bytesToWrite() < MaxUnreadAnswerBytes)
                readFrom(socket); // a client that had fallen behind has caught up
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
    }
}

void PlaygroundServer::refuse(QTcpSocket *socket)
{
    PlaygroundResponse response = playgroundRefusal(503, "Service Unavailable",
                                                    "The playground is serving as many connections as it "
                                                    "takes; try again in a moment.");
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  "Retry-After: 1\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    // A client that never reads would keep the refusal, and its descriptor, forever.
    QTimer::singleShot(AcceptRetryMs, socket, &QAbstractSocket::abort);
}

void PlaygroundServer::onAcceptError()
{
    // Out of file descriptors, typically. Accepting again at once would fail again at once and
    // spin; wait until a connection closes (forget) or the retry timer fires.
    m_server->pauseAccepting();
    m_acceptPaused = true;
    m_resumeTimer->start();
}

void PlaygroundServer::forget(QTcpSocket *socket)
{
    if (!m_connections.remove(socket))
        return;
    if (m_acceptPaused && m_server->isListening()) {
        m_acceptPaused = false;
        m_resumeTimer->stop();
        m_server->resumeAccepting();
    }
}

void PlaygroundServer::arm(Connection &connection, int ms)
{
    if (ms > 0)
        connection.timer->start(ms);
    else
        connection.timer->stop();
}

void PlaygroundServer::timedOut(QTcpSocket *socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.constEnd())
        return;
    if (it->buffer.isEmpty() || socket->bytesToWrite() >= MaxUnreadAnswerBytes) {
        // Nothing to answer, or a client that reads nothing: just let go.
        forget(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    answer(socket,
           playgroundRefusal(408, "Request Timeout",
                             "The request did not arrive in full within "
                                 + QByteArray::number(m_requestTimeoutMs / 1000.0) + " s."),
           true);
}

void PlaygroundServer::readFrom(QTcpSocket *socket)
{
    while (true) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &connection = *it;
        if (connection.busy || socket->bytesToWrite() >= MaxUnreadAnswerBytes)
            return; // what is still to come stays in the socket until then
        if (connection.buffer.size() < MaxBufferedBytes && socket->bytesAvailable() > 0) {
            connection.buffer += socket->read(MaxBufferedBytes - connection.buffer.size());
            if (connection.idle && !connection.buffer.isEmpty()) {
                connection.idle = false; // a request has begun: it has the request timeout to end
                arm(connection, m_requestTimeoutMs);
            }
        }

        const PlaygroundParse parse = parsePlaygroundRequest(connection.buffer);
        if (parse.state == PlaygroundParse::State::Incomplete)
            return;
        if (parse.state == PlaygroundParse::State::Refused) {
            answer(socket, parse.refusal, true);
            return;
        }
        connection.buffer.remove(0, parse.consumed);
        const PlaygroundRequest &request = parse.request;
        const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        const PlaygroundResponse response = playgroundRoute(request, m_catalogue);
        Q_EMIT requestServed(request.method, request.target, response.status);
        if (response.delayMs > 0) {
            connection.busy = true;
            connection.timer->stop();
            QTimer::singleShot(response.delayMs, socket, [this, socket, response, close] {
                const auto waiting = m_connections.find(socket);
                if (waiting == m_connections.end())
                    return;
                waiting->busy = false;
                answer(socket, response, close);
                readFrom(socket); // requests that queued meanwhile
            });
            return;
        }
        answer(socket, response, close);
    }
}

void PlaygroundServer::answer(QTcpSocket *socket, const PlaygroundResponse &response, bool close)
{
    QByteArray bytes;
    if (response.interimStatus) {
        bytes += "HTTP/1.1 " + QByteArray::number(response.interimStatus) + ' ' + response.interimReason
            + "\r\n";
        for (const auto &[name, value] : response.interimHeaders)
            bytes += name + ": " + value + "\r\n";
        bytes += "\r\n";
    }
    bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        bytes += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && !forbidsBody(response.status))
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    bytes += "\r\n" + response.body;
    socket->write(bytes);
    if (close) {
        // Whatever the client sent after this request is never read: after a refusal it could be
        // a second request smuggled in the first one's body.
        forget(socket);
        socket->disconnectFromHost(); // once the answer is out; accept() deletes it on disconnected
        QTimer::singleShot(m_idleTimeoutMs > 0 ? m_idleTimeoutMs : AcceptRetryMs, socket,
                           &QAbstractSocket::abort);
        return;
    }
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->idle = it->buffer.isEmpty();
    arm(*it, it->idle ? m_idleTimeoutMs : m_requestTimeoutMs);
}

} // namespace StatusScope::Core
