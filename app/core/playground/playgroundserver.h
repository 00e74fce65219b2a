// SPDX-License-Identifier: MIT
#pragma once

#include "playgroundroutes.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace StatusScope::Core {

// The teaching server: the playground routes over HTTP/1.1 on 127.0.0.1 only. Each connection is
// read until a whole request has arrived (64 KiB of head, 1 MiB of body at most), answered, and
// kept open for the next request unless the client asked to close it. Lives in the thread that
// created it; all I/O is asynchronous.
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

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QByteArray &target, int status);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const PlaygroundResponse &response, bool close);

    const StatusCatalogue *m_catalogue;
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_error;
};

} // namespace StatusScope::Core
