// SPDX-License-Identifier: MIT
#include "tinyproxyserver.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

bool TinyproxyServer::available()
{
    return !ChildServer::findProgram(u"tinyproxy"_s).isEmpty();
}

bool TinyproxyServer::start(const QString &user, const QString &password)
{
    const auto prepare = [this, user, password](quint16 port, QString *why) -> QStringList {
        // No ConnectPort line: CONNECT may reach any port, as the tests' servers sit on random ones.
        QString config = u"Port %1\n"
                         "Listen 127.0.0.1\n"
                         "Allow 127.0.0.1\n"
                         "Timeout 60\n"
                         "MaxClients 64\n"
                         "LogLevel Info\n"
                         "LogFile \"%2\"\n"_s.arg(port)
                             .arg(logFile());
        if (!user.isEmpty())
            config += u"BasicAuth %1 %2\n"_s.arg(user, password);
        const QString file = m_child.filePath(u"tinyproxy.conf"_s);
        if (!m_child.writeFile(file, config.toUtf8())) {
            *why = m_child.error();
            return {};
        }
        // Each attempt starts from an empty log, so log() shows this run only.
        QFile::remove(logFile());
        return {u"-d"_s, u"-c"_s, file};
    };
    return m_child.start(u"tinyproxy"_s, ChildServer::findProgram(u"tinyproxy"_s), prepare);
}

QUrl TinyproxyServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QStringList TinyproxyServer::log() const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "INFO      Jun 01 12:00:00.000 [42]: Request (file descriptor 6): GET http://… HTTP/1.1"
    static const QRegularExpression request(u"Request \\(file descriptor \\d+\\): (.*)$"_s);
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QRegularExpressionMatch match = request.match(QString::fromUtf8(line));
        if (match.hasMatch())
            lines << match.captured(1).trimmed();
    }
    return lines;
}

} // namespace StatusScope::Test
