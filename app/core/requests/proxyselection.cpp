// SPDX-License-Identifier: MIT
#include "core/requests/proxyselection.h"

#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutexLocker>
#include <QNetworkProxyFactory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct ProxyText
{
    Q_DECLARE_TR_FUNCTIONS(ProxySelection)
};

constexpr int CurlDefaultProxyPort = 1080;

// The variables that name a proxy, as curl reads them (each also in capitals).
constexpr const char *ProxyVariables[]
    = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};

QString bareHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(u'.')) // "example.org." names the same host
        host.chop(1);
    return host;
}

bool entryMatches(QString entry, const QString &host)
{
    entry = bareHost(entry);
    if (entry.startsWith(u'.'))
        entry.remove(0, 1);
    if (entry.isEmpty())
        return false;
    // An address, or a block of them ("10.0.0.0/8"), matches addresses only, compared as addresses
    // so that "::1" and "0:0::1" agree.
    const QHostAddress hostAddress(host);
    if (entry.contains(u'/')) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        return !hostAddress.isNull() && subnet.second >= 0 && hostAddress.isInSubnet(subnet);
    }
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return !hostAddress.isNull() && hostAddress.isEqual(entryAddress);
    return host == entry || host.endsWith(u'.' + entry);
}

// Qt lists the system's choices in order, ending with "no proxy" as a fallback; the first is the
// one a request takes.
QNetworkProxy firstChoice(const QList<QNetworkProxy> &choices)
{
    const QNetworkProxy proxy = choices.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    return proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : proxy;
}

} // namespace

std::optional<QString> parseProxyUrl(const QString &text, ProxySetting &setting)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setting.mode = ProxySetting::Mode::None;
        setting.url.clear();
        return std::nullopt;
    }
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return ProxyText::tr("The proxy “%1” is not a host name or URL; write it as host:port or "
                             "http://host:port.")
            .arg(url.toDisplayString(QUrl::RemovePassword));
    url.setScheme(url.scheme().toLower());
    const QString scheme = url.scheme();
    if (scheme == u"https")
        return ProxyText::tr("Qt 6.4 cannot reach a proxy over TLS (https://); give it as http://. "
                             "An https URL still goes encrypted through the proxy's CONNECT tunnel.");
    if (scheme == u"socks4" || scheme == u"socks4a")
        return ProxyText::tr(
            "Qt 6.4 speaks SOCKS version 5 only; give the proxy as socks5:// or socks5h://.");
    if (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h")
        return ProxyText::tr("The proxy scheme “%1” is not one StatusScope can use; use http://, socks5:// "
                             "or socks5h://.")
            .arg(scheme);
    if (url.port() == -1)
        url.setPort(CurlDefaultProxyPort);
    if (!url.userName().isEmpty() && setting.user.isEmpty()) {
        setting.user = url.userName(QUrl::FullyDecoded);
        setting.password = url.password(QUrl::FullyDecoded);
    }
    url.setUserInfo(QString());
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    setting.mode = ProxySetting::Mode::Manual;
    setting.url = url;
    return std::nullopt;
}

std::optional<QString> parseProxyUser(const QString &text, ProxySetting &setting)
{
    const qsizetype colon = text.indexOf(u':');
    const QString user = colon < 0 ? text : text.left(colon);
    if (user.isEmpty())
        return ProxyText::tr("--proxy-user needs a user name before the colon: USER:PASSWORD.");
    setting.user = user;
    setting.password = colon < 0 ? QString() : text.mid(colon + 1);
    return std::nullopt;
}

QStringList parseNoProxy(const QString &text)
{
    QStringList entries;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries.append(entry);
    }
    return entries;
}

bool noProxyMatches(const QStringList &noProxy, const QString &host)
{
    const QString bare = bareHost(host);
    return std::any_of(noProxy.cbegin(), noProxy.cend(), [&](const QString &entry) {
        return entry.trimmed() == u"*" || entryMatches(entry, bare);
    });
}

