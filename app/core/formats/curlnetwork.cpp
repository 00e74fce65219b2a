// SPDX-License-Identifier: MIT
#include "core/formats/curlnetwork.h"

#include "core/formats/curlcommand.h"
#include "core/formats/networkdocument.h"
#include "core/requests/pins.h"
#include "core/requests/proxyselection.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// The words curl accepts for each option, by the name used below.
QString canonical(const QString &option)
{
    static const QHash<QString, QString> aliases{{u"-x"_s, u"--proxy"_s},
                                                 {u"-u"_s, u"--user"_s},
                                                 {u"-E"_s, u"--cert"_s},
                                                 {u"-U"_s, u"--proxy-user"_s}};
    return aliases.value(option, option);
}

QString word(const QString &text)
{
    return shellQuote(text.toUtf8());
}

// "FILE" with its colons written as "\:", so that no colon reads as the start of a password.
QString escapedCertificateFile(const QString &file)
{
    QString escaped = file;
    return escaped.replace(u":"_s, u"\\:"_s);
}

} // namespace

QStringList CurlNetworkReader::valueOptions()
{
    // (cert15) -U: curl's short --proxy-user.
    return {u"-x"_s,          u"--proxy"_s,         u"-U"_s,        u"--proxy-user"_s, u"--noproxy"_s,
            u"--cacert"_s,    u"--capath"_s,        u"-E"_s,        u"--cert"_s,       u"--key"_s,
            u"--cert-type"_s, u"--pass"_s,          u"--resolve"_s, u"--connect-to"_s, u"-u"_s,
            u"--user"_s,      u"--oauth2-bearer"_s, u"--tls-max"_s};
}

QStringList CurlNetworkReader::flagOptions()
{
    return {u"--http1.1"_s, u"--http2"_s,   u"--http2-prior-knowledge"_s,
            u"--basic"_s,   u"--digest"_s,  u"--anyauth"_s,
            u"--tlsv1"_s,   u"--tlsv1.0"_s, u"--tlsv1.1"_s,
            u"--tlsv1.2"_s, u"--tlsv1.3"_s};
}

bool CurlNetworkReader::takesValue(const QString &option)
{
    static const QStringList names = valueOptions();
    return names.contains(option);
}

bool CurlNetworkReader::isFlag(const QString &option)
{
    static const QStringList names = flagOptions();
    return names.contains(option);
}

