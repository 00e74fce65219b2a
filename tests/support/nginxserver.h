// SPDX-License-Identifier: MIT
#pragma once

#include "childserver.h"

#include <QUrl>

namespace StatusScope::Test {

// nginx on 127.0.0.1, one process (master_process off) run in the foreground with its config,
// pid, logs and temporary files in a temporary folder, so it needs no root and leaves nothing
// behind. It answers:
//   /      200 "hello from nginx\n"
//   /info  200 "protocol=HTTP/2.0\nhost=…\nscheme=https\nclient=O=StatusScope
//   tests,CN=alice\nverify=SUCCESS\n"
//          (the protocol spoken, the Host asked for, and the client certificate nginx saw)
// and whatever Config::extraServer adds.
class NginxServer
{
public:
    struct Config
    {
        QString certificate, key; // PEM files: TLS when set, plain HTTP when empty
        QString clientCa; // PEM: client certificates signed by it are required (ssl_verify_client on)
        bool http2 = true; // over TLS: offered by ALPN beside HTTP/1.1
        QString extraServer; // nginx directives added inside the server block (locations, …)
        bool clientCertificateOptional = false; // with clientCa: ssl_verify_client optional
        bool h2c = false; // plain HTTP: speak HTTP/2 with prior knowledge only (no HTTP/1.1)
    };
    // Waits until the port accepts connections. (Two overloads rather than `= {}`: gcc 12 does not
    // take a default argument of a nested struct with member initializers.)
    bool start(const Config &config);
    bool start();
    void stop() { m_child.stop(); }
    QString error() const { return m_child.error(); }
    quint16 port() const { return m_child.port(); }
    QUrl url(const QString &path) const; // https://127.0.0.1:PORT/path when TLS, http:// otherwise
    qint64 processId() const { return m_child.processId(); }
    QString errorLog() const; // nginx's error log so far (handshake failures are told there)
    static bool available();

private:
    ChildServer m_child;
    bool m_tls = false;
};

} // namespace StatusScope::Test
