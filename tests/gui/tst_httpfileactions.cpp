// SPDX-License-Identifier: MIT
// File → Open .http File… and the export of a saved folder, through the real window: a file's
// requests land in a saved folder of their own (the refused ones listed with their reason), an
// imported request sends what the file says to a scripted server, and a folder exported from the
// saved list's context menu or the File menu reads back to the requests saved.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/httpfile.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "gui/console/requestconsole.h"
#include "gui/historyview/historypanel.h"
#include "gui/httpfileactions.h"
#include "gui/mainwindow.h"
#include "scriptedserver.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_HttpFileActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openSavesAFolderAndListsTheRefused();
    void importedRequestSendsWhatTheFileSays();
    void multipartBodyKeepsItsLineEnds();
    void openingAgainMakesAnotherFolder();
    void unreadableFileSaysWhy();
    void environmentIsOffered();
    void folderExportsFromItsContextMenu();
    void folderExportsFromTheFileMenu();
    void exportWithoutFoldersSaysHow();
    void screenshots();

private:
    QString copySamples(); // tests/data/http with the server's address in place of localhost:8080
    QStringList savedNames(const QString &folder) const;
    QTreeWidgetItem *folderItem(const QString &folder) const;
    void sendSaved(const QString &folder, const QString &name);

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::HistoryStore> m_store;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::HttpFileActions *m_actions = nullptr;
    QStringList m_summaries; // what the summary seam was shown
};

void tst_HttpFileActions::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_HttpFileActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::HistoryStore>();
    m_store->open(m_dir->filePath(u"history.db"_s));
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "fine"));
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_actions = m_window->httpFileActions();
    QVERIFY(m_actions);
    m_summaries.clear();
    m_actions->setShowSummary([this](const QString &, const QString &text) { m_summaries.append(text); });
}

void tst_HttpFileActions::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_HttpFileActions::copySamples()
{
    const QDir samples(QStringLiteral(STATUSSCOPE_TEST_DATA "/http"));
    const QByteArray host = m_server->origin().mid(7).toUtf8();
    const QString folder = m_dir->filePath(u"samples"_s);
    QDir().mkpath(folder);
    for (const QString &name : samples.entryList(QDir::Files | QDir::Hidden)) {
        QFile in(samples.filePath(name));
        QFile out(QDir(folder).filePath(name));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(in.readAll().replace("localhost:8080", host));
    }
    return folder;
}

QStringList tst_HttpFileActions::savedNames(const QString &folder) const
{
    QStringList names;
    for (const Core::SavedRequest &saved : m_store->savedRequests()) {
        if (saved.folder == folder)
            names.append(saved.name);
    }
    return names;
}

QTreeWidgetItem *tst_HttpFileActions::folderItem(const QString &folder) const
{
    auto *list = m_window->historyPanel()->findChild<QTreeWidget *>(u"savedList"_s);
    const QList<QTreeWidgetItem *> found = list->findItems(folder, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

void tst_HttpFileActions::openSavesAFolderAndListsTheRefused()
{
    const QString path = copySamples() + u"/jetbrains.http"_s;
    m_actions->setAskOpenPath([path] { return path; });
    auto *open = m_window->findChild<QAction *>(u"openHttpAction"_s);
    QVERIFY(open);
    QCOMPARE(open->text(), u"Open .&http File…"_s);
    open->trigger();

    QCOMPARE(savedNames(u"jetbrains"_s),
             QStringList({u"Env"_s, u"Get the health"_s, u"Multipart with a file part"_s, u"Random values"_s,
                          u"Script file handler"_s}));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"jetbrains.http: 5 requests saved in the folder “jetbrains”; 4 refused."_s);
    QCOMPARE(m_summaries.size(), 1);
    const QString summary = m_summaries.first();
    QVERIFY2(summary.startsWith(
                 u"5 requests of jetbrains.http saved in the folder “jetbrains”.\n\nNot saved (4):\n"
                 "• line 24: the variable “session” is not defined"_s),
             qPrintable(summary));
    for (const QString &line : {u"• line 40: {{$random.email}}: this system variable is not supported."_s,
                                u"• line 61: < ./no-such-file.json: file not found: "_s,
                                u"• line 68: WEBSOCKET requests are not supported"_s,
                                u"Not applied:\n• line 8: the response handler (> {% … %}) is not run"_s,
                                u"• line 65: the response handler (> ./check-response.js) is not run"_s})
        QVERIFY2(summary.contains(line), qPrintable(line));

    // The saved list shows the folder with its requests.
    QTreeWidgetItem *folder = folderItem(u"jetbrains"_s);
    QVERIFY(folder);
    QCOMPARE(folder->childCount(), 5);
}

// Opens the saved request `name` of `folder` in the console, as Enter on it does, and sends it.
void tst_HttpFileActions::sendSaved(const QString &folder, const QString &name)
{
    QTreeWidgetItem *parent = folderItem(folder);
    QVERIFY(parent);
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == name)
            item = parent->child(i);
    }
    QVERIFY(item);
    QTreeWidget *list = item->treeWidget();
    list->setCurrentItem(item);
    Q_EMIT list->itemActivated(item, 0);
    QVERIFY(m_window->requestConsole()->send());
    QTRY_VERIFY(!m_window->requestConsole()->isRunning());
}

