// SPDX-License-Identifier: MIT
// libFuzzer target: the HAR importer must turn any bytes into chains or a clear error, and every
// chain it makes must export again.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"

#include <QCoreApplication>

#include <cstdint>

using namespace StatusScope::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_har";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the catalogue lives in Qt resources
    static const StatusCatalogue catalogue
        = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QString error;
    const auto imported
        = importHar(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), catalogue, &error);
    if (imported)
        (void)chainsToHar(imported->chains);
    return 0;
}
