// SPDX-License-Identifier: MIT
// The console asking for a password Edit → Preferences names but no keychain gave (issue 15): a
// proxy's password after a restart without a keychain, asked once per session and carried to a
// scripted HTTP proxy, never written to the settings file; Cancel sends nothing and says so; a
// keychain that answers late is waited for, and one that does not answer in time gives way to
// the question; a PKCS#12 file's password asked for and opening the file.
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestsession.h"
#include "core/settings/settings.h"
#include "gui/auditview/auditpage.h"
#include "gui/console/requestconsole.h"
#include "gui/firstpaint.h"
#include "gui/mainwindow.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/secretdialog.h"
#include "gui/preferences/secretprompter.h"
#include "gui/preferences/secretstore.h"
#include "scriptedserver.h"
#include "testca.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

namespace {

// A keychain that answers only when the test says so, as a Secret Service still unlocking does at
// start-up. Its answers come from the event loop, as a real one's do.
class SlowKeychain final : public Gui::SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadDone done) override
    {
        m_waiting.append({key, context, std::move(done)});
    }
    void write(const QString &key, const QString &secret) override { m_kept.insert(key, secret); }
    bool isPersistent() const override { return true; }

    int waiting() const { return int(m_waiting.size()); }
    // Answers every read so far with what it keeps.
    void answer()
    {
        const QList<Waiting> waiting = std::exchange(m_waiting, {});
        for (const Waiting &read : waiting) {
            if (read.context)
                read.done(m_kept.value(read.key));
        }
    }
    QHash<QString, QString> m_kept;

private:
    struct Waiting
    {
        QString key;
        QPointer<QObject> context;
        ReadDone done;
    };
    QList<Waiting> m_waiting;
};

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString errorOf(const Core::ChainResult &result)
{
    return result.error ? result.error->message : QString();
}

// STATUSSCOPE_SCREENSHOTS=dir keeps what a state looks like, at 800×600 for a window.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STATUSSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    if (widget->isWindow() && !qobject_cast<QDialog *>(widget))
        widget->resize(800, 600);
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name);
}

QByteArray basic(const QByteArray &userAndPassword)
{
    return "Basic " + userAndPassword.toBase64();
}

} // namespace

class tst_SecretPrompter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutKeychainFirstSendAsksSecondDoesNot();
    void cancelSendsNothingAndSaysSo();
    void keychainIsAskedOnlyAfterTheFirstPaint();
    void keychainAnsweringLateIsWaitedFor();
    void keychainTooSlowGivesWayToTheQuestion();
    void waitForTheKeychainIsShownAndCancellable();
    void waitShownEndsWhenTheQuestionComes();
    void requestWithItsOwnProxyAsksNothing();
    void redirectIntoAProxiedHostAsksFirst();
    void pkcs12PasswordIsAskedAndOpensTheFile();
    void restoredRequestsOwnCertificatePasswordIsAskedOnce();
    void auditPageAsksOnceAndGoesThroughTheProxy();

private:
    // A window started as after a restart: the settings name the proxy and its user, and the
    // secret store (memory unless `secrets` is given) holds no password.
    void startWindow(Gui::SecretStore *secrets = nullptr);
    Gui::RequestConsole *console() { return m_window->requestConsole(); }
    bool send(const QString &url);
    void answer(const QString &password, bool ok = true, bool remember = true);
    QString inputError() const;
    QByteArray settingsBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Test::ScriptedServer> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void tst_SecretPrompter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Core::Settings>(m_store.get());
    // The scripted server plays an HTTP proxy: a plain http request through it names the whole
    // URL and carries Proxy-Authorization.
    m_proxy = std::make_unique<Test::ScriptedServer>();
    QVERIFY(m_proxy->listen());
    m_proxy->route("*", Test::ScriptedServer::response(200, "OK", {}, "via the proxy"));
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(m_proxy->origin());
    preferences.proxy.user = u"alice"_s;
    m_settings->setNetworkPreferences(preferences); // never a password: that is the point
    m_settings->sync();
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void tst_SecretPrompter::cleanup()
{
    m_window.reset();
    m_manager.reset();
    m_proxy.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_SecretPrompter::startWindow(Gui::SecretStore *secrets)
{
    m_window = std::make_unique<Gui::MainWindow>(
        *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr), m_manager.get());
    if (secrets)
        m_window->preferences()->setSecretStore(secrets);
    m_window->setSettings(m_settings.get());
    m_window->show();
}

