// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QUrl>

#include <utility>

namespace StatusScope::Core {

using HeaderPair = std::pair<QByteArray, QByteArray>;
using HeaderList = QList<HeaderPair>;

// curl's --post301, --post302 and --post303: a POST answered with one of these statuses is sent
// again as a POST, body and all. By default it becomes a GET, as browsers and curl make it
// (RFC 9110 §15.4.2 and §15.4.3 allow either for 301 and 302; §15.4.4 asks for GET after 303).
struct PostKept
{
    bool on301 = false;
    bool on302 = false;
    bool on303 = false;

    bool any() const { return on301 || on302 || on303; }
    bool covers(int status) const
    {
        return (status == 301 && on301) || (status == 302 && on302) || (status == 303 && on303);
    }
    friend bool operator==(const PostKept &, const PostKept &) = default;
};

// How a chain is run. The defaults are the ones a browser would use, made explicit.
struct RequestOptions
{
    bool followRedirects = true;
    int maxRedirects = 20; // Fetch's limit: the 21st redirect stops the chain
    int inactivityTimeoutMs = 30000; // per hop: no byte in or out for this long ends it
    int deadlineMs = 0; // whole chain; 0 means none
    // --connect-timeout: each hop's connection, TLS handshake included, is made within this or the
    // hop is given up (the next --resolve address is tried); 0: only the inactivity timeout.
    int connectTimeoutMs = 0;
    // A hop moving fewer than lowSpeedBytesPerSecond on average over lowSpeedWindowMs is given up
    // (curl's --speed-limit and --speed-time); 0 bytes per second means no such limit.
    int lowSpeedBytesPerSecond = 0;
    int lowSpeedWindowMs = 30000;
    qint64 bodyCap = 64 * 1024 * 1024; // per hop, decoded bytes
    qint64 previewBytes = 256 * 1024; // kept in memory; the rest goes to a temporary file
    bool allowDowngrade = false; // follow https -> http
    PostKept keepPost; // --post301/--post302/--post303
    bool acceptInvalidCertificates = false;
    // Proxy, trust, client certificate, pins, HTTP version and authentication (issue 15).
    NetworkOptions network;
    // Cookies from a cookie file (-b FILE), put in the chain's jar before the first hop. Secrets:
    // never written to settings or history (issue 15, infra).
    QList<QNetworkCookie> cookies;
};

// What the user asked for: the first request of a chain, before any redirect rewrote it.
struct RequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers; // in the order typed
    QByteArray body;
    bool hasBody = false; // an empty body is still a body (Content-Length: 0)
    QList<QByteArray> secretHeaders; // names the user marked secret: masked like credentials
    RequestOptions options;
};

// Case-insensitive header lookups on an ordered list.
bool hasHeader(const HeaderList &headers, QByteArrayView name);
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
// Removes every field called `name`; returns how many were removed.
qsizetype removeHeader(HeaderList &headers, QByteArrayView name);

} // namespace StatusScope::Core
