// SPDX-License-Identifier: MIT
// The request form on its own, typed into like a user does: what it refuses in place, what it
// composes, and (sent on a session to scripted servers on 127.0.0.1) what a server receives.
#include "bracketlanguage.h"
#include "consoletest.h"
#include "core/history/historystore.h"
#include "core/requests/bodyfile.h"
#include "core/requests/headertablemodel.h"
#include "core/settings/settings.h"
#include "gui/console/pintablemodel.h"
#include "gui/console/requestcomposer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_RequestComposer : public Test::ConsoleTest
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUrlIsRefusedInPlace();
    void invalidHeaderIsRefusedInPlace();
    void misframingHeaderIsRefusedAsTyped();
    void bodyFileIsARegularFileWithinTheLimit();
    void curlWithoutFollowSaysSoWithUndo();
    void chainLimitEndsADrippingBody();
    void lowSpeedLimitEndsADrippingBody();
    void lowSpeedLimitReadsAsASize();
    void textsSetInCodeFollowTheLanguage();
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

private:
    QWidget *makeWidget() override
    {
        m_composer = new Gui::RequestComposer;
        m_composer->resize(1100, 300);
        m_session = new Core::RequestSession(m_manager, &m_catalogue, m_composer);
        return m_composer;
    }
    // Sends what the form composes now, and waits for the chain's end; false when the form
    // refuses it (nothing reaches the engine then) or the chain never ends.
    bool sendComposed() const
    {
        QString error;
        const std::optional<Core::RequestSpec> request = m_composer->request(&error);
        return request && sendAndWait(m_session, *request);
    }
    void setUrl(const QString &path) const { m_composer->setUrl(m_server->url(path).toString()); }
    Core::HeaderTableModel *headers() const
    {
        return qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    }

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

    Gui::RequestComposer *m_composer = nullptr;
    Core::RequestSession *m_session = nullptr;
};

void tst_RequestComposer::invalidUrlIsRefusedInPlace()
{
    QSignalSpy sendAsked(m_composer, &Gui::RequestComposer::sendRequested);
    typeUrlAndEnter(QUrl(u"ftp://127.0.0.1/file"_s));
    QCOMPARE(sendAsked.size(), 1);
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"“ftp:”"_s));
    // It quotes what was typed, so markup in it is not rendered.
    QCOMPARE(error->textFormat(), Qt::PlainText);
    // Enter asked to send, but there is no request to send: the same sentence says why.
    QString why;
    QVERIFY(!m_composer->request(&why));
    QCOMPARE(why, error->text());
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    QVERIFY(!error->isVisible());
}

void tst_RequestComposer::invalidHeaderIsRefusedInPlace()
{
    const int row = headers()->addRow({true, u"X-Test"_s, u"a\nInjected: yes"_s});
    QVERIFY(!headers()->index(row, 0).data(Core::HeaderTableModel::ErrorRole).toString().isEmpty());
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"X-Test"_s));
    setUrl(u"/ok"_s);
    // Refused as composed, before any engine starts: nothing can reach the server later (the
    // count below, after the good send, is one).
    QVERIFY(!sendComposed());
    QVERIFY(!m_session->isRunning());
    // Switching the row off lets the request go.
    headers()->setData(headers()->index(row, 0), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().hasHeader("X-Test"));
}

// A Content-Length the body does not have was cut or replaced by Qt without a word; it is marked as
// it is typed, like a header with a line break, and nothing is sent.
void tst_RequestComposer::misframingHeaderIsRefusedAsTyped()
{
    setUrl(u"/ok"_s);
    child<QPlainTextEdit>("bodyEdit")->setPlainText(u"hello"_s);
    const int row = headers()->addRow({true, u"Content-Length"_s, u"3"_s});
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Content-Length: 3"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());
    QCOMPARE(m_server->requests().size(), 0);
    // The value the body really has is fine.
    headers()->setData(headers()->index(row, Core::HeaderTableModel::ValueColumn), u"5"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().first().body, "hello");
}