bool tst_SecretPrompter::send(const QString &url)
{
    child<QLineEdit>(console(), "urlEdit")->setText(url);
    return console()->send();
}

void tst_SecretPrompter::answer(const QString &password, bool ok, bool remember)
{
    Gui::SecretDialog *dialog = m_window->secretPrompter()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto *edit = child<QLineEdit>(dialog, "secretEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, password);
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(remember);
    auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
    QTest::mouseClick(buttons->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel), Qt::LeftButton);
}

QString tst_SecretPrompter::inputError() const
{
    auto *label = child<QLabel>(m_window->requestConsole(), "inputErrorLabel");
    return label->isVisibleTo(m_window->requestConsole()) ? label->text() : QString();
}

QByteArray tst_SecretPrompter::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_SecretPrompter::withoutKeychainFirstSendAsksSecondDoesNot()
{
    startWindow();
    QVERIFY(send(u"http://statusscope-secrets.invalid/first"_s));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    Gui::SecretDialog *dialog = m_window->secretPrompter()->dialog();
    const QString question = child<QLabel>(dialog, "secretQuestion")->text();
    QVERIFY2(question.contains(m_proxy->origin()) && question.contains(u"alice"_s), qPrintable(question));
    QVERIFY(m_proxy->requests().isEmpty()); // nothing goes before the answer
    QVERIFY(!console()->isRunning());

    answer(u"pr0xy-pw"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().target, "http://statusscope-secrets.invalid/first"_ba);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:pr0xy-pw"));
    QTRY_VERIFY(!console()->isRunning());
    QCOMPARE(console()->result().hops.value(0).status, 200);

    // Asked once per session: the second send goes at once, with the same password.
    QVERIFY(send(u"http://statusscope-secrets.invalid/second"_s));
    QVERIFY(!m_window->secretPrompter()->dialog());
    QTRY_COMPARE(m_proxy->requests().size(), 2);
    QCOMPARE(m_proxy->requests().last().header("Proxy-Authorization"), basic("alice:pr0xy-pw"));
    QVERIFY(!m_window->secretPrompter()->dialog());

    // Kept in the secret store (memory here), never in the settings file.
    auto *memory = qobject_cast<Gui::MemorySecretStore *>(m_window->preferences()->secretStore());
    QVERIFY(memory);
    QCOMPARE(memory->peek(Gui::Preferences::proxyPasswordKey()), u"pr0xy-pw"_s);
    const QByteArray bytes = settingsBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("alice"));
    QVERIFY(!bytes.contains("pr0xy-pw"));
    QVERIFY(!bytes.contains(QByteArray("alice:pr0xy-pw").toBase64()));
}

