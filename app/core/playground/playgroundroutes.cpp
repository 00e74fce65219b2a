// SPDX-License-Identifier: MIT
#include "core/playground/playgroundroutes.h"

#include "core/catalogue/statuscatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QByteArray PlaygroundRequest::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

constexpr int redirectCodes[] = {301, 302, 303, 307, 308};

bool isRedirectCode(int code)
{
    return std::find(std::begin(redirectCodes), std::end(redirectCodes), code) != std::end(redirectCodes);
}

QByteArray reasonFor(int code, const StatusCatalogue *catalogue)
{
    if (catalogue) {
        const qsizetype index = catalogue->firstIndexOf(code);
        if (index >= 0)
            return catalogue->entries().at(index).reason.toUtf8();
    }
    return QByteArrayLiteral("Playground");
}

PlaygroundResponse text(int status, const QByteArray &body, const StatusCatalogue *catalogue)
{
    PlaygroundResponse response;
    response.status = status;
    response.reason = reasonFor(status, catalogue);
    response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    response.body = body + '\n';
    return response;
}

PlaygroundResponse badParameter(const QByteArray &sentence, const StatusCatalogue *catalogue)
{
    return text(400, sentence, catalogue);
}

PlaygroundResponse redirect(int code, const QByteArray &location, const StatusCatalogue *catalogue)
{
    PlaygroundResponse response
        = text(code, "Redirecting with " + QByteArray::number(code) + " to " + location + '.', catalogue);
    response.headers.append({QByteArray("Location"), location});
    return response;
}

// A whole number from the text, or nothing when it is not exactly one.
std::optional<int> wholeNumber(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toInt();
}

// The headers a response with this code needs to be a proper example of it.
void addHeadersFor(int code, PlaygroundResponse &response)
{
    auto add = [&response](const char *name, const QByteArray &value) {
        response.headers.append({QByteArray(name), value});
    };
    switch (code) {
    case 101:
        add("Upgrade", "websocket");
        add("Connection", "Upgrade");
        break;
    case 201:
        add("Location", "/echo");
        break;
    case 206:
        response.body = "0123456789";
        response.headers.removeIf([](const auto &h) { return h.first == "Content-Type"; });
        add("Content-Type", "text/plain");
        add("Content-Range", "bytes 0-9/100");
        break;
    case 300:
        add("Location", "/echo");
        break;
    case 304:
        add("ETag", "\"playground\"");
        break;
    case 401:
        add("WWW-Authenticate", "Basic realm=\"StatusScope playground\", charset=\"UTF-8\"");
        break;
    case 405:
        add("Allow", "GET, HEAD");
        break;
    case 407:
        add("Proxy-Authenticate", "Basic realm=\"StatusScope playground proxy\"");
        break;
    case 416:
        add("Content-Range", "bytes */100");
        break;
    case 426:
        add("Upgrade", "HTTP/2");
        add("Connection", "Upgrade");
        break;
    case 429:
    case 503:
        add("Retry-After", "5");
        break;
    default:
        if (isRedirectCode(code))
            add("Location", "/echo");
        break;
    }
    // No body where HTTP forbids one (RFC 9110 §6.4.1): 1xx, 204 and 304.
    if (code < 200 || code == 204 || code == 304) {
        response.body.clear();
        response.headers.removeIf([](const auto &h) { return h.first == "Content-Type"; });
    }
}

PlaygroundResponse status(const QByteArray &codeText, const StatusCatalogue *catalogue)
{
    const std::optional<int> code = wholeNumber(codeText);
    if (!code || *code < 100 || *code > 599)
        return badParameter("The CODE in /status/CODE must be a number from 100 to 599; \"" + codeText
                                + "\" is not.",
                            catalogue);
    if (*code < 200 && *code != 101) {
        // Interim: what follows it is the real answer.
        PlaygroundResponse response = text(200,
                                           "The final answer, after the interim " + QByteArray::number(*code)
                                               + ' ' + reasonFor(*code, catalogue) + '.',
                                           catalogue);
        response.interimStatus = *code;
        response.interimReason = reasonFor(*code, catalogue);
        if (*code == 103)
            response.interimHeaders.append(
                {QByteArrayLiteral("Link"), QByteArrayLiteral("</echo>; rel=preload")});
        return response;
    }
    PlaygroundResponse response = text(*code,
                                       "This is the playground's " + QByteArray::number(*code) + ' '
                                           + reasonFor(*code, catalogue) + '.',
                                       catalogue);
    addHeadersFor(*code, response);
    return response;
}

PlaygroundResponse redirects(const QByteArray &countText, const StatusCatalogue *catalogue)
{
    const std::optional<int> count = wholeNumber(countText);
    if (!count || *count > PlaygroundMaxRedirects)
        return badParameter("The N in /redirect/N must be a number from 0 to "
                                + QByteArray::number(PlaygroundMaxRedirects) + "; \"" + countText
                                + "\" is not.",
                            catalogue);
    if (*count == 0)
        return text(200, "The end of the redirect chain.", catalogue);
    return redirect(302, "/redirect/" + QByteArray::number(*count - 1), catalogue);
}

