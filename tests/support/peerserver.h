// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace StatusScope::Test {

// A real server nobody here wrote, run as a child process on a free loopback port and stopped
// with the test. Use one of the peers below.
class PeerServer
{
public:
    virtual ~PeerServer();
    PeerServer(const PeerServer &) = delete;
    PeerServer &operator=(const PeerServer &) = delete;

    // Starts it and waits until it accepts connections; false (with the reason) when it cannot.
    bool start(QString *why);
    QUrl url(const QString &pathAndQuery) const;
    quint16 port() const { return m_port; }

protected:
    PeerServer() = default;
    virtual QString name() const = 0;
    virtual QString scheme() const = 0;
    // The program to run and its arguments for `port`; empty program (with `why`) when missing.
    virtual std::pair<QString, QStringList> command(quint16 port, QString *why) = 0;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// httpbin (Debian's python3-httpbin) over plain HTTP.
class HttpbinServer final : public PeerServer
{
protected:
    QString name() const override { return QStringLiteral("httpbin"); }
    QString scheme() const override { return QStringLiteral("http"); }
    std::pair<QString, QStringList> command(quint16 port, QString *why) override;
};

// nghttpd (Debian's nghttp2-server): HTTP/2 over TLS with the self-signed test certificate,
// serving the files `files` names (path → content) and echoing request bodies back.
class Http2Server final : public PeerServer
{
public:
    explicit Http2Server(const QList<std::pair<QString, QByteArray>> &files);

protected:
    QString name() const override { return QStringLiteral("nghttpd"); }
    QString scheme() const override { return QStringLiteral("https"); }
    std::pair<QString, QStringList> command(quint16 port, QString *why) override;

private:
    QList<std::pair<QString, QByteArray>> m_files;
    std::unique_ptr<QTemporaryDir> m_root;
};

} // namespace StatusScope::Test

// In initTestCase(): starts `server`, or skips the test when the peer is not installed. In CI
// (CI=true) a missing peer fails instead: ./dev installs every one of them.
#define STATUSSCOPE_START_PEER(server)                                                                      \
    do {                                                                                                    \
        QString why_;                                                                                       \
        if (!(server).start(&why_)) {                                                                       \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                        \
                QFAIL(qPrintable(QStringLiteral("a test peer is required in CI: ") + why_));                \
            QSKIP(qPrintable(QStringLiteral("test peer unavailable: ") + why_));                            \
        }                                                                                                   \
    } while (false)
