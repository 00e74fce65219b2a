// SPDX-License-Identifier: MIT
// The application's control without a window: what the File and Tools commands do, the codes met
// and the messages, each a sentence worded in the language shown when it is read.
#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundserver.h"
#include "core/quiz/metcodes.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_AppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void codesMetAreOneListKeptInSettings();
    void messagesAreWordedWhenShown();
    void exportAndSaveSayWhy();
    void copyAsCurlMasksCredentials();
    void harIsOpenedOnAnotherThread();
    void tryLiveStartsThePlayground();
    void settingsReachTheHistoryStore();

private:
    // The last message the controller gave, with its sentence.
    struct Heard
    {
        Gui::AppController::Sentence sentence;
        int timeoutMs = -1;
    };
    static void listen(Gui::AppController &controller, Heard &heard)
    {
        connect(&controller, &Gui::AppController::message, &controller,
                [&heard](const Gui::AppController::Sentence &sentence, int timeoutMs) {
                    heard = {sentence, timeoutMs};
                });
    }

    std::optional<Core::StatusCatalogue> m_catalogue;
    QTemporaryDir m_dir;
};

void tst_AppController::initTestCase()
{
    m_catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(m_catalogue);
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
}

void tst_AppController::cleanup()
{
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void tst_AppController::codesMetAreOneListKeptInSettings()
{
    QSettings store(m_dir.filePath(u"met.ini"_s), QSettings::IniFormat);
    store.setValue(u"quiz/met"_s, u"301"_s);
    Core::Settings settings(&store);
    Gui::AppController controller(*m_catalogue);
    controller.setSettings(&settings);
    QCOMPARE(controller.metCodes()->codes(), QList<int>({301}));
    QSignalSpy changed(controller.metCodes(), &Core::MetCodes::changed);
    controller.noteCodeMet(404);
    controller.noteCodeMet(404);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.value(u"quiz/met"_s).toString(), u"301 404"_s);
    // The catalogue's "met N times" reads the same object: this session's counts only.
    QCOMPARE(controller.metCodes()->sessionCount(404), 2);
    QCOMPARE(controller.metCodes()->sessionCount(301), 0);

    // The quiz counts through the same settings.
    controller.quizProgress()->record(404, true);
    QCOMPARE(store.value(u"quiz/progress/404"_s).toString(), u"1/1"_s);
}

void tst_AppController::messagesAreWordedWhenShown()
{
    Gui::AppController controller(*m_catalogue);
    Heard heard;
    listen(controller, heard);
    QVERIFY(!controller.exportHar(m_dir.filePath(u"none.har"_s), {}));
    QVERIFY(heard.sentence);
    QCOMPARE(heard.sentence(), u"There is no chain to export yet: send a request first."_s);
    QCOMPARE(heard.timeoutMs, 10000);

    // The same message read after a switch to German is German.
    QSignalSpy language(&controller, &Gui::AppController::languageChanged);
    controller.setLanguage(u"de"_s);
    QCOMPARE(language.size(), 1);
    QCOMPARE(controller.language(), u"de"_s);
    QVERIFY2(!heard.sentence().startsWith(u"There is no chain"_s), qPrintable(heard.sentence()));
    controller.setLanguage(u"en"_s);
    QCOMPARE(heard.sentence(), u"There is no chain to export yet: send a request first."_s);
}

