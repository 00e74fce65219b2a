// SPDX-License-Identifier: MIT
#include "core/requests/qtaddedheaders.h"

#include "core/requests/locationresolver.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Qt 6.4 (QHttpNetworkConnectionPrivate::prepareRequest): "en,*" for the C locale, "en-US,*" for
// an English one, otherwise the locale's name, then English, then anything ("de-DE,en,*").
QByteArray acceptLanguageFor(const QLocale &locale)
{
    const QString name = locale.name().replace(u'_', u'-');
    if (name == u"C"_s)
        return "en,*";
    if (name.startsWith(u"en-"_s))
        return (name + u",*"_s).toLatin1();
    return (name + u",en,*"_s).toLatin1();
}

} // namespace

HeaderList headersAddedByQt(const Hop &hop, const QLocale &locale)
{
    HeaderList added;
    const auto absent = [&hop](QByteArrayView name) { return !hasHeader(hop.requestHeaders, name); };
    const bool http2 = hop.protocol == u"HTTP/2"_s;
    if (absent("Host"))
        added.append(
            {http2 ? QByteArrayLiteral(":authority") : QByteArrayLiteral("Host"), hostFieldValue(hop.url)});
    const QByteArray method = hop.method.toUpper();
    if ((method == "GET" || method == "HEAD") && absent("Cache-Control")) {
        added.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
        if (absent("Pragma"))
            added.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    }
    if (hop.requestHasBody && absent("Content-Length"))
        added.append({QByteArrayLiteral("Content-Length"), QByteArray::number(hop.requestBodyBytes)});
    if (!http2 && absent("Connection"))
        added.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("Keep-Alive")});
    if (absent("Accept-Language"))
        added.append({QByteArrayLiteral("Accept-Language"), acceptLanguageFor(locale)});
    return added;
}

} // namespace StatusScope::Core