void tst_HttpFileActions::importedRequestSendsWhatTheFileSays()
{
    m_actions->openPath(copySamples() + u"/restclient.http"_s);
    sendSaved(u"restclient"_s, u"uploadFromFile"_s);
    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedServer::Request &sent = m_server->requests().first();
    QCOMPARE(sent.method, "PUT");
    QCOMPARE(sent.target, "/api/files/body");
    QCOMPARE(sent.header("Content-Type"), "application/json");
    QCOMPARE(sent.body, "{\"from\": \"file\"}"); // read from body.json when the file was opened
}

// The saved request keeps the multipart body's CRLF line ends, and the console sends them as they
// are while its body text is unchanged (it sent them as LF until f931c58).
void tst_HttpFileActions::multipartBodyKeepsItsLineEnds()
{
    m_actions->openPath(copySamples() + u"/jetbrains.http"_s);
    sendSaved(u"jetbrains"_s, u"Multipart with a file part"_s);
    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedServer::Request &sent = m_server->requests().first();
    QCOMPARE(sent.header("Content-Type"), "multipart/form-data; boundary=WebAppBoundary");
    QVERIFY(sent.body.contains(
        "filename=\"body.json\"\r\nContent-Type: application/json\r\n\r\n{\"from\": \"file\"}"));
}

void tst_HttpFileActions::openingAgainMakesAnotherFolder()
{
    const QString path = copySamples() + u"/restclient.http"_s;
    m_actions->openPath(path);
    m_actions->openPath(path);
    QCOMPARE(Core::savedFolders(*m_store), QStringList({u"restclient"_s, u"restclient (2)"_s}));
    QCOMPARE(savedNames(u"restclient"_s), savedNames(u"restclient (2)"_s));
    QCOMPARE(savedNames(u"restclient"_s).size(), 7);
}

void tst_HttpFileActions::unreadableFileSaysWhy()
{
    m_actions->openPath(m_dir->filePath(u"absent.http"_s));
    QVERIFY2(
        m_window->statusBar()->currentMessage().startsWith(u"absent.http cannot be opened: cannot read “"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_summaries.isEmpty());
    QVERIFY(Core::savedFolders(*m_store).isEmpty());
}

// JetBrains keeps {{host}} in http-client.env.json: the environments there are offered, the one
// chosen fills in the variables, and cancelling the question opens nothing.
void tst_HttpFileActions::environmentIsOffered()
{
    const QString folder = m_dir->filePath(u"envs"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile environments(folder + u"/http-client.env.json"_s);
    QVERIFY(environments.open(QIODevice::WriteOnly));
    environments.write(R"({"local": {"host": ")" + m_server->origin().toUtf8()
                       + R"("}, "prod": {"host": "https://example.org"}})");
    environments.close();
    QFile file(folder + u"/api.http"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("### health\nGET {{host}}/health\n");
    file.close();

    QStringList offered;
    m_actions->setAskEnvironment([&](const QStringList &names) -> std::optional<QString> {
        offered = names;
        return std::nullopt;
    });
    m_actions->openPath(file.fileName());
    QCOMPARE(offered, QStringList({u"local"_s, u"prod"_s}));
    QVERIFY(Core::savedFolders(*m_store).isEmpty());

    m_actions->setAskEnvironment([](const QStringList &) -> std::optional<QString> { return u"local"_s; });
    m_actions->openPath(file.fileName());
    const QList<Core::SavedRequest> saved = m_store->savedRequests();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().folder, u"api"_s);
    QCOMPARE(saved.first().request.url, QUrl(m_server->origin() + u"/health"_s));
    QVERIFY(m_summaries.isEmpty()); // nothing refused, nothing left out
    QCOMPARE(m_window->statusBar()->currentMessage(), u"api.http: 1 request saved in the folder “api”."_s);

    // No environment: the variable is undefined and the request is refused with its line.
    m_actions->setAskEnvironment([](const QStringList &) -> std::optional<QString> { return QString(); });
    m_actions->openPath(file.fileName());
    QCOMPARE(m_summaries.size(), 1);
    QVERIFY2(m_summaries.first().contains(u"• line 2: the variable “host” is not defined in the file."_s),
             qPrintable(m_summaries.first()));
    QVERIFY(m_summaries.first().contains(
        u"• http-client.env.json is next to the file but not read: no environment was chosen."_s));
}