// Reading a chosen body file at every keystroke, or a pipe or /dev/zero at all, would stall the
// window: only a regular file within the limit is taken, and it is read when sent.
void tst_RequestComposer::bodyFileIsARegularFileWithinTheLimit()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString chosen = fifo;
    m_composer->setOpenFileChooser([&chosen] { return chosen; });
    setUrl(u"/ok"_s);
    auto *error = child<QLabel>("inputErrorLabel");

    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not a regular file"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());

    chosen = dir.filePath(u"big"_s);
    QFile big(chosen);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Core::BodyFileLimit + 1)); // sparse: no disk used
    big.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY2(error->text().contains(u"larger than 64 MiB"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());

    chosen = dir.filePath(u"small"_s);
    QFile small(chosen);
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("from a file");
    small.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, "from a file");
}

// curl follows no redirect without -L: importing such a command turns the form's option off,
// which is said, with Undo; an import with -L says nothing.
void tst_RequestComposer::curlWithoutFollowSaysSoWithUndo()
{
    auto *follow = child<QCheckBox>("followCheck");
    auto *notice = child<QLabel>("importNoticeLabel");
    auto *undo = child<QPushButton>("undoImportButton");
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());

    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/a"_s));
    QVERIFY(!follow->isChecked());
    QVERIFY(notice->isVisible() && undo->isVisible());
    QVERIFY2(notice->text().contains(u"-L"_s), qPrintable(notice->text()));
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space);
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible() && !undo->isVisible());

    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/b"_s));
    QVERIFY(notice->isVisible());
    follow->setChecked(true); // answering by hand ends the notice too
    QVERIFY(!notice->isVisible());

    QVERIFY(m_composer->importCurl(u"curl -L http://127.0.0.1:9/c"_s));
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());
}

void tst_RequestComposer::chainLimitEndsADrippingBody()
{
    // A byte every 50 ms keeps the hop alive for ever; the whole-chain limit, set with the
    // keyboard like a user would, ends it with a sentence and keeps what arrived.
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QDoubleSpinBox>("chainLimitSpin");
    QCOMPARE(limit->text(), u"none"_s); // no limit by default, as in curl and browsers
    QCOMPARE(m_composer->options().deadlineMs, 0);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"1"_s);
    QCOMPARE(m_composer->options().deadlineMs, 1000);
    setUrl(u"/drip"_s);
    QVERIFY(sendComposed());
    const Core::ChainResult &chain = m_session->result();
    QCOMPARE(chain.outcome, Core::ChainOutcome::Error);
    QVERIFY(chain.error);
    QVERIFY2(chain.error->message.contains(u"did not finish within 1 s"_s), qPrintable(chain.error->message));
    QCOMPARE(chain.hops.first().status, 200);
    QVERIFY(chain.hops.first().bodyBytes > 0);
}

void tst_RequestComposer::lowSpeedLimitEndsADrippingBody()
{
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    auto *window = child<QDoubleSpinBox>("lowSpeedTimeSpin");
    QCOMPARE(limit->text(), u"none"_s);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 0);
    // Reached by the Options tab's shortcut, then Follow redirects' (Alt+W), then Tab through the
    // options (the limits have no letter left beside the menu bar and the History panel), and typed,
    // as a keyboard user would.
    QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(m_composer, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>("followCheck")->hasFocus());
    for (int tabs = 0; tabs < 10 && !limit->hasFocus(); ++tabs)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(limit->hasFocus());
    limit->selectAll();
    QTest::keyClicks(limit, u"200"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QVERIFY(window->hasFocus());
    window->selectAll();
    QTest::keyClicks(window, u"0.5"_s);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 200);
    QCOMPARE(m_composer->options().lowSpeedWindowMs, 500);
    setUrl(u"/drip"_s);
    QVERIFY(sendComposed());
    const Core::ChainResult &chain = m_session->result();
    QCOMPARE(chain.outcome, Core::ChainOutcome::Error);
    QVERIFY(chain.error);
    QVERIFY2(chain.error->message.contains(u"Too slow: hop 1 moved"_s), qPrintable(chain.error->message));
    QCOMPARE(chain.hops.first().status, 200);

    // The options come back as they were set.
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1234;
    options.lowSpeedWindowMs = 2500;
    m_composer->setOptions(options);
    QCOMPARE(limit->value(), 1234);
    QCOMPARE(window->value(), 2.5);
}

