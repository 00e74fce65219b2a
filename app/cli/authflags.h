// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QString>

#include <optional>

class QCommandLineParser;

// check's authentication options, with curl's names and meanings: -u/--user USER:PASSWORD with
// --basic (the default), --digest or --anyauth, and --oauth2-bearer TOKEN.
namespace StatusScope::Cli {

void addAuthOptions(QCommandLineParser &parser);
// Reads them into `auth`; returns why they cannot be used, as a sentence. Unlike curl, -u USER
// without a password is refused rather than prompted for: check runs in scripts.
std::optional<QString> applyAuthOptions(const QCommandLineParser &parser, Core::AuthSetting &auth);

} // namespace StatusScope::Cli
