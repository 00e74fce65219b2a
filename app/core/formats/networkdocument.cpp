// SPDX-License-Identifier: MIT
#include "core/formats/networkdocument.h"

#include "core/requests/tlssetup.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Each enum's keys, in one table read both ways: a key written is a key read.
constexpr std::array<std::pair<ProxySetting::Mode, QStringView>, 3> ProxyModes{
    {{ProxySetting::Mode::System, u"system"},
     {ProxySetting::Mode::None, u"none"},
     {ProxySetting::Mode::Manual, u"manual"}}};
TlsSetting::Version versionFromKey(const QJsonValue &key)
{
    if (key.toString() == u"1.2"_s)
        return TlsSetting::Version::Tls1_2;
    if (key.toString() == u"1.3"_s)
        return TlsSetting::Version::Tls1_3;
    return TlsSetting::Version::Default;
}

constexpr std::array<std::pair<TlsSetting::CertificateType, QStringView>, 3> CertificateTypes{
    {{TlsSetting::CertificateType::Pem, u"pem"},
     {TlsSetting::CertificateType::Der, u"der"},
     {TlsSetting::CertificateType::Pkcs12, u"p12"}}};
constexpr std::array<std::pair<AuthSetting::Scheme, QStringView>, 5> AuthSchemes{
    {{AuthSetting::Scheme::None, u"none"},
     {AuthSetting::Scheme::Basic, u"basic"},
     {AuthSetting::Scheme::Digest, u"digest"},
     {AuthSetting::Scheme::Any, u"any"},
     {AuthSetting::Scheme::Bearer, u"bearer"}}};

template<typename Enum, std::size_t N>
QString keyOf(Enum value, const std::array<std::pair<Enum, QStringView>, N> &table)
{
    for (const auto &[known, key] : table)
        if (known == value)
            return key.toString();
    return table.front().second.toString();
}

// The first entry (the default) for an absent or unknown key.
template<typename Enum, std::size_t N>
Enum valueOf(const QJsonValue &key, const std::array<std::pair<Enum, QStringView>, N> &table)
{
    for (const auto &[value, known] : table)
        if (key.toString() == known)
            return value;
    return table.front().first;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            strings.append(item.toString());
    return strings;
}

// A port read back: only 0 (any) to 65535; anything else is "any" rather than a pin nobody typed.
int portFrom(const QJsonValue &value)
{
    const int port = value.toInt(0);
    return port >= 0 && port <= 65535 ? port : 0;
}

} // namespace

QJsonValue tlsVersionKey(TlsSetting::Version version)
{
    switch (version) {
    case TlsSetting::Version::Tls1_2:
        return u"1.2"_s;
    case TlsSetting::Version::Tls1_3:
        return u"1.3"_s;
    case TlsSetting::Version::Default:
        break;
    }
    return QJsonValue::Null;
}

void networkOptionsToDocument(const NetworkOptions &network, QJsonObject &options)
{
    const ProxySetting &proxy = network.proxy;
    // The URL without its password: a user written in it is no secret, the password is.
    const QString proxyUrl = proxy.url.isEmpty()
        ? QString()
        : proxy.url.adjusted(QUrl::RemovePassword).toString(QUrl::FullyEncoded);
    options.insert(u"proxy"_s,
                   QJsonObject{{u"mode"_s, keyOf(proxy.mode, ProxyModes)},
                               {u"url"_s, nullable(proxyUrl)},
                               {u"user"_s, nullable(proxy.user)},
                               {u"no_proxy"_s, QJsonArray::fromStringList(proxy.noProxy)}});
    const TlsSetting &tls = network.tls;
    options.insert(u"tls"_s,
                   QJsonObject{{u"ca_files"_s, QJsonArray::fromStringList(tls.caFiles)},
                               {u"ca_path"_s, nullable(tls.caPath)},
                               {u"extra_ca_files"_s, QJsonArray::fromStringList(tls.extraCaFiles)},
                               {u"client_certificate"_s, nullable(tls.clientCertificate)},
                               {u"client_key"_s, nullable(tls.clientKey)},
                               {u"certificate_type"_s, keyOf(tls.certificateType, CertificateTypes)},
                               {u"least_version"_s, tlsVersionKey(tls.leastVersion)},
                               {u"most_version"_s, tlsVersionKey(tls.mostVersion)}});
    QJsonArray resolve;
    for (const ResolvePin &pin : network.resolve)
        resolve.append(QJsonObject{{u"host"_s, pin.host},
                                   {u"port"_s, pin.port},
                                   {u"addresses"_s, QJsonArray::fromStringList(pin.addresses)}});
    options.insert(u"resolve"_s, resolve);
    QJsonArray connectTo;
    for (const ConnectToPin &pin : network.connectTo)
        connectTo.append(QJsonObject{{u"host"_s, nullable(pin.host)},
                                     {u"port"_s, pin.port},
                                     {u"to_host"_s, nullable(pin.toHost)},
                                     {u"to_port"_s, pin.toPort}});
    options.insert(u"connect_to"_s, connectTo);
    // Bearer has no user; the token, like the password, is never written.
    const AuthSetting &auth = network.auth;
    options.insert(u"auth"_s,
                   QJsonObject{{u"scheme"_s, keyOf(auth.scheme, AuthSchemes)},
                               {u"user"_s,
                                auth.scheme == AuthSetting::Scheme::Bearer ? QJsonValue(QJsonValue::Null)
                                                                           : nullable(auth.user)}});
}

