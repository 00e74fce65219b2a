// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QByteArray>

namespace StatusScope::Core {

// What stands in for a credential wherever one is masked: "••••" in UTF-8.
QByteArray credentialMask();

// Header fields whose values are credentials: Authorization, Proxy-Authorization, Cookie and
// Set-Cookie. Their values are masked wherever they are shown or exported, unless the user asks.
bool isSecretHeader(QByteArrayView name);
// The same, or one of the names in `extraSecrets` (case-insensitive): headers the user marked.
bool isSecretHeader(QByteArrayView name, const QList<QByteArray> &extraSecrets);

// "Basic dXNlcjpwYXNz" -> "Basic ••••"; "a=1; b=2" -> "a=••••; b=••••"; Set-Cookie keeps its
// attributes. Other fields are returned unchanged.
QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value);
// The same, and fields named in `extraSecrets` (case-insensitive) are masked whole.
QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value,
                           const QList<QByteArray> &extraSecrets);

// A password in a URL replaced by the mask ("http://ann:••••@host/"); the user name stays, so
// the reader still sees whose credentials they were. A URL without one is returned as it is.
QUrl maskUrlPassword(const QUrl &url);
// The same inside text that holds a URL as written (a Location field): the password is found the
// way QUrl reads the text, and replaced where it appears.
QByteArray maskUrlPasswordIn(const QByteArray &text);

// The credential values a request carried, so that an echo of them elsewhere (a response body
// that reflects the request, as httpbin's and the playground's /echo do) can be masked too:
// Authorization and Proxy-Authorization values and their tokens (for Basic also "user:password"
// and the password), each Cookie value, the values of headers in `extraSecrets` (and the token of
// one written "Scheme token"), and the URL's password. Values shorter than CredentialMinimumLength are left
// out: they would match ordinary text everywhere, and give away little.
inline constexpr qsizetype CredentialMinimumLength = 4;
QList<QByteArray> credentialValues(const HeaderList &headers, const QList<QByteArray> &extraSecrets);
QList<QByteArray> credentialValues(const QUrl &url);

// Finds credential values in free text (bodies) in the forms a server is likely to echo them:
// as sent, percent-encoded (upper and lower case hex, "+" for spaces), and JSON-escaped (with
// non-ASCII kept or written as \uXXXX, "/" kept or written as "\/").
class CredentialScrubber
{
public:
    explicit CredentialScrubber(const QList<QByteArray> &values = {});
    bool isEmpty() const { return m_forms.isEmpty(); }
    // Every occurrence masked. When the text was cut short (a preview), a tail that is the start
    // of a credential (CredentialMinimumLength bytes or more) is masked too.
    QByteArray scrub(QByteArray text, bool cutShort = false) const;

private:
    QList<QByteArray> m_forms; // longest first, so a longer form is never left half masked
};

} // namespace StatusScope::Core
