// SPDX-License-Identifier: MIT
// The request form's Options tab, network part (issue 15): the proxy override, the pinned
// addresses, the HTTP version and the authentication, typed like a user does; what they put in the
// request and what a scripted server on 127.0.0.1 receives; the secrets kept out of the settings and
// the history, and asked for again when a restored request lacks them.
#include "bracketlanguage.h"
#include "composertest.h"
#include "core/history/historystore.h"
#include "core/requests/headertablemodel.h"
#include "core/settings/settings.h"
#include "gui/console/pintablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_NetworkOptionsEditor : public Test::ComposerTest
{
    Q_OBJECT

private Q_SLOTS:
    void preferencesLeaveTheDefaults();
    void typedNetworkOptionsFillTheRequest();
    void badNetworkOptionsAreRefusedWithASentence();
    void proxyOverrideReachesTheServer();
    void importedOptionsWithoutAFieldAreNamed();
    void typedSecretsStayOutOfSettingsAndHistory();
    void networkTextsFollowTheLanguage();
    void restoredRequestAsksForThePasswordAgain();
    void restoredTokenAndProxyPasswordAreAskedForToo();
    void importedCookieFileGoesWithTheRequest();
    void importedCookiesAreListedAndEditable();

private:
    Gui::PinTableModel *pins() const
    {
        return qobject_cast<Gui::PinTableModel *>(child<QTableView>("pinsView")->model());
    }
    // Types into a line edit as a user does: focus, select what is there, type.
    void typeInto(const char *name, const QString &text) const
    {
        auto *edit = child<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    // Adds a pin row with its button and types its cells, Tab going from one to the next.
    void typePin(const char *button, const QStringList &cells) const
    {
        QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier); // the Options tab in front
        child<QPushButton>(button)->click();
        for (const QString &cell : cells) {
            QTRY_VERIFY(QApplication::focusWidget());
            QTest::keyClicks(QApplication::focusWidget(), cell);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
    }
    QString inputError() const
    {
        auto *label = child<QLabel>("inputErrorLabel");
        return label->isVisible() ? label->text() : QString();
    }
    // Every byte under `folder`, the database and its journal files included.
    static QByteArray allBytes(const QString &folder)
    {
        QByteArray bytes;
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
};

// Left at "Use Preferences", the request's network options stay at their defaults, so the
// preferences the session merges apply; nothing is sent with credentials nobody typed.
void tst_NetworkOptionsEditor::preferencesLeaveTheDefaults()
{
    setUrl(u"/ok"_s);
    QString error;
    const std::optional<Core::RequestSpec> request = m_composer->request(&error);
    QVERIFY2(request, qPrintable(error));
    const Core::NetworkOptions &network = request->options.network;
    QCOMPARE(network.proxy.mode, Core::ProxySetting::Mode::System);
    QVERIFY(network.resolve.isEmpty() && network.connectTo.isEmpty());
    QCOMPARE(network.httpVersion, Core::HttpVersion::Default);
    QCOMPARE(network.auth.scheme, Core::AuthSetting::Scheme::None);
    QVERIFY(!child<QLabel>("carriedLabel")->isVisible());
    QVERIFY(!child<QLineEdit>("proxyUserEdit")->isVisible()); // no proxy typed: no credentials asked
    QVERIFY(!child<QLineEdit>("authUserEdit")->isVisible());
}

void tst_NetworkOptionsEditor::typedNetworkOptionsFillTheRequest()
{
    setUrl(u"/ok"_s);
    QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier);
    auto *proxy = child<QComboBox>("proxyCombo");
    proxy->setCurrentIndex(2);
    QVERIFY(child<QLineEdit>("proxyUserEdit")->isVisible());
    typeInto("proxyUrlEdit", u"socks5h://127.0.0.1:1080"_s);
    typeInto("proxyUserEdit", u"pu"_s);
    typeInto("proxyPasswordEdit", u"proxy-secret"_s);
    QCOMPARE(child<QLineEdit>("proxyPasswordEdit")->echoMode(), QLineEdit::Password);
    typePin("addResolveButton", {u"api.example"_s, u"443"_s, u"127.0.0.1, ::1"_s});
    typePin("addConnectToButton", {QString(), u"80"_s, u"staging.example"_s, u"8080"_s});
    child<QComboBox>("httpVersionCombo")->setCurrentIndex(3);
    // Reached by its letter, as a keyboard user does: Alt+C, then the choice.
    QTest::keyClick(m_composer, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(child<QComboBox>("authCombo")->hasFocus());
    child<QComboBox>("authCombo")->setCurrentIndex(2); // Digest
    typeInto("authUserEdit", u"alice"_s);
    typeInto("authSecretEdit", u"auth-secret"_s);
    QCOMPARE(child<QLineEdit>("authSecretEdit")->echoMode(), QLineEdit::Password);

    QString error;
    const std::optional<Core::RequestSpec> request = m_composer->request(&error);
    QVERIFY2(request, qPrintable(error));
    QVERIFY2(inputError().isEmpty(), qPrintable(inputError()));
    const Core::NetworkOptions &network = request->options.network;
    QCOMPARE(network.proxy.mode, Core::ProxySetting::Mode::Manual);
    QCOMPARE(network.proxy.url, QUrl(u"socks5h://127.0.0.1:1080"_s));
    QCOMPARE(network.proxy.user, u"pu"_s);
    QCOMPARE(network.proxy.password, u"proxy-secret"_s);
    QCOMPARE(network.resolve.size(), 1);
    QCOMPARE(network.resolve.first().host, u"api.example"_s);
    QCOMPARE(network.resolve.first().port, 443);
    QCOMPARE(network.resolve.first().addresses, (QStringList{u"127.0.0.1"_s, u"::1"_s}));
    QCOMPARE(network.connectTo.size(), 1);
    QCOMPARE(network.connectTo.first().host, QString());
    QCOMPARE(network.connectTo.first().port, 80);
    QCOMPARE(network.connectTo.first().toHost, u"staging.example"_s);
    QCOMPARE(network.connectTo.first().toPort, 8080);
    QCOMPARE(network.httpVersion, Core::HttpVersion::Http2PriorKnowledge);
    QCOMPARE(network.auth.scheme, Core::AuthSetting::Scheme::Digest);
    QCOMPARE(network.auth.user, u"alice"_s);
    QCOMPARE(network.auth.password, u"auth-secret"_s);

    // The options that outlive the request keep all of it but the secrets.
    const Core::NetworkOptions kept = m_composer->options().network;
    QCOMPARE(kept.proxy.user, u"pu"_s);
    QVERIFY(kept.proxy.password.isEmpty() && kept.auth.password.isEmpty());
    QCOMPARE(kept.resolve.size(), 1);

    // And they come back into the fields as they were.
    Core::RequestSpec again = *request;
    again.options.network.auth = {Core::AuthSetting::Scheme::Bearer, {}, {}, u"tok"_s};
    m_composer->applyRequest(again);
    QVERIFY(!child<QLineEdit>("authUserEdit")->isVisible());
    QCOMPARE(child<QLineEdit>("authSecretEdit")->text(), u"tok"_s);
    QCOMPARE(pins()->rowCount(), 2);
    const std::optional<Core::RequestSpec> back = m_composer->request(&error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->options.network.auth.token, u"tok"_s);
    QCOMPARE(back->options.network.connectTo.first().toPort, 8080);
    QCOMPARE(back->options.network.proxy.password, u"proxy-secret"_s);
}

// Each mistake is marked as it is typed, with the sentence check would give, and nothing is sent.
void tst_NetworkOptionsEditor::badNetworkOptionsAreRefusedWithASentence()
{
    setUrl(u"/ok"_s);
    typePin("addResolveButton", {u"api.example"_s, u"https"_s, u"127.0.0.1"_s});
    QVERIFY2(inputError().contains(u"“https” is not a port from 1 to 65535."_s), qPrintable(inputError()));
    QVERIFY(!pins()->index(0, 0).data(Gui::PinTableModel::ErrorRole).toString().isEmpty());
    QVERIFY(!sendComposed());
    pins()->setData(pins()->index(0, Gui::PinTableModel::PortColumn), u"443"_s);
    QVERIFY2(inputError().isEmpty(), qPrintable(inputError()));
    pins()->setData(pins()->index(0, Gui::PinTableModel::TargetColumn), u"host.example"_s);
    QVERIFY2(inputError().contains(u"“host.example” is not an IP address."_s), qPrintable(inputError()));
    child<QTableView>("pinsView")->setCurrentIndex(pins()->index(0, 1));
    child<QPushButton>("removePinButton")->click();
    QVERIFY(inputError().isEmpty());

    child<QComboBox>("proxyCombo")->setCurrentIndex(2);
    QVERIFY2(inputError().contains(u"Type the proxy's address"_s), qPrintable(inputError()));
    typeInto("proxyUrlEdit", u"https://proxy.example:3128"_s);
    QVERIFY2(inputError().contains(u"over TLS"_s), qPrintable(inputError()));
    child<QComboBox>("proxyCombo")->setCurrentIndex(1);
    QVERIFY(inputError().isEmpty());

    child<QComboBox>("authCombo")->setCurrentIndex(1);
    QVERIFY2(inputError().contains(u"Basic authentication needs a user name"_s), qPrintable(inputError()));
    child<QComboBox>("authCombo")->setCurrentIndex(4);
    QVERIFY2(inputError().contains(u"needs a token"_s), qPrintable(inputError()));
    QVERIFY(!sendComposed());
    typeInto("authSecretEdit", u"tok"_s);
    QVERIFY(inputError().isEmpty());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Authorization"), "Bearer tok"_ba);
}

// A proxy typed for this request is the one the request goes through, with its credentials.
void tst_NetworkOptionsEditor::proxyOverrideReachesTheServer()
{
    // The scripted server plays the proxy: a plain http request reaches it whole.
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "through the proxy"));
    m_composer->setUrl(u"http://nowhere.invalid/a"_s);
    child<QComboBox>("proxyCombo")->setCurrentIndex(2);
    typeInto("proxyUrlEdit", m_server->origin());
    typeInto("proxyUserEdit", u"pu"_s);
    typeInto("proxyPasswordEdit", u"proxy-secret"_s);
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, "http://nowhere.invalid/a"_ba);
    QCOMPARE(m_session->result().hops.first().route.proxy, m_server->origin());
}

