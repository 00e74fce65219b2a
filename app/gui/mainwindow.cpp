// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "catalogue/cataloguepage.h"
#include "console/requestconsole.h"
#include "statusscope_version.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>

namespace StatusScope::Gui {

MainWindow::MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalogue(catalogue)
    , m_cataloguePage(new CataloguePage(catalogue, this))
    , m_console(new RequestConsole(manager, &m_catalogue, this))
    , m_statusLabel(new QLabel(this))
    , m_entryCount(int(catalogue.size()))
{
    m_ui->setupUi(this);
    setCentralWidget(m_ui->pages);
    m_ui->pages->addWidget(m_cataloguePage);
    m_ui->pages->addWidget(m_console);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::findInCatalogue);
    connect(m_ui->catalogueAction, &QAction::triggered, this, &MainWindow::showCatalogue);
    connect(m_ui->consoleAction, &QAction::triggered, this, &MainWindow::showConsole);
    connect(m_ui->focusUrlAction, &QAction::triggered, this, [this] {
        showConsole();
        m_console->focusUrl();
    });
    connect(m_console, &RequestConsole::codeLinkActivated, this, &MainWindow::showCodeInCatalogue);
    connect(m_console, &RequestConsole::codeMet, m_cataloguePage, &CataloguePage::noteCodeMet);
    connect(m_console, &RequestConsole::externalLinkActivated, this, &MainWindow::externalLinkRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_cataloguePage, &CataloguePage::externalLinkRequested, this, &MainWindow::externalLinkRequested);
    connect(m_cataloguePage, &CataloguePage::linkHovered, this, [this](const QString &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url);
    });

    // A normal status-bar widget: hidden while a temporary message (a hovered link) is shown.
    statusBar()->addWidget(m_statusLabel);
    updatePermanentStatus();
    showCatalogue();
}

MainWindow::~MainWindow() = default;

void MainWindow::showCatalogue()
{
    m_ui->pages->setCurrentWidget(m_cataloguePage);
    m_cataloguePage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showConsole()
{
    m_ui->pages->setCurrentWidget(m_console);
    m_console->focusUrl();
}

void MainWindow::showCodeInCatalogue(int code)
{
    m_ui->pages->setCurrentWidget(m_cataloguePage);
    m_cataloguePage->showCode(code);
}

void MainWindow::findInCatalogue()
{
    m_ui->pages->setCurrentWidget(m_cataloguePage);
    m_cataloguePage->focusSearch();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About StatusScope"),
                       tr("<h3>StatusScope %1</h3>"
                          "<p>An offline catalogue of HTTP status codes: the registered ones, the historic "
                          "ones and those of vendors, each explained.</p>"
                          "<p>Released under the MIT licence.</p>")
                           .arg(QStringLiteral(STATUSSCOPE_VERSION)));
}

void MainWindow::updatePermanentStatus()
{
    m_statusLabel->setText(
        tr("%n entries in the catalogue. Type a code or a word to search.", nullptr, m_entryCount));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePermanentStatus();
    }
}

} // namespace StatusScope::Gui
