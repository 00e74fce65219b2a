// SPDX-License-Identifier: MIT
// libFuzzer target: the catalogue loader must turn any bytes into a catalogue or an error that
// names the file, and a catalogue it accepts must keep the promises the rest of the program relies
// on (codes in range, a meaning for every related code, a class description for every class).
#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CatalogueError error;
    const auto catalogue = StatusCatalogue::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), u"fuzz.json"_s, &error);
    if (!catalogue) {
        if (!error.toString().startsWith(u"fuzz.json"_s) || error.message.isEmpty())
            std::abort(); // a refusal says which file it is about, and why
        return 0;
    }
    if (catalogue->isEmpty())
        std::abort();
    for (const StatusEntry &entry : catalogue->entries()) {
        if (entry.code < 0 || entry.code > 999 || entry.reason.isEmpty() || entry.summary.contains(u'\n'))
            std::abort();
        for (int related : entry.related) {
            if (catalogue->firstIndexOf(related) < 0)
                std::abort();
        }
        if (catalogue->firstIndexOf(entry.code) < 0)
            std::abort();
    }
    for (StatusClass statusClass : allClasses()) {
        if (catalogue->classDescription(statusClass).isEmpty())
            std::abort();
    }
    return 0;
}
