// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <optional>

namespace StatusScope::Core {

class BodyDecoder;

// How a response's body was framed and coded, and what became of it, as warnings on the hop:
// `framing-conflict` when the framing headers contradict each other, `decoded-body`,
// `body-not-decoded` and `body-decode-failed` for its content coding.

// Content-Length and Transfer-Encoding together, several different or unreadable Content-Length
// values, or a transfer coding Qt does not undo.
void checkFraming(Hop &hop);

// The body length the response announced, when exactly one is readable and no Transfer-Encoding
// overrides it (RFC 9112 §6.3); Qt merges repeated fields into "3, 5".
std::optional<qint64> announcedLength(const HeaderList &headers);

// What the decoder did with a body that has arrived in full. False when the body could not be
// decoded (the hop then carries `body-decode-failed`).
bool describeDecoding(Hop &hop, BodyDecoder &decoder);

// A coded body kept as received because the user typed Accept-Encoding.
void describeKeptEncoded(Hop &hop);

} // namespace StatusScope::Core
