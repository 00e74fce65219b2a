// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace StatusScope::Core {

// The result of reading a Location field the way a browser does.
struct ResolvedLocation
{
    bool valid = false;
    QUrl url; // absolute, with the inherited fragment, without userinfo
    QStringList changes; // what browser URL rules changed compared with a plain QUrl reading
    bool hadCredentials = false; // the value carried user:password@, which is never sent on
    QString maskedValue; // the raw value with any password masked, safe to show
};

// Resolves `raw` against `base` (the URL of the hop that sent it) with the WHATWG URL rules where
// QUrl differs: outer spaces and C0 controls trimmed, tab and newlines removed, backslashes read
// as slashes, extra slashes before a host collapsed, "http:path" read as relative, bytes >= 0x80
// percent-encoded one by one. A result without a fragment inherits `currentFragment`.
ResolvedLocation resolveLocation(const QByteArray &raw, const QUrl &base, const QString &currentFragment);

// The port a request to `url` goes to: the one written, or the scheme's own (443 for https, 80).
int effectivePort(const QUrl &url);
// What Qt writes in the Host field for `url`: the ASCII (punycode) host, an IPv6 address in
// brackets, and the port only when it is not the scheme's own.
QByteArray hostFieldValue(const QUrl &url);
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace StatusScope::Core
