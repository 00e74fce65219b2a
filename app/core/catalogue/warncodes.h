// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace StatusScope::Core {

// The codes of the Warning header field (RFC 7234 §5.5: 110, 111, 112, 113, 199, 214 and 299),
// which RFC 9111 made obsolete. They are looked up as status codes, being three digits in the
// same ranges; they are not status codes.
struct WarnCode
{
    int code = 0;
    QString name; // the RFC's: "Response is Stale"
    QString spec; // "RFC 7234 §5.5.1"
};

// `code` as a warn-code, or nothing when it is none.
std::optional<WarnCode> warnCode(int code);
// A sentence that says what `code` is, or nothing when it is no warn-code.
std::optional<QString> warnCodeNote(int code);

} // namespace StatusScope::Core
