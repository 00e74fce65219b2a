// SPDX-License-Identifier: MIT
#include "core/requests/bodyfile.h"

#include "core/formats/limitedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace StatusScope::Core {

namespace {

struct BodyFile
{
    Q_DECLARE_TR_FUNCTIONS(BodyFile)
};

QString tooLarge(const QString &path, qint64 limit)
{
    return BodyFile::tr("The body file “%1” is larger than %2 MiB, the most a request body may be.")
        .arg(path)
        .arg(limit / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> readBodyFile(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BodyFile::tr("The body file “%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<QByteArray> body = readAtMost(file, limit);
    if (!body) {
        *error = tooLarge(path, limit);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = BodyFile::tr("The body file “%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return body;
}

std::optional<QString> checkBodyFileForWindow(const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists())
        return BodyFile::tr("The body file “%1” no longer exists.").arg(path);
    if (!info.isFile())
        return BodyFile::tr("“%1” is not a regular file (a folder, a pipe or a device); the console "
                            "sends the contents of regular files only.")
            .arg(path);
    if (!info.isReadable())
        return BodyFile::tr("The body file “%1” cannot be read: permission denied.").arg(path);
    if (info.size() > limit)
        return tooLarge(path, limit);
    return std::nullopt;
}

} // namespace StatusScope::Core
