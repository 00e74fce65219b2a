// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestspec.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"

#include <QDeadlineTimer>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace StatusScope::Core {
class HistoryStore;
class PlaygroundServer;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

class AuditPage;
class CataloguePage;
class ComparisonDialog;
class HarOpener;
class HttpFileActions;
class HistoryPanel;
class Preferences;
class QuizDialog;
class RequestConsole;
class SecretPrompter;

// The application window: menus, status bar, the pages (catalogue, console, audit), the History
// dock and the dialogs. What the commands do is the controller's (AppController); the window asks for
// paths and names, hands over what its pages hold, and shows what comes back.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Neither the network manager nor the history store is owned; the store may be null or off.
    MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
               Core::HistoryStore *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppController *controller() const { return m_controller; }
    CataloguePage *cataloguePage() const { return m_cataloguePage; }
    // The console is built the first time it is needed (it is not on screen at start-up).
    RequestConsole *requestConsole();
    // (issue 18) The Audit page, built the first time it is shown.
    AuditPage *auditPage();
    // The history panel is built when its dock is first shown or something is put in it.
    HistoryPanel *historyPanel();

    // The file actions without their dialogs (the menu asks for the path, tests pass it); the
    // controller does the work with what the console holds. openHar starts the import on another
    // thread (false while one runs); the controller's harOpened() or harFailed() says when it ends.
    bool openHar(const QString &path);
    bool exportHar(const QString &path, bool withCredentials = false);
    bool saveRequest(const QString &folder, const QString &name);
    void copyRequestAsCurl(bool withCredentials = false);
    // (http16) The .http file actions, with their questions replaceable by tests.
    HttpFileActions *httpFileActions() const { return m_httpFiles; }

    // Window geometry and state, splitters, the page, the last request and the Audit page's options
    // and input are kept in `settings` (not owned, may be null) and restored from it now, as is
    // what the controller keeps. (mainwindowsettings.cpp)
    void setSettings(Core::Settings *settings);
    // The history store given at construction has been opened since: show what it holds, and
    // say so in the status bar if it is off or was damaged.
    void historyOpened();
    void saveSettings();
    void resetLayout();
    // What closing the window now would lose: an audit running, or an audit's rows not exported.
    enum class CloseRisk { None, AuditRunning, AuditUnexported };
    CloseRisk closeRisk() const;
    // Seam for tests: the question asked before a close loses an audit; true closes (stopping a
    // run), false keeps the window open. By default a message box asks: Stop and Quit or Discard,
    // or Cancel.
    void setCloseQuestion(std::function<bool(CloseRisk)> ask) { m_closeQuestion = std::move(ask); }
    // Ctrl+K: jump to a code typed as text; false (with a message) when it is not catalogued.
    bool goToCode(const QString &text);
    // Switches the interface language at once ("" follows the system) and remembers it.
    void setLanguage(const QString &code);
    // Tools → Playground: false (with a message) when it cannot listen.
    bool setPlaygroundRunning(bool running);
    Core::PlaygroundServer *playground() const;
    // "Try it live": the controller's request to the playground, sent from the console.
    bool tryLive(int code);
    // Edit → Preferences: what they hold is the default of every console request. Its secret
    // store keeps passwords in memory until the application gives it the keychain.
    Preferences *preferences() const { return m_preferences; }
    // Asks for the preferences' passwords a console request needs and no keychain gave.
    SecretPrompter *secretPrompter() const { return m_secretPrompter; }

    // View → Compare Codes: the comparison window, created on first use.
    ComparisonDialog *showComparison(const QList<int> &codes = {});
    // Tools → Quiz: the quiz window, created on first use, reading the controller's codes met.
    QuizDialog *showQuiz();

    // A status-bar message, worded again if the language changes while it is shown.
    void showMessage(const AppController::Sentence &sentence, int timeoutMs = 0);

Q_SIGNALS:
    // Emitted instead of opening the browser directly, so tests can observe it.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showCatalogue();
    void showConsole();
    void showAudit();
    void showCodeInCatalogue(int code);
    void findInCatalogue();
    void showAbout();
    void updatePermanentStatus();
    void showPlayground();
    void showHarChains(const QString &fileName, const Core::HarImport &imported);
    void askOpenHar();
    void askExportHar(bool withCredentials);
    void askSaveRequest();
    void askImportCurl();
    void askGoToCode();
    void showShortcuts();
    void showPreferences();
    void buildLanguageMenu();
    void checkLanguage(const QString &code);
    void retranslate(); // the texts set in code, not by the form
    HarOpener *harOpener();
    RequestConsole *consoleInFront(); // built if need be, and made the page shown
    void applyConsoleSettings();
    void applyAuditSettings();
    bool askClose(CloseRisk risk);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppController *m_controller;
    CataloguePage *m_cataloguePage;
    QNetworkAccessManager *m_manager;
    RequestConsole *m_console = nullptr; // see requestConsole()
    AuditPage *m_auditPage = nullptr; // see auditPage()
    // What the settings hold for the console until it exists.
    struct ConsoleSettings
    {
        QByteArray layout;
        std::optional<Core::RequestSpec> lastRequest;
        std::optional<Core::RequestOptions> options;
    };
    ConsoleSettings m_consoleSettings;
    // And for the Audit page until it exists.
    struct AuditSettings
    {
        std::optional<Core::AuditRunOptions> options;
        Core::AuditInputSettings input;
        QByteArray layout;
    };
    AuditSettings m_auditSettings;
    std::function<bool(CloseRisk)> m_closeQuestion; // see setCloseQuestion()
    Core::Settings *m_settings = nullptr;
    QByteArray m_defaultState;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QDockWidget *m_historyDock;
    HistoryPanel *m_historyPanel = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_playgroundLabel; // the playground's address while it runs
    AppController::Sentence m_message; // the status-bar message shown, while it is
    QDeadlineTimer m_messageEnds;
    ComparisonDialog *m_comparison = nullptr;
    QuizDialog *m_quiz = nullptr;
    Preferences *m_preferences;
    SecretPrompter *m_secretPrompter;
    QString m_waitingShown; // the keychain wait's sentence in the status bar, to clear only it
    HarOpener *m_harOpener = nullptr; // built at the first File → Open HAR
    HttpFileActions *m_httpFiles = nullptr; // (http16) File → Open .http File…, Export Saved Folder as .http…
    int m_entryCount;
};

} // namespace StatusScope::Gui