// What an imported command set that the tab has no field for is named, kept and can be dropped.
void tst_NetworkOptionsEditor::importedOptionsWithoutAFieldAreNamed()
{
    QVERIFY(m_composer->importCurl(u"curl --cacert /etc/company-ca.pem --pass key-secret --noproxy .internal "
                                   u"-u alice:pw --resolve a:443:127.0.0.1 "
                                   "--tls-max 1.2 https://a/"_s));
    QVERIFY2(inputError().isEmpty(), qPrintable(inputError())); // applied, not listed as left out
    auto *carried = child<QLabel>("carriedLabel");
    QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(carried->isVisible());
    QVERIFY2(carried->text().contains(u"--cacert /etc/company-ca.pem"_s)
                 && carried->text().contains(u"--noproxy .internal"_s)
                 && carried->text().contains(u"--tls-max 1.2"_s),
             qPrintable(carried->text()));
    QVERIFY2(!carried->text().contains(u"key-secret"_s), qPrintable(carried->text()));
    QString error;
    std::optional<Core::RequestSpec> request = m_composer->request(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->options.network.tls.caFiles, QStringList{u"/etc/company-ca.pem"_s});
    QCOMPARE(request->options.network.tls.passphrase, u"key-secret"_s);
    QCOMPARE(request->options.network.auth.user, u"alice"_s);
    QCOMPARE(request->options.network.resolve.size(), 1);
    QCOMPARE(request->options.network.tls.mostVersion, Core::TlsSetting::Version::Tls1_2);

    child<QPushButton>("dropCarriedButton")->click();
    QVERIFY(!carried->isVisible());
    request = m_composer->request(&error);
    QVERIFY(request->options.network.tls.caFiles.isEmpty()
            && request->options.network.proxy.noProxy.isEmpty());
    QCOMPARE(request->options.network.tls.mostVersion, Core::TlsSetting::Version::Default);
    QCOMPARE(request->options.network.resolve.size(), 1); // the fields stay
}

