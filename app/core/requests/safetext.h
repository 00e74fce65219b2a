// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

// Text a server chose (a reason phrase, a header value) is shown to people, in the window and on a
// terminal. A control character could move the cursor or colour a terminal, a bidirectional
// override could make "gpj.exe" read as "exe.jpg", and a byte that is not UTF-8 would turn into a
// question mark that hides what was sent. These functions write such characters as visible escapes
// (\x1B, \u202E, \xFF) and leave everything else as it is.
namespace StatusScope::Core {

// Bytes as received: valid UTF-8 is decoded, every other byte is written as \xHH.
QString escapeBytesForDisplay(QByteArrayView bytes);
// Text already decoded.
QString escapeForDisplay(const QString &text);

// A host name as people should see it, the way browsers show one: each label in Unicode when it
// reads unambiguously, else in its punycode form (xn--…). A label that mixes scripts ("аpple" with
// a Cyrillic "а"), that is Cyrillic made only of letters that look Latin under an ASCII top-level
// domain, or that holds non-ASCII punctuation or combining marks is shown as punycode. Latin may
// mix with Han, Hiragana and Katakana, Bopomofo or Hangul, as Japanese, Chinese and Korean names do.
// (QUrl's own display form shows any name under a listed top-level domain in Unicode.)
QString displayHost(const QUrl &url);
// "host:port" as sentences name a server: displayHost() and the port, the scheme's own when none
// is given (a certificate exception and a refused connection are about one port).
QString displayHostAndPort(const QUrl &url);
// A URL as people should see it (console, messages, the command line's text): the host as
// displayHost() gives it, a password masked, the rest decoded where that is safe, and anything
// left that could steer the display escaped as escapeForDisplay() does.
QString displayUrl(const QUrl &url);

} // namespace StatusScope::Core
