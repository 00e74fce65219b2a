// SPDX-License-Identifier: MIT
#include "peerserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

PeerServer::~PeerServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool PeerServer::start(QString *why)
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = u"no free loopback port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    const auto [program, arguments] = command(m_port, why);
    if (program.isEmpty())
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        *why = name() + u" did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *why = name() + u" exited: "_s + QString::fromLocal8Bit(m_process.readAll()).trimmed();
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    *why = name() + u" did not accept connections within 20 s"_s;
    return false;
}

QUrl PeerServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme()).arg(m_port).arg(pathAndQuery));
}

std::pair<QString, QStringList> HttpbinServer::command(quint16 port, QString *why)
{
    // Debian's interpreter, not whatever python3 is first on PATH.
    const QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo::exists(python)) {
        *why = u"/usr/bin/python3 is not installed"_s;
        return {};
    }
    return {python,
            {u"-m"_s, u"httpbin.core"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port)}};
}

Http2Server::Http2Server(const QList<std::pair<QString, QByteArray>> &files)
    : m_files(files)
{
}

std::pair<QString, QStringList> Http2Server::command(quint16 port, QString *why)
{
    // Debian puts it in /usr/sbin, which is not on every user's PATH.
    const QString program = QStandardPaths::findExecutable(u"nghttpd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (program.isEmpty()) {
        *why = u"nghttpd is not installed (Debian package nghttp2-server)"_s;
        return {};
    }
    m_root = std::make_unique<QTemporaryDir>();
    for (const auto &[path, content] : std::as_const(m_files)) {
        QFile file(m_root->filePath(path));
        if (!QDir().mkpath(QFileInfo(file).path()) || !file.open(QIODevice::WriteOnly)
            || file.write(content) < 0) {
            *why = u"cannot write the document root: "_s + file.errorString();
            return {};
        }
    }
    return {program,
            {u"--address=127.0.0.1"_s, u"--htdocs="_s + m_root->path(), u"--echo-upload"_s,
             QString::number(port), QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.key"),
             QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt")}};
}

} // namespace StatusScope::Test
