// SPDX-License-Identifier: MIT
#include "childserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

namespace {
constexpr int attempts = 3; // ports tried before giving up on a bind race
constexpr int acceptWithinMs = 5000;
} // namespace

ChildServer::ChildServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes or is killed by ctest's timeout never reaches the destructor: the
    // kernel then ends the server with it instead of leaving it on its port (Linux only, as is
    // the project).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

ChildServer::~ChildServer()
{
    stop();
}

QString ChildServer::findProgram(const QString &name)
{
    // Debian puts servers in /usr/sbin, which is not on every user's PATH.
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s}) : found;
}

quint16 ChildServer::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool ChildServer::writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        m_error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ChildServer::output()
{
    m_output += m_process.readAll();
    return QString::fromLocal8Bit(m_output);
}

bool ChildServer::start(const QString &name, const QString &program, const Prepare &prepare,
                        const QProcessEnvironment &environment)
{
    m_error.clear();
    if (isRunning()) {
        m_error = name + u" is already running"_s;
        return false;
    }
    if (!m_folder.isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_folder.errorString();
        return false;
    }
    if (program.isEmpty()) {
        m_error = name + u" is not installed"_s;
        return false;
    }
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = u"no free loopback port"_s;
            return false;
        }
        QString why;
        const QStringList arguments = prepare(m_port, &why);
        if (!why.isEmpty()) {
            m_error = why;
            return false;
        }
        m_output.clear();
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(m_folder.path());
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(acceptWithinMs)) {
            m_error = u"%1 did not start: %2"_s.arg(name, m_process.errorString());
            return false;
        }
        if (waitUntilAccepting(name))
            return true;
        // Exited before accepting: most likely someone took the port in between; try another.
        if (isRunning())
            break;
    }
    stop();
    return false;
}

bool ChildServer::waitUntilAccepting(const QString &name)
{
    const QDeadlineTimer deadline(acceptWithinMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.abort();
            // A connection can only prove the port is taken; the child must still be alive to be
            // the one holding it.
            if (isRunning())
                return true;
        }
        // The pause between attempts doubles as the check that the child is still alive.
        if (m_process.waitForFinished(50) || !isRunning()) {
            m_error = u"%1 exited (%2): %3"_s.arg(name).arg(m_process.exitCode()).arg(output().trimmed());
            return false;
        }
    }
    m_error = u"%1 did not accept connections on port %2 within %3 s: %4"_s.arg(name)
                  .arg(m_port)
                  .arg(acceptWithinMs / 1000)
                  .arg(output().trimmed());
    return false;
}

void ChildServer::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    output();
}

} // namespace StatusScope::Test
