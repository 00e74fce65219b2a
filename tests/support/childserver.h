// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace StatusScope::Test {

// What the real-server launchers (nginx, tinyproxy, microsocks) share: a temporary folder for
// their config and log, a child process on a free loopback port, a bounded wait until that port
// accepts connections, and a stop that leaves no process behind.
class ChildServer
{
public:
    ChildServer();
    ~ChildServer();
    ChildServer(const ChildServer &) = delete;
    ChildServer &operator=(const ChildServer &) = delete;

    // Writes what the program needs for `port` (config files in folder()) and returns its
    // arguments; sets `why` when it cannot.
    using Prepare = std::function<QStringList(quint16 port, QString *why)>;

    // Starts `program` on a free port and waits until the port accepts connections. The port is
    // found by binding to port 0 and closing again, so another process may take it before the
    // child binds: when the child exits before accepting, it is tried again on a new port.
    bool start(const QString &name, const QString &program, const Prepare &prepare,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Terminates the child and waits for it (then kills it if it lingers).
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString folder() const { return m_folder.path(); }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    // What the child wrote on standard output and error so far.
    QString output();

    // Records why a launcher cannot start (for error()); returns false.
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    // Writes `content` to `path`; false with the reason in error() when it cannot.
    bool writeFile(const QString &path, const QByteArray &content);
    static QString findProgram(const QString &name);

private:
    static quint16 freePort();
    bool waitUntilAccepting(const QString &name);

    QTemporaryDir m_folder;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace StatusScope::Test

// In a test: skips with a sentence when a real server's program is not installed (`available` is
// false), or fails in CI (CI=true), where ./dev installs every one of them.
#define STATUSSCOPE_REQUIRE_PROGRAM(available, what)                                                         \
    do {                                                                                                     \
        if (!(available)) {                                                                                  \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("a test server is required in CI: " what " is not installed");                         \
            QSKIP("test server unavailable: " what " is not installed (./dev deps installs it)");            \
        }                                                                                                    \
    } while (false)
