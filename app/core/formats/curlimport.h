// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"
#include "core/formats/curloptions.h"

namespace StatusScope::Core {

// (curlcommand.cpp) The requests one group of a curl command's arguments makes (up to a --next):
// one for each URL, all with the same options, as curl sends them. `input` is what the paste gives
// the command on standard input, which "@-" reads. Nothing, with `error` set, for a command that
// cannot be sent (no URL, a value refused, a file that `files` says must be read).
std::optional<QList<CurlImport>> importCurlArguments(const QList<CurlArgument> &arguments, CurlFiles files,
                                                     const ShellInput &input, QString *error);

} // namespace StatusScope::Core
