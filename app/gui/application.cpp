// SPDX-License-Identifier: MIT
#include "application.h"

#include "catalogue/statuscatalogue.h"
#include "firstpaint.h"
#include "history/historypanel.h"
#include "history/historystore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace StatusScope::Gui {

int runApplication(QApplication &app)
{
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/statusscope.svg")));

    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> catalogue
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    if (!catalogue) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "StatusScope"),
                              QApplication::translate("Application",
                                                      "The status code catalogue could not be loaded, so "
                                                      "StatusScope cannot start.\n\n%1")
                                  .arg(error.toString()));
        return 3;
    }

    QNetworkAccessManager manager;
    Core::HistoryStore history; // opened once the window is on screen: nothing shown needs it
    MainWindow window(*catalogue, &manager, &history);
    QSettings settings;
    window.historyPanel()->setSettings(&settings);
    window.setSettings(&settings);
    QObject::connect(&window, &MainWindow::externalLinkRequested, &window,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    afterFirstPaint(&window, [&history, &window] {
        history.open(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/history.db"));
        window.historyOpened();
    });
    exitAfterFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}

} // namespace StatusScope::Gui
