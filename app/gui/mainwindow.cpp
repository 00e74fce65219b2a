// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/console/requestconsole.h"
#include "core/formats/curlcommand.h"
#include "core/formats/har.h"
#include "gui/haropener.h"
#include "core/history/chainrecord.h"
#include "gui/historyview/historypanel.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundserver.h"
#include "gui/quizview/quizdialog.h"
#include "core/requests/chainmasking.h"
#include "core/requests/secrets.h"
#include "core/statusscope_version.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

MainWindow::MainWindow(const Core::StatusCatalogue &catalogue, QNetworkAccessManager *manager,
                       Core::HistoryStore *history, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalogue(catalogue)
    , m_cataloguePage(new CataloguePage(catalogue, this))
    , m_manager(manager)
    , m_history(history)
    , m_historyDock(new QDockWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_playgroundLabel(new QLabel(this))
    , m_entryCount(int(catalogue.size()))
{
    m_ui->setupUi(this);
    setCentralWidget(m_ui->pages);
    m_ui->pages->addWidget(m_cataloguePage);

    m_historyDock->setObjectName(u"historyDock"_s);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    m_historyDock->hide(); // shown with the console
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
    connect(m_ui->copyCurlAction, &QAction::triggered, this, [this] { copyRequestAsCurl(false); });
    connect(m_ui->copyCurlSecretsAction, &QAction::triggered, this, [this] { copyRequestAsCurl(true); });
    connect(m_ui->goToCodeAction, &QAction::triggered, this, &MainWindow::askGoToCode);
    connect(m_ui->resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    buildLanguageMenu();
    retranslate(); // the texts set in code: the dock title, the Language menu
    m_defaultState = saveState();
    if (history && history->state() != Core::HistoryStore::State::Closed)
        historyOpened();
    // The panel is built when its dock is first shown; a failed write is said at once all the same.
    if (history)
        connect(history, &Core::HistoryStore::writeFailed, this,
                [this](const QString &sentence) { statusBar()->showMessage(sentence, 15000); });

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::findInCatalogue);
    connect(m_ui->catalogueAction, &QAction::triggered, this, &MainWindow::showCatalogue);
    connect(m_ui->consoleAction, &QAction::triggered, this, &MainWindow::showConsole);
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
            statusBar()->showMessage(url);
    });

    // A normal status-bar widget: hidden while a temporary message (a hovered link) is shown.
    statusBar()->addWidget(m_statusLabel);
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
    m_console = new RequestConsole(m_manager, &m_catalogue, this);
    m_ui->pages->addWidget(m_console);
    m_console->setHistory(m_history);
    connect(m_console, &RequestConsole::historyChanged, this, [this] {
        if (m_historyPanel)
            m_historyPanel->refresh();
    });
    connect(m_console, &RequestConsole::codeLinkActivated, this, &MainWindow::showCodeInCatalogue);
    connect(m_console, &RequestConsole::codeMet, this, &MainWindow::noteCodeMet);
    connect(m_console, &RequestConsole::externalLinkActivated, this, &MainWindow::externalLinkRequested);
    applyConsoleSettings();
    return m_console;
}

HistoryPanel *MainWindow::historyPanel()
{
    if (m_historyPanel)
        return m_historyPanel;
    m_historyPanel = new HistoryPanel(m_history, m_historyDock);
    m_historyPanel->setSettings(m_settings);
    m_historyDock->setWidget(m_historyPanel);
    connect(m_historyPanel, &HistoryPanel::chainChosen, this,
            [this](const Core::ChainResult &chain) { consoleInFront()->showStoredChain(chain); });
    connect(m_historyPanel, &HistoryPanel::rerunRequested, this, [this](const Core::RequestSpec &request) {
        RequestConsole *console = consoleInFront();
        console->applyRequest(request);
        console->send();
    });
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
    if (!m_consoleSettings.lastRequest.isEmpty())
        m_console->applyRequest(Core::requestFromRecord(m_consoleSettings.lastRequest));
    if (!m_consoleSettings.options.isEmpty())
        m_console->setOptions(Core::requestOptionsFromRecord(m_consoleSettings.options));
}

