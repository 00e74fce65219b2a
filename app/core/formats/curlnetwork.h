// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace StatusScope::Core {

// The curl options that say how a request reaches its server (issue 15: proxy, trust, client
// certificate, pins, HTTP version, authentication), read from an imported curl command into
// NetworkOptions and written back by Copy as curl. The values are read by the same core functions
// as `statusscope check` (proxyselection.h, pins.h), so both accept and refuse the same text.
class CurlNetworkReader
{
public:
    // True for the options read here that take a value (-x, --resolve, -u, …) and those that do not
    // (--http1.1, --digest, …).
    static bool takesValue(const QString &option);
    static bool isFlag(const QString &option);
    // Every name of them, short forms included ("-x", "--proxy", …).
    static QStringList valueOptions();
    static QStringList flagOptions();

    // Reads one option as it comes in the command; a sentence when its value cannot be used.
    std::optional<QString> read(const QString &option, const QString &value = {});
    // Fills `network` once the whole command is read: some options only mean something together
    // (-u with --digest, --proxy-user with -x, in any order).
    std::optional<QString> finish(NetworkOptions &network) const;
    // (cert15) The options read but left out, each "OPTION VALUE: reason" (CurlImport::ignored).
    QStringList notApplied() const;

private:
    NetworkOptions m_network;
    std::optional<QString> m_proxy;
    std::optional<QString> m_proxyUser;
    std::optional<QString> m_user;
    std::optional<QString> m_bearer;
    AuthSetting::Scheme m_scheme = AuthSetting::Scheme::Basic;
    std::optional<QString> m_proxyUserNote; // (cert15) --proxy-user USER without a password
    QStringList m_versionNotes; // (tls-version) --tlsv1.1, --tls-max 1.1: older than Qt offers
};

// The curl words for `network`, each already quoted for a POSIX shell, in the order curl's manual
// lists them. Secrets are written as they are in `network`: mask the request first
// (chainmasking.h) for a command without them.
QStringList curlNetworkWords(const NetworkOptions &network);

// curl's --cert FILE[:PASSWORD]: the first colon not written as "\:" starts the password.
std::pair<QString, std::optional<QString>> splitCertificateArgument(const QString &argument);
// (tls-version) --tls-max: 1.2 for 1.0, 1.1 and 1.2 (nothing older is offered), 1.3, or
// "default"; nothing for another word.
std::optional<TlsSetting::Version> tlsMaxVersion(const QString &value);
// --cert-type: PEM, DER or P12 (any case); nothing for another word.
std::optional<TlsSetting::CertificateType> certificateTypeFromName(const QString &name);

} // namespace StatusScope::Core
