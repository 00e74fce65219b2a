// SPDX-License-Identifier: MIT
#pragma once

#include "core/playground/playgroundroutes.h"

#include <QByteArray>

namespace StatusScope::Core {

// What the playground makes of the bytes a connection has sent so far: not yet a whole request,
// one whole request (and how many bytes it took), or a refusal to send before closing. Free of
// sockets so that every hostile byte sequence can be tried on its own.
struct PlaygroundParse
{
    enum class State { Incomplete, Complete, Refused };
    State state = State::Incomplete;
    PlaygroundRequest request; // when Complete
    qsizetype consumed = 0; // when Complete: the bytes of the buffer the request took
    PlaygroundResponse refusal; // when Refused: the answer, after which the connection closes
};

// The limits a request must keep. A request that breaks one is refused and its connection closed,
// so nothing the client sent after it can be read as a second request.
inline constexpr qsizetype PlaygroundMaxHeadBytes = 64 * 1024;
inline constexpr qsizetype PlaygroundMaxBodyBytes = 1024 * 1024;
inline constexpr int PlaygroundMaxHeaderFields = 100;

// Reads the request at the start of `buffer`. Strict where leniency lets a request be smuggled
// (RFC 9112 §6.3): a Content-Length must be one plain decimal number, given once, and never beside
// a Transfer-Encoding; header names take no spaces and lines are not folded.
PlaygroundParse parsePlaygroundRequest(const QByteArray &buffer);

// A refusal as the playground sends it: plain text naming what was wrong.
PlaygroundResponse playgroundRefusal(int status, const QByteArray &reason, const QByteArray &sentence);

} // namespace StatusScope::Core
