// SPDX-License-Identifier: MIT
#include "core/requests/chaincookiejar.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CookieRules
{
    Q_DECLARE_TR_FUNCTIONS(CookieRules)
};

} // namespace

ChainCookieJar::ChainCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

std::optional<QString> ChainCookieJar::refusal(const QNetworkCookie &cookie, const QUrl &url) const
{
    // Only https counts as a secure origin here, loopback included: an inspector should show
    // what a server would meet on a real host.
    const bool secureOrigin = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    // Prefixes are matched whatever their case, as browsers now do, so "__host-" cannot slip by.
    const QByteArray name = cookie.name().toLower();
    const bool hostPrefix = name.startsWith("__host-");
    const bool securePrefix = name.startsWith("__secure-");
    if (hostPrefix || securePrefix) {
        const QString prefix = hostPrefix ? u"__Host-"_s : u"__Secure-"_s;
        if (!cookie.isSecure())
            return CookieRules::tr("a %1 cookie must carry the Secure attribute").arg(prefix);
        if (!secureOrigin)
            return CookieRules::tr("a %1 cookie is only accepted over https, and this came over plain http")
                .arg(prefix);
        if (hostPrefix && !cookie.domain().isEmpty())
            return CookieRules::tr("a __Host- cookie may not carry a Domain attribute (it has Domain=%1)")
                .arg(cookie.domain());
        if (hostPrefix && cookie.path() != u"/"_s)
            return cookie.path().isEmpty()
                ? CookieRules::tr("a __Host- cookie needs Path=/, and it has no Path")
                : CookieRules::tr("a __Host- cookie needs Path=/, and it has Path=%1").arg(cookie.path());
    }
    if (cookie.isSecure() && !secureOrigin)
        return CookieRules::tr("it is marked Secure but came over plain http");
    QNetworkCookie normalized = cookie;
    normalized.normalize(url);
    if (!validateCookie(normalized, url))
        return CookieRules::tr("its Domain (%1) does not cover %2")
            .arg(escapeForDisplay(cookie.domain()), displayHost(url));
    return std::nullopt;
}

QList<ChainCookieJar::Refused> ChainCookieJar::store(const QList<QNetworkCookie> &cookies, const QUrl &url)
{
    QList<Refused> refused;
    for (const QNetworkCookie &cookie : cookies) {
        if (const std::optional<QString> reason = refusal(cookie, url))
            refused.append({cookie, *reason});
        else
            setCookiesFromUrl({cookie}, url);
    }
    return refused;
}

void ChainCookieJar::seed(const QList<QNetworkCookie> &cookies)
{
    for (const QNetworkCookie &cookie : cookies)
        insertCookie(cookie);
}

} // namespace StatusScope::Core
