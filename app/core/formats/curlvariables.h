// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curloptions.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace StatusScope::Core {

class CurlFileReader;

// curl 8.3's variables, read in the order the command gives them: `--variable NAME=TEXT`,
// `--variable NAME@FILE` (the file's bytes), `--variable %NAME` (the environment's, which must be
// set) and `--variable %NAME=DEFAULT`. An option written `--expand-OPTION VALUE` has every
// `{{NAME}}` in VALUE replaced, through the functions named after a colon (`{{NAME:trim:url}}`:
// trim, json, url, b64), and is then read as `OPTION VALUE`; `\{{` stays a literal "{{".
class CurlVariables
{
public:
    explicit CurlVariables(CurlFileReader &files)
        : m_files(files)
    {
    }

    // The arguments with --variable taken out and every --expand-OPTION expanded into OPTION.
    // Sentences about what could not be done (an unset variable, a function curl does not have,
    // `@-`) go to `notes`; nullopt with `error` set for a variable curl refuses (a bad name, %NAME
    // not set without a default).
    std::optional<QList<CurlArgument>> apply(const QList<CurlArgument> &arguments, QStringList &notes,
                                             QString *error);

private:
    std::optional<QString> set(const QByteArray &definition, QStringList &notes);
    QByteArray expand(const QByteArray &text, const QString &option, QStringList &notes) const;

    CurlFileReader &m_files;
    QHash<QByteArray, QByteArray> m_values;
};

} // namespace StatusScope::Core