void tst_SecretPrompter::cancelSendsNothingAndSaysSo()
{
    startWindow();
    QSignalSpy abandoned(console()->session(), &Core::RequestSession::sendAbandoned);
    QVERIFY(send(u"http://statusscope-secrets.invalid/cancelled"_s));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    answer(u"typed-then-cancelled"_s, false);
    QCOMPARE(abandoned.size(), 1);
    QVERIFY(!m_window->secretPrompter()->dialog());
    QVERIFY(!console()->isRunning());
    QVERIFY(!console()->session()->isWaitingForSecrets());
    QVERIFY2(inputError().startsWith(u"Nothing was sent: the password for the proxy "_s)
                 && inputError().contains(m_proxy->origin()),
             qPrintable(inputError()));
    QTRY_VERIFY(m_proxy->requests().isEmpty());
    // Nothing typed into a cancelled question is kept: the next send asks again.
    QVERIFY(send(u"http://statusscope-secrets.invalid/again"_s));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    answer(u"second-try"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:second-try"));
}

// As the application starts: the keychain is given to the preferences once the window has
// painted (D-Bus may take its time), and then read for the password the settings name.
void tst_SecretPrompter::keychainIsAskedOnlyAfterTheFirstPaint()
{
    SlowKeychain keychain;
    keychain.m_kept.insert(Gui::Preferences::proxyPasswordKey(), u"from-keychain"_s);
    m_window = std::make_unique<Gui::MainWindow>(
        *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr), m_manager.get());
    m_window->setSettings(m_settings.get());
    bool painted = false;
    Gui::afterFirstPaint(m_window.get(), [this, &keychain, &painted] {
        painted = true;
        m_window->preferences()->setSecretStore(&keychain);
    });
    QCOMPARE(keychain.waiting(), 0);
    m_window->show();
    QCOMPARE(keychain.waiting(), 0); // shown is not painted
    QTRY_VERIFY(painted);
    QCOMPARE(keychain.waiting(), 1); // the proxy's password, asked for once on screen
    QVERIFY(m_window->preferences()->current().proxy.password.isEmpty());
    keychain.answer();
    QTRY_COMPARE(m_window->preferences()->current().proxy.password, u"from-keychain"_s);
    QVERIFY(send(u"http://statusscope-secrets.invalid/after-paint"_s));
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:from-keychain"));
    QVERIFY(!m_window->secretPrompter()->dialog());
}

void tst_SecretPrompter::keychainAnsweringLateIsWaitedFor()
{
    SlowKeychain keychain;
    keychain.m_kept.insert(Gui::Preferences::proxyPasswordKey(), u"from-keychain"_s);
    startWindow(&keychain);
    QCOMPARE(keychain.waiting(), 1); // Preferences asked at start-up; no answer yet
    QVERIFY(send(u"http://statusscope-secrets.invalid/early"_s));
    QCOMPARE(keychain.waiting(), 2); // the send asks too, and waits, the window free meanwhile
    QVERIFY(console()->session()->isWaitingForSecrets());
    QCoreApplication::processEvents();
    QVERIFY(!m_window->secretPrompter()->dialog());
    QVERIFY(m_proxy->requests().isEmpty());

    keychain.answer();
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:from-keychain"));
    QVERIFY(!m_window->secretPrompter()->dialog()); // the keychain had it: nobody was asked
    QCOMPARE(m_window->preferences()->current().proxy.password, u"from-keychain"_s);
}

