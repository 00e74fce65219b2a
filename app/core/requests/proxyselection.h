// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace StatusScope::Core {

// Which proxy a request goes through, decided for each hop on its own URL, so that a redirect
// chain leaving and re-entering --noproxy hosts uses the proxy only where it applies. The words
// and defaults are curl's (-x, --proxy-user, --noproxy).

// Reads curl's -x value into `setting` (mode Manual): "host:port" (http:// is added), or a URL
// with http://, socks5:// (names resolved here) or socks5h:// (names resolved by the proxy); the
// port defaults to 1080 as in curl. A user and password written in the URL move to `setting`'s
// user and password, unless they are already set. An empty text means no proxy at all (mode
// None), as `curl -x ""` does. Returns why the text cannot be used, as a sentence.
std::optional<QString> parseProxyUrl(const QString &text, ProxySetting &setting);
// Reads --proxy-user USER:PASS (the password may hold colons; without a colon it is empty).
std::optional<QString> parseProxyUser(const QString &text, ProxySetting &setting);
// Reads --noproxy's comma-separated list: host names (each matches itself and its subdomains; a
// leading dot is allowed), IP addresses, or "*" for every host. Spaces around entries are ignored.
QStringList parseNoProxy(const QString &text);
// True when `host` is excluded from the proxy by `noProxy` (compared without case; an IPv6 address
// with or without its brackets).
bool noProxyMatches(const QStringList &noProxy, const QString &host);
// The environment's no_proxy (or NO_PROXY, when no_proxy is not set), read as parseNoProxy() reads
// --noproxy: with the system's proxy, the hosts it names go straight, as with curl.
QStringList environmentNoProxy();

// Why a setting cannot be used, checked before anything is sent: a manual proxy without a host,
// or with a scheme Qt 6.4 cannot speak.
std::optional<QString> proxySettingProblem(const ProxySetting &setting);

// With the system's proxy, the environment's proxy variable for `url`, as curl picks it:
// http_proxy (or HTTP_PROXY) for http, https_proxy or HTTPS_PROXY for https, else all_proxy or
// ALL_PROXY; read as --proxy is read (no scheme means http://, no port 1080). Nothing when none is
// set, the host is excluded, or the mode is not System.
struct EnvironmentProxy
{
    const char *variable = nullptr;
    QString value;
};
std::optional<EnvironmentProxy> environmentProxyFor(const ProxySetting &setting, const QUrl &url);
// Why the variable environmentProxyFor() names cannot be used (an https:// proxy, a scheme Qt
// cannot speak, no host): the request must not go straight to the server instead, so nothing is
// sent and this says why.
std::optional<QString> environmentProxyProblem(const ProxySetting &setting, const QUrl &url);

// The system proxy's answers, kept per scheme, host and port. Asking the system costs: libproxy
// reads /etc/nsswitch.conf and /etc/services again on every question (about 7 file opens for each
// source of an audit, a quarter of its time), while its answer depends on the origin alone (the
// environment's variables and the desktop's settings; a PAC script that decides on the path is
// the one case it misses). One lives on each manager's ProxyRouter, so it lasts as long as the
// engines' manager; an answer older than `maxAgeMs` is asked again (the desktop's settings may
// change while the window stays open), and past 256 origins the cache starts over.
class SystemProxyCache
{
public:
    using Lookup = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery &query)>;
    static constexpr int Capacity = 256;

    // `lookup` is QNetworkProxyFactory::systemProxyForQuery unless a test gives another; a
    // `maxAgeMs` of 0 keeps nothing.
    explicit SystemProxyCache(Lookup lookup = {}, int maxAgeMs = 30000);
    Q_DISABLE_COPY_MOVE(SystemProxyCache)

    // The system's first choice for `url` (NoProxy for none).
    QNetworkProxy proxyFor(const QUrl &url);
    qsizetype size() const;

private:
    struct Answer
    {
        QNetworkProxy proxy;
        QElapsedTimer age;
    };
    Lookup m_lookup;
    int m_maxAgeMs;
    mutable QMutex m_mutex; // engines of one manager share it; one lock keeps it safe anywhere
    QHash<QString, Answer> m_answers;
};

// Whether one of the variables that name a proxy (http_proxy, https_proxy, all_proxy, in either
// case) is set and not empty.
bool proxyVariableSet();
// The proxy variables set and not empty, no_proxy included, as "name=value" with a password in a
// proxy URL masked: what the system mode reads first, for a window to show.
QStringList proxyVariablesShown();

// The proxy a request for `url` goes through: none when --noproxy excludes its host or the mode is
// None; the manual proxy (loopback hosts included, as with curl -x); or the first answer of Qt's
// system proxy factory (libproxy on Linux: the desktop's settings and a PAC script), through
// `systemProxies` when given, unless the environment names one (environmentProxyFor()); for a loopback host
// only where a proxy variable is set (proxyVariableSet()), else none. Carries the credentials, so Qt can
// answer a CONNECT's or a SOCKS proxy's request for them; never show it as it is: proxyDisplay()
// leaves them out.
QNetworkProxy proxyFor(const ProxySetting &setting, const QUrl &url,
                       SystemProxyCache *systemProxies = nullptr);
// "http://127.0.0.1:8888", "socks5h://proxy:1080"; empty for no proxy. Never the credentials.
QString proxyDisplay(const QNetworkProxy &proxy);

// True when a request for `url` through `proxy` goes as plain HTTP to an HTTP proxy (the proxy sees
// the request itself; https goes through a CONNECT tunnel instead, and SOCKS is a tunnel too).
bool proxySeesRequest(const QNetworkProxy &proxy, const QUrl &url);
// The Proxy-Authorization value --proxy-user sends up front (Basic, as curl does); empty without a user.
QByteArray proxyBasicCredentials(const ProxySetting &setting);

} // namespace StatusScope::Core
