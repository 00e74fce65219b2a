// SPDX-License-Identifier: MIT
// Chooses between the command line (QCoreApplication, no display needed) and the window.
#include "application.h"
#include "commandline.h"
#include "i18n/translations.h"
#include "statusscope_version.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("StatusScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("StatusScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("statusscope.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSSCOPE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    describeApplication();
    if (StatusScope::Cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        StatusScope::Core::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return StatusScope::Cli::runCommandLine(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.statusscope.StatusScope"));
    StatusScope::Core::installTranslations(app);
    return StatusScope::Gui::runApplication(app);
}