// The passwords and the token typed here reach the engine and nothing else: not the settings
// file (the last request and the options it keeps), not the history database nor a saved request.
void tst_NetworkOptionsEditor::typedSecretsStayOutOfSettingsAndHistory()
{
    const QList<QByteArray> secrets{"proxy-secret",
                                    "auth-secret",
                                    "bearer-secret",
                                    "pu:proxy-secret",
                                    QByteArray("pu:proxy-secret").toBase64(),
                                    QByteArray("alice:auth-secret").toBase64()};
    const auto found = [&secrets](const QByteArray &bytes) {
        QStringList hits;
        for (const QByteArray &secret : secrets) {
            if (bytes.contains(secret))
                hits.append(QString::fromLatin1(secret));
        }
        return hits.join(u", "_s);
    };
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    m_session->setHistory(&history);
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "fine"));

    // Through a proxy with its password, Basic up front with a password, then a Bearer token.
    m_composer->setUrl(u"http://nowhere.invalid/a"_s);
    child<QComboBox>("proxyCombo")->setCurrentIndex(2);
    typeInto("proxyUrlEdit", m_server->origin());
    typeInto("proxyUserEdit", u"pu"_s);
    typeInto("proxyPasswordEdit", u"proxy-secret"_s);
    child<QComboBox>("authCombo")->setCurrentIndex(1);
    typeInto("authUserEdit", u"alice"_s);
    typeInto("authSecretEdit", u"auth-secret"_s);
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    // They did go out: the test would prove nothing otherwise.
    QVERIFY(m_server->requests().first().raw.contains(QByteArray("alice:auth-secret").toBase64()));

    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings settings(&store);
    QString error;
    std::optional<Core::RequestSpec> request = m_composer->request(&error);
    QVERIFY2(request, qPrintable(error));
    settings.setLastRequest(*request);
    settings.setRequestOptions(m_composer->options());
    QVERIFY(history.saveRequest(u"work"_s, u"with secrets"_s, *request) > 0);

    child<QComboBox>("authCombo")->setCurrentIndex(4);
    typeInto("authSecretEdit", u"bearer-secret"_s);
    m_composer->setUrl(m_server->url(u"/b"_s).toString()); // Bearer goes to the typed origin only
    child<QComboBox>("proxyCombo")->setCurrentIndex(1);
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QVERIFY(m_server->requests().last().raw.contains("Bearer bearer-secret"));
    request = m_composer->request(&error);
    QVERIFY(request);
    settings.setLastRequest(*request);
    settings.setRequestOptions(m_composer->options());
    QVERIFY(history.saveRequest(u"work"_s, u"with a token"_s, *request) > 0);
    store.sync();
    m_session->setHistory(nullptr);
    history.close();

    QCOMPARE(history.chainCount(), 0); // closed; the file is what counts
    QFile ini(dir.filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY2(text.contains("lastRequest"), text.constData());
    QVERIFY2(found(text).isEmpty(),
             qPrintable(found(text) + u" in the settings file:\n"_s + QString::fromUtf8(text)));
    QFile::remove(dir.filePath(u"settings.ini"_s));
    const QByteArray database = allBytes(dir.path());
    QVERIFY(database.contains("nowhere.invalid")); // the chains are there
    QVERIFY2(found(database).isEmpty(), qPrintable(found(database) + u" in the history database"_s));
}

