// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace StatusScope::Core {
class HistoryStore;
}

namespace StatusScope::Core {
class PlaygroundServer;
}

namespace StatusScope::Gui {

class ComparisonDialog;
class HarOpener;
class QuizDialog;

class CataloguePage;
class HistoryPanel;
class RequestConsole;

// The application window: menus, status bar and the pages (the catalogue today).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Neither the network manager nor the history store is owned; the store may be null or off.
    MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
               Core::HistoryStore *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CataloguePage *cataloguePage() const { return m_cataloguePage; }
    // The console is built the first time it is needed (it is not on screen at start-up).
    RequestConsole *requestConsole();
    // The history panel is built when its dock is first shown or something is put in it.
    HistoryPanel *historyPanel();

    // The file actions without their dialogs (the menu asks for the path, tests pass it).
    // openHar starts the import on another thread (false while one runs); harOpener() says when
    // it ends.
    bool openHar(const QString &path);
    HarOpener *harOpener();
    bool exportHar(const QString &path, bool withCredentials = false);
    bool saveRequest(const QString &folder, const QString &name);
    // Copies the composed request as a curl command. Credentials are masked (and the status bar
    // says so) unless `withCredentials`, the Edit menu's separate action.
    void copyRequestAsCurl(bool withCredentials = false);

    // Window geometry and state, splitters, the page, and the last request (without credentials)
    // are kept in `settings` (not owned) and restored from it now.
    void setSettings(QSettings *settings);
    // The history store given at construction has been opened since: show what it holds, and
    // say so in the status bar if it is off or was damaged.
    void historyOpened();
    void saveSettings();
    void resetLayout();
    // Ctrl+K: jump to a code typed as text; false (with a message) when it is not catalogued.
    bool goToCode(const QString &text);
    // Switches the interface language at once ("" follows the system) and remembers it.
    void setLanguage(const QString &code);
    // Tools → Playground: the teaching server on 127.0.0.1, stopped with the window. False (with a
    // message) when it cannot listen.
    bool setPlaygroundRunning(bool running);
    Core::PlaygroundServer *playground() const { return m_playground; }
    // "Try it live": a request to the playground that produces `code`, sent from the console. A
    // redirect is tried with a POST, so what it does to the method shows.
    bool tryLive(int code);
    // View → Compare Codes: the comparison window, created on first use.
    ComparisonDialog *showComparison(const QList<int> &codes = {});
    // Tools → Quiz: the quiz window, created on first use, told which codes the console met.
    QuizDialog *showQuiz();

Q_SIGNALS:
    // Emitted instead of opening the browser directly, so tests can observe it.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showCatalogue();
    void showConsole();
    void showCodeInCatalogue(int code);
    void noteCodeMet(int code);
    void findInCatalogue();
    void showAbout();
    void updatePermanentStatus();
    void askOpenHar();
    void askExportHar(bool withCredentials);
    void askSaveRequest();
    void askImportCurl();
    void askGoToCode();
    void showShortcuts();
    void buildLanguageMenu();
    void retranslate(); // the texts set in code, not by the form

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::StatusCatalogue m_catalogue; // the console's engine reads it for as long as the window lives
    CataloguePage *m_cataloguePage;
    QNetworkAccessManager *m_manager;
    RequestConsole *m_console = nullptr; // see requestConsole()
    // What the settings hold for the console until it exists.
    struct ConsoleSettings
    {
        QByteArray layout;
        QJsonObject lastRequest;
        QJsonObject options;
    };
    ConsoleSettings m_consoleSettings;
    void applyConsoleSettings();
    RequestConsole *consoleInFront(); // built if need be, and made the page shown
    Core::HistoryStore *m_history;
    QSettings *m_settings = nullptr;
    QList<int> m_metCodes; // every status the console has received, this session and earlier ones
    QByteArray m_defaultState;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QDockWidget *m_historyDock;
    HistoryPanel *m_historyPanel = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_playgroundLabel; // the playground's address while it runs
    Core::PlaygroundServer *m_playground = nullptr;
    ComparisonDialog *m_comparison = nullptr;
    QuizDialog *m_quiz = nullptr;
    HarOpener *m_harOpener = nullptr; // built at the first File → Open HAR
    int m_entryCount;
};

} // namespace StatusScope::Gui
