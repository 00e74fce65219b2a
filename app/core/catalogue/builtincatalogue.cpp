// SPDX-License-Identifier: MIT
// StatusCatalogue::builtin() and the data it reads, in a library of their own
// (statusscope_builtin_catalogue): the tool that compiles the data links the rest of the core.
#include "core/catalogue/catalogueblob.h"
#include "core/catalogue/compiledcatalogue.h"
#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

std::optional<StatusCatalogue> StatusCatalogue::builtin(CatalogueError *error)
{
    const QFile file(u":/data/catalogue.compiled"_s);
    // Read where the library holds it: the catalogue's texts point into it, neither copied nor freed.
    // Opened, not read: a check needs the entries of the few codes it meets. The build proved the
    // blob entry by entry (compilecatalogue.cpp).
    const CatalogueBlob::Builtin blob = CatalogueBlob::builtin(file.fileName());
    std::optional<StatusCatalogue> catalogue = openCompiledCatalogue(blob.bytes, blob.lifetime);
    if (!catalogue && error) {
        *error = CatalogueError{};
        error->file = file.fileName();
        error->message = file.exists()
            ? QCoreApplication::translate("CatalogueError", "is damaged or from another build")
            : QCoreApplication::translate("CatalogueError", "is not built into this program");
    }
    return catalogue;
}

} // namespace StatusScope::Core