void MainWindow::showCatalogue()
{
    m_ui->pages->setCurrentWidget(m_cataloguePage);
    m_cataloguePage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showConsole()
{
    RequestConsole *console = consoleInFront();
    m_ui->historyAction->setChecked(true);
    console->focusUrl();
}

HarOpener *MainWindow::harOpener()
{
    if (m_harOpener)
        return m_harOpener;
    m_harOpener = new HarOpener(m_catalogue, this);
    connect(m_harOpener, &HarOpener::opened, this,
            [this](const QString &fileName, const Core::HarImport &imported) {
                m_ui->historyAction->setChecked(true);
                historyPanel()->showHarChains(fileName, imported.chains);
                QString message = tr("%1: %n chain(s)", nullptr, int(imported.chains.size())).arg(fileName);
                if (!imported.skipped.isEmpty())
                    message += tr("; %n entry(ies) skipped: %1", nullptr, int(imported.skipped.size()))
                                   .arg(imported.skipped.join(u' '));
                statusBar()->showMessage(message, 15000);
            });
    connect(m_harOpener, &HarOpener::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    return m_harOpener;
}

bool MainWindow::openHar(const QString &path)
{
    return harOpener()->open(path);
}

bool MainWindow::exportHar(const QString &path, bool withCredentials)
{
    const Core::ChainResult &chain = requestConsole()->shownChain();
    if (chain.hops.isEmpty()) {
        statusBar()->showMessage(tr("There is no chain to export yet: send a request first."), 10000);
        return false;
    }
    QSaveFile file(path);
    const QByteArray json
        = QJsonDocument(Core::chainsToHar({chain}, withCredentials)).toJson(QJsonDocument::Indented);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
    QString message;
    if (!ok)
        message = tr("Could not save %1: %2").arg(path, file.errorString());
    else if (withCredentials)
        message = tr("Saved the chain to %1, credentials included.").arg(path);
    else
        message = tr("Saved the chain to %1 (credentials masked).").arg(path);
    statusBar()->showMessage(message, 10000);
    return ok;
}

bool MainWindow::saveRequest(const QString &folder, const QString &name)
{
    QString error;
    const std::optional<Core::RequestSpec> request = requestConsole()->currentRequest(&error);
    if (!request) {
        statusBar()->showMessage(tr("The request cannot be saved: %1").arg(error), 10000);
        return false;
    }
    if (!m_history || m_history->saveRequest(folder, name, *request) == 0) {
        statusBar()->showMessage(
            m_history ? tr("The request could not be saved: %1")
                            .arg(!m_history->writeProblem().isEmpty() ? m_history->writeProblem()
                                     : !m_history->notice().isEmpty() ? m_history->notice()
                                                                      : m_history->lastError())
                      : tr("History is off, so requests cannot be saved."),
            10000);
        return false;
    }
    if (m_historyPanel)
        m_historyPanel->refresh();
    statusBar()->showMessage(tr("Saved “%1”.").arg(name), 5000);
    return true;
}

void MainWindow::copyRequestAsCurl(bool withCredentials)
{
    QString error;
    const std::optional<Core::RequestSpec> request = requestConsole()->currentRequest(&error);
    if (!request) {
        statusBar()->showMessage(tr("Nothing to copy: %1").arg(error), 10000);
        return;
    }
    const bool hasCredentials = Core::carriesCredentials(*request);
    const QString command = Core::toCurlCommand(withCredentials ? *request : Core::maskedRequest(*request));
    QGuiApplication::clipboard()->setText(command);
    // Never silent about what the command holds: masked dots would fail where it is pasted, and
    // real credentials on a clipboard are worth knowing about.
    QString message;
    if (!hasCredentials)
        message = tr("Copied the request as a curl command.");
    else if (!withCredentials)
        message = tr("Copied the request as a curl command with its credentials masked (••••). Edit → "
                     "Copy Request as curl with Credentials copies them as typed.");
    else if (command.contains(QString::fromUtf8(Core::credentialMask())))
        message = tr("Copied the request as a curl command; it holds masked credentials (••••) from the "
                     "history, which must be typed again.");
    else
        message = tr("Copied the request as a curl command, credentials included: anyone who sees the "
                     "clipboard can use them.");
    statusBar()->showMessage(message, 15000);
}

void MainWindow::askOpenHar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a HAR file"), QString(),
                                                      tr("HAR files (*.har *.json)"));
    if (!path.isEmpty())
        openHar(path);
}