void tst_NetworkOptionsEditor::networkTextsFollowTheLanguage()
{
    QVERIFY(m_composer->importCurl(u"curl --cacert ca.pem https://h/"_s));
    child<QComboBox>("authCombo")->setCurrentIndex(4);
    const auto texts = [this] {
        return QStringList{child<QComboBox>("proxyCombo")->itemText(0),
                           child<QComboBox>("httpVersionCombo")->itemText(1),
                           child<QComboBox>("authCombo")->itemText(3),
                           child<QLabel>("authLabel")->text(),
                           child<QLabel>("pinsLabel")->text(),
                           child<QLabel>("carriedLabel")->text(),
                           child<QLineEdit>("authSecretEdit")->placeholderText(),
                           pins()->headerData(Gui::PinTableModel::TargetColumn, Qt::Horizontal).toString()};
    };
    QVERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    Test::BracketLanguage brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(Test::allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QCOMPARE(child<QComboBox>("authCombo")->currentIndex(), 4); // the choice stays
    QCoreApplication::removeTranslator(&brackets);
    QTRY_VERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
}

// A request re-run from the history comes back with its scheme and user but without the password,
// which was not stored: the form says so beside an empty field and refuses to send it without
// credentials; typed again, it goes out with them.
void tst_NetworkOptionsEditor::restoredRequestAsksForThePasswordAgain()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    m_session->setHistory(&history);
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "fine"));
    setUrl(u"/account"_s);
    child<QComboBox>("authCombo")->setCurrentIndex(1); // Basic
    typeInto("authUserEdit", u"alice"_s);
    typeInto("authSecretEdit", u"auth-secret"_s);
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    m_session->setHistory(nullptr);
    const QByteArray credentials = "Basic " + QByteArray("alice:auth-secret").toBase64();
    QCOMPARE(m_server->requests().first().header("Authorization"), credentials);

    const std::optional<Core::ChainResult> stored = history.chain(history.list().first().id);
    QVERIFY(stored);
    m_composer->applyRequest(stored->request); // as the history's Run again does
    QCOMPARE(child<QTabWidget>("composeTabs")->currentWidget(), child<QWidget>("optionsTab"));
    QCOMPARE(child<QComboBox>("authCombo")->currentIndex(), 1);
    QVERIFY(child<QLineEdit>("authUserEdit")->isVisible());
    QCOMPARE(child<QLineEdit>("authUserEdit")->text(), u"alice"_s);
    QVERIFY(child<QLineEdit>("authSecretEdit")->isVisible());
    QVERIFY(child<QLineEdit>("authSecretEdit")->text().isEmpty());
    QCOMPARE(inputError(), u"Type the password again: it was not stored."_s);
    QString error;
    QVERIFY(!m_composer->request(&error));
    QCOMPARE(error, u"Type the password again: it was not stored."_s);
    QVERIFY(!sendComposed());
    QCOMPARE(m_server->requests().size(), 1); // nothing went out without credentials
    // What the settings keep at quit is still there, edits included: no password is kept anyway.
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/account/edited"_s).toString());
    const std::optional<Core::RequestSpec> kept = m_composer->requestToKeep(&error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->url.path(), u"/account/edited"_s);
    QCOMPARE(kept->options.network.auth.user, u"alice"_s);
    QVERIFY(kept->options.network.auth.password.isEmpty());
    setUrl(u"/account"_s);

    typeInto("authSecretEdit", u"auth-secret"_s);
    QVERIFY2(inputError().isEmpty(), qPrintable(inputError()));
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().header("Authorization"), credentials);

    // A password left empty on purpose: an edit of the field, even one that empties it, answers.
    m_composer->applyRequest(stored->request);
    QVERIFY(!inputError().isEmpty());
    typeInto("authSecretEdit", u"x"_s);
    QTest::keyClick(child<QLineEdit>("authSecretEdit"), Qt::Key_Backspace);
    QVERIFY2(m_composer->request(&error), qPrintable(error));

    // A curl command typed with -u and no password is the user's own choice: nothing to ask.
    QVERIFY(m_composer->importCurl(u"curl -u alice: https://h/"_s));
    QVERIFY2(m_composer->request(&error), qPrintable(error));
}

