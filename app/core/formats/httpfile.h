// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

// The plain-text request files of VS Code's REST Client and JetBrains' HTTP Client (".http"):
// requests separated by "###", named by "# @name" or the text after "###", with file variables
// ("@host = example.org", "{{host}}"), comments, headers, and a body after a blank line or taken
// from a file ("< ./body.json"). What StatusScope cannot do (scripts, response references, some
// system variables) is listed with its line, never dropped in silence.
namespace StatusScope::Core {

// A file people write by hand: a few KiB. More than this is not a .http file.
inline constexpr qint64 HttpFileMaxBytes = 4 * 1024 * 1024;

struct HttpFileRequest
{
    QString name; // "# @name", else the text after "###", else empty
    int line = 0; // the request line, counted from 1
    RequestSpec request;
    // Why the request cannot be sent (an undefined variable, a body file that cannot be read…),
    // as a sentence naming its line; empty when it can.
    QString error;
    // What the file asks for that is not used, one sentence each, naming its line.
    QStringList notApplied;
    // Set by the reader for the options the file itself gave, so that a caller laying its own
    // options over the request knows which ones the file chose.
    bool setsFollowRedirects = false;
    bool setsTimeout = false;
    bool setsConnectTimeout = false;
    bool setsHttpVersion = false;

    bool isValid() const { return error.isEmpty(); }
};

struct HttpFile
{
    QList<HttpFileRequest> requests; // in file order
    // What concerns the file as a whole: environment files not read, a name used twice…
    QStringList notes;

    // The requests named `name` (names are compared as written).
    QList<qsizetype> indexesNamed(const QString &name) const;
};

struct HttpFileContext
{
    // Where "< ./file" bodies and the .env file of {{$dotenv X}} are looked for: the .http file's folder.
    QString folder;
    // False for a dry run: a body file that cannot be read is listed as not applied instead of
    // making the request unsendable.
    bool requireBodyFiles = true;
    // {{$processEnv X}} and {{$env.X}}; the process environment when not set (tests pass their own).
    std::function<std::optional<QString>(const QString &name)> environment;
    // {{$timestamp}}, {{$datetime …}}; now when not set.
    std::function<QDateTime()> now;
    // The environment to read (httpfileenvironment.h), by readHttpFile(); none when empty.
    QString environmentName;
    // Its variables, used where the file defines none of that name (file variables win, as in both
    // clients).
    QHash<QString, QString> environmentVariables;
};

// Reads the text of a .http file. Never fails as a whole: every problem belongs to a request
// (its `error` or `notApplied`) or to the file's `notes`.
HttpFile parseHttpFile(const QString &text, const HttpFileContext &context = {});

// Reads the file at `path` (UTF-8, at most HttpFileMaxBytes), with its folder as the context's,
// and the environment `context.environmentName` names, if any. Nothing, with `error` set, when it
// cannot be read, is not UTF-8 text, or no environment file defines that environment.
std::optional<HttpFile> readHttpFile(const QString &path, QString *error, HttpFileContext context = {});

// A request to write into a .http file, under its name.
struct NamedRequest
{
    QString name;
    RequestSpec request;
};

struct HttpFileExport
{
    QString text; // UTF-8 text of the file
    int written = 0;
    // Requests left out, with the reason ("“login”: its body is not UTF-8 text").
    QStringList refused;
    // Requests written without something they carry that a .http file cannot hold (a proxy…).
    QStringList notWritten;
};

// Writes `requests` as a .http file that parseHttpFile() reads back to the same method, URL,
// headers, body, name, redirect choice, timeout and HTTP version. A request that could not come
// back the same (a body that is not UTF-8 text, text that would read as a variable) is refused
// with its reason rather than written changed.
HttpFileExport toHttpFile(const QList<NamedRequest> &requests);

} // namespace StatusScope::Core
