// SPDX-License-Identifier: MIT
#include "socksserver.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

bool SocksServer::available()
{
    return !ChildServer::findProgram(u"microsocks"_s).isEmpty();
}

QString SocksServer::nssWrapperLibrary()
{
    // Debian's multiarch folders first; a bare name left to the loader would hide a missing file
    // until the proxy quietly resolved through the real hosts file.
    for (const QString &folder :
         {u"/usr/lib/x86_64-linux-gnu"_s, u"/usr/lib/aarch64-linux-gnu"_s, u"/usr/lib64"_s, u"/usr/lib"_s}) {
        const QString library = folder + u"/libnss_wrapper.so"_s;
        if (QFileInfo::exists(library))
            return library;
    }
    return {};
}

bool SocksServer::hostsFileAvailable()
{
    return available() && !nssWrapperLibrary().isEmpty();
}

bool SocksServer::start(const QString &user, const QString &password, const QString &hostsFile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!hostsFile.isEmpty()) {
        const QString library = nssWrapperLibrary();
        if (library.isEmpty())
            return m_child.fail(u"libnss_wrapper.so is not installed (Debian package libnss-wrapper)"_s);
        // nss_wrapper only wraps when it has a passwd and a group file as well as the hosts file.
        const QString passwd = m_child.filePath(u"passwd"_s);
        const QString group = m_child.filePath(u"group"_s);
        const QByteArray uid = QByteArray::number(getuid());
        const QByteArray gid = QByteArray::number(getgid());
        if (!m_child.writeFile(passwd,
                               "root:x:0:0:root:/root:/bin/sh\ntester:x:" + uid + ':' + gid
                                   + ":tester:/tmp:/bin/sh\n")
            || !m_child.writeFile(group, "root:x:0:\ntesters:x:" + gid + ":\n"))
            return false;
        environment.insert(u"LD_PRELOAD"_s, library);
        environment.insert(u"NSS_WRAPPER_PASSWD"_s, passwd);
        environment.insert(u"NSS_WRAPPER_GROUP"_s, group);
        environment.insert(u"NSS_WRAPPER_HOSTS"_s, hostsFile);
    }
    const auto prepare = [user, password](quint16 port, QString *) -> QStringList {
        QStringList arguments{u"-i"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)};
        if (!user.isEmpty())
            arguments << u"-u"_s << user << u"-P"_s << password;
        return arguments;
    };
    return m_child.start(u"microsocks"_s, ChildServer::findProgram(u"microsocks"_s), prepare, environment);
}

QUrl SocksServer::url() const
{
    return QUrl(u"socks5://127.0.0.1:%1"_s.arg(port()));
}

} // namespace StatusScope::Test
