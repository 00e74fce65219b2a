// SPDX-License-Identifier: MIT
#include "gui/application.h"

#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"
#include "gui/firstpaint.h"
#include "gui/mainwindow.h"
#include "gui/preferences/keychainsecretstore.h"
#include "gui/preferences/preferences.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace StatusScope::Gui {

PendingCatalogue startLoadingCatalogue()
{
    return std::async(std::launch::async, [] {
        Core::CatalogueError ignored; // runApplication() reads it again to explain
        return Core::StatusCatalogue::builtin(&ignored);
    });
}

int runApplication(QApplication &app, PendingCatalogue pending)
{
    std::optional<Core::StatusCatalogue> catalogue = pending.get();
    Core::CatalogueError error;
    if (!catalogue)
        catalogue = Core::StatusCatalogue::builtin(&error);
    if (!catalogue) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "StatusScope"),
                              QApplication::translate("Application",
                                                      "The status code catalogue could not be loaded, so "
                                                      "StatusScope cannot start.\n\n%1")
                                  .arg(error.toString()));
        return 3;
    }

    QNetworkAccessManager manager;
    // Preferences' passwords; declared before the window, which reads them until it is gone.
    KeychainSecretStore keychain(QStringLiteral("StatusScope"));
    Core::HistoryStore history; // opened once the window is on screen: nothing shown needs it
    MainWindow window(*catalogue, &manager, &history);
    QSettings store;
    Core::Settings settings(&store); // every key the program keeps, passed to what keeps one
    window.setSettings(&settings);
    QObject::connect(&window, &MainWindow::externalLinkRequested, &window,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    afterFirstPaint(&window, [&app, &history, &window, &keychain] {
        // The keychain is asked once the window is on screen: QtKeychain reaches the Secret
        // Service or KWallet over D-Bus, KWallet with blocking calls, and nothing shown needs a
        // password. A send before it answers waits for it (SecretPrompter).
        window.preferences()->setSecretStore(&keychain);
        // The SVG icon engine is a plugin of its own: it is loaded once the window is on screen.
        app.setWindowIcon(QIcon(QStringLiteral(":/icons/statusscope.svg")));
        history.open(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/history.db"));
        window.historyOpened();
    });
    exitAfterFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}

} // namespace StatusScope::Gui
