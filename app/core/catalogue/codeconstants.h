// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// One framework's names for status codes, as resources/data/constants.json lists them: Go's
// net/http, Python's http.HTTPStatus… One source per table, so every name can be checked against
// the file it comes from. A table of reason phrases (Node's http.STATUS_CODES) has no names of its
// own: its `expression` ("http.STATUS_CODES[%1]") says how code reads a phrase.
struct ConstantTable
{
    QString id;
    QString language;
    QString name;
    QUrl source;
    bool reasons = false;
    QString expression; // only for a table of reason phrases
    QList<std::pair<int, QStringList>> constants; // code → names (or the phrase), the current one first
};

// Reads and checks constants.json, and merges its tables into a catalogue: each constant goes to
// the first meaning of its code, the one the frameworks name. Strict like the catalogue's own
// parser, as it runs when the catalogue is compiled: a mistake fails the build with the table and
// code named.
class CodeConstants
{
    Q_DECLARE_TR_FUNCTIONS(CodeConstants)

public:
    static constexpr int FormatVersion = 1;

    // The constants.json this build was made with (link statusscope_catalogue_source).
    static QString builtinPath();

    static std::optional<QList<ConstantTable>> fromFile(const QString &path, CatalogueError *error);
    static std::optional<QList<ConstantTable>> parse(const QByteArray &json, const QString &fileName,
                                                     CatalogueError *error);
    // Fails, changing nothing, when a table names a code the catalogue does not hold.
    static bool merge(StatusCatalogue &catalogue, const QList<ConstantTable> &tables, const QString &fileName,
                      CatalogueError *error);
};

} // namespace StatusScope::Core