PlaygroundResponse chain(const QUrlQuery &query, const StatusCatalogue *catalogue)
{
    const QString codes = query.queryItemValue(u"codes"_s);
    if (codes.isEmpty())
        return text(200, "The end of the chain.", catalogue);
    QStringList rest = codes.split(u',');
    if (rest.size() > PlaygroundMaxRedirects)
        return badParameter("codes= takes at most " + QByteArray::number(PlaygroundMaxRedirects)
                                + " redirect codes.",
                            catalogue);
    const QString first = rest.takeFirst().trimmed();
    const std::optional<int> code = wholeNumber(first.toLatin1());
    if (!code || !isRedirectCode(*code))
        return badParameter("Each code in /chain?codes= must be 301, 302, 303, 307 or 308; \""
                                + first.toUtf8() + "\" is not.",
                            catalogue);
    const QByteArray next
        = rest.isEmpty() ? QByteArrayLiteral("/chain") : "/chain?codes=" + rest.join(u',').toUtf8();
    return redirect(*code, next, catalogue);
}

PlaygroundResponse echo(const PlaygroundRequest &request, const StatusCatalogue *catalogue)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    const QJsonObject object{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"target"_s, QString::fromUtf8(request.target)},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(request.body)},
    };
    PlaygroundResponse response = text(200, {}, catalogue);
    response.headers = {{QByteArray("Content-Type"), QByteArray("application/json")}};
    response.body = QJsonDocument(object).toJson(QJsonDocument::Indented);
    return response;
}

PlaygroundResponse slow(const QUrlQuery &query, const StatusCatalogue *catalogue)
{
    const QByteArray msText = query.queryItemValue(u"ms"_s).toUtf8();
    const std::optional<int> ms = wholeNumber(msText);
    if (!ms || *ms > PlaygroundMaxDelayMs)
        return badParameter("ms= in /slow?ms= must be a number of milliseconds from 0 to "
                                + QByteArray::number(PlaygroundMaxDelayMs) + "; \"" + msText + "\" is not.",
                            catalogue);
    PlaygroundResponse response = text(200, "Answered after " + QByteArray::number(*ms) + " ms.", catalogue);
    response.delayMs = *ms;
    return response;
}

PlaygroundResponse basicAuth(const PlaygroundRequest &request, const StatusCatalogue *catalogue)
{
    const QByteArray expected = "Basic " + QByteArrayLiteral("student:http").toBase64();
    if (request.header("Authorization") == expected)
        return text(200, "Signed in as student.", catalogue);
    PlaygroundResponse response = text(
        401, "Sign in with user \"student\" and password \"http\" (HTTP Basic authentication).", catalogue);
    addHeadersFor(401, response);
    return response;
}

PlaygroundResponse notFound(const StatusCatalogue *catalogue)
{
    return text(404,
                "The playground has /status/CODE, /redirect/N, /chain?codes=301,302,307, /loop, /echo, "
                "/slow?ms=N, /cookie and /auth/basic.",
                catalogue);
}

} // namespace

PlaygroundResponse playgroundRoute(const PlaygroundRequest &request, const StatusCatalogue *catalogue)
{
    const qsizetype queryStart = request.target.indexOf('?');
    const QByteArray path = queryStart < 0 ? request.target : request.target.left(queryStart);
    const QUrlQuery query(queryStart < 0 ? QString() : QString::fromUtf8(request.target.mid(queryStart + 1)));

    PlaygroundResponse response;
    if (path.startsWith("/status/"))
        response = status(path.mid(8), catalogue);
    else if (path.startsWith("/redirect/"))
        response = redirects(path.mid(10), catalogue);
    else if (path == "/chain")
        response = chain(query, catalogue);
    else if (path == "/loop")
        response = redirect(302, "/loop", catalogue);
    else if (path == "/echo")
        response = echo(request, catalogue);
    else if (path == "/slow")
        response = slow(query, catalogue);
    else if (path == "/cookie") {
        response = redirect(302, "/echo", catalogue);
        response.headers.append({QByteArray("Set-Cookie"), QByteArray("playground=1; Path=/; HttpOnly")});
    } else if (path == "/auth/basic")
        response = basicAuth(request, catalogue);
    else
        response = notFound(catalogue);
    if (request.method == "HEAD") { // the length of what a GET would have carried, no body
        response.headers.append({QByteArray("Content-Length"), QByteArray::number(response.body.size())});
        response.body.clear();
    }
    return response;
}

QByteArray playgroundPathFor(int code)
{
    return "/status/" + QByteArray::number(code);
}

} // namespace StatusScope::Core