void tst_SecretPrompter::keychainTooSlowGivesWayToTheQuestion()
{
    SlowKeychain keychain;
    startWindow(&keychain);
    m_window->secretPrompter()->setKeychainTimeout(50);
    QVERIFY(send(u"http://statusscope-secrets.invalid/slow"_s));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    QVERIFY(m_proxy->requests().isEmpty());
    answer(u"typed-pw"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:typed-pw"));
    // "Remember" with a keychain: kept there for the next session.
    QCOMPARE(keychain.m_kept.value(Gui::Preferences::proxyPasswordKey()), u"typed-pw"_s);
    keychain.answer(); // the late answers change nothing more
    QTRY_VERIFY(!console()->isRunning());
    QCOMPARE(m_proxy->requests().size(), 1);
    QVERIFY(!m_window->secretPrompter()->dialog());

    // A keychain answering while the question is open ends it: its password is used.
    m_window->secretPrompter()->setKeychainTimeout(0);
    m_window->preferences()->save([this] {
        Core::NetworkPreferences preferences = m_window->preferences()->current();
        preferences.proxy.user = u"bob"_s; // another user: what was remembered is not his
        preferences.proxy.password.clear();
        return preferences;
    }());
    keychain.m_kept.insert(Gui::Preferences::proxyPasswordKey(), u"late-keychain"_s);
    QVERIFY(send(u"http://statusscope-secrets.invalid/late"_s));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    keychain.answer();
    QTRY_COMPARE(m_proxy->requests().size(), 2);
    QCOMPARE(m_proxy->requests().last().header("Proxy-Authorization"), basic("bob:late-keychain"));
    QTRY_VERIFY(!m_window->secretPrompter()->dialog());
}

void tst_SecretPrompter::waitForTheKeychainIsShownAndCancellable()
{
    SlowKeychain keychain;
    keychain.m_kept.insert(Gui::Preferences::proxyPasswordKey(), u"from-keychain"_s);
    startWindow(&keychain);
    const QString waiting = u"Waiting for the keychain for the proxy password…"_s;
    auto *cancel = child<QPushButton>(console(), "cancelButton");
    QVERIFY(!cancel->isEnabled());

    // Cancelled while it waits: nothing goes, even when the keychain answers afterwards.
    QVERIFY(send(u"http://statusscope-secrets.invalid/cancelled"_s));
    QVERIFY(console()->session()->isWaitingForSecrets());
    QVERIFY(cancel->isEnabled());
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), waiting);
    QSignalSpy abandoned(console()->session(), &Core::RequestSession::sendAbandoned);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(abandoned.size(), 1);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!console()->session()->isWaitingForSecrets());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Nothing was sent: the request was cancelled while its password was asked for."_s);

    // Waiting again; the keychain's answer sends it and the sentence goes.
    QVERIFY(send(u"http://statusscope-secrets.invalid/answered"_s));
    QVERIFY(cancel->isEnabled());
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), waiting);
    if (qEnvironmentVariableIsSet("STATUSSCOPE_SCREENSHOTS")) {
        m_window->findChild<QAction *>(u"consoleAction"_s)->trigger(); // as a user sees it
        saveScreenshot(m_window.get(), u"keychain-wait.png"_s);
    }
    QVERIFY(m_proxy->requests().isEmpty());
    keychain.answer();
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().target, "http://statusscope-secrets.invalid/answered"_ba);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:from-keychain"));
    QVERIFY(m_window->statusBar()->currentMessage() != waiting);
    QTRY_VERIFY(!console()->isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage() != waiting);
}

void tst_SecretPrompter::waitShownEndsWhenTheQuestionComes()
{
    SlowKeychain keychain; // never answers
    startWindow(&keychain);
    m_window->secretPrompter()->setKeychainTimeout(1500);
    const QString waiting = u"Waiting for the keychain for the proxy password…"_s;
    QVERIFY(send(u"http://statusscope-secrets.invalid/timed-out"_s));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), waiting);
    QVERIFY(!m_window->secretPrompter()->dialog());
    // Its time is up: the user is asked, and the status bar no longer says it waits.
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    QVERIFY(m_window->secretPrompter()->waitingSentence().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage() != waiting);
    answer(u"typed-pw"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:typed-pw"));
}

void tst_SecretPrompter::requestWithItsOwnProxyAsksNothing()
{
    startWindow();
    // The request's own "no proxy" wins over the preferences: their password is not needed.
    Core::RequestSpec straight;
    straight.url = m_proxy->url(u"/straight"_s);
    straight.options.network.proxy.mode = Core::ProxySetting::Mode::None;
    QVERIFY(console()->sendRequest(straight));
    QVERIFY(!console()->session()->isWaitingForSecrets());
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().target, "/straight"_ba);
    QVERIFY(!m_window->secretPrompter()->dialog());
}

