// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QString>

#include <optional>

namespace StatusScope::Core {

// Checks a request before anything is sent. Qt 6.4 would put a header value containing CR/LF on
// the wire as a second header, so values are checked here, byte by byte.
std::optional<QString> validateMethod(const QByteArray &method);
std::optional<QString> validateUrl(const QUrl &url);
// The URL as Qt 6.4 puts it on the wire: the path without its "." and ".." segments, made by the
// very normalisation Qt applies (not quite RFC 3986's: "/a/b/.." goes out as "/a").
QUrl urlAsSent(const QUrl &url);
std::optional<QString> validateHeader(const QByteArray &name, const QByteArray &value);
std::optional<QString> validateRequest(const RequestSpec &request);

// Parses "Name: value" as typed on a command line or in a header editor.
std::optional<HeaderPair> parseHeaderLine(const QString &line, QString *error);

// A header's name or value without what surrounds it and is never part of it: spaces and tabs
// (RFC 9110's optional whitespace), and the no-break, other Unicode and zero-width spaces a chat or
// a web page leaves around text copied from it ("Content-Type:\u00a0application/json").
QByteArray trimmedHeaderText(const QByteArray &text);

bool isToken(QByteArrayView text);

} // namespace StatusScope::Core
