// SPDX-License-Identifier: MIT
// History, saved requests, HAR and curl, used through the main window as a user would.
#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/requests/chainmodel.h"
#include "core/requests/headertablemodel.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"
#include "gui/console/requestconsole.h"
#include "gui/historyview/historypanel.h"
#include "gui/mainwindow.h"
#include "scriptedserver.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_HistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyListsSayWhatToDo();
    void chainsAreRememberedAndReopened();
    void rerunSendsAgain();
    void deleteAndClearAsk();
    void savedRequests();
    void copyAndPasteCurl();
    void exportAndOpenHar();
    void historyOffSaysWhy();
    void historyOpenedAfterTheWindow();
    void credentialsPolicyIsASetting();
    void panelIsBuiltWhenShown();
    void markedHeaderStaysSecret();
    void fullDiskIsSaidInTheBanner();
    void fullDiskIsSaidWithThePanelClosed();
    void listShowsUrlsMasked();
    void timeColumnStaysNarrow();
    void readOnlyHistoryIsShown();
    void lockedHistoryIsTriedAgain();
    void unreadableEntrySaysWhy();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void send(const QString &path);
    // A new window at 800x600 on a store opened by `open`, with the history panel shown.
    void reopen(const std::function<void(Core::HistoryStore &)> &open);
    // The banner is shown whole: every line of its sentence and its button are on screen.
    void verifyBannerReadable();

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::HistoryStore> m_store;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void tst_HistoryPanel::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_HistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::HistoryStore>();
    m_store->open(m_dir->filePath(u"history.db"_s));
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->route("/start", ScriptedServer::redirect(302, "/ok"));
    m_server->route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
    m_server->route("/missing", ScriptedServer::response(404, "Not Found"));
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
}

void tst_HistoryPanel::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_HistoryPanel::send(const QString &path)
{
    auto *url = child<QLineEdit>("urlEdit");
    url->setText(m_server->url(path).toString());
    QVERIFY(m_window->requestConsole()->send());
    QTRY_VERIFY(!m_window->requestConsole()->isRunning());
}

void tst_HistoryPanel::emptyListsSayWhatToDo()
{
    auto *historyHint = child<QLabel>("historyHint");
    auto *savedHint = child<QLabel>("savedHint");
    QVERIFY(historyHint->isVisible());
    QVERIFY(historyHint->text().startsWith(u"No requests yet."_s));
    QVERIFY(savedHint->text().contains(u"Ctrl+S"_s));
    send(u"/start"_s);
    QVERIFY(!historyHint->isVisible());
    child<QLineEdit>("historySearch")->setText(u"nowhere"_s);
    QVERIFY(historyHint->isVisible());
    QCOMPARE(historyHint->text(), u"No chain matches “nowhere”."_s);
    child<QLineEdit>("historySearch")->clear();
    QVERIFY(!historyHint->isVisible());
}