void tst_AppController::exportAndSaveSayWhy()
{
    Gui::AppController controller(*m_catalogue); // no history
    Heard heard;
    listen(controller, heard);
    Core::RequestSpec request;
    request.url = QUrl(u"https://example.org/x"_s);
    QSignalSpy saved(&controller, &Gui::AppController::requestSaved);
    QVERIFY(!controller.saveRequest(u"Shop"_s, u"Update"_s, request));
    QCOMPARE(heard.sentence(), u"History is off, so requests cannot be saved."_s);
    QVERIFY(!controller.saveRequest(u"Shop"_s, u"Update"_s, std::nullopt, u"the URL is empty"_s));
    QCOMPARE(heard.sentence(), u"The request cannot be saved: the URL is empty"_s);

    Core::HistoryStore history;
    history.open(m_dir.filePath(u"history.db"_s));
    Gui::AppController withHistory(*m_catalogue, &history);
    listen(withHistory, heard);
    QSignalSpy savedThere(&withHistory, &Gui::AppController::requestSaved);
    QVERIFY(withHistory.saveRequest(u"Shop"_s, u"Update"_s, request));
    QCOMPARE(savedThere.size(), 1);
    QCOMPARE(heard.sentence(), u"Saved “Update”."_s);
    QCOMPARE(history.savedRequests().size(), 1);

    // A chain is exported as HAR, credentials masked unless asked.
    Core::ChainResult chain;
    chain.request = request;
    Core::Hop hop;
    hop.method = "GET";
    hop.url = request.url;
    hop.status = 200;
    chain.hops.append(hop);
    const QString path = m_dir.filePath(u"out.har"_s);
    QVERIFY(withHistory.exportHar(path, chain));
    QCOMPARE(heard.sentence(), u"Saved the chain to %1 (credentials masked)."_s.arg(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(!withHistory.exportHar(m_dir.filePath(u"no/such/folder/out.har"_s), chain));
    QVERIFY(heard.sentence().startsWith(u"Could not save"_s));
}

void tst_AppController::copyAsCurlMasksCredentials()
{
    Gui::AppController controller(*m_catalogue);
    Heard heard;
    listen(controller, heard);
    Core::RequestSpec request;
    request.url = QUrl(u"https://example.org/item"_s);
    request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer s3cr3t")});
    QVERIFY(controller.copyRequestAsCurl(request));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"s3cr3t"_s));
    QVERIFY(heard.sentence().contains(u"masked"_s));
    QVERIFY(controller.copyRequestAsCurl(request, {}, true));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"s3cr3t"_s));
    QVERIFY(heard.sentence().contains(u"credentials included"_s));
    QVERIFY(!controller.copyRequestAsCurl(std::nullopt, u"no URL"_s));
    QCOMPARE(heard.sentence(), u"Nothing to copy: no URL"_s);
}

void tst_AppController::harIsOpenedOnAnotherThread()
{
    Gui::AppController controller(*m_catalogue);
    Heard heard;
    listen(controller, heard);
    QSignalSpy opened(&controller, &Gui::AppController::harOpened);
    QSignalSpy failed(&controller, &Gui::AppController::harFailed);
    QVERIFY(controller.openHar(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/chromium.har")));
    QVERIFY(!controller.openHar(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/chromium.har"))); // one at a time
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).toString(), u"chromium.har"_s);
    QVERIFY(heard.sentence().startsWith(u"chromium.har: 2 chains"_s));
    QVERIFY(controller.openHar(m_dir.filePath(u"nope.har"_s)));
    QVERIFY(failed.wait(10000));
    QVERIFY(heard.sentence().startsWith(u"nope.har cannot be opened"_s));
    QCOMPARE(opened.size(), 1);
}

void tst_AppController::tryLiveStartsThePlayground()
{
    Gui::AppController controller(*m_catalogue);
    QSignalSpy changed(&controller, &Gui::AppController::playgroundChanged);
    Core::RequestOptions options;
    options.maxRedirects = 3;
    // What the console holds for its own request stays out of the lesson's.
    options.network.proxy.mode = Core::ProxySetting::Mode::Manual;
    options.network.proxy.url = QUrl(u"http://proxy.example:3128"_s);
    options.network.auth.scheme = Core::AuthSetting::Scheme::Basic;
    options.network.auth.user = u"alice"_s;
    options.network.resolve.append({u"example.org"_s, 443, {u"203.0.113.7"_s}});
    const std::optional<Core::RequestSpec> redirect = controller.tryLiveRequest(303, options);
    QVERIFY(redirect);
    QVERIFY(controller.isPlaygroundRunning());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(redirect->method, QByteArray("POST")); // so what a 303 does to the method shows
    QVERIFY(redirect->hasBody);
    QCOMPARE(redirect->options.maxRedirects, 3);
    QCOMPARE(redirect->options.network.proxy.mode, Core::ProxySetting::Mode::None);
    QCOMPARE(redirect->options.network.auth.scheme, Core::AuthSetting::Scheme::None);
    QVERIFY(redirect->options.network.resolve.isEmpty());
    QCOMPARE(redirect->url.host(), u"127.0.0.1"_s);
    QCOMPARE(redirect->url.port(), controller.playground()->url().port());
    const std::optional<Core::RequestSpec> plain = controller.tryLiveRequest(404, options);
    QVERIFY(plain);
    QCOMPARE(plain->method, QByteArray("GET"));
    QCOMPARE(changed.size(), 1); // already running
    QVERIFY(controller.setPlaygroundRunning(false));
    QVERIFY(!controller.isPlaygroundRunning());
}

void tst_AppController::settingsReachTheHistoryStore()
{
    QSettings store(m_dir.filePath(u"policy.ini"_s), QSettings::IniFormat);
    store.setValue(u"history/secrets"_s, u"omitted"_s);
    Core::Settings settings(&store);
    Core::HistoryStore history;
    Gui::AppController controller(*m_catalogue, &history);
    controller.setSettings(&settings);
    QCOMPARE(history.recordOptions().secrets, Core::SecretStorage::Omitted);
}

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
