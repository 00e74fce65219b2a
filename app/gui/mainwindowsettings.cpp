// SPDX-License-Identifier: MIT
// MainWindow's memory between sessions: what it puts back from the settings and keeps in them
// (geometry, the page in front, the console's and the Audit page's state), and a close that would
// lose an audit asked about first (the question itself is in mainwindowdialogs.cpp).
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/settings/settings.h"
#include "gui/auditview/auditpage.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/console/requestconsole.h"
#include "gui/historyview/historypanel.h"
#include "gui/preferences/preferences.h"
#include "gui/widgets/screenfit.h"

#include <QCloseEvent>
#include <QDockWidget>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

using InputTab = AuditPage::InputTab;
using SettingsTab = Core::AuditInputSettings::Tab;

constexpr std::pair<InputTab, SettingsTab> TabPairs[] = {{InputTab::File, SettingsTab::File},
                                                         {InputTab::Paste, SettingsTab::Paste},
                                                         {InputTab::Url, SettingsTab::Url}};

SettingsTab settingsTab(InputTab tab)
{
    for (const auto &[page, kept] : TabPairs) {
        if (page == tab)
            return kept;
    }
    return SettingsTab::File;
}

InputTab pageTab(SettingsTab tab)
{
    for (const auto &[page, kept] : TabPairs) {
        if (kept == tab)
            return page;
    }
    return InputTab::File;
}

} // namespace

void MainWindow::setSettings(Core::Settings *settings)
{
    m_settings = settings;
    m_controller->setSettings(settings); // the codes met, the quiz, the history's policy, the language
    m_preferences->setSettings(settings); // before the console: its requests start from them
    if (m_historyPanel)
        m_historyPanel->setSettings(settings);
    if (!settings)
        return;
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    m_cataloguePage->restoreLayout(settings->catalogueSplitter());
    m_consoleSettings = {settings->consoleSplitter(), settings->lastRequest(), settings->requestOptions()};
    if (m_console)
        applyConsoleSettings();
    m_auditSettings = {settings->auditOptions(), settings->auditInput(), settings->auditSplitter()};
    if (m_auditPage)
        applyAuditSettings();
    switch (settings->page()) {
    case Core::Settings::Page::Console:
        consoleInFront();
        break;
    case Core::Settings::Page::Audit:
        m_ui->pages->setCurrentWidget(auditPage()); // built now, as View → Audit builds it
        break;
    case Core::Settings::Page::Catalogue:
        m_ui->pages->setCurrentWidget(m_cataloguePage);
        break;
    }
}

void MainWindow::applyAuditSettings()
{
    if (m_auditSettings.options)
        m_auditPage->setRunOptions(*m_auditSettings.options);
    const Core::AuditInputSettings &input = m_auditSettings.input;
    m_auditPage->setInputKind(input.kind);
    // Each setter makes its tab current; the one that was current is made so last.
    if (!input.file.isEmpty())
        m_auditPage->setInputFile(input.file);
    if (!input.url.isEmpty())
        m_auditPage->setInputUrl(input.url);
    if (!input.text.isEmpty())
        m_auditPage->setInputText(input.text);
    m_auditPage->setInputTab(pageTab(input.tab));
    m_auditPage->restoreLayout(m_auditSettings.layout);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QWidget *page = m_ui->pages->currentWidget();
    m_settings->setPage(m_console && page == m_console           ? Core::Settings::Page::Console
                            : m_auditPage && page == m_auditPage ? Core::Settings::Page::Audit
                                                                 : Core::Settings::Page::Catalogue);
    m_settings->setCatalogueSplitter(m_cataloguePage->saveLayout());
    // A console never opened has changed nothing: what the settings hold for it stays.
    if (m_console) {
        m_settings->setConsoleSplitter(m_console->saveLayout());
        m_settings->setRequestOptions(m_console->options());
        QString error;
        if (const std::optional<Core::RequestSpec> request = m_console->requestToKeep(&error))
            m_settings->setLastRequest(*request); // without its credentials
    }
    // Nor has an Audit page never opened.
    if (m_auditPage) {
        m_settings->setAuditOptions(m_auditPage->runOptions());
        m_settings->setAuditInput({settingsTab(m_auditPage->inputTab()), m_auditPage->inputKind(),
                                   m_auditPage->inputFile(), m_auditPage->inputUrl(),
                                   m_auditPage->inputText()});
        m_settings->setAuditSplitter(m_auditPage->saveLayout());
    }
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_cataloguePage->restoreLayout({});
    m_consoleSettings.layout.clear();
    if (m_console)
        m_console->restoreLayout({});
    m_auditSettings.layout.clear();
    if (m_auditPage)
        m_auditPage->resetLayout();
    resize(1100, 720);
    fitToScreen(this);
    m_ui->historyAction->setChecked(m_ui->pages->currentWidget() == m_console);
}

MainWindow::CloseRisk MainWindow::closeRisk() const
{
    if (!m_auditPage)
        return CloseRisk::None;
    if (m_auditPage->isRunning())
        return CloseRisk::AuditRunning;
    return m_auditPage->hasUnexportedRows() ? CloseRisk::AuditUnexported : CloseRisk::None;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run or its rows are asked about before they are lost; nothing else here is (the console's
    // request and the settings are kept as they are).
    const CloseRisk risk = closeRisk();
    if (risk != CloseRisk::None && !askClose(risk)) {
        event->ignore();
        showAudit(); // where the run or its rows are, and Export
        return;
    }
    if (risk == CloseRisk::AuditRunning)
        m_auditPage->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace StatusScope::Gui
