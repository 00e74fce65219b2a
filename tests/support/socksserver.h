// SPDX-License-Identifier: MIT
#pragma once

#include "childserver.h"

#include <QUrl>

namespace StatusScope::Test {

// microsocks on 127.0.0.1: a SOCKS5 proxy, with user/password authentication when a user is given.
// With a hosts file it resolves names through that file only (nss_wrapper, Debian's
// libnss-wrapper), so a socks5h test can use a name that nobody but the proxy can resolve.
class SocksServer
{
public:
    bool start(const QString &user = {}, const QString &password = {}, const QString &hostsFile = {});
    void stop() { m_child.stop(); }
    QString error() const { return m_child.error(); }
    quint16 port() const { return m_child.port(); }
    QUrl url() const; // socks5://127.0.0.1:PORT
    qint64 processId() const { return m_child.processId(); }
    static bool available();
    static bool hostsFileAvailable(); // libnss_wrapper is installed too
    static QString nssWrapperLibrary(); // its path, empty when missing

private:
    ChildServer m_child;
};

} // namespace StatusScope::Test
