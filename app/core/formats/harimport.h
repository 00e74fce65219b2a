// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

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

// The file is read in pieces and never held whole: each entry of log.entries is parsed on its own
// as it is found, and the rest of the document is checked without being kept (harscanner.h). A
// JSON error anywhere gives nothing, with `error` naming the byte and the entry; so does a file
// that is not HAR, or a cancel. `json` is taken by value so that a caller can hand it over.
std::optional<HarImport> importHar(QByteArray json, const StatusCatalogue &catalogue, QString *error,
                                   HarImportControl *control = nullptr);
// The same from a file, refusing one over HarMaxFileBytes.
std::optional<HarImport> importHarFile(const QString &path, const StatusCatalogue &catalogue, QString *error,
                                       HarImportControl *control = nullptr);

// Cuts every JSON string in `json` that is longer than `maxBytes` (as written, escapes counted
// whole) to about that length, keeping the text valid JSON: never inside an escape, a UTF-8
// sequence or a surrogate pair. The import applies the same cut to each entry as it reads it, so
// what it holds is small however big the bodies were. Invalid JSON is left as it is. For tests.
void shortenLongJsonStrings(QByteArray &json, qsizetype maxBytes);

} // namespace StatusScope::Core