std::optional<QString> proxySettingProblem(const ProxySetting &setting)
{
    if (setting.mode != ProxySetting::Mode::Manual)
        return std::nullopt;
    ProxySetting copy;
    if (!setting.url.isValid() || setting.url.host().isEmpty())
        return ProxyText::tr("A manual proxy needs a host and port, for example http://127.0.0.1:8888.");
    return parseProxyUrl(setting.url.toString(), copy);
}

SystemProxyCache::SystemProxyCache(Lookup lookup, int maxAgeMs)
    : m_lookup(lookup ? std::move(lookup) : Lookup(&QNetworkProxyFactory::systemProxyForQuery))
    , m_maxAgeMs(maxAgeMs)
{
}

QNetworkProxy SystemProxyCache::proxyFor(const QUrl &url)
{
    const QString key
        = url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' + QString::number(url.port());
    QMutexLocker lock(&m_mutex);
    const auto found = m_answers.constFind(key);
    if (found != m_answers.cend() && m_maxAgeMs > 0 && !found->age.hasExpired(m_maxAgeMs))
        return found->proxy;
    lock.unlock(); // the system may take its time (a PAC script): other engines need not wait
    const QNetworkProxy proxy = firstChoice(m_lookup(QNetworkProxyQuery(url)));
    lock.relock();
    // Starting over beats keeping the most recent: a run reaches a few hosts again and again, or
    // a great many once each, and either way the next questions fill it again.
    if (m_answers.size() >= Capacity && !m_answers.contains(key))
        m_answers.clear();
    Answer &answer = m_answers[key];
    answer.proxy = proxy;
    answer.age.start();
    return proxy;
}

qsizetype SystemProxyCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_answers.size();
}

bool proxyVariableSet()
{
    return std::any_of(std::begin(ProxyVariables), std::end(ProxyVariables),
                       [](const char *name) { return !qEnvironmentVariableIsEmpty(name); });
}

QStringList proxyVariablesShown()
{
    QStringList shown;
    const auto show = [&shown](const char *name, bool list) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (value.isEmpty())
            return;
        QByteArray text = value.toUtf8();
        if (!list) {
            // "ann:secret@proxy:3128" is http:// to curl, and its password is masked as in a URL.
            const QByteArray scheme = text.contains("://") ? QByteArray() : QByteArrayLiteral("http://");
            text = maskUrlPasswordIn(scheme + text).mid(scheme.size());
        }
        shown.append(QString::fromLatin1(name) + u'=' + escapeForDisplay(QString::fromUtf8(text)));
    };
    for (const char *name : ProxyVariables)
        show(name, false);
    for (const char *name : {"no_proxy", "NO_PROXY"})
        show(name, true);
    return shown;
}

QStringList environmentNoProxy()
{
    // curl reads the lower-case name first.
    const char *name = qEnvironmentVariableIsSet("no_proxy") ? "no_proxy" : "NO_PROXY";
    return parseNoProxy(qEnvironmentVariable(name));
}