// The same for a saved request with a Bearer token, and for the options kept in the settings with
// a proxy user: whatever the settings, the history or the saved request did not keep is asked for.
void tst_NetworkOptionsEditor::restoredTokenAndProxyPasswordAreAskedForToo()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    Core::RequestSpec bearer;
    bearer.url = m_server->url(u"/b"_s);
    bearer.options.network.auth.scheme = Core::AuthSetting::Scheme::Bearer;
    bearer.options.network.auth.token = u"bearer-secret"_s;
    QVERIFY(history.saveRequest(u"work"_s, u"token"_s, bearer) > 0);
    m_composer->applyRequest(history.savedRequests().first().request);
    QCOMPARE(child<QComboBox>("authCombo")->currentIndex(), 4);
    QCOMPARE(inputError(), u"Type the token again: it was not stored."_s);
    QVERIFY(!sendComposed());
    QCOMPARE(m_server->requests().size(), 0);

    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings settings(&store);
    Core::RequestOptions options;
    options.network.proxy.mode = Core::ProxySetting::Mode::Manual;
    options.network.proxy.url = QUrl(m_server->origin());
    options.network.proxy.user = u"pu"_s;
    options.network.proxy.password = u"proxy-secret"_s;
    settings.setRequestOptions(options);
    m_composer->setUrl(u"http://nowhere.invalid/a"_s);
    m_composer->setOptions(*settings.requestOptions()); // as the window does at start
    QCOMPARE(child<QComboBox>("proxyCombo")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>("proxyUserEdit")->text(), u"pu"_s);
    QCOMPARE(inputError(), u"Type the proxy's password again: it was not stored."_s);
    QVERIFY(!sendComposed());
    QCOMPARE(m_server->requests().size(), 0);
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "through the proxy"));
    typeInto("proxyPasswordEdit", u"proxy-secret"_s);
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QCOMPARE(m_server->requests().first().header("Proxy-Authorization"),
             "Basic " + QByteArray("pu:proxy-secret").toBase64());
}

