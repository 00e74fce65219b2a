// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace StatusScope::Core {

// The login and password a .netrc file gives a host (curl's -n, --netrc-file): the "machine" entry
// whose name is the host (any case), else the "default" entry. Tokens are separated by blanks and
// line breaks; a quoted token may hold blanks and \" (as curl reads them since 7.84); "macdef"
// blocks, up to a blank line, and "account" are passed over. Nothing when no entry fits.
struct NetrcLogin
{
    QString login;
    QString password;
};
std::optional<NetrcLogin> netrcLogin(const QString &text, const QString &host);

} // namespace StatusScope::Core
