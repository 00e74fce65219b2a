// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/formats/harimporttask.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundserver.h"
#include "core/quiz/metcodes.h"
#include "core/settings/settings.h"
#include "gui/auditview/auditpage.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/console/curlpastedialog.h"
#include "gui/console/requestconsole.h"
#include "gui/haropener.h"
#include "gui/historyview/historypanel.h"
#include "gui/httpfileactions.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/secretprompter.h"
#include "gui/preferences/secretstore.h"
#include "gui/quizview/quizdialog.h"
#include "gui/widgets/screenfit.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

MainWindow::MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
                       Core::HistoryStore *history, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_controller(new AppController(catalogue, history, this))
    , m_cataloguePage(new CataloguePage(catalogue, this))
    , m_manager(manager)
    , m_historyDock(new QDockWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_playgroundLabel(new QLabel(this))
    , m_preferences(new Preferences(new MemorySecretStore(this), this))
    , m_secretPrompter(new SecretPrompter(m_preferences, this, this))
    , m_entryCount(int(catalogue.size()))
{
    m_ui->setupUi(this);
    // The form's 1100×720, or a size restored from a larger screen, is cut to the screen shown on.
    keepOnScreen(this);
    setCentralWidget(m_ui->pages);
    m_ui->pages->addWidget(m_cataloguePage);
    m_cataloguePage->setMetCodes(m_controller->metCodes());

    m_historyDock->setObjectName(u"historyDock"_s);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    m_historyDock->hide(); // shown with the console
    keepDockFitting(this, m_historyDock); // on a narrow screen it floats rather than squeeze the page
    connect(m_ui->historyAction, &QAction::toggled, m_historyDock, &QDockWidget::setVisible);
    connect(m_historyDock, &QDockWidget::visibilityChanged, m_ui->historyAction, &QAction::setChecked);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            historyPanel();
    });
    connect(m_ui->openHarAction, &QAction::triggered, this, &MainWindow::askOpenHar);
    connect(m_ui->exportHarAction, &QAction::triggered, this, [this] { askExportHar(false); });
    connect(m_ui->exportHarSecretsAction, &QAction::triggered, this, [this] { askExportHar(true); });
    connect(m_ui->saveRequestAction, &QAction::triggered, this, &MainWindow::askSaveRequest);
    connect(m_ui->importCurlAction, &QAction::triggered, this, &MainWindow::askImportCurl);
    // (http16) After Import curl Command: Open .http File…, Export Saved Folder as .http….
    m_httpFiles = new HttpFileActions(m_controller, m_ui->fileMenu, m_ui->importCurlAction, this);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, [this] { copyRequestAsCurl(false); });
    connect(m_ui->copyCurlSecretsAction, &QAction::triggered, this, [this] { copyRequestAsCurl(true); });
    connect(m_ui->goToCodeAction, &QAction::triggered, this, &MainWindow::askGoToCode);
    connect(m_ui->resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    // Ctrl+, where the platform names no key of its own for preferences.
    m_ui->preferencesAction->setShortcuts(QKeySequence::Preferences);
    if (m_ui->preferencesAction->shortcuts().isEmpty())
        m_ui->preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    buildLanguageMenu();
    retranslate(); // the texts set in code: the dock title, the Language menu
    m_defaultState = saveState();

    // What the controller reports.
    connect(m_controller, &AppController::message, this, &MainWindow::showMessage);
    connect(m_controller, &AppController::harOpened, this, &MainWindow::showHarChains);
    connect(m_controller, &AppController::requestSaved, this, [this] {
        if (m_historyPanel)
            m_historyPanel->refresh();
    });
    connect(m_controller, &AppController::playgroundChanged, this, &MainWindow::showPlayground);
    connect(m_controller, &AppController::languageChanged, this, &MainWindow::checkLanguage);
    if (history && history->state() != Core::HistoryStore::State::Closed)
        historyOpened();

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::findInCatalogue);
    connect(m_ui->catalogueAction, &QAction::triggered, this, &MainWindow::showCatalogue);
    connect(m_ui->consoleAction, &QAction::triggered, this, &MainWindow::showConsole);
    connect(m_ui->auditAction, &QAction::triggered, this, &MainWindow::showAudit);
    connect(m_ui->focusUrlAction, &QAction::triggered, this, [this] {
        showConsole();
        requestConsole()->focusUrl();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_cataloguePage, &CataloguePage::externalLinkRequested, this, &MainWindow::externalLinkRequested);
    connect(m_cataloguePage, &CataloguePage::linkHovered, this, [this](const QString &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            showMessage([url] { return url; });
    });

    // A normal status-bar widget: hidden while a temporary message (a hovered link) is shown.
    statusBar()->addWidget(m_statusLabel);
    // A message that ends (its time is up, or it is cleared) is no longer worded again.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_message = {};
    });
    m_playgroundLabel->setObjectName(u"playgroundLabel"_s);
    m_playgroundLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_playgroundLabel->hide();
    statusBar()->addPermanentWidget(m_playgroundLabel);
    connect(m_ui->playgroundAction, &QAction::toggled, this, &MainWindow::setPlaygroundRunning);
    connect(m_cataloguePage, &CataloguePage::tryLiveRequested, this, &MainWindow::tryLive);
    connect(m_ui->compareAction, &QAction::triggered, this, [this] { showComparison(); });
    connect(m_ui->quizAction, &QAction::triggered, this, &MainWindow::showQuiz);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePermanentStatus);
    updatePermanentStatus();
    showCatalogue();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::showMessage(const AppController::Sentence &sentence, int timeoutMs)
{
    m_message = sentence;
    m_messageEnds = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    statusBar()->showMessage(sentence(), timeoutMs);
}

