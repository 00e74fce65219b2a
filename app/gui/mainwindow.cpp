// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/catalogue/warncodes.h"
#include "core/formats/harimporttask.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundserver.h"
#include "core/quiz/metcodes.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
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

bool MainWindow::goToCode(const QString &text)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    if (!ok || !m_controller->catalogue().contains(code)) {
        showMessage(
            [ok, code, typed = text.trimmed()] {
                if (!ok)
                    return tr("“%1” is not a status code.").arg(typed);
                // The short form: the status bar of an 800-pixel window holds one line.
                if (const std::optional<Core::WarnCode> warn = Core::warnCode(code))
                    return tr("%1 is not a status code but a Warning header code: “%2”.")
                        .arg(code)
                        .arg(warn->name);
                return tr("%1 is not in the catalogue.").arg(code);
            },
            8000);
        return false;
    }
    showCodeInCatalogue(code);
    return true;
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
