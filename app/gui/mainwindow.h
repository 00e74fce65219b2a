// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/statuscatalogue.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace StatusScope::Gui {

class CataloguePage;

// The application window: menus, status bar and the pages (the catalogue today).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Core::StatusCatalogue &catalogue, QWidget *parent = nullptr);
    ~MainWindow() override;

    CataloguePage *cataloguePage() const { return m_cataloguePage; }

Q_SIGNALS:
    // Emitted instead of opening the browser directly, so tests can observe it.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCatalogue();
    void findInCatalogue();
    void showAbout();
    void updatePermanentStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CataloguePage *m_cataloguePage;
    QLabel *m_statusLabel;
    int m_entryCount;
};

} // namespace StatusScope::Gui
