// SPDX-License-Identifier: MIT
// A request of a .http file as written, made into the request to send: variables replaced, the
// Authorization shorthands read, body files read.
#include "core/formats/httpfileraw.h"

#include "core/requests/bodyfile.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// "Authorization: Basic user:password" and "Basic user password" (both dialects) are encoded as
// the field is sent; "Digest user password" (REST Client) answers the server's challenge.
void readAuthorization(HeaderPair &header, RequestSpec &request, bool &drop)
{
    const QList<QByteArray> words = header.second.simplified().split(' ');
    if (words.size() == 3 && words.at(0).compare("Digest", Qt::CaseInsensitive) == 0) {
        request.options.network.auth.scheme = AuthSetting::Scheme::Digest;
        request.options.network.auth.user = QString::fromUtf8(words.at(1));
        request.options.network.auth.password = QString::fromUtf8(words.at(2));
        drop = true;
        return;
    }
    if (words.at(0).compare("Basic", Qt::CaseInsensitive) != 0)
        return;
    if (words.size() == 3)
        header.second = "Basic " + QByteArray(words.at(1) + ':' + words.at(2)).toBase64();
    else if (words.size() == 2 && words.at(1).contains(':'))
        header.second = "Basic " + words.at(1).toBase64();
}

// The body's lines, with variables replaced, and "< file" lines replaced by the file (and "<@ file"
// by the file with its variables replaced). Multipart bodies are sent with CRLF, as both clients do.
std::optional<QByteArray> body(const HttpRawRequest &raw, const HttpVariables &variables,
                               const HttpFileContext &context, bool multipart, HttpFileRequest &request)
{
    static const QRegularExpression fileLine(uR"(^<(@(\w*))?\s+(\S.*)$)"_s);
    QByteArray bytes;
    QString error;
    for (qsizetype i = 0; i < raw.body.size(); ++i) {
        const HttpFileLine &line = raw.body.at(i);
        if (i > 0)
            bytes += multipart ? "\r\n" : "\n";
        const QRegularExpressionMatch match = fileLine.match(line.text.trimmed());
        if (!match.hasMatch()) {
            const std::optional<QString> text
                = variables.substitute(line.text, line.number, raw.line, &error);
            if (!text) {
                request.error = error;
                return std::nullopt;
            }
            bytes += text->toUtf8();
            continue;
        }
        const QString written = match.captured(3).trimmed();
        const QString path = QDir::cleanPath(QDir(context.folder).absoluteFilePath(written));
        const QString encoding = match.captured(2);
        if (match.hasCaptured(1) && !encoding.isEmpty() && encoding.toLower() != u"utf8"_s
            && encoding.toLower() != u"utf-8"_s) {
            request.error = HttpFileText::tr("line %1: <@%2: only UTF-8 body files are read.")
                                .arg(line.number)
                                .arg(encoding);
            return std::nullopt;
        }
        std::optional<QByteArray> content = readBodyFile(path, BodyFileLimit, &error);
        if (!content) {
            // The words of the curl importer and the dry run, for a send and a dry run alike.
            const QString problem = QFileInfo::exists(path)
                ? HttpFileText::tr("line %1: < %2: file not readable: %3: %4")
                      .arg(line.number)
                      .arg(written, path, error)
                : HttpFileText::tr("line %1: < %2: file not found: %3").arg(line.number).arg(written, path);
            if (context.requireBodyFiles) {
                request.error = problem;
                return std::nullopt;
            }
            request.notApplied.append(problem);
            continue;
        }
        if (match.hasCaptured(1)) {
            const std::optional<QString> text
                = variables.substitute(QString::fromUtf8(*content), line.number, raw.line, &error);
            if (!text) {
                request.error = error;
                return std::nullopt;
            }
            content = text->toUtf8();
        }
        bytes += *content;
    }
    return bytes;
}

} // namespace

