// SPDX-License-Identifier: MIT
#include "core/formats/multipart.h"

#include <QRandomGenerator>

namespace StatusScope::Core {

namespace {

QByteArray quoted(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += "%22";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    out += '"';
    return out;
}

QByteArray unquoted(const QByteArray &value)
{
    QByteArray text = value.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2);
    return text.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
}

// The value of `key` in a Content-Disposition line, quoted or not.
std::optional<QByteArray> dispositionParameter(const QByteArray &line, const QByteArray &key)
{
    const QList<QByteArray> pieces = line.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype equals = piece.indexOf('=');
        if (equals > 0 && piece.left(equals).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return unquoted(piece.mid(equals + 1));
    }
    return std::nullopt;
}

} // namespace

QByteArray makeMultipartBoundary()
{
    static constexpr char letters[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray boundary(24, '-');
    for (int i = 0; i < 22; ++i)
        boundary += letters[QRandomGenerator::global()->bounded(int(sizeof letters - 1))];
    return boundary;
}

std::optional<QByteArray> encodeMultipart(const QList<MultipartPart> &parts, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    QByteArray body;
    for (const MultipartPart &part : parts) {
        if (part.content.contains(delimiter))
            return std::nullopt;
        body += delimiter + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.fileName)
            body += "; filename=" + quoted(*part.fileName);
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        for (const QByteArray &header : part.extraHeaders)
            body += header + "\r\n";
        body += "\r\n" + part.content + "\r\n";
    }
    body += delimiter + "--\r\n";
    return body;
}

QByteArray multipartContentType(const QByteArray &boundary)
{
    return "multipart/form-data; boundary=" + boundary;
}

std::optional<QByteArray> multipartBoundary(const QByteArray &contentType)
{
    for (const QByteArray &piece : contentType.split(';')) {
        const QByteArray trimmed = piece.trimmed();
        if (trimmed.size() > 9 && trimmed.left(9).compare("boundary=", Qt::CaseInsensitive) == 0)
            return unquoted(trimmed.mid(9));
    }
    return std::nullopt;
}

std::optional<QList<MultipartPart>> decodeMultipart(const QByteArray &body, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    if (boundary.isEmpty() || !body.startsWith(delimiter))
        return std::nullopt;
    QList<MultipartPart> parts;
    qsizetype at = delimiter.size();
    while (true) {
        if (body.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
        if (next < 0)
            return std::nullopt;
        MultipartPart part;
        for (const QByteArray &line : body.mid(at, headEnd - at).split('\n')) {
            const QByteArray header = line.trimmed();
            const qsizetype colon = header.indexOf(':');
            const QByteArray name = header.left(colon).trimmed();
            if (name.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
                part.name = dispositionParameter(header, "name").value_or(QByteArray());
                part.fileName = dispositionParameter(header, "filename");
            } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
                part.contentType = header.mid(colon + 1).trimmed();
            } else if (colon > 0) {
                part.extraHeaders.append(header);
            }
        }
        part.content = body.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        at = next + 2 + delimiter.size();
    }
}

} // namespace StatusScope::Core
