// SPDX-License-Identifier: MIT
#include "scriptedserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

QByteArray ScriptedServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ScriptedServer::Request::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
}

ScriptedServer::~ScriptedServer() = default;

QSslConfiguration ScriptedServer::serverTlsConfiguration(const QString &certificateName)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Every test certificate is made for the same key.
    QFile certificate(QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/") + certificateName + u".crt"_s);
    QFile key(QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.key"));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("test certificate missing in tests/data/tls");
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

bool ScriptedServer::listen(bool tls, const QString &certificate)
{
    m_tls = tls;
    if (tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(serverTlsConfiguration(certificate));
        m_server = server;
        connect(server, &QSslServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
    } else {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
    }
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ScriptedServer::origin() const
{
    return (m_tls ? u"https://127.0.0.1:"_s : u"http://127.0.0.1:"_s) + QString::number(port());
}

QUrl ScriptedServer::url(const QString &pathAndQuery) const
{
    return QUrl(origin() + pathAndQuery);
}

void ScriptedServer::route(const QByteArray &path, const QByteArray &rawResponse, bool closeAfter)
{
    route(path, [rawResponse, closeAfter](const Request &, QTcpSocket *socket) {
        socket->write(rawResponse);
        if (closeAfter)
            socket->disconnectFromHost();
    });
}

void ScriptedServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

QList<ScriptedServer::Request> ScriptedServer::requestsTo(const QByteArray &path) const
{
    QList<Request> result;
    for (const Request &request : m_requests) {
        if (request.target.split('?').first() == path)
            result.append(request);
    }
    return result;
}

QByteArray ScriptedServer::response(int status, const QByteArray &reason,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status)
        + (reason.isEmpty() ? QByteArray() : QByteArray(" " + reason)) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return bytes;
}

QByteArray ScriptedServer::redirect(int status, const QByteArray &location, const QByteArray &body)
{
    static const QHash<int, QByteArray> reasons{
        {300, "Multiple Choices"}, {301, "Moved Permanently"},  {302, "Found"},
        {303, "See Other"},        {307, "Temporary Redirect"}, {308, "Permanent Redirect"}};
    return response(status, reasons.value(status, "Redirect"), {{"Location", location}}, body);
}

ScriptedServer::Handler ScriptedServer::drip(const QByteArray &head, int intervalMs, char byte)
{
    return [head, intervalMs, byte](const Request &, QTcpSocket *socket) {
        socket->write(head);
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, byte] { socket->write(&byte, 1); });
        timer->start(intervalMs);
    };
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connectionIds.insert(socket, ++m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_connectionIds.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one connection; answer each complete one in order.
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon);
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        request.raw = buffer.left(headEnd + 4 + length);
        request.connection = m_connectionIds.value(socket);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        dispatch(request, socket);
        if (!m_buffers.contains(socket))
            return; // the handler closed the connection
    }
}

void ScriptedServer::dispatch(const Request &request, QTcpSocket *socket)
{
    const QByteArray path = request.target.split('?').first();
    auto handler = m_routes.constFind(path);
    if (handler == m_routes.cend())
        handler = m_routes.constFind("*");
    if (handler != m_routes.cend()) {
        (*handler)(request, socket);
        return;
    }
    socket->write(response(404, "Not Found", {}, "no route for " + path));
}

} // namespace StatusScope::Test
