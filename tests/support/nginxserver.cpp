// SPDX-License-Identifier: MIT
#include "nginxserver.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

namespace {

QString quoted(const QString &path)
{
    return u'"' + path + u'"';
}

} // namespace

bool NginxServer::available()
{
    return !ChildServer::findProgram(u"nginx"_s).isEmpty();
}

bool NginxServer::start()
{
    return start(Config{});
}

bool NginxServer::start(const Config &config)
{
    m_tls = !config.certificate.isEmpty();
    const auto prepare = [this, config](quint16 port, QString *why) -> QStringList {
        const QString folder = m_child.folder();
        const auto file = [folder](const QString &name) { return quoted(QDir(folder).filePath(name)); };
        QString listen = u"127.0.0.1:%1"_s.arg(port);
        if (m_tls)
            listen += u" ssl"_s;
        if ((m_tls && config.http2) || (!m_tls && config.h2c))
            listen += u" http2"_s;
        QString tls;
        if (m_tls) {
            tls = u"        ssl_certificate %1;\n        ssl_certificate_key %2;\n"_s.arg(
                quoted(config.certificate), quoted(config.key));
            if (!config.clientCa.isEmpty())
                tls += u"        ssl_client_certificate %1;\n        ssl_verify_client %2;\n"
                       "        ssl_verify_depth 4;\n"_s.arg(quoted(config.clientCa),
                                                             config.clientCertificateOptional ? u"optional"_s
                                                                                              : u"on"_s);
        }
        // One process (no workers switching to another user), every path in the folder: runs as
        // root in CI and as anyone on a developer's machine.
        const QString text
            = u"master_process off;\n"
              "error_log %1 info;\n"
              "events { worker_connections 256; }\n"
              "http {\n"
              "    access_log %2;\n"
              "    client_body_temp_path %3;\n"
              "    proxy_temp_path %4;\n"
              "    fastcgi_temp_path %5;\n"
              "    uwsgi_temp_path %6;\n"
              "    scgi_temp_path %7;\n"
              "    default_type text/plain;\n"
              "    server {\n"
              "        listen %8;\n"
              "        server_name _;\n"_s.arg(file(u"error.log"_s), file(u"access.log"_s), file(u"body"_s),
                                               file(u"proxy"_s), file(u"fastcgi"_s), file(u"uwsgi"_s),
                                               file(u"scgi"_s), listen)
            + tls
            + u"        location = / { return 200 \"hello from nginx\\n\"; }\n"
              "        location = /info {\n"
              "            return 200 \"protocol=$server_protocol\\nhost=$host\\nscheme=$scheme\\n"
              "client=$ssl_client_s_dn\\nverify=$ssl_client_verify\\n\";\n"
              "        }\n"_s
            + config.extraServer + u"\n    }\n}\n"_s;
        const QString configFile = QDir(folder).filePath(u"nginx.conf"_s);
        if (!m_child.writeFile(configFile, text.toUtf8())) {
            *why = m_child.error();
            return {};
        }
        // -e: the log for the messages before the config is read (else /var/log/nginx, not ours).
        return {u"-p"_s, folder + u'/',
                u"-c"_s, configFile,
                u"-e"_s, QDir(folder).filePath(u"error.log"_s),
                u"-g"_s, u"daemon off; pid %1;"_s.arg(file(u"nginx.pid"_s))};
    };
    return m_child.start(u"nginx"_s, ChildServer::findProgram(u"nginx"_s), prepare);
}

QUrl NginxServer::url(const QString &path) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_tls ? u"https"_s : u"http"_s)
                    .arg(port())
                    .arg(path.startsWith(u'/') ? path : u'/' + path));
}

QString NginxServer::errorLog() const
{
    QFile file(m_child.filePath(u"error.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace StatusScope::Test
