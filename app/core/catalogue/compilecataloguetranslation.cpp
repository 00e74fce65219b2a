// SPDX-License-Identifier: MIT
// Build step: checks resources/data/catalogue.LANG.json and writes the compiled form the program
// embeds, as compilecatalogue does for the English. A file with a mistake fails the build here with
// the entry and field named. Completeness and staleness are reported by
// translations/catalogue_translations.py and tst_cataloguetranslation, not here: a correction to
// the English must not stop the build.
// Usage: compilecataloguetranslation LANG INPUT.json OUTPUT
#include "core/catalogue/buildstep.h"
#include "core/catalogue/cataloguetranslation.h"

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

std::optional<QByteArray> compile(const QStringList &arguments, QString *problem)
{
    CatalogueError error;
    const std::optional<CatalogueTranslation> translation
        = CatalogueTranslation::fromFile(arguments.at(2), &error);
    if (!translation) {
        *problem = error.toString();
        return std::nullopt;
    }
    if (translation->language() != arguments.at(1)) {
        *problem = arguments.at(2) + u": \"language\" is \""_s + translation->language()
            + u"\" but the file is the catalogue's "_s + arguments.at(1) + u" translation"_s;
        return std::nullopt;
    }
    const QByteArray compiled = translation->compiled();
    const std::optional<CatalogueTranslation> readBack = CatalogueTranslation::fromCompiled(compiled);
    if (!readBack || *readBack != *translation) {
        *problem = u"the compiled translation does not read back the same"_s;
        return std::nullopt;
    }
    return compiled;
}

} // namespace

int main(int argc, char *argv[])
{
    return runBuildStep(argc, argv, u"compilecataloguetranslation"_s, u"LANG INPUT.json OUTPUT"_s, compile);
}
