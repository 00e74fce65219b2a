// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// multipart/form-data bodies (RFC 7578) as bytes. Qt has QHttpMultiPart, but in Qt 6.4 it only
// hands its bytes to QNetworkAccessManager (the device that reads them is private), while a request
// here needs its body as bytes: kept in history and HAR, printed by a dry run, and sent again when a
// 307 or 308 repeats it. So the body is written here, the way curl writes its -F parts.
namespace StatusScope::Core {

struct MultipartPart
{
    QByteArray name;
    QByteArray content;
    std::optional<QByteArray> fileName; // a file part (filename="…"), even when empty
    QByteArray contentType; // none written when empty
    QList<QByteArray> extraHeaders; // "Name: value" lines, as given with curl's ;headers=
};

// A boundary like curl's: 24 dashes and 22 random letters and digits, which no part is likely to
// hold; encodeMultipart() checks anyway.
QByteArray makeMultipartBoundary();

// The body: each part as "--BOUNDARY", its headers, a blank line and its content, then
// "--BOUNDARY--". Names and file names are quoted as HTML forms and curl do (" as %22, CR as %0D,
// LF as %0A). Nothing when a part's content holds the boundary line.
std::optional<QByteArray> encodeMultipart(const QList<MultipartPart> &parts, const QByteArray &boundary);

// "multipart/form-data; boundary=…".
QByteArray multipartContentType(const QByteArray &boundary);

// The boundary named in a Content-Type value, or nothing.
std::optional<QByteArray> multipartBoundary(const QByteArray &contentType);

// Reads a body written by encodeMultipart() (or by a browser or curl) back into its parts; nothing
// when it is not one.
std::optional<QList<MultipartPart>> decodeMultipart(const QByteArray &body, const QByteArray &boundary);

} // namespace StatusScope::Core
