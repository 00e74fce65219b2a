// SPDX-License-Identifier: MIT
#include "httpbinserver.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

HttpbinServer::~HttpbinServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool HttpbinServer::start(QString *why)
{
    // Debian's interpreter, not whatever python3 is first on PATH.
    const QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo::exists(python)) {
        *why = u"/usr/bin/python3 is not installed"_s;
        return false;
    }
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = u"no free loopback port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(
        python,
        {u"-m"_s, u"httpbin.core"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port)});
    if (!m_process.waitForStarted(5000)) {
        *why = u"python3 did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *why = u"httpbin exited: "_s + QString::fromLocal8Bit(m_process.readAll()).trimmed();
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    *why = u"httpbin did not accept connections within 20 s"_s;
    return false;
}

QUrl HttpbinServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

} // namespace StatusScope::Test
