// SPDX-License-Identifier: MIT
#include "core/requests/locationresolver.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>

#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct LocationResolver
{
    Q_DECLARE_TR_FUNCTIONS(LocationResolver)
};

bool isSpecialScheme(QByteArrayView scheme)
{
    return scheme.compare("http", Qt::CaseInsensitive) == 0
        || scheme.compare("https", Qt::CaseInsensitive) == 0;
}

// The scheme of a URL string, if it starts with one ("http:", "ftp:"), else empty.
QByteArray schemeOf(const QByteArray &text)
{
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0)
        return {};
    const QByteArray candidate = text.left(colon);
    if (!std::isalpha(uchar(candidate.front())))
        return {};
    for (char c : candidate) {
        if (!std::isalnum(uchar(c)) && c != '+' && c != '-' && c != '.')
            return {};
    }
    return candidate;
}

QString maskCredentials(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    const qsizetype start = text.indexOf(u"://"_s);
    const qsizetype at = text.indexOf(u'@');
    const qsizetype slash = start < 0 ? -1 : text.indexOf(u'/', start + 3);
    if (start < 0 || at < 0 || (slash >= 0 && at > slash))
        return text;
    const qsizetype colon = text.indexOf(u':', start + 3);
    if (colon >= 0 && colon < at)
        text.replace(colon + 1, at - colon - 1, u"••••"_s);
    return text;
}

// In an authority starting at `start`, only the last "@" ends the userinfo: earlier ones are part
// of it, as the URL rules read them, and are percent-encoded so QUrl reads the same.
void escapeInnerAtSigns(QByteArray &text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && !QByteArrayView("/?#").contains(text.at(end)))
        ++end;
    const qsizetype lastAt = text.lastIndexOf('@', end - 1);
    if (lastAt < start)
        return;
    QByteArray userInfo = text.mid(start, lastAt - start);
    if (!userInfo.contains('@'))
        return;
    userInfo.replace('@', "%40");
    text = text.left(start) + userInfo + text.mid(lastAt);
}

} // namespace

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
}

QByteArray hostFieldValue(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != effectivePort(url.adjusted(QUrl::RemovePort)))
        host += ':' + QByteArray::number(url.port());
    return host;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

