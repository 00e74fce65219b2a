// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace StatusScope::Core {

class StatusCatalogue;

// A request as the playground server read it off the socket.
struct PlaygroundRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// What the playground answers. The server writes it as HTTP/1.1 after delayMs.
struct PlaygroundResponse
{
    int status = 200;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    // A 1xx sent first, as real servers do: the interim response, then this final one.
    int interimStatus = 0;
    QByteArray interimReason;
    QList<QPair<QByteArray, QByteArray>> interimHeaders;
};

// The playground's routes, free of sockets so that each can be tested on its own:
//   /status/CODE            any code from 100 to 599 with the headers that belong to it; a 1xx
//                           other than 101 comes first, then a final 200, as on a real server
//   /redirect/N             a chain of N redirects (302) ending in 200
//   /chain?codes=301,307    a chain of those redirect codes, ending in 200
//   /loop                   a redirect to itself
//   /echo                   the request as it arrived, as JSON
//   /slow?ms=N              a 200 after N milliseconds (at most 60000)
//   /cookie                 sets a cookie and redirects to /echo, where it shows
//   /auth/basic             a real Basic challenge; user "student", password "http"
// A malformed or out-of-range parameter gets a 400 whose body names it. Reason phrases come from
// the catalogue when one is given.
PlaygroundResponse playgroundRoute(const PlaygroundRequest &request, const StatusCatalogue *catalogue);

// The path that produces CODE, for "Try it live".
QByteArray playgroundPathFor(int code);

inline constexpr int PlaygroundMaxRedirects = 100;
inline constexpr int PlaygroundMaxDelayMs = 60000;

} // namespace StatusScope::Core