HarOpener *MainWindow::harOpener()
{
    if (!m_harOpener)
        m_harOpener = new HarOpener(m_controller->harImport(), this);
    return m_harOpener;
}

bool MainWindow::openHar(const QString &path)
{
    if (!m_controller->openHar(path))
        return false;
    harOpener()->follow(path);
    return true;
}

void MainWindow::showHarChains(const QString &fileName, const Core::HarImport &imported)
{
    m_ui->historyAction->setChecked(true);
    historyPanel()->showHarChains(fileName, imported.chains);
}

bool MainWindow::exportHar(const QString &path, bool withCredentials)
{
    return m_controller->exportHar(path, requestConsole()->shownChain(), withCredentials);
}

bool MainWindow::saveRequest(const QString &folder, const QString &name)
{
    QString error;
    const std::optional<Core::RequestSpec> request = requestConsole()->currentRequest(&error);
    return m_controller->saveRequest(folder, name, request, error);
}

void MainWindow::copyRequestAsCurl(bool withCredentials)
{
    QString error;
    const std::optional<Core::RequestSpec> request = requestConsole()->currentRequest(&error);
    m_controller->copyRequestAsCurl(request, error, withCredentials);
}

void MainWindow::buildLanguageMenu()
{
    QMenu *menu = m_languageMenu = m_ui->viewMenu->addMenu(QString());
    menu->setObjectName(u"languageMenu"_s);
    m_languages = new QActionGroup(this);
    const auto add = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(u"language-"_s + (code.isEmpty() ? u"system"_s : code));
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        return action;
    };
    add(QString(), QString())->setChecked(true); // named by retranslate()
    menu->addSeparator();
    for (const QString &code : Core::availableLanguages()) {
        const QLocale locale(code);
        // Each language under its own name, so anyone can find theirs.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        add(code, name.isEmpty() ? code : name);
    }
}

void MainWindow::setLanguage(const QString &code)
{
    m_controller->setLanguage(code); // languageChanged() checks its action
}

void MainWindow::checkLanguage(const QString &code)
{
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::historyOpened()
{
    if (m_historyPanel)
        m_historyPanel->refresh(); // else it reads the store when it is built
    m_controller->historyOpened();
}

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
    if (settings->page() == Core::Settings::Page::Console)
        consoleInFront();
    else
        m_ui->pages->setCurrentWidget(m_cataloguePage);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setPage(m_console && m_ui->pages->currentWidget() == m_console
                            ? Core::Settings::Page::Console
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
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_cataloguePage->restoreLayout({});
    m_consoleSettings.layout.clear();
    if (m_console)
        m_console->restoreLayout({});
    resize(1100, 720);
    fitToScreen(this);
    m_ui->historyAction->setChecked(m_ui->pages->currentWidget() == m_console);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::goToCode(const QString &text)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    if (!ok || !m_controller->catalogue().contains(code)) {
        showMessage(
            [ok, code, typed = text.trimmed()] {
                return ok ? tr("%1 is not in the catalogue.").arg(code)
                          : tr("“%1” is not a status code.").arg(typed);
            },
            8000);
        return false;
    }
    showCodeInCatalogue(code);
    return true;
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

bool MainWindow::setPlaygroundRunning(bool running)
{
    return m_controller->setPlaygroundRunning(running); // playgroundChanged() shows it
}

Core::PlaygroundServer *MainWindow::playground() const
{
    return m_controller->playground();
}

void MainWindow::showPlayground()
{
    const bool running = m_controller->isPlaygroundRunning();
    const QSignalBlocker blocker(m_ui->playgroundAction);
    m_ui->playgroundAction->setChecked(running);
    if (running)
        m_playgroundLabel->setText(tr("Playground: %1").arg(playground()->url().toString()));
    m_playgroundLabel->setVisible(running);
}

ComparisonDialog *MainWindow::showComparison(const QList<int> &codes)
{
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(&m_controller->catalogue(), this);
        m_comparison->setObjectName(u"comparisonDialog"_s);
        connect(m_comparison, &ComparisonDialog::codeChosen, this, &MainWindow::showCodeInCatalogue);
    }
    if (!codes.isEmpty())
        m_comparison->compare(codes);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

QuizDialog *MainWindow::showQuiz()
{
    if (!m_quiz) {
        m_quiz = new QuizDialog(&m_controller->catalogue(), this);
        m_quiz->setObjectName(u"quizDialog"_s);
        connect(m_quiz, &QuizDialog::codeChosen, this, &MainWindow::showCodeInCatalogue);
    }
    m_quiz->setProgress(m_controller->quizProgress());
    m_quiz->setMetCodes(m_controller->metCodes());
    m_quiz->show();
    m_quiz->raise();
    m_quiz->activateWindow();
    return m_quiz;
}

bool MainWindow::tryLive(int code)
{
    const std::optional<Core::RequestSpec> request
        = m_controller->tryLiveRequest(code, requestConsole()->options());
    if (!request)
        return false;
    showConsole();
    return requestConsole()->sendRequest(*request);
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_historyDock->setWindowTitle(tr("History"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languages->actions()) {
        // The languages keep their own names; only "follow the system" is in the language shown.
        if (action->data().toString().isEmpty())
            action->setText(tr("System language"));
    }
    showPlayground();
    updatePermanentStatus();
    // The message shown is worded again for the time it has left.
    if (m_message && !statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(
            m_message(),
            m_messageEnds.isForever() ? 0 : int(std::max<qint64>(1, m_messageEnds.remainingTime())));
}

} // namespace StatusScope::Gui