// The low-speed limit is a rate people read as a size per second; the option keeps exact bytes.
void tst_RequestComposer::lowSpeedLimitReadsAsASize()
{
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1536;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"1.5 KiB/s"_s);
    options.lowSpeedBytesPerSecond = 64 * 1024 * 1024;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"64 MiB/s"_s);

    // Passing through the field changes nothing, even where the text is rounded.
    options.lowSpeedBytesPerSecond = 1234;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"1.2 KiB/s"_s);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 1234);

    // Typed as a size, or as a plain number of bytes.
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"2 KiB"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 2048);
    QCOMPARE(limit->text(), u"2 KiB/s"_s);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"300"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 300);
    QCOMPARE(limit->text(), u"300 bytes/s"_s);
}

// The texts the form sets in code (the content types, the curl import's notice, the header
// table's column titles) follow a language switch, and come back; so do the form's own.
void tst_RequestComposer::textsSetInCodeFollowTheLanguage()
{
    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/a"_s)); // turns following off: a notice
    const auto texts = [this] {
        return QStringList{
            child<QComboBox>("contentTypeCombo")->itemText(0), child<QLabel>("importNoticeLabel")->text(),
            headers()->headerData(Core::HeaderTableModel::NameColumn, Qt::Horizontal).toString(),
            child<QPushButton>("sendButton")->text()};
    };
    QVERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));

    Test::BracketLanguage brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(Test::allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QVERIFY(child<QLabel>("importNoticeLabel")->isVisible()); // redone, not dropped

    QCoreApplication::removeTranslator(&brackets);
    QTRY_VERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
}

// Left at "Use Preferences", the request's network options stay at their defaults, so the
// preferences the session merges apply; nothing is sent with credentials nobody typed.
void tst_RequestComposer::preferencesLeaveTheDefaults()
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

void tst_RequestComposer::typedNetworkOptionsFillTheRequest()
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
void tst_RequestComposer::badNetworkOptionsAreRefusedWithASentence()
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
void tst_RequestComposer::proxyOverrideReachesTheServer()
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
void tst_RequestComposer::importedOptionsWithoutAFieldAreNamed()
{
    QVERIFY(m_composer->importCurl(
        u"curl --cacert /etc/company-ca.pem --pass key-secret --noproxy .internal -u alice:pw --resolve a:443:127.0.0.1 https://a/"_s));
    QVERIFY2(inputError().isEmpty(), qPrintable(inputError())); // applied, not listed as left out
    auto *carried = child<QLabel>("carriedLabel");
    QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(carried->isVisible());
    QVERIFY2(carried->text().contains(u"--cacert /etc/company-ca.pem"_s)
                 && carried->text().contains(u"--noproxy .internal"_s),
             qPrintable(carried->text()));
    QVERIFY2(!carried->text().contains(u"key-secret"_s), qPrintable(carried->text()));
    QString error;
    std::optional<Core::RequestSpec> request = m_composer->request(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->options.network.tls.caFiles, QStringList{u"/etc/company-ca.pem"_s});
    QCOMPARE(request->options.network.tls.passphrase, u"key-secret"_s);
    QCOMPARE(request->options.network.auth.user, u"alice"_s);
    QCOMPARE(request->options.network.resolve.size(), 1);

    child<QPushButton>("dropCarriedButton")->click();
    QVERIFY(!carried->isVisible());
    request = m_composer->request(&error);
    QVERIFY(request->options.network.tls.caFiles.isEmpty()
            && request->options.network.proxy.noProxy.isEmpty());
    QCOMPARE(request->options.network.resolve.size(), 1); // the fields stay
}

// The passwords and the token typed here reach the engine and nothing else: not the settings
// file (the last request and the options it keeps), not the history database nor a saved request.
void tst_RequestComposer::typedSecretsStayOutOfSettingsAndHistory()
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

void tst_RequestComposer::networkTextsFollowTheLanguage()
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
void tst_RequestComposer::restoredRequestAsksForThePasswordAgain()
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
void tst_RequestComposer::restoredTokenAndProxyPasswordAreAskedForToo()
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
void tst_RequestComposer::importedCookieFileGoesWithTheRequest()
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
    QVERIFY2(inputError().contains(u"-c "_s) && inputError().contains(u"jar.txt"_s),
             qPrintable(inputError()));
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().first().header("Cookie"), "session=abc123");
    // Never kept: the options the settings keep have no cookie.
    QVERIFY(m_composer->options().cookies.isEmpty());
}

QTEST_MAIN(tst_RequestComposer)
#include "tst_requestcomposer.moc"
