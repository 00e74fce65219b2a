// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QUrl>

namespace StatusScope::Test {

// httpbin (Debian's python3-httpbin) on a free loopback port: a real peer server nobody here wrote.
class HttpbinServer
{
public:
    HttpbinServer() = default;
    ~HttpbinServer();
    HttpbinServer(const HttpbinServer &) = delete;
    HttpbinServer &operator=(const HttpbinServer &) = delete;

    // Starts it and waits until it accepts connections; false (with the reason) when it cannot.
    bool start(QString *why);
    QUrl url(const QString &pathAndQuery) const;
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace StatusScope::Test
