// SPDX-License-Identifier: MIT
// StatusCatalogue::builtinPath() and the JSON it names, in a library of their own
// (statusscope_catalogue_source) for the tests, benchmarks and fuzzers: the program reads the
// compiled form (builtincatalogue.cpp) and does not carry the JSON.
#include "core/catalogue/codeconstants.h"
#include "core/catalogue/statuscatalogue.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QString StatusCatalogue::builtinPath()
{
    return u":/data/catalogue.json"_s;
}

QString CodeConstants::builtinPath()
{
    return u":/data/constants.json"_s;
}

} // namespace StatusScope::Core
