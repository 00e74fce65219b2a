// SPDX-License-Identifier: MIT
// libFuzzer target: Location resolution. Any bytes a server puts in Location must give "not
// valid", another scheme (which stops the chain), or an http(s) URL the engine can send: a host,
// no user:password, and stable (given as a Location again, it leads to the same request). A
// password read from the value is never shown.
#include "core/requests/locationresolver.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As the engine calls it: the URL a hop was sent to, which never carries userinfo.
    static const QUrl base(u"https://example.com:8443/a/b/c?q=1#frag"_s);
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const ResolvedLocation resolved = resolveLocation(raw, base, u"frag"_s);
    // The seeds carry the password "hunter2": once the value is read as having credentials, it is
    // never shown (unless the same text is also in the path or query, which is no password). After
    // the scheme's own colon ("http:hunter2@…") it is the start of a user name, which is shown.
    const QString &masked = resolved.maskedValue;
    const qsizetype schemeColon = masked.indexOf(u':');
    for (qsizetype at = masked.indexOf(u":hunter2@"_s); at >= 0;
         at = masked.indexOf(u":hunter2@"_s, at + 1)) {
        if (resolved.hadCredentials && at != schemeColon && !resolved.url.toString().contains(u"hunter2@"_s))
            std::abort();
    }
    if (!resolved.valid)
        return 0;
    const QUrl &url = resolved.url;
    if (!url.isValid() || url.isRelative() || !url.userInfo().isEmpty())
        std::abort();
    const QString scheme = url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return 0; // any other scheme stops the chain: nothing is sent
    if (url.host().isEmpty() || url.path().isEmpty())
        std::abort();
    // What the engine sends is the encoded form without the fragment; read back, it is the same.
    const QByteArray wire = url.adjusted(QUrl::RemoveFragment).toEncoded();
    if (QUrl::fromEncoded(wire).toEncoded() != wire)
        std::abort();
    // Stable: the result, given as a Location again, leads to the same request.
    const ResolvedLocation again = resolveLocation(wire, url, QString());
    if (!again.valid || again.url.adjusted(QUrl::RemoveFragment).toEncoded() != wire)
        std::abort();
    return 0;
}
