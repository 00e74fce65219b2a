// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QString>

#include <optional>

class QCommandLineParser;

// check's options for trust, client certificates, pinned addresses and the HTTP version, with
// curl's names and meanings: --cacert, --capath, --cert, --key, --cert-type, --pass, --resolve,
// --connect-to, --http1.1, --http2, --http2-prior-knowledge.
namespace StatusScope::Cli {

void addTlsOptions(QCommandLineParser &parser);
// Reads them into `network`, and reads the certificate files at once, so that a missing file or
// a wrong passphrase stops the command before anything is sent. A sentence for a bad value.
std::optional<QString> applyTlsOptions(const QCommandLineParser &parser, Core::NetworkOptions &network);

} // namespace StatusScope::Cli
