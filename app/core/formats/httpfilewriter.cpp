// SPDX-License-Identifier: MIT
// toHttpFile(): the writing half of httpfile.h, kept apart from the reader it must agree with.
#include "core/formats/httpfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// The methods both clients read on a request line; any other word would be read as the URL.
const QStringList &writableMethods()
{
    static const QStringList methods{
        u"GET"_s,   u"POST"_s,    u"PUT"_s,        u"DELETE"_s, u"PATCH"_s,    u"HEAD"_s,      u"OPTIONS"_s,
        u"TRACE"_s, u"CONNECT"_s, u"LOCK"_s,       u"UNLOCK"_s, u"PROPFIND"_s, u"PROPPATCH"_s, u"COPY"_s,
        u"MOVE"_s,  u"MKCOL"_s,   u"MKCALENDAR"_s, u"ACL"_s,    u"SEARCH"_s,
    };
    return methods;
}

bool isMultipart(const HeaderList &headers)
{
    return headerValue(headers, "Content-Type").trimmed().toLower().startsWith("multipart/");
}

// The body as the reader would give it back, line by line; a reason instead when it could not.
std::optional<QStringList> bodyLines(const RequestSpec &request, QString *why)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(request.body);
    if (decoder.hasError()) {
        *why = HttpFileText::tr("its body is not UTF-8 text");
        return std::nullopt;
    }
    if (isMultipart(request.headers))
        text.replace(u"\r\n"_s, u"\n"_s);
    if (text.contains(u'\r')) {
        *why = HttpFileText::tr("its body holds carriage returns, which a .http file does not keep");
        return std::nullopt;
    }
    const QStringList lines = text.split(u'\n');
    if (lines.last().trimmed().isEmpty()) {
        *why = HttpFileText::tr("its body ends with a line break or blank line, which a .http file does not "
                                "keep");
        return std::nullopt;
    }
    static const QRegularExpression fileLine(uR"(^<(@\w*)?\s+\S)"_s);
    for (const QString &line : lines) {
        if (line.startsWith(u"###"_s) || line.startsWith(u"<> "_s) || line.startsWith(u"> "_s)
            || fileLine.match(line.trimmed()).hasMatch()) {
            *why = HttpFileText::tr("a line of its body (“%1”) would be read as part of the file's syntax")
                       .arg(line);
            return std::nullopt;
        }
    }
    return lines;
}

// Why `request` could not be written so that it reads back the same; empty when it can.
QString whyNotWritable(const NamedRequest &named)
{
    const RequestSpec &request = named.request;
    if (named.name.contains(u'\n') || named.name.contains(u'\r'))
        return HttpFileText::tr("its name holds a line break");
    if (!writableMethods().contains(QString::fromLatin1(request.method)))
        return HttpFileText::tr("its method %1 is not one that .http files know")
            .arg(QString::fromLatin1(request.method));
    const QString url = request.url.toString(QUrl::FullyEncoded);
    if (url.contains(u"{{"_s) || !request.url.isValid() || request.url.isEmpty())
        return HttpFileText::tr("its URL cannot be written");
    for (const auto &[name, value] : request.headers) {
        if (name.contains("{{") || value.contains("{{"))
            return HttpFileText::tr("its field %1 holds “{{”, which would be read as a variable")
                .arg(QString::fromLatin1(name));
        if (value != value.trimmed())
            return HttpFileText::tr("its field %1 begins or ends with spaces").arg(QString::fromLatin1(name));
        const QList<QByteArray> words = value.simplified().split(' ');
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0
            && ((words.size() == 3
                 && (words.at(0).compare("Basic", Qt::CaseInsensitive) == 0
                     || words.at(0).compare("Digest", Qt::CaseInsensitive) == 0))
                || (words.size() == 2 && words.at(0).compare("Basic", Qt::CaseInsensitive) == 0
                    && words.at(1).contains(':'))))
            return HttpFileText::tr("its Authorization field would be encoded again when read");
    }
    const AuthSetting &auth = request.options.network.auth;
    if (auth.scheme == AuthSetting::Scheme::Digest
        && (auth.user.isEmpty() || auth.password.isEmpty() || auth.user.contains(QRegularExpression(u"\\s"_s))
            || auth.password.contains(QRegularExpression(u"\\s"_s))))
        return HttpFileText::tr("its Digest user or password is empty or holds spaces");
    if (request.body.contains("{{"))
        return HttpFileText::tr("its body holds “{{”, which would be read as a variable");
    if (request.hasBody && !request.body.isEmpty()) {
        QString why;
        if (!bodyLines(request, &why))
            return why;
    }
    return {};
}