void MainWindow::askExportHar(bool withCredentials)
{
    if (withCredentials
        && QMessageBox::question(
               this, tr("Export with credentials"),
               tr("The file will hold Authorization headers and cookies in clear text. Anyone who gets "
                  "the file can use them. Export anyway?"))
            != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chain as HAR"), u"chain.har"_s,
                                                      tr("HAR files (*.har)"));
    if (!path.isEmpty())
        exportHar(path, withCredentials);
}

void MainWindow::askSaveRequest()
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(this, tr("Save request"), tr("Name (use Folder/Name to put it in a folder):"),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const qsizetype slash = text.lastIndexOf(u'/');
    saveRequest(slash < 0 ? QString() : text.left(slash), text.mid(slash + 1));
}

void MainWindow::askImportCurl()
{
    bool ok = false;
    const QString command = QInputDialog::getMultiLineText(
        this, tr("Import a curl command"), tr("Paste the command (as copied from a browser or a terminal):"),
        QString(), &ok);
    if (ok && !command.trimmed().isEmpty()) {
        showConsole();
        requestConsole()->importCurl(command);
    }
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
    Core::installTranslations(*QCoreApplication::instance(), code.isEmpty() ? QLocale() : QLocale(code));
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
    if (m_settings)
        m_settings->setValue(u"language"_s, code);
}

void MainWindow::noteCodeMet(int code)
{
    m_cataloguePage->noteCodeMet(code);
    if (m_metCodes.contains(code))
        return;
    m_metCodes.append(code);
    // Kept for "quiz me on the codes I've met" in later sessions: numbers only, nothing about where.
    if (m_settings) {
        QStringList codes;
        for (int met : std::as_const(m_metCodes))
            codes.append(QString::number(met));
        m_settings->setValue(u"quiz/met"_s, codes.join(u' '));
    }
}

void MainWindow::historyOpened()
{
    if (m_historyPanel)
        m_historyPanel->refresh(); // else it reads the store when it is built
    if (m_history && !m_history->notice().isEmpty())
        statusBar()->showMessage(m_history->notice(), 15000);
}

void MainWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
    if (m_historyPanel)
        m_historyPanel->setSettings(settings);
    else
        HistoryPanel::applyStoredSecretPolicy(settings, m_history);
    if (!settings)
        return;
    for (const QString &word : settings->value(u"quiz/met"_s).toString().split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = word.toInt(&ok);
        if (ok && code >= 0 && code <= 999 && !m_metCodes.contains(code))
            m_metCodes.append(code);
    }
    const QString language = settings->value(u"language"_s).toString();
    if (!language.isEmpty())
        setLanguage(language);
    restoreGeometry(settings->value(u"window/geometry"_s).toByteArray());
    restoreState(settings->value(u"window/state"_s).toByteArray());
    m_cataloguePage->restoreLayout(settings->value(u"catalogue/splitter"_s).toByteArray());
    m_consoleSettings.layout = settings->value(u"console/splitter"_s).toByteArray();
    m_consoleSettings.lastRequest
        = QJsonDocument::fromJson(settings->value(u"console/lastRequest"_s).toByteArray()).object();
    m_consoleSettings.options
        = QJsonDocument::fromJson(settings->value(u"console/options"_s).toByteArray()).object();
    if (m_console)
        applyConsoleSettings();
    if (settings->value(u"window/page"_s).toString() == u"console"_s)
        consoleInFront();
    else
        m_ui->pages->setCurrentWidget(m_cataloguePage);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/page"_s,
                         m_ui->pages->currentWidget() == m_console ? u"console"_s : u"catalogue"_s);
    m_settings->setValue(u"catalogue/splitter"_s, m_cataloguePage->saveLayout());
    // A console never opened has changed nothing: what the settings hold for it stays.
    if (m_console) {
        m_settings->setValue(u"console/splitter"_s, m_console->saveLayout());
        m_settings->setValue(
            u"console/options"_s,
            QJsonDocument(Core::requestOptionsToRecord(m_console->options())).toJson(QJsonDocument::Compact));
        QString error;
        if (const std::optional<Core::RequestSpec> request = m_console->currentRequest(&error)) {
            // Credentials are never written to the settings file; they are typed again.
            Core::RecordOptions options;
            options.secrets = Core::SecretStorage::Omitted;
            m_settings->setValue(
                u"console/lastRequest"_s,
                QJsonDocument(Core::requestToRecord(*request, options)).toJson(QJsonDocument::Compact));
        }
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
    if (!ok || !m_catalogue.contains(code)) {
        statusBar()->showMessage(ok ? tr("%1 is not in the catalogue.").arg(code)
                                    : tr("“%1” is not a status code.").arg(text.trimmed()),
                                 8000);
        return false;
    }
    showCodeInCatalogue(code);
    return true;
}

