// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/incomingtext.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSocketNotifier;

// The URL list the command line reads, with a limit per line, so that
// `yes | statusscope check --input -` is a sentence, not a process that eats the memory.
namespace StatusScope::Cli {

// One line of a URL list (--input).
inline constexpr qsizetype UrlLineLimit = 8 * 1024;

// The lines of a URL list, read only when the caller wants the next one, so a million URLs from a
// pipe run in the memory of a few: the pipe itself holds back the writer. A pipe or a terminal is
// read only when it has data, so running chains go on while it is quiet; a regular file is read
// at once. Blank lines and # comments are skipped.
class UrlSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlSource)

public:
    struct Line
    {
        qint64 number = 0; // from 1
        QString text;
        std::optional<QString> problem; // the line cannot be a URL (too long, not UTF-8)
    };

    // "-" is standard input. Null with a sentence when the list cannot be read.
    static std::unique_ptr<UrlSource> open(const QString &path, QString *error);
    ~UrlSource() override;

    // The next line, if one is ready.
    std::optional<Line> take();
    // True once the list ended and every line was taken.
    bool atEnd() const;
    // Reads more now (a regular file: returns true) or once there is something to read (returns
    // false; available() follows).
    bool readMore();
    // A read error ends the list early; this says why.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void available();

private:
    UrlSource(int fd, bool owned, bool regular, QObject *parent = nullptr);
    void fill();
    std::optional<Line> lineFrom(QByteArray raw);

    int m_fd = -1;
    bool m_owned = false;
    bool m_regular = false;
    Core::IncomingText m_text; // the bytes read, as UTF-8
    bool m_ended = false; // end of file or a read error
    bool m_skipping = false; // inside a line that was too long
    qint64 m_lineNumber = 0;
    QByteArray m_buffer;
    QString m_error;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace StatusScope::Cli
