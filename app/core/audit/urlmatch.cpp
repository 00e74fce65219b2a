// SPDX-License-Identifier: MIT
#include "core/audit/urlmatch.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == u"http"_s)
        return 80;
    if (scheme == u"https"_s)
        return 443;
    return -1;
}

} // namespace

QString urlForMatch(const QUrl &url, const MatchOptions &options)
{
    if (url.isEmpty())
        return {};
    QUrl form = url;
    const QString scheme = url.scheme().toLower();
    form.setScheme(scheme);
    form.setHost(url.host().toLower());
    // "https://a:443/" is "https://a/": the port a client would use anyway.
    if (form.port() == defaultPort(scheme))
        form.setPort(-1);
    QString path = form.path(QUrl::FullyEncoded);
    if (path.isEmpty() && !form.host().isEmpty())
        path = u"/"_s; // "https://a" and "https://a/" ask for the same resource
    if (options.ignoreTrailingSlash) {
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
    }
    form.setPath(path, QUrl::TolerantMode);
    if (options.ignoreQuery)
        form.setQuery(QString());
    return form.toString(QUrl::FullyEncoded);
}

bool urlsMatch(const QUrl &finalUrl, const QUrl &expected, const MatchOptions &options)
{
    return urlForMatch(finalUrl, options) == urlForMatch(expected, options);
}

} // namespace StatusScope::Core
