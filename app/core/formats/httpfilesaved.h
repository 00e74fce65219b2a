// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// .http files and saved requests: a file's requests saved in a folder of their own, and a saved
// folder written back as a file (what File → Open .http File and Export Folder as .http do).
namespace StatusScope::Core {

class HistoryStore;

struct HttpFileImport
{
    QString fileName; // "api.http"
    QString folder; // where the requests were saved: the file's name without .http, made unique
    QString environment; // the environment read, if any
    int saved = 0;
    // The requests not saved, each with its reason ("line 24: the variable “token” is not defined…").
    QStringList refused;
    // What the file asks for that is not used (scripts, response references…), and notes on the
    // file as a whole.
    QStringList notApplied;
    // Credentials of the file were saved masked (••••), as the history keeps them.
    bool credentialsMasked = false;
};

// Reads the .http file at `path` (body files read now, relative to it) and saves every request
// that can be sent, in file order, in a new folder named after the file ("api", else "api (2)"…).
// A request without a name is named by its method and path; a name used twice gets " (2)".
// Nothing, with `error` set, when the file cannot be read, holds no request, or history is off.
// `environment` names the environment whose variables fill in what the file does not define
// (httpfileenvironment.h); none when empty.
std::optional<HttpFileImport> importHttpFile(HistoryStore &store, const QString &path, QString *error,
                                             const QString &environment = {});

// The folders of the saved requests, without the requests kept outside any folder.
QStringList savedFolders(const HistoryStore &store);

struct HttpFolderExport
{
    int written = 0;
    QStringList refused; // requests left out, with the reason (httpfile.h's toHttpFile())
    QStringList notWritten; // what written requests carried that a .http file cannot hold
    bool maskedCredentials = false; // a request holds masked credentials (••••) written as they are
};

// Writes the saved requests of `folder` to `path` as a .http file, replacing it only when all was
// written. Nothing, with `error` set, when the folder holds no request or the file cannot be written.
std::optional<HttpFolderExport> exportSavedFolder(const HistoryStore &store, const QString &folder,
                                                  const QString &path, QString *error);

} // namespace StatusScope::Core
