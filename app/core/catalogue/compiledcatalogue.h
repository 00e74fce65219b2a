// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QByteArray>

#include <optional>

namespace StatusScope::Core {

// The built-in catalogue in a compact binary form, made at build time from catalogue.json once the
// JSON has passed every check (compilecatalogue.cpp), so that start-up does not parse and check it
// again: reading it is about fifty times cheaper. Not a format for users, who give JSON to
// --catalogue. A blob from another build version is refused, never guessed at.
QByteArray compileCatalogue(const StatusCatalogue &catalogue);
// Reads and checks every entry: what the build uses to prove a blob, and the tests.
std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data,
                                                     BlobLifetime lifetime = BlobLifetime::Call);
// Reads the header and the index only; each entry is read when its code is first asked for, all of
// them when entries() is (about 1,000 instructions for a code against 760,000 for the catalogue).
// For a blob the build has proven with readCompiledCatalogue(): damage past the index shows as
// missing entries, not as an error.
std::optional<StatusCatalogue> openCompiledCatalogue(const QByteArray &data,
                                                     BlobLifetime lifetime = BlobLifetime::Call);

} // namespace StatusScope::Core
