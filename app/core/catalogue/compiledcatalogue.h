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
std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data,
                                                     BlobLifetime lifetime = BlobLifetime::Call);

} // namespace StatusScope::Core