void networkOptionsFromDocument(const QJsonObject &options, NetworkOptions &network)
{
    const QJsonObject proxy = options.value(u"proxy"_s).toObject();
    network.proxy.mode = valueOf(proxy.value(u"mode"_s), ProxyModes);
    network.proxy.url
        = QUrl(proxy.value(u"url"_s).toString(), QUrl::StrictMode).adjusted(QUrl::RemovePassword);
    network.proxy.user = proxy.value(u"user"_s).toString();
    network.proxy.noProxy = stringsFrom(proxy.value(u"no_proxy"_s));
    // A manual proxy without an address cannot be sent through: the system's, as before.
    if (network.proxy.mode == ProxySetting::Mode::Manual && !network.proxy.url.isValid())
        network.proxy.mode = ProxySetting::Mode::System;

    const QJsonObject tls = options.value(u"tls"_s).toObject();
    network.tls.caFiles = stringsFrom(tls.value(u"ca_files"_s));
    network.tls.caPath = tls.value(u"ca_path"_s).toString();
    network.tls.extraCaFiles = stringsFrom(tls.value(u"extra_ca_files"_s));
    network.tls.clientCertificate = tls.value(u"client_certificate"_s).toString();
    network.tls.clientKey = tls.value(u"client_key"_s).toString();
    network.tls.certificateType = valueOf(tls.value(u"certificate_type"_s), CertificateTypes);
    network.tls.leastVersion = versionFromKey(tls.value(u"least_version"_s));
    network.tls.mostVersion = versionFromKey(tls.value(u"most_version"_s));
    if (tlsVersionProblem(network.tls)) // a hand-edited pair that leaves nothing: Qt's own choice
        network.tls.leastVersion = network.tls.mostVersion = TlsSetting::Version::Default;

    network.resolve.clear();
    for (const QJsonValue &value : options.value(u"resolve"_s).toArray()) {
        const QJsonObject pin = value.toObject();
        ResolvePin read{pin.value(u"host"_s).toString(), portFrom(pin.value(u"port"_s)),
                        stringsFrom(pin.value(u"addresses"_s))};
        // curl requires the host and an address; a pin without them would pin nothing.
        if (!read.host.isEmpty() && !read.addresses.isEmpty())
            network.resolve.append(std::move(read));
    }
    network.connectTo.clear();
    for (const QJsonValue &value : options.value(u"connect_to"_s).toArray()) {
        const QJsonObject pin = value.toObject();
        network.connectTo.append({pin.value(u"host"_s).toString(), portFrom(pin.value(u"port"_s)),
                                  pin.value(u"to_host"_s).toString(), portFrom(pin.value(u"to_port"_s))});
    }

    const QJsonObject auth = options.value(u"auth"_s).toObject();
    network.auth = {};
    network.auth.scheme = valueOf(auth.value(u"scheme"_s), AuthSchemes);
    if (network.auth.scheme != AuthSetting::Scheme::None
        && network.auth.scheme != AuthSetting::Scheme::Bearer)
        network.auth.user = auth.value(u"user"_s).toString();
}

} // namespace StatusScope::Core