// curl -b FILE: the file's cookies reach the server they belong to; -c is named as not applied.
void tst_NetworkOptionsEditor::importedCookieFileGoesWithTheRequest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cookies.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tabc123\n");
    file.close();
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "fine"));
    QVERIFY(m_composer->importCurl(
        u"curl -b %1 -c %2 %3"_s.arg(path, dir.filePath(u"jar.txt"_s), m_server->url(u"/c"_s).toString())));
    const QString notes = child<QLabel>("importNoticeLabel")->property("fullText").toString();
    QVERIFY2(notes.contains(u"-c "_s) && notes.contains(u"jar.txt"_s), qPrintable(notes));
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().first().header("Cookie"), "session=abc123");
    // Never kept: the options the settings keep have no cookie.
    QVERIFY(m_composer->options().cookies.isEmpty());
}

// curl -b FILE: the file's cookies for the request's URL become its Cookie row, where they are seen
// and edited; those for other hosts or paths stay with the request, named on the Options tab
// (never their values), and go where the chain reaches them.
void tst_NetworkOptionsEditor::importedCookiesAreListedAndEditable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cookies.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tabc123\n"
               "127.0.0.1\tFALSE\t/other\tFALSE\t0\tdeeper\tpath-only\n"
               ".statusscope-elsewhere.invalid\tTRUE\t/\tFALSE\t0\tfar\tfar-value\n");
    file.close();
    m_server->route("/c", ScriptedServer::redirect(302, "/other/page"));
    m_server->route("/other/page", ScriptedServer::response(200, "OK", {}, "fine"));
    QVERIFY(m_composer->importCurl(
        u"curl -L -H 'X-Before: 1' -b %1 %2"_s.arg(path, m_server->url(u"/c"_s).toString())));

    auto *model = qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    QVERIFY(model);
    const QList<Core::HeaderRow> rows = model->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, u"X-Before"_s);
    QCOMPARE(rows.at(1).name, u"Cookie"_s);
    QCOMPARE(rows.at(1).value, u"session=abc123"_s);
    const QString carried = child<QLabel>("carriedLabel")->text();
    QVERIFY2(carried.contains(u"deeper (127.0.0.1/other)"_s)
                 && carried.contains(u"far (.statusscope-elsewhere.invalid)"_s),
             qPrintable(carried));
    QVERIFY2(!carried.contains(u"path-only"_s) && !carried.contains(u"far-value"_s), qPrintable(carried));
    if (const QString shots = qEnvironmentVariable("STATUSSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
        m_composer->resize(800, 600);
        auto *tabs = child<QTabWidget>("composeTabs");
        tabs->setCurrentWidget(child<QWidget>("headersTab"));
        m_composer->grab().save(shots + u"/imported-cookies-row.png"_s);
        tabs->setCurrentWidget(child<QWidget>("optionsTab"));
        m_composer->grab().save(shots + u"/imported-cookies-options.png"_s);
    }

    // Edited in the row, it goes as edited, to every hop of this origin; the path's own cookie
    // joins it where the redirect reaches that path.
    QVERIFY(model->setData(model->index(1, Core::HeaderTableModel::ValueColumn), u"session=edited"_s));
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("Cookie"), "session=edited");
    QCOMPARE(m_server->requests().at(1).header("Cookie"), "session=edited; deeper=path-only");

    // Dropped with the other carried options: the path's cookie no longer goes.
    child<QPushButton>("dropCarriedButton")->click();
    QVERIFY(child<QLabel>("carriedLabel")->text().isEmpty());
    QVERIFY2(sendComposed(), qPrintable(inputError()));
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(m_server->requests().at(3).header("Cookie"), "session=edited");
}

QTEST_MAIN(tst_NetworkOptionsEditor)
#include "tst_networkoptionseditor.moc"
