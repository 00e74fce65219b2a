// SPDX-License-Identifier: MIT
// Build step: checks resources/data/catalogue.json as the program used to at every start, and writes
// the compiled form that the program embeds. A catalogue with a mistake fails the build here, with
// the same message `statusscope --catalogue` would give.
// The constants frameworks give the codes (resources/data/constants.json) are checked and merged
// into the entries here too.
// Usage: compilecatalogue INPUT.json CONSTANTS.json OUTPUT
#include "core/catalogue/codeconstants.h"
#include "core/catalogue/compiledcatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace StatusScope::Core;
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        err << "usage: compilecatalogue INPUT.json CONSTANTS.json OUTPUT\n";
        return 2;
    }
    CatalogueError error;
    std::optional<StatusCatalogue> catalogue = StatusCatalogue::fromFile(arguments.at(1), &error);
    if (!catalogue) {
        err << "compilecatalogue: " << error.toString() << '\n';
        return 1;
    }
    const std::optional<QList<ConstantTable>> tables = CodeConstants::fromFile(arguments.at(2), &error);
    if (!tables
        || !CodeConstants::merge(*catalogue, *tables, QFileInfo(arguments.at(2)).fileName(), &error)) {
        err << "compilecatalogue: " << error.toString() << '\n';
        return 1;
    }
    const QByteArray compiled = compileCatalogue(*catalogue);
    // What is written must read back to the same catalogue.
    const std::optional<StatusCatalogue> readBack = readCompiledCatalogue(compiled);
    if (!readBack || compileCatalogue(*readBack) != compiled) {
        err << "compilecatalogue: the compiled catalogue does not read back the same\n";
        return 1;
    }
    QSaveFile out(arguments.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(compiled) != compiled.size() || !out.commit()) {
        err << "compilecatalogue: " << arguments.at(3) << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