HttpFileRequest finishHttpRequest(const HttpRawRequest &raw, const HttpVariables &variables,
                                  const HttpFileContext &context)
{
    HttpFileRequest result;
    result.name = raw.name;
    result.line = raw.line;
    result.notApplied = raw.notApplied;
    RequestSpec &request = result.request;
    request.method = raw.method.toUtf8();
    if (!raw.error.isEmpty()) {
        result.error = raw.error;
        return result;
    }
    if (raw.noRedirect) {
        request.options.followRedirects = false;
        result.setsFollowRedirects = true;
    }
    if (raw.timeoutMs) {
        request.options.inactivityTimeoutMs = *raw.timeoutMs;
        result.setsTimeout = true;
    }
    if (raw.connectTimeoutMs) {
        request.options.connectTimeoutMs = *raw.connectTimeoutMs;
        result.setsConnectTimeout = true;
    }
    if (!raw.version.isEmpty()) {
        result.setsHttpVersion = true;
        if (raw.version == u"HTTP/1.1"_s)
            request.options.network.httpVersion = HttpVersion::Http1_1;
        else if (raw.version == u"HTTP/2"_s || raw.version == u"HTTP/2.0"_s)
            request.options.network.httpVersion = HttpVersion::Http2;
        else if (raw.version.startsWith(u"HTTP/2"_s) && raw.version.endsWith(u"(Prior Knowledge)"_s))
            request.options.network.httpVersion = HttpVersion::Http2PriorKnowledge;
        else {
            result.setsHttpVersion = false;
            result.notApplied.append(
                HttpFileText::tr("line %1: %2 is not applied: StatusScope speaks HTTP/1.1 "
                                 "and HTTP/2.")
                    .arg(raw.line)
                    .arg(raw.version));
        }
    }

    QString error;
    bool multipart = false;
    for (const HttpFileLine &line : raw.headers) {
        const std::optional<QString> text = variables.substitute(line.text, line.number, raw.line, &error);
        if (!text) {
            result.error = error;
            return result;
        }
        const qsizetype colon = text->indexOf(u':');
        if (colon <= 0) {
            result.error = HttpFileText::tr("line %1: “%2” is not a header (Name: value); a body comes after "
                                            "a blank line.")
                               .arg(line.number)
                               .arg(*text);
            return result;
        }
        HeaderPair header{text->left(colon).trimmed().toUtf8(), text->mid(colon + 1).trimmed().toUtf8()};
        if (auto problem = validateHeader(header.first, header.second)) {
            result.error = HttpFileText::tr("line %1: %2").arg(line.number).arg(*problem);
            return result;
        }
        bool drop = false;
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0 && !header.second.isEmpty())
            readAuthorization(header, request, drop);
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            multipart = header.second.trimmed().toLower().startsWith("multipart/");
        if (!drop)
            request.headers.append(header);
    }

    const std::optional<QString> url = variables.substitute(raw.url, raw.line, raw.line, &error);
    if (!url) {
        result.error = error;
        return result;
    }
    // REST Client's "GET /path" with a Host field.
    if (url->startsWith(u'/') && hasHeader(request.headers, "Host")) {
        const QString host = QString::fromUtf8(headerValue(request.headers, "Host"));
        request.url = QUrl((host.endsWith(u":443"_s) ? u"https://"_s : u"http://"_s) + host + *url);
    } else {
        const UrlInput typed = readTypedUrl(*url);
        if (!typed.isValid()) {
            result.error = HttpFileText::tr("line %1: “%2” cannot be requested: %3")
                               .arg(raw.line)
                               .arg(*url, typed.error);
            return result;
        }
        request.url = typed.url;
    }
    if (auto problem = validateMethod(request.method)) {
        result.error = HttpFileText::tr("line %1: %2").arg(raw.line).arg(*problem);
        return result;
    }

    if (!raw.body.isEmpty()) {
        const std::optional<QByteArray> bytes = body(raw, variables, context, multipart, result);
        if (!bytes)
            return result;
        request.body = *bytes;
        request.hasBody = true;
    }
    return result;
}

} // namespace StatusScope::Core
