// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace StatusScope::Test {

// An HTTP server for tests on 127.0.0.1 (port 0) that answers with whatever bytes a test scripts,
// so any edge case can be served: odd status lines, duplicate or empty headers, delays, slow or
// cut-off bodies, garbage. It records every request exactly as it arrived.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray raw; // the whole request: head and body
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int connection = 0; // which accepted connection carried it, from 1

        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };
    // Writes the response on `socket` (any bytes, any timing); the socket stays open unless the
    // handler closes it.
    using Handler = std::function<void(const Request &request, QTcpSocket *socket)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Plain HTTP, or HTTPS with a test certificate from tests/data/tls when `tls` is set:
    // "localhost" (self-signed, for localhost and 127.0.0.1), "expired" (the same names, valid in
    // 2020 only) or "wronghost" (valid, but for wrong-host.example).
    bool listen(bool tls = false, const QString &certificate = QStringLiteral("localhost"));
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    QString origin() const; // "http://127.0.0.1:PORT"

    // Routes match the path without its query; "*" catches everything else.
    void route(const QByteArray &path, const QByteArray &rawResponse, bool closeAfter = false);
    void route(const QByteArray &path, Handler handler);

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QByteArray &path) const;
    int connectionCount() const { return m_connections; }
    void clearRequests() { m_requests.clear(); }

    // A complete response with Content-Length; extra headers in order.
    static QByteArray response(int status, const QByteArray &reason,
                               const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &body = {});
    static QByteArray redirect(int status, const QByteArray &location, const QByteArray &body = {});
    // Writes `head`, then `byte` every `intervalMs` for as long as the connection lasts: a server
    // slow on purpose, which never goes quiet long enough for an inactivity timeout.
    static Handler drip(const QByteArray &head, int intervalMs, char byte = 'd');
    static QSslConfiguration serverTlsConfiguration(const QString &certificate = QStringLiteral("localhost"));

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void dispatch(const Request &request, QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_connectionIds;
    int m_connections = 0;
};

} // namespace StatusScope::Test
