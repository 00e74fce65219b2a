// SPDX-License-Identifier: MIT
#include "core/requests/requestvalidation.h"

#include "core/formats/pastedcharacters.h"

#include "core/requests/urlinput.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct RequestValidation
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidation)
};

bool isTokenChar(char c)
{
    static constexpr QByteArrayView extra("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
}

QString describeByte(uchar byte)
{
    switch (byte) {
    case '\r':
        return RequestValidation::tr("a carriage return (CR)");
    case '\n':
        return RequestValidation::tr("a line feed (LF)");
    case 0:
        return RequestValidation::tr("a NUL byte");
    case 0x7f:
        return RequestValidation::tr("a DEL character");
    case ' ':
        return RequestValidation::tr("a space");
    default:
        break;
    }
    if (byte < 0x20)
        return RequestValidation::tr("the control character 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
    return RequestValidation::tr("the character “%1”").arg(QChar::fromLatin1(char(byte)));
}

// Headers that frame the body are Qt's to write: a typed one that disagrees with the body is
// cut or replaced by Qt 6.4 without a word (probed), so it is refused before anything is sent.
std::optional<QString> validateFraming(const RequestSpec &request)
{
    for (const HeaderPair &header : request.headers) {
        if (header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return RequestValidation::tr(
                "Transfer-Encoding cannot be typed: Qt 6.4 sends the body whole, with a Content-Length, "
                "so the server would be told of a framing the body does not have. Leave it out.");
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray value = header.second.trimmed();
        const bool isNumber = !value.isEmpty()
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!isNumber)
            return RequestValidation::tr("Content-Length “%1” is not a number of bytes. Leave it out: "
                                         "the right one is sent by itself.")
                .arg(QString::fromLatin1(value));
        bool fits = false;
        const qint64 length = value.toLongLong(&fits);
        if (!request.hasBody && (!fits || length != 0))
            return RequestValidation::tr("Content-Length: %1 was typed, but the request has no body: the "
                                         "server would wait for bytes that never come. Leave it out, or "
                                         "add a body.")
                .arg(QString::fromLatin1(value));
        if (request.hasBody && (!fits || length != request.body.size()))
            return RequestValidation::tr("Content-Length: %1 does not match the body, which is %n byte(s): "
                                         "Qt 6.4 would cut the body or replace the value without a word. "
                                         "Leave it out: the right one is sent by itself.",
                                         nullptr, int(request.body.size()))
                .arg(QString::fromLatin1(value));
    }
    // A typed Host is sent as typed (to reach a virtual host, as curl -H does), so it has to be one.
    const QByteArray host = headerValue(request.headers, "Host").trimmed();
    if (hasHeader(request.headers, "Host")
        && (host.isEmpty() || std::any_of(host.begin(), host.end(), [](char c) {
                return c == ' ' || c == '\t' || c == ',' || c == '/' || c == '@' || c == '?' || c == '#';
            })))
        return RequestValidation::tr("The typed Host “%1” is not a host name with an optional port.")
            .arg(QString::fromLatin1(host));
    return std::nullopt;
}

} // namespace

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

std::optional<QString> validateMethod(const QByteArray &method)
{
    if (method.isEmpty())
        return RequestValidation::tr("The method is empty.");
    for (char c : method) {
        if (!isTokenChar(c))
            return RequestValidation::tr(
                       "The method “%1” contains %2; a method is a token such as GET or PURGE.")
                .arg(QString::fromLatin1(method), describeByte(uchar(c)));
    }
    return std::nullopt;
}

QUrl urlAsSent(const QUrl &url)
{
    // An empty path goes out as "/", and nothing else changes.
    return url.path().isEmpty() ? url : url.adjusted(QUrl::NormalizePathSegments);
}

std::optional<QString> validateUrl(const QUrl &url)
{
    if (url.isEmpty())
        return RequestValidation::tr("The URL is empty.");
    // Qt's text goes on with '; source was "…"; userinfo = "user:password"': the sentence is ours,
    // readable and never repeating a password (it ends up in logs, JSON output and HAR files).
    if (!url.isValid())
        return describeInvalidUrl(url);
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return RequestValidation::tr("The URL has no scheme; start it with http:// or https://.");
    if (scheme != u"http"_s && scheme != u"https"_s)
        return RequestValidation::tr("Only http and https URLs can be requested, not “%1:”.").arg(scheme);
    if (url.host().isEmpty())
        return RequestValidation::tr("The URL has no host name.");
    return std::nullopt;
}

std::optional<QString> validateHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return RequestValidation::tr("A header has an empty name.");
    for (char c : name) {
        if (!isTokenChar(c))
            return RequestValidation::tr(
                       "The header name “%1” contains %2; names are tokens such as X-Request-Id.")
                .arg(QString::fromLatin1(name).toHtmlEscaped().simplified(), describeByte(uchar(c)));
    }
    for (char c : value) {
        const uchar byte = uchar(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return RequestValidation::tr(
                       "The value of header “%1” contains %2, which would break the request apart.")
                .arg(QString::fromLatin1(name), describeByte(byte));
    }
    return std::nullopt;
}

std::optional<QString> validateRequest(const RequestSpec &request)
{
    if (auto error = validateMethod(request.method))
        return error;
    if (auto error = validateUrl(request.url))
        return error;
    for (const HeaderPair &header : request.headers) {
        if (auto error = validateHeader(header.first, header.second))
            return error;
    }
    if (auto error = validateFraming(request))
        return error;
    if (request.options.maxRedirects < 0)
        return RequestValidation::tr("The redirect limit cannot be negative.");
    if (request.options.bodyCap <= 0)
        return RequestValidation::tr("The body limit must be positive.");
    return std::nullopt;
}

QByteArray trimmedHeaderText(const QByteArray &text)
{
    return trimmedPastedBlanks(text);
}

std::optional<HeaderPair> parseHeaderLine(const QString &line, QString *error)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) {
        if (error)
            *error = RequestValidation::tr("“%1” is not a header; write it as Name: value.").arg(line);
        return std::nullopt;
    }
    const QByteArray name = trimmedHeaderText(line.left(colon).toUtf8());
    // Optional whitespace around the value is not part of it (RFC 9110 §5.5), nor a chat's spaces.
    const QByteArray value = trimmedHeaderText(line.mid(colon + 1).toUtf8());
    if (auto problem = validateHeader(name, value)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return HeaderPair{name, value};
}

} // namespace StatusScope::Core