// What the request carries that a .http file has no place for, named for the summary.
QStringList unwritten(const RequestSpec &request)
{
    const RequestOptions defaults;
    const RequestOptions &options = request.options;
    const NetworkOptions &network = options.network;
    QStringList parts;
    if (request.hasBody && request.body.isEmpty())
        parts.append(HttpFileText::tr("an empty body (written as none)"));
    if (network.proxy.mode != ProxySetting::Mode::System)
        parts.append(HttpFileText::tr("the proxy"));
    if (!network.tls.caFiles.isEmpty() || !network.tls.caPath.isEmpty()
        || !network.tls.clientCertificate.isEmpty())
        parts.append(HttpFileText::tr("certificates"));
    if (network.tls.leastVersion != TlsSetting::Version::Default
        || network.tls.mostVersion != TlsSetting::Version::Default)
        parts.append(HttpFileText::tr("the TLS versions"));
    if (!network.resolve.isEmpty() || !network.connectTo.isEmpty())
        parts.append(HttpFileText::tr("pinned addresses"));
    if (network.auth.scheme != AuthSetting::Scheme::None
        && network.auth.scheme != AuthSetting::Scheme::Digest)
        parts.append(HttpFileText::tr("credentials"));
    if (!options.cookies.isEmpty())
        parts.append(HttpFileText::tr("cookies from a cookie file"));
    if (options.maxRedirects != defaults.maxRedirects || options.deadlineMs != defaults.deadlineMs
        || options.lowSpeedBytesPerSecond != defaults.lowSpeedBytesPerSecond
        || options.bodyCap != defaults.bodyCap || options.allowDowngrade || options.acceptInvalidCertificates)
        parts.append(HttpFileText::tr("limits other than the timeout"));
    if (options.keepPost.any())
        parts.append(HttpFileText::tr("POST kept after a 301, 302 or 303"));
    if (!request.secretHeaders.isEmpty())
        parts.append(HttpFileText::tr("the fields marked secret"));
    return parts;
}

QString versionText(HttpVersion version)
{
    switch (version) {
    case HttpVersion::Http1_1:
        return u" HTTP/1.1"_s;
    case HttpVersion::Http2:
        return u" HTTP/2"_s;
    case HttpVersion::Http2PriorKnowledge:
        return u" HTTP/2 (Prior Knowledge)"_s;
    case HttpVersion::Default:
        break;
    }
    return {};
}

QString timeoutText(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms) + u" ms"_s;
}

} // namespace

HttpFileExport toHttpFile(const QList<NamedRequest> &requests)
{
    HttpFileExport result;
    QString &text = result.text;
    for (const NamedRequest &named : requests) {
        const QString label = named.name.isEmpty() ? named.request.url.toDisplayString() : named.name;
        if (const QString why = whyNotWritable(named); !why.isEmpty()) {
            result.refused.append(HttpFileText::tr("“%1”: %2").arg(label, why));
            continue;
        }
        const RequestSpec &request = named.request;
        if (const QStringList parts = unwritten(request); !parts.isEmpty())
            result.notWritten.append(HttpFileText::tr("“%1”: without %2").arg(label, parts.join(u", "_s)));
        // "### NAME" names the request for JetBrains, "# @name NAME" for REST Client.
        text += named.name.isEmpty() ? u"###\n"_s
                                     : u"### "_s + named.name + u"\n# @name "_s + named.name + u'\n';
        if (!request.options.followRedirects)
            text += u"# @no-redirect\n"_s;
        if (request.options.inactivityTimeoutMs != RequestOptions().inactivityTimeoutMs)
            text += u"# @timeout "_s + timeoutText(request.options.inactivityTimeoutMs) + u'\n';
        if (request.options.connectTimeoutMs > 0)
            text += u"# @connection-timeout "_s + timeoutText(request.options.connectTimeoutMs) + u'\n';
        text += QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::FullyEncoded)
            + versionText(request.options.network.httpVersion) + u'\n';
        for (const auto &[name, value] : request.headers)
            text += QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value) + u'\n';
        const AuthSetting &auth = request.options.network.auth;
        if (auth.scheme == AuthSetting::Scheme::Digest)
            text += u"Authorization: Digest "_s + auth.user + u' ' + auth.password + u'\n';
        if (request.hasBody && !request.body.isEmpty()) {
            QString why;
            text += u'\n' + bodyLines(request, &why)->join(u'\n') + u'\n';
        }
        text += u'\n';
        ++result.written;
    }
    return result;
}

} // namespace StatusScope::Core