void MainWindow::askGoToCode()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to code"), tr("Status code:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        goToCode(text);
}

void MainWindow::showShortcuts()
{
    // The menus' shortcuts are read from their actions, so the list cannot drift from them; the keys
    // that belong to a widget rather than to a menu command follow.
    QList<std::pair<QString, QString>> shortcuts;
    for (const QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->menu() || action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys.append(sequence.toString(QKeySequence::NativeText));
            QString what = action->text();
            what.remove(QRegularExpression(u"&(?!&)"_s)).replace(u"&&"_s, u"&"_s);
            if (what.endsWith(u'…'))
                what.chop(1);
            shortcuts.append({keys.join(u", "_s), what});
        }
    }
    shortcuts += {
        {u"Enter, Ctrl+Enter"_s, tr("Send the request")},
        {u"Esc"_s, tr("Cancel the running request; in the catalogue search, clear it")},
        {u"Ctrl+V"_s, tr("In the URL field: paste a URL or a whole curl command")},
        {u"Up, Down, Enter"_s,
         tr("Move through the catalogue results from the search field, then into the list")},
    };
    QString html = u"<table cellspacing=\"4\">"_s;
    for (const auto &[keys, what] : shortcuts)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
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

bool MainWindow::setPlaygroundRunning(bool running)
{
    if (!m_playground)
        m_playground = new Core::PlaygroundServer(&m_catalogue, this);
    bool ok = true;
    if (!running) {
        m_playground->stop();
    } else if (!m_playground->start()) {
        statusBar()->showMessage(tr("The playground could not start: %1").arg(m_playground->errorString()));
        ok = false;
    }
    const QSignalBlocker blocker(m_ui->playgroundAction);
    m_ui->playgroundAction->setChecked(m_playground->isRunning());
    m_playgroundLabel->setText(tr("Playground: %1").arg(m_playground->url().toString()));
    m_playgroundLabel->setVisible(m_playground->isRunning());
    return ok;
}

ComparisonDialog *MainWindow::showComparison(const QList<int> &codes)
{
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(&m_catalogue, this);
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
        m_quiz = new QuizDialog(&m_catalogue, this);
        m_quiz->setObjectName(u"quizDialog"_s);
        connect(m_quiz, &QuizDialog::codeChosen, this, &MainWindow::showCodeInCatalogue);
    }
    m_quiz->setSettings(m_settings);
    m_quiz->setMetCodes(m_metCodes);
    m_quiz->show();
    m_quiz->raise();
    m_quiz->activateWindow();
    return m_quiz;
}

bool MainWindow::tryLive(int code)
{
    if (!(m_playground && m_playground->isRunning()) && !setPlaygroundRunning(true))
        return false;
    Core::RequestSpec request;
    request.url = m_playground->url().resolved(QUrl(QString::fromLatin1(Core::playgroundPathFor(code))));
    request.options = requestConsole()->options();
    if (code >= 300 && code <= 399) {
        request.method = "POST";
        request.body = "lesson=redirects";
        request.hasBody = true;
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    } else {
        request.method = "GET";
    }
    showConsole();
    return requestConsole()->sendRequest(request);
}

void MainWindow::updatePermanentStatus()
{
    // What the page in front can do next.
    if (m_ui->pages->currentWidget() == m_console)
        m_statusLabel->setText(tr("Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every "
                                  "shortcut."));
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
    if (m_playground)
        m_playgroundLabel->setText(tr("Playground: %1").arg(m_playground->url().toString()));
    updatePermanentStatus();
}

} // namespace StatusScope::Gui
