// SPDX-License-Identifier: MIT
#include "playgroundserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace StatusScope::Core {

namespace {

// Set on a socket while its answer waits (a /slow delay): further requests queue in its buffer.
constexpr char busyProperty[] = "playgroundBusy";

PlaygroundResponse refusal(int status, const QByteArray &reason, const QByteArray &sentence)
{
    PlaygroundResponse response;
    response.status = status;
    response.reason = reason;
    response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    response.body = sentence + '\n';
    return response;
}

bool forbidsBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

} // namespace

PlaygroundServer::PlaygroundServer(const StatusCatalogue *catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PlaygroundServer::accept);
}

PlaygroundServer::~PlaygroundServer() = default;

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
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
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

void PlaygroundServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void PlaygroundServer::readFrom(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (socket->property(busyProperty).toBool())
        return;

    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > MaxHeadBytes)
            answer(socket,
                   refusal(431, "Request Header Fields Too Large",
                           "The request head passed 64 KiB without ending."),
                   true);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")
        || !requestLine.at(1).startsWith('/')) {
        answer(socket, refusal(400, "Bad Request", "The request line must read METHOD /path HTTP/1.1."),
               true);
        return;
    }
    PlaygroundRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            answer(socket, refusal(400, "Bad Request", "A header line has no name and colon."), true);
            return;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("Transfer-Encoding").isEmpty()) {
        answer(socket,
               refusal(411, "Length Required",
                       "The playground reads bodies with a Content-Length only, not chunked."),
               true);
        return;
    }
    const QByteArray lengthText = request.header("Content-Length");
    bool lengthOk = true;
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0) {
        answer(socket, refusal(400, "Bad Request", "Content-Length is not a number of bytes."), true);
        return;
    }
    if (length > MaxBodyBytes) {
        answer(socket, refusal(413, "Content Too Large", "The playground takes request bodies up to 1 MiB."),
               true);
        return;
    }
    if (buffer.size() < headEnd + 4 + length)
        return; // the rest of the body is on its way
    request.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);

    const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    const PlaygroundResponse response = playgroundRoute(request, m_catalogue);
    Q_EMIT requestServed(request.method, request.target, response.status);
    if (response.delayMs <= 0) {
        answer(socket, response, close);
        return;
    }
    socket->setProperty(busyProperty, true);
    QTimer::singleShot(response.delayMs, socket, [this, socket, response, close] {
        socket->setProperty(busyProperty, false);
        answer(socket, response, close);
    });
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
        m_buffers.remove(socket);
        socket->disconnectFromHost();
        return;
    }
    if (!m_buffers.value(socket).isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { readFrom(socket); }); // a pipelined request
}

} // namespace StatusScope::Core