// The first URL is excluded from the preferred proxy (--noproxy), but the chain may be redirected
// into a host that goes through it: the password is asked for before anything is sent, as the
// chain cannot stop halfway to ask (core's missingSecrets() looks at every hop the request may reach).
void tst_SecretPrompter::redirectIntoAProxiedHostAsksFirst()
{
    Test::ScriptedServer direct;
    QVERIFY(direct.listen());
    direct.route("/start", Test::ScriptedServer::redirect(302, "http://statusscope-secrets.invalid/landed"));
    Core::NetworkPreferences preferences = m_settings->networkPreferences();
    preferences.proxy.noProxy = {u"127.0.0.1"_s};
    m_settings->setNetworkPreferences(preferences);
    startWindow();

    // Without following redirects only the excluded host is reached: nothing is asked.
    child<QCheckBox>(console(), "followCheck")->setChecked(false);
    QVERIFY(send(direct.url(u"/start"_s).toString()));
    QVERIFY(!console()->session()->isWaitingForSecrets());
    QTRY_COMPARE(direct.requests().size(), 1);
    QTRY_VERIFY(!console()->isRunning());
    QVERIFY(!m_window->secretPrompter()->dialog());

    child<QCheckBox>(console(), "followCheck")->setChecked(true);
    QVERIFY(send(direct.url(u"/start"_s).toString()));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    QCOMPARE(direct.requests().size(), 1); // nothing more before the answer
    answer(u"redirect-pw"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(direct.requests().size(), 2);
    QCOMPARE(direct.requests().last().header("Proxy-Authorization"), QByteArray()); // never to a server
    QCOMPARE(m_proxy->requests().first().target, "http://statusscope-secrets.invalid/landed"_ba);
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), basic("alice:redirect-pw"));
    QTRY_VERIFY(!console()->isRunning());
    QCOMPARE(console()->result().hops.size(), 2);
}

