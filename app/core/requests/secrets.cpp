// SPDX-License-Identifier: MIT
#include "core/requests/secrets.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

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

void addValue(QList<QByteArray> &values, const QByteArray &value)
{
    if (value.size() >= CredentialMinimumLength && !values.contains(value))
        values.append(value);
}

// A JSON string's inside, as a serializer would write `text`. `asciiOnly` writes every character
// past ASCII as \uXXXX (Python's json.dumps, and so httpbin); otherwise they stay UTF-8 (Qt, Go).
QByteArray jsonEscaped(const QByteArray &text, bool asciiOnly)
{
    QString out;
    for (const QChar c : QString::fromUtf8(text)) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (u < 0x20 || (asciiOnly && u >= 0x80))
                out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    return out.toUtf8();
}

} // namespace

QByteArray credentialMask()
{
    return Mask.toByteArray();
}

bool isSecretHeader(QByteArrayView name)
{
    return is(name, "Authorization") || is(name, "Proxy-Authorization") || is(name, "Cookie")
        || is(name, "Set-Cookie");
}

bool isSecretHeader(QByteArrayView name, const QList<QByteArray> &extraSecrets)
{
    return isSecretHeader(name)
        || std::any_of(extraSecrets.cbegin(), extraSecrets.cend(),
                       [&](const QByteArray &secret) { return is(name, secret); });
}

QByteArray maskHeaderValue(QByteArrayView name, const QByteArray &value,
                           const QList<QByteArray> &extraSecrets)
{
    if (isSecretHeader(name))
        return maskHeaderValue(name, value);
    return isSecretHeader(name, extraSecrets) ? Mask.toByteArray() : value;
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

QUrl maskUrlPassword(const QUrl &url)
{
    if (url.password().isEmpty())
        return url;
    QUrl masked = url;
    masked.setPassword(QString::fromUtf8(Mask), QUrl::DecodedMode);
    return masked;
}

QByteArray maskUrlPasswordIn(const QByteArray &text)
{
    if (!text.contains('@')) // no user information, so no password: most Locations, read at a glance
        return text;
    const QUrl url = QUrl::fromEncoded(text.trimmed(), QUrl::TolerantMode);
    // Already masked (a value masked for the history or the view, masked again where it is shown):
    // as it is, not re-encoded.
    if (url.password().isEmpty() || url.password(QUrl::FullyDecoded).toUtf8() == Mask)
        return text;
    QByteArray masked = text;
    // Longest first: the encoded form may contain the decoded one.
    QList<QByteArray> forms{url.password(QUrl::FullyEncoded).toUtf8(),
                            url.password(QUrl::FullyDecoded).toUtf8(), url.password().toUtf8()};
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const QByteArray &form : std::as_const(forms))
        masked.replace(QByteArray(':' + form + '@'), QByteArray(':' + Mask.toByteArray() + '@'));
    // Not findable as written (an "@" inside the userinfo, odd encodings): the URL as read, masked.
    return masked != text ? masked : maskUrlPassword(url).toEncoded();
}

QList<QByteArray> credentialValues(const HeaderList &headers, const QList<QByteArray> &extraSecrets)
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (is(name, "Authorization") || is(name, "Proxy-Authorization")) {
            const QByteArray trimmed = value.trimmed();
            addValue(values, trimmed);
            const qsizetype space = trimmed.indexOf(' ');
            if (space < 0)
                continue;
            const QByteArray token = trimmed.mid(space + 1).trimmed();
            addValue(values, token);
            if (is(trimmed.left(space), "Basic")) {
                const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(token);
                if (decoded) {
                    addValue(values, *decoded);
                    const qsizetype colon = decoded.decoded.indexOf(':');
                    if (colon >= 0)
                        addValue(values, decoded.decoded.mid(colon + 1));
                }
            }
        } else if (is(name, "Cookie")) {
            for (const QByteArray &pair : value.split(';')) {
                const qsizetype equals = pair.indexOf('=');
                addValue(values, pair.mid(equals + 1).trimmed());
            }
        } else if (isSecretHeader(name, extraSecrets)) {
            // A marked header often holds "Scheme token" too: the token alone is echoed as well.
            const QByteArray trimmed = value.trimmed();
            addValue(values, trimmed);
            const qsizetype space = trimmed.indexOf(' ');
            if (space > 0)
                addValue(values, trimmed.mid(space + 1).trimmed());
        }
    }
    return values;
}

QList<QByteArray> credentialValues(const QUrl &url)
{
    QList<QByteArray> values;
    const QByteArray password = url.password(QUrl::FullyDecoded).toUtf8();
    addValue(values, password);
    if (!password.isEmpty())
        addValue(values, url.userName(QUrl::FullyDecoded).toUtf8() + ':' + password);
    return values;
}

CredentialScrubber::CredentialScrubber(const QList<QByteArray> &values)
{
    for (const QByteArray &value : values) {
        const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(value));
        QByteArray form = QUrl::toPercentEncoding(QString::fromUtf8(value), " ");
        form.replace(' ', '+');
        const QList<QByteArray> json{jsonEscaped(value, false), jsonEscaped(value, true)};
        QList<QByteArray> forms{value, percent, percent.toLower(), form};
        for (const QByteArray &escaped : json) {
            forms.append(escaped);
            forms.append(QByteArray(escaped).replace("/", "\\/"));
        }
        for (const QByteArray &candidate : std::as_const(forms)) {
            if (candidate.size() >= CredentialMinimumLength && !m_forms.contains(candidate))
                m_forms.append(candidate);
        }
    }
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray CredentialScrubber::scrub(QByteArray text, bool cutShort) const
{
    for (const QByteArray &form : m_forms)
        text.replace(form, Mask.toByteArray());
    if (!cutShort)
        return text;
    for (const QByteArray &form : m_forms) {
        for (qsizetype length = form.size() - 1; length >= CredentialMinimumLength; --length) {
            if (text.endsWith(QByteArrayView(form).first(length))) {
                text.chop(length);
                text += Mask;
                return text;
            }
        }
    }
    return text;
}

} // namespace StatusScope::Core
