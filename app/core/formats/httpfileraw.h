// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/httpfile.h"
#include "core/formats/httpfilevariables.h"

#include <optional>

// Between the two halves of the .http reader: httpfile.cpp splits the text into requests as
// written, httpfilerequest.cpp turns each into a RequestSpec with its variables replaced.
namespace StatusScope::Core {

struct HttpFileLine
{
    int number = 0;
    QString text;
};

// One request as written, before its variables are replaced.
struct HttpRawRequest
{
    QString name;
    int line = 0;
    QString method;
    QString url;
    QString version;
    QList<HttpFileLine> headers;
    QList<HttpFileLine> body;
    QStringList notApplied;
    QString error;
    bool noRedirect = false;
    std::optional<int> timeoutMs;
    std::optional<int> connectTimeoutMs; // JetBrains' @connection-timeout
};

HttpFileRequest finishHttpRequest(const HttpRawRequest &raw, const HttpVariables &variables,
                                  const HttpFileContext &context);

} // namespace StatusScope::Core
