// SPDX-License-Identifier: MIT
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct UrlInputText
{
    Q_DECLARE_TR_FUNCTIONS(UrlInput)
};

// Schemes written without "//": "mailto:a@b" is an address, not the user "mailto" at host "b"
// (curl's reading), and "tel:5551234" is not the host "tel" at port 5551234.
bool isSchemeWithoutSlashes(QStringView scheme)
{
    static constexpr QStringView known[] = {u"about",  u"blob",   u"data", u"file", u"geo", u"javascript",
                                            u"magnet", u"mailto", u"news", u"sms",  u"tel", u"urn"};
    return std::any_of(std::begin(known), std::end(known),
                       [scheme](QStringView name) { return scheme.compare(name, Qt::CaseInsensitive) == 0; });
}

bool isHttpScheme(QStringView scheme)
{
    return scheme.compare(u"http", Qt::CaseInsensitive) == 0
        || scheme.compare(u"https", Qt::CaseInsensitive) == 0;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The length of a leading "scheme:" (RFC 3986 §3.1) up to the colon, or -1.
qsizetype schemeLength(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u':')
            return i;
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return -1;
    }
    return -1;
}

QString describeCharacter(QChar c)
{
    if (c == u' ')
        return UrlInputText::tr("a space");
    if (c == u'\t')
        return UrlInputText::tr("a tab");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return UrlInputText::tr("the control character 0x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    return UrlInputText::tr("the character “%1”").arg(c);
}

// Where the authority (user, host, port) ends: at the path, the query or the fragment.
qsizetype authorityEnd(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'/' || text.at(i) == u'?' || text.at(i) == u'#')
            return i;
    }
    return text.size();
}

// A long typed part is cut when quoted, so a sentence stays one line.
QString quoted(QStringView text)
{
    constexpr qsizetype Longest = 60;
    return text.size() <= Longest ? text.toString() : text.left(Longest).toString() + u'…';
}

// Checks the host and port between "//" and the path; returns a sentence when they are wrong.
QString checkAuthority(QStringView authority)
{
    // The user name and password end at the last "@"; they are never quoted (logs, JSON output).
    const QStringView hostAndPort = authority.mid(authority.lastIndexOf(u'@') + 1);
    QStringView host = hostAndPort;
    QStringView port;
    bool hasPort = false;
    if (hostAndPort.startsWith(u'[')) {
        const qsizetype close = hostAndPort.indexOf(u']');
        if (close < 0)
            return UrlInputText::tr("The IPv6 address “%1” is missing its closing “]”.")
                .arg(quoted(hostAndPort));
        host = hostAndPort.left(close + 1);
        const QStringView after = hostAndPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return UrlInputText::tr("Only a port can follow the IPv6 address %1, as in %1:8080, not “%2”.")
                .arg(host.toString(), quoted(after));
        hasPort = !after.isEmpty();
        port = after.mid(1);
    } else {
        const qsizetype colon = hostAndPort.indexOf(u':');
        if (colon >= 0 && hostAndPort.indexOf(u':', colon + 1) >= 0)
            return UrlInputText::tr("The host “%1” holds several colons: an IPv6 address is written in "
                                    "brackets, as in http://[::1]:8080/.")
                .arg(quoted(hostAndPort));
        hasPort = colon >= 0;
        host = colon >= 0 ? hostAndPort.left(colon) : hostAndPort;
        port = colon >= 0 ? hostAndPort.mid(colon + 1) : QStringView();
    }
    if (host.isEmpty())
        return UrlInputText::tr("The URL has no host name.");
    for (QChar c : host) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return UrlInputText::tr("The host name “%1” contains %2.")
                .arg(quoted(host), describeCharacter(c));
    }
    if (hasPort) {
        if (port.isEmpty())
            return UrlInputText::tr("The port after “%1:” is empty; leave the colon out for the usual port.")
                .arg(quoted(host));
        if (!std::all_of(port.begin(), port.end(), isAsciiDigit))
            return UrlInputText::tr("The port “%1” is not a number.").arg(quoted(port));
        const bool inRange = port.size() <= 5 && port.toInt() >= 1 && port.toInt() <= 65535;
        if (!inRange)
            return UrlInputText::tr("The port %1 is not between 1 and 65535.").arg(quoted(port));
    }
    // The rest is Qt's to judge (IDNA, percent-encoding, IPv6 syntax): asked about the host alone,
    // so the sentence can name what is wrong.
    QUrl probe;
    probe.setHost(host.startsWith(u'[') ? host.mid(1, host.size() - 2).toString() : host.toString());
    if (probe.host().isEmpty() || !probe.isValid()) {
        if (host.startsWith(u'['))
            return UrlInputText::tr("“%1” is not an IPv6 address.").arg(quoted(host));
        for (QChar c : host) {
            QUrl one;
            one.setHost(u"a"_s + c + u"b"_s);
            if (one.host().isEmpty() || !one.isValid())
                return UrlInputText::tr(
                           "The host name “%1” contains %2, which is not allowed in a host name.")
                    .arg(quoted(host), describeCharacter(c));
        }
        return UrlInputText::tr("“%1” is not a valid host name.").arg(quoted(host));
    }
    return QString();
}

} // namespace

