// SPDX-License-Identifier: MIT
#include "cli/outputtarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Cli {

namespace {

struct OutputTargetText
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// "-", /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a descriptor this process
// already holds. Resolving them would give the file behind it (the shell's log.txt), which must
// be appended to, not replaced.
int namedDescriptor(const QString &path)
{
    if (path == u"-"_s || path == u"/dev/stdout"_s)
        return STDOUT_FILENO;
    if (path == u"/dev/stderr"_s)
        return STDERR_FILENO;
    static const QRegularExpression fdPath(u"^/(?:dev|proc/self|proc/thread-self)/fd/(\\d{1,6})$"_s);
    const QRegularExpressionMatch match = fdPath.match(path);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The descriptor (1 or 2) that already writes to this file, or -1.
int standardStreamFor(const struct stat &target)
{
    for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        struct stat info = {};
        if (fstat(fd, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino)
            return fd;
    }
    return -1;
}

// Writable for this process, and meant to be written: root may write a file whose permissions
// say read-only, but a user who made it so wants it kept.
bool writable(const QByteArray &path, const struct stat &info)
{
    return access(path.constData(), W_OK) == 0 && (info.st_mode & 0222) != 0;
}

} // namespace

OutputTarget::OutputTarget(QString name, std::unique_ptr<QFileDevice> device, bool stream,
                           bool standardOutput)
    : m_name(std::move(name))
    , m_device(std::move(device))
    , m_stream(stream)
    , m_standardOutput(standardOutput)
{
}

OutputTarget::~OutputTarget() = default;

std::unique_ptr<OutputTarget> OutputTarget::open(const QString &path, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = OutputTargetText::tr("“%1” cannot be written: %2").arg(path, why);
        return nullptr;
    };
    const auto stream = [&](int fd, bool owned) -> std::unique_ptr<OutputTarget> {
        auto file = std::make_unique<QFile>();
        if (!file->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                        owned ? QFileDevice::AutoCloseHandle : QFileDevice::DontCloseHandle)) {
            if (owned)
                ::close(fd);
            return refuse(file->errorString());
        }
        return std::unique_ptr<OutputTarget>(
            new OutputTarget(path, std::move(file), true, !owned && fd == STDOUT_FILENO));
    };

    if (path.isEmpty()) {
        *error = OutputTargetText::tr("The file name is empty.");
        return nullptr;
    }
    if (const int fd = namedDescriptor(path); fd >= 0) {
        const int flags = fcntl(fd, F_GETFL);
        if (flags < 0)
            return refuse(OutputTargetText::tr("descriptor %1 is not open.").arg(fd));
        if ((flags & O_ACCMODE) == O_RDONLY)
            return refuse(OutputTargetText::tr("descriptor %1 is open for reading only.").arg(fd));
        return stream(fd, false);
    }

    const QByteArray encoded = QFile::encodeName(path);
    struct stat info = {};
    if (stat(encoded.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return refuse(OutputTargetText::tr("it is a folder."));
        if (const int fd = standardStreamFor(info); fd >= 0)
            return stream(fd, false);
        if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode)) {
            if (access(encoded.constData(), W_OK) != 0)
                return refuse(systemError(errno));
            // Append, never truncate; a FIFO waits here for its reader, before any request.
            const int fd = ::open(encoded.constData(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
            if (fd < 0)
                return refuse(systemError(errno));
            return stream(fd, true);
        }
        if (!S_ISREG(info.st_mode))
            return refuse(OutputTargetText::tr("it is not a regular file, a pipe or a terminal."));
        if (!writable(encoded, info))
            return refuse(OutputTargetText::tr("the file is read-only."));
    }

    // A regular file, new or replaced: QSaveFile writes beside it and renames, so the folder
    // must be writable too.
    const QFileInfo file(path);
    const QByteArray folder = QFile::encodeName(file.absolutePath());
    struct stat folderInfo = {};
    if (stat(folder.constData(), &folderInfo) != 0)
        return refuse(OutputTargetText::tr("its folder “%1” does not exist.").arg(file.absolutePath()));
    if (!S_ISDIR(folderInfo.st_mode) || !writable(folder, folderInfo))
        return refuse(OutputTargetText::tr("its folder “%1” is read-only.").arg(file.absolutePath()));
    auto save = std::make_unique<QSaveFile>(path);
    if (!save->open(QIODevice::WriteOnly))
        return refuse(save->errorString());
    return std::unique_ptr<OutputTarget>(new OutputTarget(path, std::move(save), false));
}

bool OutputTarget::write(QByteArrayView data)
{
    if (m_failed)
        return false;
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 written = m_device->write(data.data() + done, data.size() - done);
        if (written <= 0) {
            m_failed = true;
            return false;
        }
        done += written;
    }
    return true;
}

bool OutputTarget::commit(QString *error)
{
    bool ok = !m_failed;
    if (auto *save = qobject_cast<QSaveFile *>(m_device.get())) {
        if (!ok)
            save->cancelWriting(); // a half-written file never takes the place of the old one
        ok = save->commit() && ok;
    } else
        ok = m_device->flush() && ok;
    if (!ok)
        *error = OutputTargetText::tr("“%1” could not be written: %2").arg(m_name, m_device->errorString());
    return ok;
}

} // namespace StatusScope::Cli
