// SPDX-License-Identifier: MIT
// The entry point of libstatusscope-window.so, which main() loads when there is no subcommand.
#include "core/i18n/translations.h"
#include "gui/application.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int statusscope_window_main(int *argc, char **argv)
{
    // Read the catalogue on the second core while Qt connects to the display and loads its fonts.
    StatusScope::Gui::PendingCatalogue catalogue = StatusScope::Gui::startLoadingCatalogue();
    QApplication app(*argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.statusscope.StatusScope"));
    StatusScope::Core::installTranslations(app);
    return StatusScope::Gui::runApplication(app, std::move(catalogue));
}