std::optional<QString> CurlNetworkReader::read(const QString &option, const QString &value)
{
    const QString name = canonical(option);
    TlsSetting &tls = m_network.tls;
    QString error;
    if (name == u"--proxy") {
        m_proxy = value;
    } else if (name == u"--proxy-user") {
        // (cert15) A user alone: curl would ask for the password. Sent with an empty one, the
        // proxy refuses it; check refuses the option, and the import leaves it out, saying why.
        if (!value.contains(u':')) {
            m_proxyUser.reset(); // the last one given counts, as in curl
            m_proxyUserNote = CurlText::tr("%1 %2: no password after a colon. curl would ask for it, "
                                           "StatusScope does not, so no proxy user is set: give "
                                           "USER:PASSWORD (USER: for an empty password).")
                                  .arg(option, value);
            return std::nullopt;
        }
        m_proxyUserNote.reset();
        m_proxyUser = value;
    } else if (name == u"--noproxy") {
        m_network.proxy.noProxy = parseNoProxy(value);
    } else if (name == u"--cacert") {
        tls.caFiles.append(value);
    } else if (name == u"--capath") {
        tls.caPath = value;
    } else if (name == u"--cert") {
        const auto [file, password] = splitCertificateArgument(value);
        tls.clientCertificate = file;
        if (password && tls.passphrase.isEmpty())
            tls.passphrase = *password;
    } else if (name == u"--key") {
        tls.clientKey = value;
    } else if (name == u"--cert-type") {
        const std::optional<TlsSetting::CertificateType> type = certificateTypeFromName(value);
        if (!type)
            return CurlText::tr("--cert-type needs PEM, DER or P12, not “%1”.").arg(value);
        tls.certificateType = *type;
    } else if (name == u"--pass") {
        tls.passphrase = value; // the key's own passphrase wins over the one after --cert's colon
    } else if (name == u"--resolve") {
        const std::optional<ResolvePin> pin = parseResolvePin(value, &error);
        if (!pin)
            return error;
        m_network.resolve.append(*pin);
    } else if (name == u"--connect-to") {
        const std::optional<ConnectToPin> pin = parseConnectToPin(value, &error);
        if (!pin)
            return error;
        m_network.connectTo.append(*pin);
    } else if (name == u"--http1.1") {
        m_network.httpVersion = HttpVersion::Http1_1; // the last version given wins, as in curl
    } else if (name == u"--http2") {
        m_network.httpVersion = HttpVersion::Http2;
    } else if (name == u"--http2-prior-knowledge") {
        m_network.httpVersion = HttpVersion::Http2PriorKnowledge;
    } else if (name.startsWith(u"--tlsv1")) {
        // The least version curl may use; older than 1.2 is what Qt offers anyway (the last given
        // wins, as in curl).
        tls.leastVersion = name == u"--tlsv1.3" ? TlsSetting::Version::Tls1_3
            : name == u"--tlsv1.2"              ? TlsSetting::Version::Tls1_2
                                                : TlsSetting::Version::Default;
        if (tls.leastVersion == TlsSetting::Version::Default)
            m_versionNotes.append(
                CurlText::tr("%1: TLS 1.0 and 1.1 are not offered (Qt 6.4 speaks TLS 1.2 and "
                             "1.3), so a server that knows nothing newer cannot be reached")
                    .arg(option));
    } else if (name == u"--tls-max") {
        const std::optional<TlsSetting::Version> most = tlsMaxVersion(value);
        if (!most)
            return CurlText::tr("--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “%1”.").arg(value);
        tls.mostVersion = *most;
        if (value == u"1.0"_s || value == u"1.1"_s)
            m_versionNotes.append(CurlText::tr("%1 %2: Qt 6.4 offers nothing older than TLS 1.2, so TLS 1.2 "
                                               "is the most offered here")
                                      .arg(option, value));
    } else if (name == u"--basic") {
        m_scheme = AuthSetting::Scheme::Basic;
    } else if (name == u"--digest") {
        m_scheme = AuthSetting::Scheme::Digest;
    } else if (name == u"--anyauth") {
        m_scheme = AuthSetting::Scheme::Any;
    } else if (name == u"--user") {
        m_user = value;
    } else if (name == u"--oauth2-bearer") {
        m_bearer = value;
    }
    return std::nullopt;
}

QStringList CurlNetworkReader::notApplied() const
{
    QStringList notes = m_proxyUserNote ? QStringList{*m_proxyUserNote} : QStringList();
    // "-u alice": curl would stop and ask for the password; a paste cannot, so it is said.
    if (m_user && !m_bearer && !m_user->contains(u':'))
        notes.append(CurlText::tr("-u %1: no password after a colon. curl would ask for it; here the "
                                  "password is empty: give USER:PASSWORD, or type it in the Options tab.")
                         .arg(*m_user));
    return notes + m_versionNotes;
}

std::optional<QString> CurlNetworkReader::finish(NetworkOptions &network) const
{
    NetworkOptions read = m_network;
    // As check reads them: the user first, so that one written in -x's URL does not replace it.
    if (m_proxyUser) {
        if (auto problem = parseProxyUser(*m_proxyUser, read.proxy))
            return problem;
    }
    if (m_proxy) {
        if (auto problem = parseProxyUrl(*m_proxy, read.proxy))
            return u"-x: "_s + *problem;
    }
    if (m_bearer) {
        read.auth.scheme = AuthSetting::Scheme::Bearer;
        read.auth.token = *m_bearer;
    } else if (m_user) {
        // USER:PASSWORD, the password after the first colon (it may hold more); without a colon
        // curl would ask for it, and the password stays empty here.
        const qsizetype colon = m_user->indexOf(u':');
        read.auth.scheme = m_scheme;
        read.auth.user = colon < 0 ? *m_user : m_user->left(colon);
        read.auth.password = colon < 0 ? QString() : m_user->mid(colon + 1);
    }
    if (const std::optional<QString> problem = tlsVersionProblem(read.tls))
        return problem;
    network = read;
    return std::nullopt;
}

