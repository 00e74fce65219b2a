// SPDX-License-Identifier: MIT
#include "gui/console/importedcookies.h"

#include "core/requests/chaincookiejar.h"

#include <QSet>

#include <algorithm>

namespace StatusScope::Gui {

void moveImportedCookiesToRows(Core::RequestSpec &request)
{
    if (request.options.cookies.isEmpty())
        return;
    // The engine's own jar decides, so the row holds exactly what the first hop would have sent.
    Core::ChainCookieJar jar;
    jar.seed(request.options.cookies);
    const QList<QNetworkCookie> sent = jar.cookiesForUrl(request.url.adjusted(QUrl::RemoveFragment));
    if (sent.isEmpty())
        return;
    QList<QByteArray> pairs;
    const QByteArray typed = Core::headerValue(request.headers, "Cookie");
    QSet<QByteArray> typedNames;
    for (const QByteArray &pair : typed.split(';')) {
        if (const QByteArray name = pair.trimmed().split('=').value(0); !name.isEmpty())
            typedNames.insert(name);
    }
    if (!typed.isEmpty())
        pairs.append(typed);
    for (const QNetworkCookie &cookie : sent) {
        if (!typedNames.contains(cookie.name())) // a typed pair wins, as it does when sending
            pairs.append(cookie.name() + '=' + cookie.value());
    }
    const auto typedRow
        = std::find_if(request.headers.begin(), request.headers.end(), [](const auto &header) {
              return header.first.compare("Cookie", Qt::CaseInsensitive) == 0;
          });
    if (typedRow == request.headers.end())
        request.headers.append({QByteArrayLiteral("Cookie"), pairs.join("; ")});
    else
        typedRow->second = pairs.join("; "); // in the typed row's place, its pairs first
    QList<QNetworkCookie> elsewhere;
    for (const QNetworkCookie &cookie : std::as_const(request.options.cookies)) {
        const bool inRow = std::any_of(sent.cbegin(), sent.cend(), [&cookie](const QNetworkCookie &shown) {
            return shown.hasSameIdentifier(cookie);
        });
        if (!inRow)
            elsewhere.append(cookie);
    }
    request.options.cookies = elsewhere;
}

} // namespace StatusScope::Gui
