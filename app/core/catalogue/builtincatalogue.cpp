// SPDX-License-Identifier: MIT
// StatusCatalogue::builtin() and the data it reads, in a library of their own
// (statusscope_builtin_catalogue): the tool that compiles the data links the rest of the core.
#include "core/catalogue/compiledcatalogue.h"
#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QResource>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

std::optional<StatusCatalogue> StatusCatalogue::builtin(CatalogueError *error)
{
    QFile file(u":/data/catalogue.compiled"_s);
    std::optional<StatusCatalogue> catalogue;
    // Stored uncompressed (app/core/CMakeLists.txt), the blob is read where the library holds it:
    // the catalogue's texts point into it, neither copied nor freed.
    const QResource resource(file.fileName());
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        catalogue = readCompiledCatalogue(
            QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size()),
            BlobLifetime::Program);
    } else if (file.open(QIODevice::ReadOnly)) {
        catalogue = readCompiledCatalogue(file.readAll());
    }
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