std::optional<EnvironmentProxy> environmentProxyFor(const ProxySetting &setting, const QUrl &url)
{
    if (setting.mode != ProxySetting::Mode::System || noProxyMatches(setting.noProxy, url.host())
        || noProxyMatches(environmentNoProxy(), url.host()))
        return std::nullopt;
    static constexpr const char *ForHttp[] = {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"};
    static constexpr const char *ForHttps[] = {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    for (const char *name : https ? ForHttps : ForHttp) {
        if (!qEnvironmentVariableIsEmpty(name))
            return EnvironmentProxy{name, qEnvironmentVariable(name)};
    }
    return std::nullopt;
}

std::optional<QString> environmentProxyProblem(const ProxySetting &setting, const QUrl &url)
{
    const std::optional<EnvironmentProxy> named = environmentProxyFor(setting, url);
    if (!named)
        return std::nullopt;
    ProxySetting read;
    if (const std::optional<QString> problem = parseProxyUrl(named->value, read);
        problem || read.mode == ProxySetting::Mode::None) {
        return ProxyText::tr("The environment's %1 names the proxy “%2”, which cannot be used: %3 Nothing "
                             "was sent (going straight to the server instead would leave the proxy out); "
                             "fix the variable, or give the proxy with -x.")
            .arg(QString::fromLatin1(named->variable),
                 QUrl(named->value, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword),
                 problem.value_or(QString()));
    }
    return std::nullopt;
}

namespace {

// The proxy a manual setting (or the environment's variable, read the same way) names.
QNetworkProxy namedProxy(const QUrl &proxyUrl)
{
    const QString scheme = proxyUrl.scheme().toLower();
    const bool socks = scheme.startsWith(u"socks5");
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxyUrl.host(),
                        quint16(proxyUrl.port(CurlDefaultProxyPort)));
    // socks5:// resolves the name here and hands the proxy an address; socks5h:// hands it the
    // name, which only the proxy may be able to resolve.
    if (scheme == u"socks5")
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    else if (socks)
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

} // namespace

QNetworkProxy proxyFor(const ProxySetting &setting, const QUrl &url, SystemProxyCache *systemProxies)
{
    const QNetworkProxy none(QNetworkProxy::NoProxy);
    if (setting.mode == ProxySetting::Mode::None || noProxyMatches(setting.noProxy, url.host()))
        return none;
    QNetworkProxy proxy;
    if (setting.mode == ProxySetting::Mode::System) {
        // Loopback asks the system only where a proxy variable is set: then curl and libproxy
        // both send it through that proxy unless no_proxy names it, and so do we. Without one,
        // the answer is "direct" (a desktop's proxy settings leave loopback out by default), and
        // libproxy's first answer costs half a millisecond of every `check` of a local server.
        if (isLoopbackHost(url.host()) && !proxyVariableSet())
            return none;
        // The environment's no_proxy as curl reads it, before libproxy reads it its own way:
        // "example.com" covers its subdomains and "*" every host, where libproxy sent both through
        // the proxy. (libproxy's own forms, such as "*.example.com", still count after this.)
        if (noProxyMatches(environmentNoProxy(), url.host()))
            return none;
        // The environment's variable as curl reads it, where libproxy went straight to the server
        // for "proxy:3128" (no scheme) and for an https:// proxy (refused before sending:
        // environmentProxyProblem()); the desktop's settings and PAC scripts stay libproxy's.
        if (const std::optional<EnvironmentProxy> named = environmentProxyFor(setting, url)) {
            ProxySetting read;
            if (!parseProxyUrl(named->value, read) && read.mode == ProxySetting::Mode::Manual) {
                proxy = namedProxy(read.url);
                if (setting.user.isEmpty() && !read.user.isEmpty()) {
                    proxy.setUser(read.user);
                    proxy.setPassword(read.password);
                }
            }
        } else {
            proxy = systemProxies
                ? systemProxies->proxyFor(url)
                : firstChoice(QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url)));
        }
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
            return none;
    } else {
        proxy = namedProxy(setting.url);
    }
    if (!setting.user.isEmpty()) {
        proxy.setUser(setting.user);
        proxy.setPassword(setting.password);
    }
    return proxy;
}

QString proxyDisplay(const QNetworkProxy &proxy)
{
    QString scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = u"http"_s;
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability) ? u"socks5h"_s
                                                                                        : u"socks5"_s;
        break;
    case QNetworkProxy::FtpCachingProxy:
        scheme = u"ftp"_s;
        break;
    case QNetworkProxy::DefaultProxy:
    case QNetworkProxy::NoProxy:
        return {};
    }
    const QString host = proxy.hostName().contains(u':') ? u'[' + proxy.hostName() + u']' : proxy.hostName();
    return scheme + u"://"_s + host + u':' + QString::number(proxy.port());
}

bool proxySeesRequest(const QNetworkProxy &proxy, const QUrl &url)
{
    return (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::HttpCachingProxy)
        && url.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
}

QByteArray proxyBasicCredentials(const ProxySetting &setting)
{
    if (setting.user.isEmpty())
        return {};
    const QByteArray pair = setting.user.toUtf8() + ':' + setting.password.toUtf8();
    return "Basic " + pair.toBase64();
}

} // namespace StatusScope::Core
