// SPDX-License-Identifier: MIT
#include "cli/inputfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Cli {

namespace {

struct InputFiles
{
    Q_DECLARE_TR_FUNCTIONS(InputFiles)
};

constexpr qsizetype ChunkBytes = 64 * 1024;

} // namespace

std::unique_ptr<UrlSource> UrlSource::open(const QString &path, QString *error)
{
    const bool standardInput = path == u"-"_s;
    const int fd = standardInput
        ? STDIN_FILENO
        : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    struct stat info = {};
    if (fd < 0 || fstat(fd, &info) != 0) {
        *error = InputFiles::tr("The URL list “%1” cannot be read: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0 && !standardInput)
            ::close(fd);
        return nullptr;
    }
    if (S_ISDIR(info.st_mode)) {
        *error = InputFiles::tr("The URL list “%1” is a folder.").arg(path);
        if (!standardInput)
            ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<UrlSource>(new UrlSource(fd, !standardInput, S_ISREG(info.st_mode)));
}

UrlSource::UrlSource(int fd, bool owned, bool regular, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_owned(owned)
    , m_regular(regular)
{
    if (!m_regular) {
        m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
        m_notifier->setEnabled(false);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            m_notifier->setEnabled(false);
            fill();
            Q_EMIT available();
        });
    }
}

UrlSource::~UrlSource()
{
    delete m_notifier;
    if (m_owned)
        ::close(m_fd);
}

bool UrlSource::atEnd() const
{
    return m_ended && m_buffer.isEmpty();
}

bool UrlSource::readMore()
{
    if (m_ended)
        return true;
    if (m_regular) {
        fill();
        return true;
    }
    m_notifier->setEnabled(true);
    return false;
}

// One read(), which does not block: the file is regular or the notifier said there is data.
void UrlSource::fill()
{
    char chunk[ChunkBytes];
    ssize_t got = 0;
    do {
        got = ::read(m_fd, chunk, sizeof chunk);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        m_error = InputFiles::tr("Reading the URL list failed: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_ended = true;
    } else if (got == 0) {
        m_buffer += m_text.finish();
        m_ended = true;
    } else {
        // UTF-16 (Windows PowerShell's ">") comes out as UTF-8, so its NUL bytes are not seen below.
        const QByteArray text = m_text.feed(QByteArrayView(chunk, got));
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
            // Not text (a binary file, /dev/zero): a line would never end. What came before the
            // last complete line is still run; the rest of the list is not read.
            m_buffer += QByteArrayView(text).first(nul);
            m_buffer.truncate(m_buffer.lastIndexOf('\n') + 1);
            const qint64 line = m_lineNumber + m_buffer.count('\n') + 1;
            m_error = InputFiles::tr(
                          "The URL list is not text: line %1 holds a NUL byte, so reading stopped there.")
                          .arg(line);
            m_ended = true;
            m_skipping = false;
        } else {
            m_buffer += text;
        }
    }
}

std::optional<UrlSource::Line> UrlSource::lineFrom(QByteArray raw)
{
    ++m_lineNumber;
    if (raw.endsWith('\r'))
        raw.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = QString(decoder.decode(raw)).trimmed();
    if (decoder.hasError())
        return Line{m_lineNumber, text,
                    InputFiles::tr("Line %1 of the URL list is not UTF-8 text.").arg(m_lineNumber)};
    if (text.isEmpty() || text.startsWith(u'#'))
        return std::nullopt;
    return Line{m_lineNumber, text, std::nullopt};
}

std::optional<UrlSource::Line> UrlSource::take()
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (m_skipping) {
            // The rest of a line already reported as too long.
            if (newline < 0) {
                m_buffer.clear();
                return std::nullopt;
            }
            m_buffer.remove(0, newline + 1);
            m_skipping = false;
            continue;
        }
        if (newline > UrlLineLimit || (newline < 0 && m_buffer.size() > UrlLineLimit)) {
            ++m_lineNumber;
            if (newline >= 0) {
                m_buffer.remove(0, newline + 1);
            } else {
                m_buffer.clear();
                m_skipping = true; // its end has not arrived yet
            }
            return Line{m_lineNumber, QString(),
                        InputFiles::tr("Line %1 of the URL list is longer than %2 bytes.")
                            .arg(m_lineNumber)
                            .arg(UrlLineLimit)};
        }
        if (newline < 0) {
            if (!m_ended || m_buffer.isEmpty())
                return std::nullopt;
            // The last line has no line feed.
            if (auto line = lineFrom(std::exchange(m_buffer, {})))
                return line;
            return std::nullopt;
        }
        const QByteArray raw = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (auto line = lineFrom(raw))
            return line;
    }
}

} // namespace StatusScope::Cli