ResolvedLocation resolveLocation(const QByteArray &raw, const QUrl &base, const QString &currentFragment)
{
    ResolvedLocation result;
    result.maskedValue = maskCredentials(raw);
    QByteArray text = raw;

    // Leading and trailing C0 controls and spaces are not part of a URL.
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && uchar(text.at(first)) <= 0x20)
        ++first;
    while (last > first && uchar(text.at(last - 1)) <= 0x20)
        --last;
    if (first > 0 || last < text.size()) {
        text = text.mid(first, last - first);
        result.changes.append(
            LocationResolver::tr("spaces or control characters around the value were removed"));
    }
    if (text.contains('\t') || text.contains('\n') || text.contains('\r')) {
        text.removeIf([](char c) { return c == '\t' || c == '\n' || c == '\r'; });
        result.changes.append(LocationResolver::tr("tabs and line breaks inside the value were removed"));
    }
    if (text.isEmpty())
        return result;

    QByteArray scheme = schemeOf(text);
    const bool special
        = scheme.isEmpty() ? isSpecialScheme(base.scheme().toLatin1()) : isSpecialScheme(scheme);
    if (special) {
        // Backslashes count as slashes before the query in http(s) URLs.
        qsizetype end = text.indexOf('?');
        const qsizetype hash = text.indexOf('#');
        if (end < 0 || (hash >= 0 && hash < end))
            end = hash;
        if (end < 0)
            end = text.size();
        if (text.left(end).contains('\\')) {
            for (qsizetype i = 0; i < end; ++i) {
                if (text[i] == '\\')
                    text[i] = '/';
            }
            result.changes.append(LocationResolver::tr("backslashes were read as slashes"));
        }
        QByteArray rest = scheme.isEmpty() ? text : text.mid(scheme.size() + 1);
        const bool sameScheme
            = !scheme.isEmpty() && scheme.compare(base.scheme().toLatin1(), Qt::CaseInsensitive) == 0;
        if (!scheme.isEmpty() && sameScheme && !rest.startsWith("//")) {
            // "http:path" with the base's own scheme is a relative reference.
            text = rest;
            scheme.clear();
            result.changes.append(
                LocationResolver::tr("“%1:” without slashes was read as a relative reference")
                    .arg(base.scheme()));
        } else if (!scheme.isEmpty() && !sameScheme && !rest.startsWith("//")) {
            // "https:host" from an http page names a host.
            while (rest.startsWith('/'))
                rest.remove(0, 1);
            text = scheme + "://" + rest;
            result.changes.append(LocationResolver::tr("the host after “%1:” was read without slashes")
                                      .arg(QString::fromLatin1(scheme)));
        } else {
            const qsizetype slashStart = scheme.isEmpty() ? 0 : scheme.size() + 1;
            qsizetype slashes = 0;
            while (slashStart + slashes < text.size() && text.at(slashStart + slashes) == '/')
                ++slashes;
            if (slashes > 2) {
                text.remove(slashStart, slashes - 2);
                result.changes.append(LocationResolver::tr("extra slashes before the host were collapsed"));
            }
        }
        if (text.indexOf("//") == (scheme.isEmpty() ? 0 : scheme.size() + 1))
            escapeInnerAtSigns(text, text.indexOf("//") + 2);
    }

    // Raw bytes >= 0x80 are percent-encoded byte by byte (0xFF becomes %FF, as browsers do), and so
    // are spaces and control characters (a NUL, an ESC starting a terminal sequence): a strict
    // reading refuses them all.
    QByteArray encoded;
    bool rawBytes = false;
    bool spaces = false;
    bool controls = false;
    for (char c : std::as_const(text)) {
        const uchar byte = uchar(c);
        const bool control = byte < 0x20 || byte == 0x7F;
        if (byte >= 0x80 || byte == ' ' || control) {
            rawBytes = rawBytes || byte >= 0x80;
            spaces = spaces || byte == ' ';
            controls = controls || control;
            encoded += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        } else {
            encoded += c;
        }
    }
    if (rawBytes)
        result.changes.append(LocationResolver::tr("raw non-ASCII bytes were percent-encoded"));
    if (spaces)
        result.changes.append(LocationResolver::tr("spaces inside the value were percent-encoded"));
    if (controls)
        result.changes.append(
            LocationResolver::tr("control characters inside the value were percent-encoded"));

    const QUrl reference = QUrl::fromEncoded(encoded, QUrl::TolerantMode);
    if (!reference.isValid())
        return result;
    QUrl url = base.resolved(reference);
    if (!url.isValid() || url.scheme().isEmpty())
        return result;
    if (isSpecialScheme(url.scheme().toLatin1())) {
        if (url.host().isEmpty())
            return result;
        if (url.path().isEmpty())
            url.setPath(u"/"_s); // http(s) URLs always have a path
    }
    if (!url.userInfo().isEmpty()) {
        result.hadCredentials = true;
        // Mask the password as the URL rules read it, which a textual guess can miss
        // ("http:\\user:pw@host" has no "://", and the last "@" ends the userinfo).
        QString masked = QString::fromUtf8(raw);
        for (const QString &password :
             {url.password(QUrl::FullyDecoded), url.password(QUrl::FullyEncoded), url.password()}) {
            if (!password.isEmpty())
                masked.replace(password, u"••••"_s);
        }
        // When the password cannot be found in the value as written (bytes that are not UTF-8,
        // encodings), show the URL as read instead, which leaves the password out.
        result.maskedValue = masked != QString::fromUtf8(raw) ? masked : displayUrl(url);
        url.setUserInfo(QString());
    }
    if (!url.hasFragment() && !currentFragment.isEmpty())
        url.setFragment(currentFragment);
    result.url = url;
    result.valid = true;
    return result;
}

} // namespace StatusScope::Core
