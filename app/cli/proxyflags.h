// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QString>

#include <optional>

class QCommandLineParser;

// check's proxy options, with curl's names and meanings: -x/--proxy, --proxy-user, --noproxy.
namespace StatusScope::Cli {

void addProxyOptions(QCommandLineParser &parser);
// Reads them into `proxy`; returns why one cannot be used, as a sentence. Without -x the system's
// proxy configuration applies (the environment's http_proxy and friends, or the desktop's).
std::optional<QString> applyProxyOptions(const QCommandLineParser &parser, Core::ProxySetting &proxy);

} // namespace StatusScope::Cli
