// SPDX-License-Identifier: MIT
#pragma once

#include "childserver.h"

#include <QStringList>
#include <QUrl>

namespace StatusScope::Test {

// tinyproxy (Debian's tinyproxy-bin) on 127.0.0.1: an HTTP proxy with CONNECT to any port and, when
// a user is given, Basic proxy authentication. Its config and log live in a temporary folder; it is
// stopped with the object.
class TinyproxyServer
{
public:
    // Basic proxy authentication when `user` is set; waits until the port accepts connections.
    bool start(const QString &user = {}, const QString &password = {});
    void stop() { m_child.stop(); }
    QString error() const { return m_child.error(); }
    quint16 port() const { return m_child.port(); }
    QUrl url() const; // http://127.0.0.1:PORT
    qint64 processId() const { return m_child.processId(); }
    // The request lines tinyproxy logged ("GET http://127.0.0.1:8080/ HTTP/1.1",
    // "CONNECT 127.0.0.1:8443 HTTP/1.1"), to check that a request went through it.
    QStringList log() const;
    QString logFile() const { return m_child.filePath(QStringLiteral("tinyproxy.log")); }
    static bool available();

private:
    ChildServer m_child;
};

} // namespace StatusScope::Test
