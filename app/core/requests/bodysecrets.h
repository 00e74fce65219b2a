// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

namespace StatusScope::Core {

// Credentials a request carries in its body rather than in a header: a login form's password, an
// OAuth client secret or refresh token, an API key in JSON. A HAR of a login page, or a history
// entry of one, must not hand them on.

// True for a form or JSON field whose name says it holds a credential: one holding "password",
// "passwd", "passphrase", "secret", "token", "apikey", "api_key", "api-key", "access_key" or
// "private_key" anywhere (case-insensitive: "new_password", "user[password]", "clientSecret",
// "refresh_token"), or named "pass", "pwd", "pin" or "otp" and nothing else.
bool isSecretFieldName(QByteArrayView name);

// The values of such fields in `body`, decoded, as the request sent them: form-urlencoded pairs,
// JSON members at any depth (strings and numbers), multipart/form-data parts. `contentType` says
// which; without one, a body starting with '{' or '[' is read as JSON and any other as a form.
QList<QByteArray> bodyCredentialValues(const QByteArray &body, const QByteArray &contentType);

// A form-urlencoded body with those fields' values masked, however short ("pin=••••"); other
// bodies are returned as they are (their credentials are found as values, by CredentialScrubber).
QByteArray maskFormSecrets(const QByteArray &body, const QByteArray &contentType);

} // namespace StatusScope::Core
