// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/statuscatalogue.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace StatusScope::Gui {

class CataloguePage;
class RequestConsole;

// The application window: menus, status bar and the pages (the catalogue today).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The network manager is not owned; it serves the request console.
    MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CataloguePage *cataloguePage() const { return m_cataloguePage; }
    RequestConsole *requestConsole() const { return m_console; }

Q_SIGNALS:
    // Emitted instead of opening the browser directly, so tests can observe it.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCatalogue();
    void showConsole();
    void showCodeInCatalogue(int code);
    void findInCatalogue();
    void showAbout();
    void updatePermanentStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::StatusCatalogue m_catalogue; // the console's engine reads it for as long as the window lives
    CataloguePage *m_cataloguePage;
    RequestConsole *m_console;
    QLabel *m_statusLabel;
    int m_entryCount;
};

} // namespace StatusScope::Gui
