// SPDX-License-Identifier: MIT
// Build step: checks resources/data/catalogue.LANG.json and writes the compiled form the program
// embeds, as compilecatalogue does for the English. A file with a mistake fails the build here with
// the entry and field named. Completeness and staleness are reported by
// translations/catalogue_translations.py and tst_cataloguetranslation, not here: a correction to
// the English must not stop the build.
// Usage: compilecataloguetranslation LANG INPUT.json OUTPUT
#include "core/catalogue/cataloguetranslation.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace StatusScope::Core;
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        err << "usage: compilecataloguetranslation LANG INPUT.json OUTPUT\n";
        return 2;
    }
    CatalogueError error;
    const std::optional<CatalogueTranslation> translation
        = CatalogueTranslation::fromFile(arguments.at(2), &error);
    if (!translation) {
        err << "compilecataloguetranslation: " << error.toString() << '\n';
        return 1;
    }
    if (translation->language() != arguments.at(1)) {
        err << "compilecataloguetranslation: " << arguments.at(2) << ": \"language\" is \""
            << translation->language() << "\" but the file is the catalogue's " << arguments.at(1)
            << " translation\n";
        return 1;
    }
    const QByteArray compiled = translation->compiled();
    const std::optional<CatalogueTranslation> readBack = CatalogueTranslation::fromCompiled(compiled);
    if (!readBack || *readBack != *translation) {
        err << "compilecataloguetranslation: the compiled translation does not read back the same\n";
        return 1;
    }
    QSaveFile out(arguments.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(compiled) != compiled.size() || !out.commit()) {
        err << "compilecataloguetranslation: " << arguments.at(3) << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
