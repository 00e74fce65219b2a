// SPDX-License-Identifier: MIT
// Build step: checks resources/data/catalogue.json as the program used to at every start, and writes
// the compiled form that the program embeds. A catalogue with a mistake fails the build here, with
// the same message `statusscope --catalogue` would give.
// The constants frameworks give the codes (resources/data/constants.json) are checked and merged
// into the entries here too.
// Usage: compilecatalogue INPUT.json CONSTANTS.json OUTPUT
#include "core/catalogue/buildstep.h"
#include "core/catalogue/codeconstants.h"
#include "core/catalogue/compiledcatalogue.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

std::optional<QByteArray> compile(const QStringList &arguments, QString *problem)
{
    CatalogueError error;
    std::optional<StatusCatalogue> catalogue = StatusCatalogue::fromFile(arguments.at(1), &error);
    if (!catalogue) {
        *problem = error.toString();
        return std::nullopt;
    }
    const std::optional<QList<ConstantTable>> tables = CodeConstants::fromFile(arguments.at(2), &error);
    if (!tables
        || !CodeConstants::merge(*catalogue, *tables, QFileInfo(arguments.at(2)).fileName(), &error)) {
        *problem = error.toString();
        return std::nullopt;
    }
    const QByteArray compiled = compileCatalogue(*catalogue);
    // What is written must read back to the same catalogue.
    const std::optional<StatusCatalogue> readBack = readCompiledCatalogue(compiled);
    if (!readBack || compileCatalogue(*readBack) != compiled) {
        *problem = u"the compiled catalogue does not read back the same"_s;
        return std::nullopt;
    }
    return compiled;
}

} // namespace

int main(int argc, char *argv[])
{
    return runBuildStep(argc, argv, u"compilecatalogue"_s, u"INPUT.json CONSTANTS.json OUTPUT"_s, compile);
}
