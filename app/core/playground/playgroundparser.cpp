// SPDX-License-Identifier: MIT
#include "core/playground/playgroundparser.h"

#include <optional>

namespace StatusScope::Core {

namespace {

PlaygroundParse refused(int status, const QByteArray &reason, const QByteArray &sentence)
{
    PlaygroundParse parse;
    parse.state = PlaygroundParse::State::Refused;
    parse.refusal = playgroundRefusal(status, reason, sentence);
    return parse;
}

// RFC 9110 §5.6.2: the characters a method or a header name may hold.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &text)
{
    for (const char c : text) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

// Digits only: no sign, no spaces inside, no hex, no list ("5, 5"); short enough not to overflow.
std::optional<qint64> plainLength(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

PlaygroundResponse playgroundRefusal(int status, const QByteArray &reason, const QByteArray &sentence)
{
    PlaygroundResponse response;
    response.status = status;
    response.reason = reason;
    response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    response.body = sentence + '\n';
    return response;
}

PlaygroundParse parsePlaygroundRequest(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    // Checked whether or not the head has ended: one read may carry a whole oversized head.
    if ((headEnd < 0 && buffer.size() > PlaygroundMaxHeadBytes) || headEnd > PlaygroundMaxHeadBytes)
        return refused(431, "Request Header Fields Too Large", "The request head is over 64 KiB.");
    if (headEnd < 0)
        return {};

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    if (lines.size() - 1 > PlaygroundMaxHeaderFields)
        return refused(431, "Request Header Fields Too Large",
                       "The request has more than " + QByteArray::number(PlaygroundMaxHeaderFields)
                           + " header fields.");
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !isToken(requestLine.at(0))
        || !requestLine.at(1).startsWith('/') || hasControl(requestLine.at(1)))
        return refused(400, "Bad Request", "The request line must read METHOD /path HTTP/1.1.");

    PlaygroundParse parse;
    PlaygroundRequest &request = parse.request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    int lengthFields = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refused(400, "Bad Request", "A header line is folded onto the one before it.");
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
        if (!isToken(name))
            return refused(400, "Bad Request", "A header line has no name and colon, or spaces in its name.");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControl(value))
            return refused(400, "Bad Request", "A header value holds a control character.");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            ++lengthFields;
        request.headers.append({name, value});
    }

    const bool chunked = !request.header("Transfer-Encoding").isEmpty();
    if (chunked && lengthFields > 0)
        return refused(400, "Bad Request",
                       "The request has both Content-Length and Transfer-Encoding: its length is ambiguous.");
    if (chunked)
        return refused(411, "Length Required",
                       "The playground reads bodies with a Content-Length only, not chunked.");
    if (lengthFields > 1)
        return refused(400, "Bad Request", "The request has more than one Content-Length.");
    const QByteArray lengthText = request.header("Content-Length");
    const std::optional<qint64> length
        = lengthFields == 0 ? std::optional<qint64>(0) : plainLength(lengthText);
    if (!length)
        return refused(400, "Bad Request", "Content-Length must be one plain decimal number of bytes.");
    if (*length > PlaygroundMaxBodyBytes)
        return refused(413, "Content Too Large", "The playground takes request bodies up to 1 MiB.");
    if (buffer.size() < headEnd + 4 + *length)
        return {}; // the rest of the body is on its way

    request.body = buffer.mid(headEnd + 4, *length);
    parse.consumed = headEnd + 4 + *length;
    parse.state = PlaygroundParse::State::Complete;
    return parse;
}

} // namespace StatusScope::Core
