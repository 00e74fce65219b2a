// SPDX-License-Identifier: MIT
#include "core/requests/secretneeds.h"

#include "core/requests/proxyselection.h"
#include "core/requests/tlssetup.h"

#include <QFile>

#include <algorithm>

namespace StatusScope::Core {

namespace {

const ClientCertificateRule *ruleFor(const NetworkPreferences &preferences, const QUrl &url)
{
    const qsizetype index = clientCertificateRuleFor(preferences.clientCertificates, url);
    return index < 0 ? nullptr : &preferences.clientCertificates.at(index);
}

// (cert15) The certificate a chain for `request` may offer on a hop the window can foresee: the
// typed URL's host, and for http://HOST/ followed, https://HOST/ (the usual first redirect). A
// redirect elsewhere meets a locked certificate with a sentence (TlsSetup::chooseFor()).
const ClientCertificateRule *foreseenRule(const NetworkPreferences &preferences, const RequestSpec &request)
{
    if (const ClientCertificateRule *rule = ruleFor(preferences, request.url))
        return rule;
    const bool follows = request.options.followRedirects && request.options.maxRedirects > 0;
    if (!follows || request.url.scheme() != QLatin1String("http") || request.url.port() != -1)
        return nullptr;
    QUrl secure = request.url;
    secure.setScheme(QStringLiteral("https"));
    return ruleFor(preferences, secure);
}

// True when a chain sent for `request` may go through `proxy` (the preferred manual one) on some
// hop: its own URL's host is not excluded by --noproxy, or it follows redirects, which may lead to
// any host, and --noproxy does not exclude every host. The password is asked for up front: a
// chain cannot stop in the middle to ask, and a redirect into a proxied host would otherwise go
// without it (the proxy answering 407).
bool proxyMayApply(const ProxySetting &proxy, const RequestSpec &request)
{
    if (!noProxyMatches(proxy.noProxy, request.url.host()))
        return true;
    const bool follows = request.options.followRedirects && request.options.maxRedirects > 0;
    const bool everyHostExcluded = std::any_of(proxy.noProxy.cbegin(), proxy.noProxy.cend(),
                                               [](const QString &entry) { return entry.trimmed() == u'*'; });
    return follows && !everyHostExcluded;
}

} // namespace

bool needsPassphrase(const TlsSetting &setting)
{
    if (setting.clientCertificate.isEmpty() || !setting.passphrase.isEmpty())
        return false;
    QString ignored;
    if (TlsSetup::load(setting, &ignored))
        return false;
    if (setting.certificateType == TlsSetting::CertificateType::Pkcs12) {
        QFile file(setting.clientCertificate);
        char first = 0;
        // PKCS#12 is an ASN.1 sequence: anything else is the wrong type, not a locked file.
        return file.open(QIODevice::ReadOnly) && file.getChar(&first) && first == '\x30';
    }
    QFile key(setting.clientKey.isEmpty() ? setting.clientCertificate : setting.clientKey);
    return key.open(QIODevice::ReadOnly) && key.read(1 << 20).contains("ENCRYPTED");
}

QList<SecretNeed> missingSecrets(const NetworkPreferences &preferences, const RequestSpec &request)
{
    QList<SecretNeed> needs;
    const NetworkOptions &own = request.options.network;
    const ProxySetting &proxy = preferences.proxy;
    if (own.proxy.mode == ProxySetting::Mode::System && proxy.mode == ProxySetting::Mode::Manual
        && !proxy.user.isEmpty() && proxy.password.isEmpty() && proxyMayApply(proxy, request)) {
        SecretNeed need;
        need.kind = SecretNeed::Kind::ProxyPassword;
        need.subject = proxy.url.toString(QUrl::RemoveUserInfo);
        need.user = proxy.user;
        needs.append(need);
    }
    if (own.tls.clientCertificate.isEmpty()) {
        const ClientCertificateRule *rule = foreseenRule(preferences, request);
        if (rule && needsPassphrase(rule->certificate)) {
            SecretNeed need;
            need.kind = SecretNeed::Kind::CertificatePassphrase;
            need.hostPattern = rule->hostPattern;
            need.subject = rule->certificate.clientCertificate;
            need.certificate = rule->certificate;
            needs.append(need);
        }
    }
    return needs;
}

NetworkPreferences withSecrets(NetworkPreferences preferences, const QList<SecretNeed> &answered)
{
    for (const SecretNeed &need : answered) {
        if (need.secret.isEmpty())
            continue;
        if (need.kind == SecretNeed::Kind::ProxyPassword) {
            preferences.proxy.password = need.secret;
            continue;
        }
        if (need.kind == SecretNeed::Kind::RequestCertificatePassphrase)
            continue; // the request's own: withRequestSecrets()
        for (ClientCertificateRule &rule : preferences.clientCertificates) {
            if (rule.hostPattern == need.hostPattern)
                rule.certificate.passphrase = need.secret;
        }
    }
    return preferences;
}

QList<SecretNeed> missingRequestSecrets(const RequestSpec &request)
{
    const TlsSetting &own = request.options.network.tls;
    if (!needsPassphrase(own))
        return {};
    SecretNeed need;
    need.kind = SecretNeed::Kind::RequestCertificatePassphrase;
    need.subject = own.clientCertificate;
    need.certificate = own;
    return {need};
}

RequestSpec withRequestSecrets(RequestSpec request, const QList<SecretNeed> &answered)
{
    for (const SecretNeed &need : answered) {
        if (need.kind == SecretNeed::Kind::RequestCertificatePassphrase && !need.secret.isEmpty()
            && need.subject == request.options.network.tls.clientCertificate)
            request.options.network.tls.passphrase = need.secret;
    }
    return request;
}

} // namespace StatusScope::Core
