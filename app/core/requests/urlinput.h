// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace StatusScope::Core {

// A URL as a person types it (the console's URL field, a check argument, a line of a URL list):
// what curl and browsers take, "localhost:8080/x" included, read as an http or https URL.
struct UrlInput
{
    // The URL to request. When `error` is set, the closest reading of the text, for display only.
    QUrl url;
    // The typed text, trimmed, with "http://" in front when it was added: what the field shows.
    QString text;
    bool schemeAdded = false;
    // Why the text cannot be requested, as a sentence; empty when it can.
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

// Reads `typed` as an http or https URL. Text without a scheme (a host name, localhost, an IPv4
// or [IPv6] address, with an optional port and path) gets "http://" in front, as in curl; the
// port is kept as typed, so "example.org:443" becomes http://example.org:443, not https.
UrlInput readTypedUrl(const QString &typed);

// Why QUrl refused `url`, in our words: Qt's errorString() is its parser's wording and goes on
// with the whole URL, password included.
QString describeInvalidUrl(const QUrl &url);

// This machine: "localhost", a name under .localhost (RFC 6761), 127.0.0.0/8 and ::1; `host` as
// QUrl gives it or as typed (any case, [IPv6] brackets, a final dot).
bool isLoopbackHost(const QString &host);

} // namespace StatusScope::Core
