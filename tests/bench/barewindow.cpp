// SPDX-License-Identifier: MIT
// The reference for the start-up and memory figures: the smallest real Qt Widgets window (a main
// window with a menu, a status bar and a label), built with the same compiler and flags, quitting
// after its first paint exactly as statusscope does under STATUSSCOPE_EXIT_AFTER_FIRST_PAINT.
#include "gui/firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 720);
    StatusScope::Gui::exitAfterFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}
