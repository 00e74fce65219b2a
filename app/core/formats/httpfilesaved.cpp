// SPDX-License-Identifier: MIT
#include "core/formats/httpfilesaved.h"

#include "core/formats/httpfile.h"
#include "core/history/historystore.h"
#include "core/requests/chainmasking.h"
#include "core/requests/secrets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// "name", else "name (2)", "name (3)"… whichever is not taken yet.
QString unique(const QString &name, const QSet<QString> &taken)
{
    if (!taken.contains(name))
        return name;
    for (int i = 2;; ++i) {
        const QString candidate = u"%1 (%2)"_s.arg(name).arg(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

bool holdsMask(const RequestSpec &request)
{
    const QByteArray mask = credentialMask();
    if (request.url.toString().toUtf8().contains(mask))
        return true;
    for (const HeaderPair &header : request.headers) {
        if (header.second.contains(mask))
            return true;
    }
    return request.options.network.auth.password.toUtf8().contains(mask);
}

} // namespace

QStringList savedFolders(const HistoryStore &store)
{
    QStringList folders;
    for (const SavedRequest &saved : store.savedRequests()) {
        if (!saved.folder.isEmpty() && !folders.contains(saved.folder))
            folders.append(saved.folder);
    }
    return folders;
}

std::optional<HttpFileImport> importHttpFile(HistoryStore &store, const QString &path, QString *error,
                                             const QString &environment)
{
    if (!store.isReadable() || store.state() == HistoryStore::State::ReadOnly) {
        *error = HttpFileText::tr("history is off or read-only, so nothing can be saved.");
        return std::nullopt;
    }
    HttpFileContext context;
    context.environmentName = environment;
    const std::optional<HttpFile> file = readHttpFile(path, error, context);
    if (!file)
        return std::nullopt;
    if (file->requests.isEmpty()) {
        *error = HttpFileText::tr("it holds no request.");
        return std::nullopt;
    }

    HttpFileImport result;
    const QFileInfo info(path);
    result.fileName = info.fileName();
    result.environment = environment;
    QString folder = info.fileName().endsWith(u".http"_s, Qt::CaseInsensitive) ? info.completeBaseName()
                                                                               : info.fileName();
    folder = folder.trimmed().isEmpty() ? info.fileName() : folder.trimmed();
    const QStringList folders = savedFolders(store);
    result.folder = unique(folder, QSet<QString>(folders.begin(), folders.end()));
    result.notApplied = file->notes;

    QSet<QString> names;
    const bool masked = store.recordOptions().secrets != SecretStorage::Plain;
    for (const HttpFileRequest &read : file->requests) {
        result.notApplied += read.notApplied;
        if (!read.isValid()) {
            result.refused.append(read.error);
            continue;
        }
        QString name = read.name.trimmed();
        if (name.isEmpty())
            name
                = QString::fromLatin1(read.request.method) + u' ' + read.request.url.path(QUrl::FullyDecoded);
        name = unique(name, names);
        if (store.saveRequest(result.folder, name, read.request) == 0) {
            result.refused.append(
                HttpFileText::tr("line %1: “%2” could not be saved: %3")
                    .arg(read.line)
                    .arg(name, store.writeProblem().isEmpty() ? store.lastError() : store.writeProblem()));
            continue;
        }
        names.insert(name);
        ++result.saved;
        result.credentialsMasked = result.credentialsMasked || (masked && carriesCredentials(read.request));
    }
    return result;
}

std::optional<HttpFolderExport> exportSavedFolder(const HistoryStore &store, const QString &folder,
                                                  const QString &path, QString *error)
{
    QList<NamedRequest> requests;
    HttpFolderExport result;
    for (const SavedRequest &saved : store.savedRequests()) {
        if (saved.folder != folder)
            continue;
        RequestSpec request = saved.request;
        // Saved requests keep no password: the Digest line gets the mask, to be typed again like
        // a masked Authorization field, rather than the request being left out.
        AuthSetting &auth = request.options.network.auth;
        if (auth.scheme == AuthSetting::Scheme::Digest && auth.password.isEmpty())
            auth.password = QString::fromUtf8(credentialMask());
        requests.append({saved.name, request});
        result.maskedCredentials = result.maskedCredentials || holdsMask(request);
    }
    if (requests.isEmpty()) {
        *error = HttpFileText::tr("the folder “%1” holds no saved request.").arg(folder);
        return std::nullopt;
    }
    const HttpFileExport written = toHttpFile(requests);
    result.written = written.written;
    result.refused = written.refused;
    result.notWritten = written.notWritten;
    QSaveFile file(path);
    const QByteArray bytes = written.text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = HttpFileText::tr("cannot write “%1”: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return result;
}

} // namespace StatusScope::Core
