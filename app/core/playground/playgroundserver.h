// SPDX-License-Identifier: MIT
#pragma once

#include "core/playground/playgroundparser.h"
#include "core/playground/playgroundroutes.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace StatusScope::Core {

// The teaching server: the playground routes over HTTP/1.1 on 127.0.0.1 only. Each connection is
// read until a whole request has arrived (playgroundparser.h has the limits), answered, and kept
// open for the next request unless the client asked to close it. Lives in the thread that created
// it; all I/O is asynchronous.
//
// A client cannot hold it up for others: a connection that sends nothing for the idle timeout, or
// takes longer than the request timeout to send a whole request, is closed; past the connection
// cap a newcomer is answered 503 and closed; when the process runs out of file descriptors the
// server stops accepting until a connection closes, rather than retrying in a busy loop.
class PlaygroundServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundServer)

public:
    // The catalogue (for reason phrases) is not owned and may be null.
    explicit PlaygroundServer(const StatusCatalogue *catalogue, QObject *parent = nullptr);
    ~PlaygroundServer() override;

    // Port 0 picks a free one. False, with errorString(), when the port is taken.
    bool start(quint16 port = 0);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QUrl url() const; // http://127.0.0.1:PORT

    // requestMs: from a connection's first byte of a request (or its opening) to the end of that
    // request; idleMs: between requests on a kept-alive connection. Apply to new waits.
    void setTimeouts(int requestMs, int idleMs);
    void setMaxConnections(int count);
    int connectionCount() const { return int(m_connections.size()); }

    static constexpr qsizetype MaxHeadBytes = PlaygroundMaxHeadBytes;
    static constexpr qsizetype MaxBodyBytes = PlaygroundMaxBodyBytes;
    static constexpr int DefaultRequestTimeoutMs = 10'000;
    static constexpr int DefaultIdleTimeoutMs = 30'000;
    static constexpr int DefaultMaxConnections = 256;

    // One log line for a served request: what the client sent is escaped (safetext.h), so a
    // control character in a method or target cannot steer the terminal that shows the log.
    static QString logLine(const QByteArray &method, const QByteArray &target, int status);

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QByteArray &target, int status);

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer *timer = nullptr; // owned by the socket
        bool busy = false; // an answer waits (a /slow delay): further requests queue
        bool idle = true; // waiting between requests, not in the middle of one
    };

    void accept();
    void refuse(QTcpSocket *socket);
    void onAcceptError();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const PlaygroundResponse &response, bool close);
    void timedOut(QTcpSocket *socket);
    void arm(Connection &connection, int ms);
    void forget(QTcpSocket *socket);

    const StatusCatalogue *m_catalogue;
    QTcpServer *m_server;
    QTimer *m_resumeTimer;
    QHash<QTcpSocket *, Connection> m_connections;
    QString m_error;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    int m_maxConnections = DefaultMaxConnections;
    bool m_acceptPaused = false;
};

} // namespace StatusScope::Core
