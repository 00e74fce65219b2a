// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// (ca-env) The authorities a shell's environment names for TLS, read as curl reads them when
// neither --cacert nor --capath is given: CURL_CA_BUNDLE (a file), else SSL_CERT_DIR (a folder)
// and SSL_CERT_FILE (a file), both when both are set (curl 8.2 and later, and OpenSSL itself).
// Companies set them for the authority of a TLS-inspecting proxy or of their own servers; as in
// curl, what they name replaces this computer's authorities.
struct EnvironmentAuthorities
{
    struct Source
    {
        QString variable; // "CURL_CA_BUNDLE", "SSL_CERT_DIR" or "SSL_CERT_FILE"
        QString path;
        bool folder = false;
    };
    QList<Source> sources; // to be read, in the order above
    // One of the variables names the system's own store, which Qt reads by itself (Debian's and
    // Ubuntu's /etc/ssl/certs, or the bundle update-ca-certificates writes there): it is not read
    // again (a hundred and more authorities cost every https request tens of milliseconds), and
    // the other sources join the system's authorities instead of replacing them.
    bool withSystem = false;

    // "CURL_CA_BUNDLE", or "SSL_CERT_DIR and SSL_CERT_FILE": the variables read, for sentences.
    QString variables() const;
};

// What the environment names; none when no variable is set (an empty one counts as unset) or when
// those set name only the system's own store.
std::optional<EnvironmentAuthorities> environmentAuthorities();

} // namespace StatusScope::Core