void tst_HttpFileActions::folderExportsFromItsContextMenu()
{
    m_actions->openPath(copySamples() + u"/restclient.http"_s);
    auto *list = m_window->historyPanel()->findChild<QTreeWidget *>(u"savedList"_s);
    auto *exportAction = list->findChild<QAction *>(u"exportFolderAction"_s);
    QVERIFY(exportAction);
    QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
    list->setCurrentItem(nullptr);
    QVERIFY(!exportAction->isEnabled());
    QTreeWidgetItem *folder = folderItem(u"restclient"_s);
    list->setCurrentItem(folder->child(0)); // a request of the folder stands for it
    QVERIFY(exportAction->isEnabled());

    const QString path = m_dir->filePath(u"exported.http"_s);
    QString suggested;
    m_actions->setAskSavePath([&](const QString &offered) {
        suggested = offered;
        return path;
    });
    exportAction->trigger();
    QCOMPARE(QFileInfo(suggested).fileName(), u"restclient.http"_s);
    QVERIFY2(
        m_window->statusBar()->currentMessage().startsWith(u"Saved 7 requests of “restclient” to "_s + path),
        qPrintable(m_window->statusBar()->currentMessage()));
    // Basic credentials were saved masked, so the file holds the mask, and the message says so.
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(u"masked credentials (••••) must be typed again"_s));

    QString error;
    const std::optional<Core::HttpFile> read = Core::readHttpFile(path, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(read->notes.isEmpty(), qPrintable(read->notes.join(u'\n')));
    QList<Core::SavedRequest> saved;
    for (const Core::SavedRequest &request : m_store->savedRequests()) {
        if (request.folder == u"restclient"_s)
            saved.append(request);
    }
    QCOMPARE(read->requests.size(), saved.size());
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const Core::HttpFileRequest &back = read->requests.at(i);
        QVERIFY2(back.isValid(), qPrintable(back.error));
        QCOMPARE(back.name, saved.at(i).name);
        QCOMPARE(back.request.method, saved.at(i).request.method);
        QCOMPARE(back.request.url, saved.at(i).request.url);
        QCOMPARE(back.request.headers, saved.at(i).request.headers);
        QCOMPARE(back.request.body, saved.at(i).request.body);
    }
}

void tst_HttpFileActions::folderExportsFromTheFileMenu()
{
    const QString samples = copySamples();
    m_actions->openPath(samples + u"/restclient.http"_s);
    m_actions->openPath(samples + u"/jetbrains.http"_s);
    QStringList offered;
    m_actions->setAskFolder([&](const QStringList &folders) {
        offered = folders;
        return u"jetbrains"_s;
    });
    const QString path = m_dir->filePath(u"jb.http"_s);
    m_actions->setAskSavePath([&](const QString &) { return path; });
    auto *exportAction = m_window->findChild<QAction *>(u"exportHttpAction"_s);
    QVERIFY(exportAction);
    exportAction->trigger();
    QCOMPARE(offered, QStringList({u"jetbrains"_s, u"restclient"_s}));
    QString error;
    const std::optional<Core::HttpFile> read = Core::readHttpFile(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->requests.size(), 5);
    QCOMPARE(read->requests.at(2).name, u"Multipart with a file part"_s);
    QVERIFY(read->requests.at(2).request.body.contains("{\"from\": \"file\"}\r\n--WebAppBoundary--"));
}

void tst_HttpFileActions::exportWithoutFoldersSaysHow()
{
    bool asked = false;
    m_actions->setAskFolder([&](const QStringList &) {
        asked = true;
        return QString();
    });
    m_actions->exportFolder();
    QVERIFY(!asked);
    QCOMPARE(m_summaries.size(), 1);
    QVERIFY(m_summaries.first().startsWith(u"There is no saved folder yet."_s));
}

// Looked at by people: the File menu and the saved list at 800x600, and the summary. Written when
// STATUSSCOPE_SCREENSHOTS names a folder; the menu must show both actions in any case.
void tst_HttpFileActions::screenshots()
{
    m_actions->openPath(copySamples() + u"/jetbrains.http"_s);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the console, with the History dock
    m_window->historyPanel()->findChild<QTabWidget *>()->setCurrentIndex(1);
    const QString folder = qEnvironmentVariable("STATUSSCOPE_SCREENSHOTS");
    QMenu *fileMenu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(m_actions->openAction()))
            fileMenu = action->menu();
    }
    QVERIFY(fileMenu);
    fileMenu->popup(m_window->mapToGlobal(QPoint(0, m_window->menuBar()->height())));
    QVERIFY(QTest::qWaitForWindowExposed(fileMenu));
    const QList<QAction *> actions = fileMenu->actions();
    QCOMPARE(actions.indexOf(m_actions->openAction()),
             actions.indexOf(m_window->findChild<QAction *>(u"importCurlAction"_s)) + 1);
    QCOMPARE(actions.indexOf(m_actions->exportAction()), actions.indexOf(m_actions->openAction()) + 1);
    QVERIFY(fileMenu->actionGeometry(m_actions->openAction()).isValid());
    QVERIFY(fileMenu->actionGeometry(m_actions->exportAction()).isValid());
    if (!folder.isEmpty()) {
        fileMenu->grab().save(folder + u"/http-file-menu.png"_s);
        m_window->grab().save(folder + u"/http-saved-folder.png"_s);
    }
    fileMenu->hide();
    QMessageBox box(QMessageBox::Information, u"Opened jetbrains.http"_s, m_summaries.value(0),
                    QMessageBox::Ok, m_window.get());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    if (!folder.isEmpty())
        box.grab().save(folder + u"/http-summary.png"_s);
}

QTEST_MAIN(tst_HttpFileActions)
#include "tst_httpfileactions.moc"
