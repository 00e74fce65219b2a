// SPDX-License-Identifier: MIT
#include "secrets.h"

#include <QList>

namespace StatusScope::Core {

namespace {

constexpr QByteArrayView Mask("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"); // "••••" in UTF-8

bool is(QByteArrayView name, QByteArrayView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

QByteArray maskPair(const QByteArray &pair)
{
    const qsizetype equals = pair.indexOf('=');
    if (equals < 0)
        return Mask.toByteArray();
    return pair.left(equals + 1) + Mask.toByteArray();
}

} // namespace

bool isSecretHeader(QByteArrayView name)
{
    return is(name, "Authorization") || is(name, "Proxy-Authorization") || is(name, "Cookie")
        || is(name, "Set-Cookie");
}

QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value,
                           const QList<QByteArray> &extraSecrets)
{
    const bool marked
        = std::any_of(extraSecrets.cbegin(), extraSecrets.cend(), [&](const QByteArray &secret) {
              return name.compare(secret, Qt::CaseInsensitive) == 0;
          });
    return marked && !isSecretHeader(name) ? Mask.toByteArray() : maskHeaderValue(name, value);
}

QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value)
{
    if (is(name, "Authorization") || is(name, "Proxy-Authorization")) {
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.left(space + 1) + Mask.toByteArray() : Mask.toByteArray();
    }
    if (is(name, "Cookie")) {
        QList<QByteArray> pairs;
        for (const QByteArray &pair : value.split(';'))
            pairs.append(maskPair(pair.trimmed()));
        return pairs.join("; ");
    }
    if (is(name, "Set-Cookie")) {
        // Qt joins several Set-Cookie fields with newlines; mask each cookie's value, keep attributes.
        QList<QByteArray> cookies;
        for (const QByteArray &cookie : value.split('\n')) {
            const qsizetype semicolon = cookie.indexOf(';');
            cookies.append(semicolon < 0
                               ? maskPair(cookie.trimmed())
                               : maskPair(cookie.left(semicolon).trimmed()) + cookie.mid(semicolon));
        }
        return cookies.join('\n');
    }
    return value;
}

} // namespace StatusScope::Core