QStringList curlNetworkWords(const NetworkOptions &network)
{
    QStringList words;
    const ProxySetting &proxy = network.proxy;
    if (proxy.mode == ProxySetting::Mode::None) {
        words.append({u"-x"_s, u"''"_s}); // curl -x "": no proxy, whatever the environment says
    } else if (proxy.mode == ProxySetting::Mode::Manual) {
        // The credentials go in --proxy-user only, where masking finds them.
        words.append({u"-x"_s, word(proxy.url.adjusted(QUrl::RemoveUserInfo).toString())});
    }
    if (!proxy.user.isEmpty() || !proxy.password.isEmpty())
        words.append({u"--proxy-user"_s, word(proxy.user + u':' + proxy.password)});
    if (!proxy.noProxy.isEmpty())
        words.append({u"--noproxy"_s, word(proxy.noProxy.join(u','))});

    const TlsSetting &tls = network.tls;
    for (const QString &file : tls.caFiles)
        words.append({u"--cacert"_s, word(file)});
    if (!tls.caPath.isEmpty())
        words.append({u"--capath"_s, word(tls.caPath)});
    if (!tls.clientCertificate.isEmpty())
        words.append({u"--cert"_s, word(escapedCertificateFile(tls.clientCertificate))});
    if (!tls.clientKey.isEmpty())
        words.append({u"--key"_s, word(tls.clientKey)});
    if (tls.certificateType == TlsSetting::CertificateType::Der)
        words.append({u"--cert-type"_s, u"DER"_s});
    else if (tls.certificateType == TlsSetting::CertificateType::Pkcs12)
        words.append({u"--cert-type"_s, u"P12"_s});
    if (!tls.passphrase.isEmpty())
        words.append({u"--pass"_s, word(tls.passphrase)});

    for (const ResolvePin &pin : network.resolve)
        words.append({u"--resolve"_s, word(resolvePinText(pin))});
    for (const ConnectToPin &pin : network.connectTo)
        words.append({u"--connect-to"_s, word(connectToPinText(pin))});

    if (tls.leastVersion != TlsSetting::Version::Default)
        words.append(u"--tlsv"_s + tlsVersionKey(tls.leastVersion).toString());
    if (tls.mostVersion != TlsSetting::Version::Default)
        words.append({u"--tls-max"_s, tlsVersionKey(tls.mostVersion).toString()});

    switch (network.httpVersion) {
    case HttpVersion::Default:
        break;
    case HttpVersion::Http1_1:
        words.append(u"--http1.1"_s);
        break;
    case HttpVersion::Http2:
        words.append(u"--http2"_s);
        break;
    case HttpVersion::Http2PriorKnowledge:
        words.append(u"--http2-prior-knowledge"_s);
        break;
    }

    const AuthSetting &auth = network.auth;
    switch (auth.scheme) {
    case AuthSetting::Scheme::None:
        break;
    case AuthSetting::Scheme::Bearer:
        words.append({u"--oauth2-bearer"_s, word(auth.token)});
        break;
    case AuthSetting::Scheme::Digest:
    case AuthSetting::Scheme::Any:
    case AuthSetting::Scheme::Basic:
        if (auth.scheme == AuthSetting::Scheme::Digest)
            words.append(u"--digest"_s);
        else if (auth.scheme == AuthSetting::Scheme::Any)
            words.append(u"--anyauth"_s);
        words.append({u"-u"_s, word(auth.user + u':' + auth.password)});
        break;
    }
    return words;
}

std::optional<TlsSetting::Version> tlsMaxVersion(const QString &value)
{
    // 1.0 and 1.1 leave TLS 1.2, the least Qt 6.4 offers; "default" and 1.3 leave both.
    if (value == u"1.0"_s || value == u"1.1"_s || value == u"1.2"_s)
        return TlsSetting::Version::Tls1_2;
    if (value == u"1.3"_s)
        return TlsSetting::Version::Tls1_3;
    if (value == u"default"_s)
        return TlsSetting::Version::Default;
    return std::nullopt;
}

std::pair<QString, std::optional<QString>> splitCertificateArgument(const QString &argument)
{
    QString file;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument.at(i);
        if (c == u'\\' && i + 1 < argument.size() && argument.at(i + 1) == u':') {
            file.append(u':');
            ++i;
        } else if (c == u':') {
            return {file, argument.mid(i + 1)};
        } else {
            file.append(c);
        }
    }
    return {file, std::nullopt};
}

std::optional<TlsSetting::CertificateType> certificateTypeFromName(const QString &name)
{
    const QString type = name.trimmed().toUpper();
    if (type == u"PEM")
        return TlsSetting::CertificateType::Pem;
    if (type == u"DER")
        return TlsSetting::CertificateType::Der;
    if (type == u"P12" || type == u"PKCS12")
        return TlsSetting::CertificateType::Pkcs12;
    return std::nullopt;
}

} // namespace StatusScope::Core
