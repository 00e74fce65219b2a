// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// One framework's name for one meaning of a status code. Most name a code's first meaning, the one
// the frameworks mean; a few name another meaning of a shared number (Spring's deprecated WebDAV
// draft constants 419-421, Symfony's 425 for the expired collections proposal), and say which by
// that entry's reason.
struct TableConstant
{
    int code = 0;
    QStringList names; // the current one first; for a table of reason phrases, the one phrase
    QString meaning; // the reason of the entry they belong to; empty for the code's first meaning
};

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
    QList<TableConstant> constants;
};

// Reads and checks constants.json, and merges its tables into a catalogue: each constant goes to
// the first meaning of its code, the one the frameworks name, or to the meaning it names by reason
// ({"name": …, "meaning": "Insufficient Space On Resource"}). Strict like the catalogue's own
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
    // Fails, changing nothing, when a table names a code the catalogue does not hold, a meaning no
    // entry of its code has (or two have), or gives one entry two sets of names.
    static bool merge(StatusCatalogue &catalogue, const QList<ConstantTable> &tables, const QString &fileName,
                      CatalogueError *error);
};

} // namespace StatusScope::Core
