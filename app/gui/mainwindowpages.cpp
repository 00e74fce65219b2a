// SPDX-License-Identifier: MIT
// MainWindow's pages: the catalogue, and the console, the Audit page and the History panel, each
// built the first time it is needed (nothing of them is on screen at start-up); which page is in
// front, and what the status bar says it can do.
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/history/historystore.h"
#include "gui/auditview/auditpage.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/console/curlpastedialog.h"
#include "gui/console/requestconsole.h"
#include "gui/historyview/historypanel.h"
#include "gui/httpfileactions.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/secretprompter.h"
#include "gui/widgets/screenfit.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

RequestConsole *MainWindow::requestConsole()
{
    if (m_console)
        return m_console;
    m_console = new RequestConsole(m_manager, &m_controller->catalogue(), this);
    m_ui->pages->addWidget(m_console);
    m_console->setHistory(m_controller->history());
    connect(m_console, &RequestConsole::historyChanged, this, [this] {
        if (m_historyPanel)
            m_historyPanel->refresh();
    });
    connect(m_console, &RequestConsole::codeLinkActivated, this, &MainWindow::showCodeInCatalogue);
    // Several curl requests in one paste: which to open, or all into saved requests (issue 16).
    connect(m_console, &RequestConsole::severalCurlPasted, this,
            [this](const QList<Core::CurlImport> &imports) {
                CurlPasteDialog dialog(imports, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QString done = carryOutCurlPaste(
                    dialog.choice(), imports,
                    [this](const Core::CurlImport &imported) { requestConsole()->applyCurlImport(imported); },
                    [this](const QString &folder, const QString &name, const Core::RequestSpec &request) {
                        return m_controller->saveRequest(folder, name, request, {});
                    });
                if (!done.isEmpty())
                    showMessage([done] { return done; }, 10000);
            });
    // The catalogue counts this session's meetings; the controller keeps the one list of codes met.
    connect(m_console, &RequestConsole::codeMet, m_controller, &AppController::noteCodeMet);
    connect(m_console, &RequestConsole::externalLinkActivated, this, &MainWindow::externalLinkRequested);
    applyConsoleSettings();
    // A password the preferences name but do not hold is asked for (keychain, then the user)
    // before the request goes; what the user gave this session fills the preferences after.
    m_secretPrompter->attach(m_console->session());
    const auto updatePreferences = [this] {
        m_console->session()->setNetworkPreferences(
            m_secretPrompter->withRemembered(m_preferences->current()));
    };
    updatePreferences();
    connect(m_preferences, &Preferences::changed, m_console, updatePreferences);
    connect(m_secretPrompter, &SecretPrompter::rememberedChanged, m_console, updatePreferences);
    connect(m_console->session(), &Core::RequestSession::sendAbandoned, this,
            [this](const QString &why) { showMessage([why] { return why; }, 15000); });
    // A send waiting for the keychain says so until it answers, its time is up or it is cancelled;
    // never longer than the wait can last, even if the words changed language meanwhile.
    connect(m_secretPrompter, &SecretPrompter::waitingChanged, this, [this] {
        if (!m_secretPrompter->waitingSentence().isEmpty())
            showMessage([prompter = m_secretPrompter] { return prompter->waitingSentence(); },
                        std::max(1, m_secretPrompter->keychainTimeout()));
        else if (!m_waitingShown.isEmpty() && statusBar()->currentMessage() == m_waitingShown)
            statusBar()->clearMessage();
        m_waitingShown = m_secretPrompter->waitingSentence();
    });
    return m_console;
}

AuditPage *MainWindow::auditPage()
{
    if (!m_auditPage) {
        m_auditPage = new AuditPage(m_manager, &m_controller->catalogue(), this);
        m_auditPage->setObjectName(u"auditPage"_s);
        // An audit goes the way the console's requests go: the preferences' proxy, trust and
        // certificates, and the passwords they name asked for once before the run.
        m_auditPage->setSecretAsker([this, page = m_auditPage](const QList<Core::SecretNeed> &needs) {
            m_secretPrompter->ask(
                needs, page,
                [page](const QList<Core::SecretNeed> &answered) { page->continueStart(answered); },
                [page](const QString &why) { page->abandonStart(why); });
        });
        const auto updatePreferences = [this] {
            m_auditPage->setNetworkPreferences(m_secretPrompter->withRemembered(m_preferences->current()));
        };
        updatePreferences();
        connect(m_preferences, &Preferences::changed, m_auditPage, updatePreferences);
        connect(m_secretPrompter, &SecretPrompter::rememberedChanged, m_auditPage, updatePreferences);
        m_ui->pages->addWidget(m_auditPage);
        applyAuditSettings();
    }
    return m_auditPage;
}

void MainWindow::showAudit()
{
    m_ui->pages->setCurrentWidget(auditPage());
    m_auditPage->focusInput();
}

HistoryPanel *MainWindow::historyPanel()
{
    if (m_historyPanel)
        return m_historyPanel;
    m_historyPanel = new HistoryPanel(m_controller->history(), m_historyDock);
    m_historyPanel->setSettings(m_settings);
    m_historyDock->setWidget(m_historyPanel);
    connect(m_historyPanel, &HistoryPanel::chainChosen, this,
            [this](const Core::ChainResult &chain) { consoleInFront()->showStoredChain(chain); });
    connect(m_historyPanel, &HistoryPanel::rerunRequested, this, [this](const Core::RequestSpec &request) {
        RequestConsole *console = consoleInFront();
        console->applyRequest(request);
        console->send();
    });
    connect(m_historyPanel, &HistoryPanel::exportFolderRequested, m_httpFiles,
            &HttpFileActions::exportFolder); // (http16)
    connect(m_historyPanel, &HistoryPanel::requestChosen, this, [this](const Core::RequestSpec &request) {
        RequestConsole *console = consoleInFront();
        console->applyRequest(request);
        console->focusUrl();
    });
    return m_historyPanel;
}

RequestConsole *MainWindow::consoleInFront()
{
    RequestConsole *console = requestConsole();
    m_ui->pages->setCurrentWidget(console);
    return console;
}

void MainWindow::applyConsoleSettings()
{
    m_console->restoreLayout(m_consoleSettings.layout);
    if (m_consoleSettings.lastRequest)
        m_console->applyRequest(*m_consoleSettings.lastRequest);
    if (m_consoleSettings.options)
        m_console->setOptions(*m_consoleSettings.options);
}

void MainWindow::showCatalogue()
{
    m_ui->pages->setCurrentWidget(m_cataloguePage);
    m_cataloguePage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showConsole()
{
    RequestConsole *console = consoleInFront();
    // Beside the console when both fit the screen; on a narrower one it waits for View → History.
    historyPanel(); // its width counts
    m_ui->historyAction->setChecked(m_historyDock->isVisible() || dockFits(this, m_historyDock));
    console->focusUrl();
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

void MainWindow::updatePermanentStatus()
{
    // What the page in front can do next.
    if (m_console && m_ui->pages->currentWidget() == m_console)
        m_statusLabel->setText(tr("Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every "
                                  "shortcut."));
    else if (m_auditPage && m_ui->pages->currentWidget() == m_auditPage)
        m_statusLabel->setText(tr("Ctrl+Enter starts the audit, Esc cancels it; F1 lists every shortcut."));
    else
        m_statusLabel->setText(
            tr("%n entries in the catalogue. Type a code or a word to search.", nullptr, m_entryCount));
}

} // namespace StatusScope::Gui
