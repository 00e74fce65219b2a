// SPDX-License-Identifier: MIT
#include "core/requests/tlsenvironment.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The folder Qt 6.4's OpenSSL backend looks authorities up in by their hashed names, and the
// bundle Debian's update-ca-certificates writes beside them from the same authorities.
constexpr auto SystemFolder = "/etc/ssl/certs"_L1;
constexpr auto SystemBundle = "/etc/ssl/certs/ca-certificates.crt"_L1;

bool namesSystemStore(const QString &path, bool folder)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return false; // a name that leads nowhere is said when the first https hop needs it
    return canonical
        == (folder ? QFileInfo(SystemFolder).canonicalFilePath()
                   : QFileInfo(SystemBundle).canonicalFilePath());
}

} // namespace

QString EnvironmentAuthorities::variables() const
{
    QStringList names;
    for (const Source &source : sources) {
        if (!names.contains(source.variable))
            names.append(source.variable);
    }
    // In the interface's language ("A und B"); the C locale would only put a comma between them.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    return locale.createSeparatedList(names);
}

std::optional<EnvironmentAuthorities> environmentAuthorities()
{
    struct Variable
    {
        const char *name;
        bool folder;
    };
    // curl takes CURL_CA_BUNDLE alone when it is set, else the two OpenSSL reads.
    static constexpr Variable Curl[] = {{"CURL_CA_BUNDLE", false}};
    static constexpr Variable OpenSsl[] = {{"SSL_CERT_DIR", true}, {"SSL_CERT_FILE", false}};
    EnvironmentAuthorities found;
    const auto read = [&found](const auto &variables) {
        for (const Variable &variable : variables) {
            const QString value = qEnvironmentVariable(variable.name);
            // OpenSSL reads SSL_CERT_DIR as folders separated by colons.
            const QStringList paths
                = variable.folder ? value.split(u':', Qt::SkipEmptyParts) : QStringList{value};
            for (const QString &path : paths) {
                if (path.isEmpty())
                    continue;
                if (namesSystemStore(path, variable.folder))
                    found.withSystem = true;
                else
                    found.sources.append({QString::fromLatin1(variable.name), path, variable.folder});
            }
        }
    };
    read(Curl);
    if (!found.withSystem && found.sources.isEmpty())
        read(OpenSsl);
    if (found.sources.isEmpty())
        return std::nullopt;
    return found;
}

} // namespace StatusScope::Core