void tst_SecretPrompter::pkcs12PasswordIsAskedAndOpensTheFile()
{
    if (!Test::TestCa::available())
        QSKIP("openssl is not installed (./dev installs it): no PKCS#12 file to try");
    Test::TestCa ca(m_dir->filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const QString p12 = ca.pkcs12(ca.client(u"bob"_s), u"p12-right"_s);
    QVERIFY2(!p12.isEmpty(), qPrintable(ca.error()));
    Core::NetworkPreferences preferences; // no proxy this time
    Core::ClientCertificateRule rule;
    rule.hostPattern = u"127.0.0.1"_s;
    rule.certificate.clientCertificate = p12;
    rule.certificate.certificateType = Core::TlsSetting::CertificateType::Pkcs12;
    preferences.clientCertificates.append(rule);
    m_settings->setNetworkPreferences(preferences);
    startWindow();

    // The engine opens the certificate before any request: without the password nothing would go.
    QVERIFY(send(m_proxy->url(u"/with-certificate"_s).toString()));
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    const QString question = child<QLabel>(m_window->secretPrompter()->dialog(), "secretQuestion")->text();
    QVERIFY2(question.contains(QFileInfo(p12).fileName()), qPrintable(question));
    // A wrong password is tried on the file and refused in the dialog, which stays open: it would
    // otherwise be remembered for the session and fail every send.
    answer(u"p12-wrong"_s);
    Gui::SecretDialog *dialog = m_window->secretPrompter()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *problem = child<QLabel>(dialog, "secretProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(!problem->text().isEmpty(), qPrintable(problem->text()));
    QCOMPARE(m_proxy->requests().size(), 0);
    child<QLineEdit>(dialog, "secretEdit")->clear();
    answer(u"p12-right"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QTRY_VERIFY(!console()->isRunning());
    const auto &error = console()->result().error;
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QVERIFY(!settingsBytes().contains("p12-right"));
}

// A request restored from history, a saved request or the last request names its own client
// certificate (curl's --cert/--pass) but never keeps the password: it is asked for before the
// request goes, once per session, instead of the engine's "cannot open the key".
void tst_SecretPrompter::restoredRequestsOwnCertificatePasswordIsAskedOnce()
{
    if (!Test::TestCa::available())
        QSKIP("openssl is not installed (./dev installs it): no PKCS#12 file to try");
    Test::TestCa ca(m_dir->filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const QString p12 = ca.pkcs12(ca.client(u"carol"_s), u"own-right"_s);
    QVERIFY2(!p12.isEmpty(), qPrintable(ca.error()));
    m_settings->setNetworkPreferences({}); // no proxy, no preferred certificate
    startWindow();

    Core::RequestSpec restored;
    restored.url = m_proxy->url(u"/own-certificate"_s);
    restored.options.network.tls.clientCertificate = p12;
    restored.options.network.tls.certificateType = Core::TlsSetting::CertificateType::Pkcs12;
    console()->applyRequest(restored); // as Run again or a saved request fills the form
    QVERIFY(console()->send());
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    QVERIFY(console()->session()->isWaitingForSecrets());
    Gui::SecretDialog *dialog = m_window->secretPrompter()->dialog();
    const QString question = child<QLabel>(dialog, "secretQuestion")->text();
    QVERIFY2(question.contains(QFileInfo(p12).fileName()) && question.contains(u"this request"_s),
             qPrintable(question));
    saveScreenshot(dialog, u"request-certificate-password.png"_s);
    m_window->findChild<QAction *>(u"consoleAction"_s)->trigger();
    saveScreenshot(m_window.get(), u"request-certificate-password-window.png"_s);
    // A wrong password is refused in the dialog, on the file, before anything goes.
    answer(u"own-wrong"_s);
    QVERIFY(m_window->secretPrompter()->dialog() == dialog && dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "secretProblem")->isVisible());
    QCOMPARE(m_proxy->requests().size(), 0);
    child<QLineEdit>(dialog, "secretEdit")->clear();
    answer(u"own-right"_s);
    QTRY_COMPARE(m_proxy->requests().size(), 1);
    QTRY_VERIFY(!console()->isRunning());
    QVERIFY2(!console()->result().error, qPrintable(errorOf(console()->result())));
    QCOMPARE(console()->result().hops.value(0).status, 200);

    // Restored again (Run again): the password typed this session opens it, nobody is asked.
    console()->applyRequest(restored);
    QVERIFY(console()->send());
    QTRY_COMPARE(m_proxy->requests().size(), 2);
    QVERIFY(!m_window->secretPrompter()->dialog());
    QTRY_VERIFY(!console()->isRunning());
    QVERIFY2(!console()->result().error, qPrintable(errorOf(console()->result())));
    QVERIFY(!settingsBytes().contains("own-right"));

    // Cancel sends nothing and names the file.
    const QString other = ca.pkcs12(ca.client(u"dave"_s), u"dave-pw"_s);
    QVERIFY2(!other.isEmpty(), qPrintable(ca.error()));
    restored.options.network.tls.clientCertificate = other;
    console()->applyRequest(restored);
    QVERIFY(console()->send());
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    answer(QString(), false);
    QVERIFY2(inputError().contains(QFileInfo(other).fileName()), qPrintable(inputError()));
    QCOMPARE(m_proxy->requests().size(), 2);
}

// The window's Audit page runs with the preferences too: the proxy's password is asked for once,
// before any source is sent, every check goes through the proxy, and the answer then serves the
// console and the next audit without a question.
void tst_SecretPrompter::auditPageAsksOnceAndGoesThroughTheProxy()
{
    startWindow();
    Gui::AuditPage *page = m_window->auditPage();
    QSignalSpy finished(page, &Gui::AuditPage::runFinished);
    page->setInputText(u"http://statusscope-secrets.invalid/a\nhttp://statusscope-secrets.invalid/b\n"_s);
    QVERIFY(page->start());
    QTRY_VERIFY(m_window->secretPrompter()->dialog());
    QVERIFY(m_proxy->requests().isEmpty());
    QVERIFY(page->isWaitingForSecrets());
    answer(u"pr0xy-pw"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(page->summary().sources, 2);
    QCOMPARE(m_proxy->requests().size(), 2);
    for (const Test::ScriptedServer::Request &request : m_proxy->requests()) {
        QVERIFY(request.target.startsWith("http://statusscope-secrets.invalid/"));
        QCOMPARE(request.header("Proxy-Authorization"), basic("alice:pr0xy-pw"));
    }

    QVERIFY(page->start());
    QVERIFY(!m_window->secretPrompter()->dialog());
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_proxy->requests().size(), 4);
    QVERIFY(send(u"http://statusscope-secrets.invalid/console"_s));
    QVERIFY(!m_window->secretPrompter()->dialog());
    QTRY_COMPARE(m_proxy->requests().size(), 5);
    QCOMPARE(m_proxy->requests().last().header("Proxy-Authorization"), basic("alice:pr0xy-pw"));
}

QTEST_MAIN(tst_SecretPrompter)
#include "tst_secretprompter.moc"