void tst_HistoryPanel::chainsAreRememberedAndReopened()
{
    QVERIFY(child<QWidget>("historyPanel")->isVisible()); // shown with the console
    send(u"/start"_s);
    send(u"/missing"_s);
    auto *list = child<QTreeWidget>("historyList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(2), u"404"_s); // newest first
    QCOMPARE(list->topLevelItem(1)->text(2), u"200"_s);

    // Picking the older entry shows its chain exactly as it was, and its request.
    list->setCurrentItem(list->topLevelItem(1));
    auto *chain = child<QTreeView>("chainView")->model();
    QCOMPARE(chain->rowCount(), 2);
    QCOMPARE(chain->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(child<QLineEdit>("urlEdit")->text(), m_server->url(u"/start"_s).toString());
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK"_s));
    QCOMPARE(m_server->requests().size(), 3); // nothing was sent again

    auto *search = child<QLineEdit>("historySearch");
    search->setText(u"4xx"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    search->setText(u"start"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(3), m_server->url(u"/start"_s).toString());
}

void tst_HistoryPanel::rerunSendsAgain()
{
    send(u"/start"_s);
    auto *list = child<QTreeWidget>("historyList");
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>("rerunButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->requestConsole()->isRunning());
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(m_server->requestsTo("/start").size(), 2);
}

void tst_HistoryPanel::deleteAndClearAsk()
{
    send(u"/ok"_s);
    send(u"/missing"_s);
    send(u"/start"_s);
    auto *list = child<QTreeWidget>("historyList");
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>("deleteHistoryButton"), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 2);

    QString asked;
    auto *panel = m_window->historyPanel();
    panel->setConfirm([&asked](const QString &question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(child<QPushButton>("clearHistoryButton"), Qt::LeftButton);
    QVERIFY(asked.contains(u"2 chains"_s));
    QCOMPARE(list->topLevelItemCount(), 2); // "No" keeps everything
    panel->setConfirm([](const QString &) { return true; });
    QTest::mouseClick(child<QPushButton>("clearHistoryButton"), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
}

void tst_HistoryPanel::savedRequests()
{
    m_window->requestConsole()->setMethod(u"PUT"_s);
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    QVERIFY(m_window->saveRequest(u"Shop"_s, u"Update"_s));
    auto *saved = child<QTreeWidget>("savedList");
    QCOMPARE(saved->topLevelItemCount(), 1);
    QTreeWidgetItem *folder = saved->topLevelItem(0);
    QCOMPARE(folder->text(0), u"Shop"_s);
    QCOMPARE(folder->child(0)->text(0), u"Update"_s);
    QCOMPARE(folder->child(0)->text(1), u"PUT"_s);

    auto *panel = m_window->historyPanel();
    panel->setAskName([](const QString &, const QString &) { return u"Replace"_s; });
    saved->setCurrentItem(saved->topLevelItem(0)->child(0));
    QTest::mouseClick(child<QPushButton>("renameSavedButton"), Qt::LeftButton);
    QCOMPARE(saved->topLevelItem(0)->child(0)->text(0), u"Replace"_s);

    // Opening it fills the composer and sends nothing.
    m_window->requestConsole()->setMethod(u"GET"_s);
    child<QLineEdit>("urlEdit")->setText(u"https://elsewhere.example/"_s);
    saved->setCurrentItem(saved->topLevelItem(0)->child(0));
    QTest::mouseClick(child<QPushButton>("openSavedButton"), Qt::LeftButton);
    QCOMPARE(child<QComboBox>("methodCombo")->currentText(), u"PUT"_s);
    QCOMPARE(child<QLineEdit>("urlEdit")->text(), m_server->url(u"/ok"_s).toString());
    QCOMPARE(m_server->requests().size(), 0);

    panel->setConfirm([](const QString &) { return true; });
    saved->setCurrentItem(saved->topLevelItem(0)->child(0));
    QTest::mouseClick(child<QPushButton>("deleteSavedButton"), Qt::LeftButton);
    QCOMPARE(saved->topLevelItemCount(), 0);
}

void tst_HistoryPanel::copyAndPasteCurl()
{
    m_window->requestConsole()->setMethod(u"POST"_s);
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    m_window->copyRequestAsCurl();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"curl "_s), qPrintable(copied));
    QVERIFY(copied.contains(m_server->url(u"/ok"_s).toString()));
    QVERIFY(copied.contains(u"-H 'Accept: */*'"_s));

    QGuiApplication::clipboard()->setText(
        u"curl 'https://api.example/v1/items' \\\n  -X PATCH \\\n  -H 'X-Trace: 7' \\\n"
        "  --data-raw '{\"a\":1}' --compressed -o out.json"_s);
    auto *url = child<QLineEdit>("urlEdit");
    url->setFocus();
    QTest::keyClick(url, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(url->text(), u"https://api.example/v1/items"_s);
    QCOMPARE(child<QComboBox>("methodCombo")->currentText(), u"PATCH"_s);
    // An option the console cannot apply is listed, not dropped; --compressed is applied (the engine
    // asks for gzip and deflate and decodes them), so it is not listed.
    const QString notApplied = child<QLabel>("importNoticeLabel")->property("fullText").toString();
    QVERIFY2(notApplied.contains(u"-o out.json"_s), qPrintable(notApplied));
    QVERIFY2(!notApplied.contains(u"--compressed"_s), qPrintable(notApplied));
    QString error;
    const auto request = m_window->requestConsole()->currentRequest(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->body, R"({"a":1})");
    QCOMPARE(Core::headerValue(request->headers, "X-Trace"), "7");
}

void tst_HistoryPanel::exportAndOpenHar()
{
    send(u"/start"_s);
    const QString path = m_dir->filePath(u"out.har"_s);
    QVERIFY(m_window->exportHar(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(u"log"_s)
                                   .toObject()
                                   .value(u"entries"_s)
                                   .toArray();
    QCOMPARE(entries.size(), 2);

    QSignalSpy imported(m_window->controller(), &Gui::AppController::harOpened);
    QVERIFY(m_window->openHar(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/chromium.har")));
    QVERIFY(imported.wait(10000)); // the import runs on another thread
    auto *har = child<QTreeView>("harList");
    QCOMPARE(har->model()->rowCount(), 2);
    har->setCurrentIndex(har->model()->index(0, 0));
    auto *chain = child<QTreeView>("chainView")->model();
    QCOMPARE(chain->rowCount(), 2);
    QCOMPARE(chain->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(chain->index(0, Core::ChainModel::MethodColumn).data().toString(), u"POST"_s);

    QSignalSpy failed(m_window->controller(), &Gui::AppController::harFailed);
    QVERIFY(m_window->openHar(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/broken.har")));
    QVERIFY(failed.wait(10000));
    QVERIFY(m_window->openHar(m_dir->filePath(u"nope.har"_s)));
    QVERIFY(failed.wait(10000));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(har->model()->rowCount(), 2); // what failed changed nothing
}

void tst_HistoryPanel::historyOffSaysWhy()
{
    m_window.reset();
    QFile blocker(m_dir->filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_store = std::make_unique<Core::HistoryStore>();
    m_store->open(m_dir->filePath(u"blocked/history.db"_s));
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *notice = child<QLabel>("historyNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(u"History is off"_s));
    send(u"/ok"_s); // the console works all the same
    QCOMPARE(m_window->requestConsole()->result().outcome, Core::ChainOutcome::Complete);
}

void tst_HistoryPanel::historyOpenedAfterTheWindow()
{
    // The application opens the database only once the window has painted: the window built
    // before that shows the history as soon as it is told.
    send(u"/ok"_s);
    m_window.reset();
    m_store = std::make_unique<Core::HistoryStore>();
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *list = child<QTreeWidget>("historyList");
    QCOMPARE(list->topLevelItemCount(), 0);
    m_store->open(m_dir->filePath(u"history.db"_s));
    m_window->historyOpened();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(3).endsWith(u"/ok"_s));
    send(u"/missing"_s); // and keeps what is sent from then on
    QCOMPARE(list->topLevelItemCount(), 2);
}

void tst_HistoryPanel::credentialsPolicyIsASetting()
{
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    m_window->historyPanel()->setSettings(&typed);
    auto *combo = child<QComboBox>("secretsCombo");
    QCOMPARE(combo->currentText(), u"Masked"_s); // the default
    const auto storedAuthorization = [this] {
        const auto chain = m_store->chain(m_store->list().first().id);
        return Core::headerValue(chain->request.headers, "Authorization");
    };
    auto *model = qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    model->addRow({true, u"Authorization"_s, u"Bearer topsecret"_s});
    send(u"/ok"_s);
    QCOMPARE(storedAuthorization(), "Bearer ••••");
    combo->setCurrentIndex(combo->findText(u"Not stored"_s));
    send(u"/ok"_s);
    QCOMPARE(storedAuthorization(), QByteArray());
    combo->setCurrentIndex(combo->findText(u"In full"_s));
    send(u"/ok"_s);
    QCOMPARE(storedAuthorization(), "Bearer topsecret");
    QCOMPARE(settings.value(u"history/secrets"_s).toString(), u"plain"_s); // a key, not a number

    // A new window reads the setting back.
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->historyPanel()->setSettings(&typed);
    QCOMPARE(child<QComboBox>("secretsCombo")->currentText(), u"In full"_s);

    // The chain picked from the history is the one exported; credentials only when asked.
    m_window->requestConsole()->showStoredChain(*m_store->chain(m_store->list().first().id));
    QVERIFY(m_window->exportHar(m_dir->filePath(u"masked.har"_s)));
    QVERIFY(m_window->exportHar(m_dir->filePath(u"full.har"_s), true));
    QFile masked(m_dir->filePath(u"masked.har"_s));
    QFile full(m_dir->filePath(u"full.har"_s));
    QVERIFY(masked.open(QIODevice::ReadOnly) && full.open(QIODevice::ReadOnly));
    const QByteArray maskedText = masked.readAll();
    QVERIFY(maskedText.contains("Bearer \xe2\x80\xa2"));
    QVERIFY(!maskedText.contains("topsecret"));
    QVERIFY(full.readAll().contains("Bearer topsecret"));
}

void tst_HistoryPanel::panelIsBuiltWhenShown()
{
    // Nothing of the panel exists while the catalogue is on screen; the stored credentials policy
    // still reaches the store, so a request sent before the panel is opened follows it.
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    settings.setValue(u"history/secrets"_s, int(Core::SecretStorage::Omitted));
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->setSettings(&typed);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<Gui::HistoryPanel *>());
    QCOMPARE(m_store->recordOptions().secrets, Core::SecretStorage::Omitted);
    m_window->requestConsole(); // built, not shown
    send(u"/ok"_s); // recorded, with the dock still closed
    QVERIFY(!m_window->findChild<Gui::HistoryPanel *>());

    // A value this build does not know falls back to masking.
    settings.setValue(u"history/secrets"_s, 42);
    m_window->setSettings(&typed);
    QCOMPARE(m_store->recordOptions().secrets, Core::SecretStorage::Masked);

    // Showing the dock builds the panel, which reads the store and the same setting.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<Gui::HistoryPanel *>());
    QCOMPARE(child<QComboBox>("secretsCombo")->currentText(), u"Masked"_s);
    QCOMPARE(child<QTreeWidget>("historyList")->topLevelItemCount(), 1);
}

void tst_HistoryPanel::markedHeaderStaysSecret()
{
    auto *model = qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    const int row = model->addRow({true, u"X-Api-Key"_s, u"k-12345"_s, false});
    QCOMPARE(model->index(row, Core::HeaderTableModel::ValueColumn).data().toString(), u"k-12345"_s);
    model->setData(model->index(row, Core::HeaderTableModel::SecretColumn), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(model->index(row, Core::HeaderTableModel::ValueColumn).data().toString(), u"••••"_s);
    QCOMPARE(model->index(row, Core::HeaderTableModel::ValueColumn).data(Qt::EditRole).toString(),
             u"k-12345"_s);
    send(u"/start"_s);
    QCOMPARE(m_server->requests().first().header("X-Api-Key"), "k-12345"); // sent as typed
    child<QTreeView>("chainView")->setCurrentIndex(child<QTreeView>("chainView")->model()->index(0, 0));
    const QString requestView = child<QTextBrowser>("requestView")->toPlainText();
    QVERIFY2(!requestView.contains(u"k-12345"_s), qPrintable(requestView));
    QVERIFY(requestView.contains(u"X-Api-Key"_s));

    const auto stored = m_store->chain(m_store->list().first().id);
    QCOMPARE(Core::headerValue(stored->request.headers, "X-Api-Key"), "••••");
    QCOMPARE(stored->request.secretHeaders, QList<QByteArray>{"X-Api-Key"});
    QCOMPARE(Core::headerValue(stored->hops.at(1).requestHeaders, "X-Api-Key"), "••••");
    QVERIFY(m_window->exportHar(m_dir->filePath(u"secret.har"_s)));
    QFile har(m_dir->filePath(u"secret.har"_s));
    QVERIFY(har.open(QIODevice::ReadOnly));
    QVERIFY(!har.readAll().contains("k-12345"));
}

void tst_HistoryPanel::reopen(const std::function<void(Core::HistoryStore &)> &open)
{
    m_window.reset();
    m_store = std::make_unique<Core::HistoryStore>();
    open(*m_store);
    m_window = std::make_unique<Gui::MainWindow>(m_catalogue, &m_manager, m_store.get());
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
}

void tst_HistoryPanel::verifyBannerReadable()
{
    auto *notice = child<QLabel>("historyNotice");
    QTRY_VERIFY(notice->isVisible());
    QTRY_VERIFY2(notice->height() >= notice->heightForWidth(notice->width()), qPrintable(notice->text()));
    QCOMPARE(notice->visibleRegion().boundingRect().size(), notice->size());
    QVERIFY(notice->focusPolicy() & Qt::TabFocus); // reachable without a mouse
}

// A history kept "in full" holds URL passwords; the list shows them masked, as the console does.
void tst_HistoryPanel::listShowsUrlsMasked()
{
    Core::RecordOptions options = m_store->recordOptions();
    options.secrets = Core::SecretStorage::Plain;
    m_store->setRecordOptions(options);
    send(u"/ok"_s);
    auto *list = child<QTreeWidget>("historyList");
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    Core::ChainResult chain;
    QUrl url = m_server->url(u"/ok"_s);
    url.setUserInfo(u"ann:hunter22"_s);
    chain.request.url = url;
    chain.request.method = "GET\x1b[2J";
    chain.outcome = Core::ChainOutcome::Error;
    chain.error = Core::ChainError{Core::ErrorKind::Other, u"stored by hand"_s};
    QVERIFY(m_store->addChain(chain) > 0);
    m_window->historyPanel()->refresh();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *row = list->topLevelItem(0);
    QStringList texts;
    for (int column = 0; column < row->columnCount(); ++column)
        texts.append(row->text(column));
    const QString shown = texts.join(u" | "_s);
    QVERIFY2(!shown.contains(u"hunter22"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"ann"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(QChar(0x1b)), qPrintable(shown));
}

// A dock is narrow: today's chains show their time, older ones their date, the tool tip both, so
// the URL keeps most of the width.
void tst_HistoryPanel::timeColumnStaysNarrow()
{
    Core::ChainResult old;
    old.request.url = m_server->url(u"/ok"_s);
    old.outcome = Core::ChainOutcome::Complete;
    old.startedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);
    QVERIFY(m_store->addChain(old) > 0);
    send(u"/ok"_s);
    m_window->historyPanel()->refresh();
    auto *list = child<QTreeWidget>("historyList");
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *today = list->topLevelItem(0);
    const QTreeWidgetItem *earlier = list->topLevelItem(1);
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(earlier->text(0), QLocale().toString(old.startedAt.toLocalTime().date(), QLocale::ShortFormat));
    // The time alone, as the locale writes it short (a check for the year's two digits failed at
    // 01:26, when the time itself held "26").
    QVERIFY2(QLocale().toTime(today->text(0), QLocale::ShortFormat).isValid(), qPrintable(today->text(0)));
    QVERIFY2(!today->text(0).contains(QLocale().toString(now.date(), QLocale::ShortFormat)),
             qPrintable(today->text(0)));
    QCOMPARE(earlier->toolTip(0), QLocale().toString(old.startedAt.toLocalTime(), QLocale::LongFormat));
    QVERIFY(list->header()->sectionSize(0) < list->header()->sectionSize(3) || list->width() < 200);
}

// The panel is built only when its dock is shown: a write that fails while it is closed must still
// be said (in the status bar), never dropped.
void tst_HistoryPanel::fullDiskIsSaidWithThePanelClosed()
{
    m_window->findChild<QDockWidget *>(u"historyDock"_s)->hide();
    QVERIFY(m_store->capFileSize(0));
    m_server->route("/big", ScriptedServer::response(200, "OK", {}, QByteArray(64 * 1024, 'b')));
    send(u"/big"_s);
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.contains(u"History could not be written: the disk is full."_s), qPrintable(shown));
}

void tst_HistoryPanel::fullDiskIsSaidInTheBanner()
{
    m_window->resize(800, 600);
    m_server->route("/big", ScriptedServer::response(200, "OK", {}, QByteArray(64 * 1024, 'b')));
    QVERIFY(m_store->capFileSize(0)); // SQLite answers SQLITE_FULL from now on, as on a full disk
    auto *notice = child<QLabel>("historyNotice");
    QVERIFY(!notice->isVisible());
    send(u"/big"_s);
    QCOMPARE(m_window->requestConsole()->result().outcome,
             Core::ChainOutcome::Complete); // shown all the same
    verifyBannerReadable();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(notice->text().contains(u"History could not be written: the disk is full."_s),
             qPrintable(notice->text()));
    QVERIFY(!child<QPushButton>("retryHistoryButton")->isVisible());

    // Room again: the next chain is kept and the banner goes.
    QVERIFY(m_store->capFileSize(1000));
    send(u"/big"_s);
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(child<QTreeWidget>("historyList")->topLevelItemCount(), 1);
}

void tst_HistoryPanel::readOnlyHistoryIsShown()
{
    send(u"/ok"_s);
    send(u"/missing"_s);
    const QString path = m_store->path();
    m_window.reset();
    m_store.reset();
    {
        // Written by a later StatusScope: shown, never changed, never set aside.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"later"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"later"_s);
    reopen([&](Core::HistoryStore &store) { store.open(path); });
    QCOMPARE(m_store->state(), Core::HistoryStore::State::ReadOnly);
    verifyBannerReadable();
    if (QTest::currentTestFailed())
        return;
    auto *notice = child<QLabel>("historyNotice");
    QVERIFY2(
        notice->text().startsWith(u"History is read-only: the file was written by a newer StatusScope"_s),
        qPrintable(notice->text()));
    auto *list = child<QTreeWidget>("historyList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(child<QLineEdit>("historySearch")->isEnabled());
    for (const char *name :
         {"deleteHistoryButton", "clearHistoryButton", "renameSavedButton", "deleteSavedButton"})
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK"_s)); // opened as it was
    send(u"/ok"_s); // the console goes on; the chain is not kept
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({u"*.broken-*"_s}).isEmpty());
}

void tst_HistoryPanel::lockedHistoryIsTriedAgain()
{
    send(u"/ok"_s);
    const QString path = m_store->path();
    m_window.reset();
    m_store.reset();
    {
        // Another program holds a write lock on a rollback-journal file: not even reading is possible.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode=DELETE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"DELETE FROM saved_requests"_s));
    }
    reopen([&](Core::HistoryStore &store) {
        store.setBusyTimeout(100);
        store.open(path);
    });
    verifyBannerReadable();
    if (QTest::currentTestFailed())
        return;
    auto *notice = child<QLabel>("historyNotice");
    QVERIFY2(notice->text().contains(u"in use by another program"_s), qPrintable(notice->text()));
    auto *retry = child<QPushButton>("retryHistoryButton");
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->visibleRegion().boundingRect().size(), retry->size());
    QVERIFY(retry->focusPolicy() & Qt::TabFocus);

    {
        QSqlDatabase db = QSqlDatabase::database(u"holder"_s);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"COMMIT"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    retry->setFocus();
    QTest::keyClick(retry, Qt::Key_Space);
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(child<QTreeWidget>("historyList")->topLevelItemCount(), 1); // nothing was lost
    QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({u"*.broken-*"_s}).isEmpty());
}

void tst_HistoryPanel::unreadableEntrySaysWhy()
{
    send(u"/ok"_s);
    send(u"/missing"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE chains SET record = replace(record, '\"complete\"', '\"warped\"') "
                           u"WHERE id = (SELECT MIN(id) FROM chains)"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    m_window->historyPanel()->refresh();
    auto *list = child<QTreeWidget>("historyList");
    QCOMPARE(list->topLevelItemCount(), 2); // still listed
    list->setCurrentItem(list->topLevelItem(1));
    auto *hint = child<QLabel>("historyHint");
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"cannot be read: unknown outcome “warped”"_s), qPrintable(hint->text()));
    list->setCurrentItem(list->topLevelItem(0));
    QTRY_VERIFY(!hint->isVisible()); // the other entry opens as usual
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_historypanel.moc"
