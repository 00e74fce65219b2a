// SPDX-License-Identifier: MIT
#pragma once

#include "cli/dryrun.h"
#include "core/requests/requestspec.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

// `check --from-http FILE [--name NAME]`: the requests of a VS Code REST Client or JetBrains HTTP
// Client file (core/formats/httpfile.h), all of them in file order or the one named, run like URL
// arguments.
namespace StatusScope::Cli {

void addFromHttpOptions(QCommandLineParser &parser);

// The requests chosen from --from-http's file, each starting from the command line's options
// (`base`: limits, proxy, certificates, credentials) with what the file itself sets for it
// (@no-redirect, @timeout, the HTTP version, Digest credentials) where the command line does not.
// `notApplied` gets what the file asks for that is not used, one sentence each with its line;
// with --dry-run `planned` gets each request with its own list instead, and a body file that
// cannot be read is listed there rather than refused. A sentence instead, and no request, when the
// file cannot be read, holds no request, has no request of that --name, comes with a URL
// argument or an option the file has to carry itself (-H, -d, -X), or when a chosen request
// cannot be sent (an undefined variable…): nothing is sent then.
std::optional<QString> readFromHttp(const QCommandLineParser &parser, const Core::RequestSpec &base,
                                    QList<Core::RequestSpec> &requests, QStringList &notApplied,
                                    QList<PlannedRequest> &planned);

} // namespace StatusScope::Cli
