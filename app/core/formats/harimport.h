// SPDX-License-Identifier: MIT
#pragma once

#include "requests/hop.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace StatusScope::Core {

class StatusCatalogue;

// HAR import: the entries of a HAR file as hops, explained by the catalogue and checked like live
// hops, with redirects grouped into chains in the order they were recorded.
struct HarImport
{
    QList<ChainResult> chains;
    int entries = 0;
    QStringList skipped; // entries that could not be read, with the reason
};

// Larger files are refused with a sentence saying so, before anything is read.
inline constexpr qint64 HarMaxFileBytes = 512LL * 1024 * 1024;
// Of each body, as of a live one, only the first bytes are kept (RequestOptions::previewBytes);
// the hop says it was cut.
inline constexpr qsizetype HarPreviewBytes = 256 * 1024;

// Lets another thread follow and stop a long import. `progress` is called from the importing
// thread with 0..1000; once `cancelled` is set the import stops soon and returns nothing.
struct HarImportControl
{
    std::atomic_bool cancelled = false;
    std::function<void(int permille)> progress;
};

// `json` is taken by value so that the caller can hand it over (std::move) and the import can
// free it as soon as it is parsed. Null with `error` set when it is not a HAR file or cancelled.
std::optional<HarImport> importHar(QByteArray json, const StatusCatalogue &catalogue, QString *error,
                                   HarImportControl *control = nullptr);
// The same from a file, refusing one over HarMaxFileBytes.
std::optional<HarImport> importHarFile(const QString &path, const StatusCatalogue &catalogue, QString *error,
                                       HarImportControl *control = nullptr);

// Cuts every JSON string in `json` that is longer than `maxBytes` (as written, escapes counted
// whole) to about that length, in place, keeping the text valid JSON: never inside an escape, a
// UTF-8 sequence or a surrogate pair. What remains of the file is then small however big its
// bodies were. Exposed for tests.
void shortenLongJsonStrings(QByteArray &json, qsizetype maxBytes);

} // namespace StatusScope::Core
