// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A request body taken from a file, by the command line (-d @FILE) and the console's "Body from
// file". A device never says how big it is, so the file is read in chunks and given up past a
// limit: `-d @/dev/zero` is a sentence, not a process that eats the memory.
namespace StatusScope::Core {

// The most a body file may hold, the default of the per-hop body limit.
inline constexpr qint64 BodyFileLimit = 64 * 1024 * 1024;

std::optional<QByteArray> readBodyFile(const QString &path, qint64 limit, QString *error);

// What the window can send without reading it first: a regular file within the limit. A FIFO or a
// device would block the window's thread on its first read, so it is refused with a sentence.
std::optional<QString> checkBodyFileForWindow(const QString &path, qint64 limit);

} // namespace StatusScope::Core
