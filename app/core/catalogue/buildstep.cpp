// SPDX-License-Identifier: MIT
#include "core/catalogue/buildstep.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace StatusScope::Core {

int runBuildStep(int argc, char *argv[], const QString &name, const QString &argumentNames,
                 const BuildStepCompile &compile)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != argumentNames.split(u' ').size() + 1) {
        err << "usage: " << name << ' ' << argumentNames << '\n';
        return 2;
    }
    QString error;
    const std::optional<QByteArray> compiled = compile(arguments, &error);
    if (!compiled) {
        err << name << ": " << error << '\n';
        return 1;
    }
    QSaveFile out(arguments.last());
    if (!out.open(QIODevice::WriteOnly) || out.write(*compiled) != compiled->size() || !out.commit()) {
        err << name << ": " << arguments.last() << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace StatusScope::Core
