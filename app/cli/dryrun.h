// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

// `check --dry-run`: the requests a check would send, shown instead of sent, so a pasted curl
// command or a .http file can be read before it reaches a server. Nothing here opens a connection
// or reads a file the request names.
namespace StatusScope::Cli {

// One request of a dry run, and what the command it came from asks for that is not used, one line
// each as "OPTION: reason" ("--retry 3: not used by StatusScope", "-d @body.json: file not found:
// body.json"). `check URL…` has none; --from-curl and --from-http give their importers' lists.
struct PlannedRequest
{
    Core::RequestSpec request;
    QStringList notApplied;
};

void addDryRunOption(QCommandLineParser &parser);

// Why a file named on check's own command line (-d @FILE) is left out of a dry run, in the curl
// importer's words (curlcommand.h, CurlFiles::ListMissing): "file not found: PATH", or "file not
// readable: PATH: why" with `error` the reader's sentence.
QString dryRunFileProblem(const QString &path, const QString &error);

// The JSON document of a dry run, written here only:
//   {"requests": [{"method": "POST", "url": "…", "headers": [["Name", "value"], …],
//                  "body_base64": "…" | null, "options": {…}, "not_applied": ["…", …]}]}
// "headers" are the fields StatusScope sends with the first request: the ones given, then the
// Authorization that -u (Basic) or --oauth2-bearer adds and the Cookie of a cookie file's cookies
// for that URL (Qt's own fields, Host and the rest, are not listed). "options" are named after the
// check and curl options they come from, each always written: follow, max_redirs, timeout,
// max_time, speed_limit, speed_time, max_body, allow_downgrade, insecure, http_version, proxy,
// proxy_user, noproxy, cacert, capath, cert, key, cert_type, pass, resolve, connect_to, auth,
// user, oauth2_bearer, cookie. Unless `showSecrets`, every credential is masked as
// Core::maskedRequest() masks it (header values, URL passwords, the proxy, -u and key passwords,
// the token, echoes in the body) and cookie values are "••••".
QJsonObject dryRunToJson(const QList<PlannedRequest> &requests, bool showSecrets);

// Writes the requests for people (method and URL, headers, the body's size and a preview, the
// options that differ from the defaults, what is not applied), or with `json` the document above,
// indented. Returns the exit status: 0, a dry run never fails once its requests are read.
int printDryRun(const QList<PlannedRequest> &requests, bool json, bool showSecrets, QTextStream &out);

} // namespace StatusScope::Cli
