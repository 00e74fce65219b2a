// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace StatusScope::Core {

// The frame the catalogue's build-time tools share (compilecatalogue, compilecataloguetranslation):
// the arguments counted, a mistake written to the build log as "NAME: sentence", and the output
// written whole or not at all, so a failed step leaves no half file for the next build to embed.
//
// `compile` gets the whole command line (the program first, the output path last) and returns the
// bytes to write, or nothing with the sentence in `error`. The exit code is 0, 1 for a mistake,
// 2 for a wrong command line.
using BuildStepCompile
    = std::function<std::optional<QByteArray>(const QStringList &arguments, QString *error)>;
int runBuildStep(int argc, char *argv[], const QString &name, const QString &argumentNames,
                 const BuildStepCompile &compile);

} // namespace StatusScope::Core
