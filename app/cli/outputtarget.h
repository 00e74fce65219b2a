// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

class QFileDevice;

namespace StatusScope::Cli {

// A file named on the command line for output (check --har FILE), checked before anything is sent
// so that a bad name costs no request, and written without destroying what the name points at:
// - a regular file is replaced atomically (QSaveFile), and only when it may be written: a file
//   with no write permission bit, or in a folder that cannot be written, is refused even for root;
// - a pipe, a FIFO, a terminal or another character device, and standard output ("-",
//   /dev/stdout, /dev/fd/N, or a file that is this process's standard output or error, as in
//   `--har log.txt >> log.txt`) is a stream: appended to, never truncated or replaced;
// - a folder, a block device, a socket, an empty name or a missing folder is refused.
class OutputTarget
{
public:
    // Opens `path` for writing, or returns null with a sentence in `error`.
    static std::unique_ptr<OutputTarget> open(const QString &path, QString *error);
    ~OutputTarget();
    Q_DISABLE_COPY_MOVE(OutputTarget)

    bool isStream() const { return m_stream; }
    // This process's standard output: then the output is this file alone.
    bool isStandardOutput() const { return m_standardOutput; }
    QString name() const { return m_name; }
    // Streams are written at once, files once commit() succeeds.
    bool write(QByteArrayView data);
    // Finishes the output: a regular file takes its place now. False with a sentence on failure.
    bool commit(QString *error);

private:
    OutputTarget(QString name, std::unique_ptr<QFileDevice> device, bool stream, bool standardOutput = false);

    QString m_name;
    std::unique_ptr<QFileDevice> m_device;
    bool m_stream = false;
    bool m_standardOutput = false;
    bool m_failed = false;
};

} // namespace StatusScope::Cli