UrlInput readTypedUrl(const QString &typed)
{
    UrlInput input;
    const QString text = typed.trimmed();
    input.text = text;
    if (text.isEmpty()) {
        input.error = UrlInputText::tr("The URL is empty.");
        return input;
    }

    // "localhost:8080" is, to QUrl, the scheme "localhost": a scheme only counts when "//"
    // follows it or it is one written without slashes, as curl and browsers read it.
    const qsizetype colon = schemeLength(text);
    bool hasScheme = false;
    if (colon > 0) {
        const QStringView scheme = QStringView(text).left(colon);
        const QStringView rest = QStringView(text).mid(colon + 1);
        const QStringView authority = rest.left(authorityEnd(rest));
        if (rest.startsWith(u"//") || isSchemeWithoutSlashes(scheme))
            hasScheme = true;
        else if (isHttpScheme(scheme)) {
            input.url = QUrl(text, QUrl::TolerantMode);
            input.error
                = UrlInputText::tr("Two slashes and the host name come after “%1:”, as in %1://example.org/.")
                      .arg(scheme.toString().toLower());
            return input;
        } else
            // A port ("localhost:8080") or a password ("user:pw@host") after the colon: a host.
            hasScheme = !(!rest.isEmpty() && isAsciiDigit(rest.front())) && !authority.contains(u'@');
    }
    if (!hasScheme) {
        if (text.startsWith(u'/') && !text.startsWith(u"//")) {
            input.url = QUrl(text, QUrl::TolerantMode);
            input.error = UrlInputText::tr("“%1” is a path without a host: write the host in front, as in "
                                           "http://example.org%1.")
                              .arg(quoted(text));
            return input;
        }
        input.text = (text.startsWith(u"//") ? u"http:"_s : u"http://"_s) + text;
        input.schemeAdded = true;
    }

    input.url = QUrl(input.text, QUrl::StrictMode);
    if (!input.url.isValid())
        input.url = QUrl(input.text, QUrl::TolerantMode);
    const qsizetype schemeEnd = input.text.indexOf(u':');
    const QString scheme = input.text.left(schemeEnd).toLower();
    if (!isHttpScheme(scheme)) {
        input.error
            = UrlInputText::tr("Only http and https URLs can be requested, not “%1:”.").arg(quoted(scheme));
        return input;
    }
    const QStringView afterSlashes = QStringView(input.text).mid(schemeEnd + 3);
    input.error = checkAuthority(afterSlashes.left(authorityEnd(afterSlashes)));
    if (input.error.isEmpty() && !input.url.isValid())
        input.error = describeInvalidUrl(input.url);
    if (input.error.isEmpty() && input.url.host().isEmpty())
        input.error = UrlInputText::tr("The URL has no host name.");
    return input;
}

QString describeInvalidUrl(const QUrl &url)
{
    // Qt's reasons are fixed English texts (QUrl does not translate them), so the start of one
    // tells which part is wrong.
    const QString reason = url.errorString();
    const auto startsWith = [&reason](QStringView start) { return reason.startsWith(start); };
    if (url.isEmpty())
        return UrlInputText::tr("The URL is empty.");
    if (startsWith(u"Invalid scheme"))
        return UrlInputText::tr(
            "The scheme of the URL contains a character that is not allowed; use http:// or https://.");
    if (startsWith(u"Invalid user name") || startsWith(u"Invalid password"))
        return UrlInputText::tr(
            "The user name or password in the URL contains a character that is not allowed; "
            "write it percent-encoded (%40 for @, %3A for :).");
    if (startsWith(u"Invalid hostname"))
        return UrlInputText::tr(
            "The host name of the URL contains a character that is not allowed in a host name.");
    if (startsWith(u"Expected ']'"))
        return UrlInputText::tr("The IPv6 address in the URL is missing its closing “]”.");
    if (startsWith(u"Invalid IPv6") || startsWith(u"Invalid IPvFuture"))
        return UrlInputText::tr("The address in brackets in the URL is not an IPv6 address.");
    if (startsWith(u"Port field was empty"))
        return UrlInputText::tr("The port of the URL is empty; leave the colon out for the usual port.");
    if (startsWith(u"Invalid port"))
        return UrlInputText::tr("The port of the URL is not a number between 1 and 65535.");
    if (startsWith(u"Invalid path"))
        return UrlInputText::tr("The path of the URL contains a character that is not allowed.");
    if (startsWith(u"Invalid query"))
        return UrlInputText::tr("The query of the URL contains a character that is not allowed.");
    if (startsWith(u"Invalid fragment"))
        return UrlInputText::tr(
            "The fragment of the URL (after #) contains a character that is not allowed.");
    return UrlInputText::tr("The URL is not valid; write it as http://host/path or https://host/path.");
}

bool isLoopbackHost(const QString &host)
{
    QString bare = host.trimmed().toLower();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    while (bare.endsWith(u'.'))
        bare.chop(1);
    if (bare == u"localhost" || bare.endsWith(u".localhost"))
        return true;
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

} // namespace StatusScope::Core
