// SPDX-License-Identifier: MIT
// The request console driven like a user does, against scripted servers on 127.0.0.1.
#include "core/catalogue/statuscatalogue.h"
#include "core/i18n/translations.h"
#include "core/requests/bodyfile.h"
#include "core/requests/chainmodel.h"
#include "core/requests/headertablemodel.h"
#include "core/requests/requestengine.h"
#include "gui/console/requestconsole.h"
#include "scriptedserver.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_RequestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typeUrlPressEnterAndReadTheChain();
    void finalStatusIsAnnounced();
    void postBecomesGetIsExplained();
    void cancelInTheMiddleOfASlowBody();
    void chainLimitEndsADrippingBody();
    void lowSpeedLimitEndsADrippingBody();
    void invalidUrlIsRefusedInPlace();
    void invalidHeaderIsRefusedInPlace();
    void tlsErrorOffersAnExceptionForThisHostOnly();
    void downgradeCanBeContinued();
    void newSendReplacesTheRunningOne();
    void newSendClearsThePreviousResponse();
    void hopsFillTheTabsAsTheyArrive();
    void fullBodyIsSavedAndHeadersExplained();
    void statusBadgeOpensTheCatalogue();
    void likelyMeaningComesFirst();
    void headersAreCopiedMasked();
    void storedChainShowsNoPassword();
    void lookalikeHostIsShownAsPunycode();
    void serverTextIsShownAsText();
    void misframingHeaderIsRefusedAsTyped();
    void bodyFileIsARegularFileWithinTheLimit();
    void hostileAnswerIsShownSafely();
    void sizesReadAsPeopleReadThem();
    void urlWithoutSchemeIsSentAsHttp();
    void curlWithoutFollowSaysSoWithUndo();
    void requestTabShowsWhatQtAdds();
    void lowSpeedLimitReadsAsASize();
    void textsSetInCodeFollowTheLanguage();
    void layoutIsSavedWhole();
    void screenshot();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_console->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void typeUrlAndEnter(const QUrl &url);
    QAbstractItemModel *chain() const { return child<QTreeView>("chainView")->model(); }

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
    Gui::RequestConsole *m_console = nullptr;
};

void tst_RequestConsole::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_RequestConsole::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/start", ScriptedServer::redirect(302, "/ok"));
    m_server->route("/ok",
                    ScriptedServer::response(200, "OK",
                                             {{"Content-Type", "application/json"}, {"Server", "scripted"}},
                                             R"({"fine":true,"items":[1,2]})"));
    m_console = new Gui::RequestConsole(m_manager, &m_catalogue);
    m_console->resize(1100, 760);
    m_console->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_console));
}

void tst_RequestConsole::cleanup()
{
    delete m_console;
    delete m_server;
    delete m_manager;
}

void tst_RequestConsole::typeUrlAndEnter(const QUrl &url)
{
    auto *edit = child<QLineEdit>("urlEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, url.toString());
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_RequestConsole::typeUrlPressEnterAndReadTheChain()
{
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QVERIFY(m_console->isRunning() || chain()->rowCount() > 0);
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(chain()->rowCount(), 2);
    QCOMPARE(chain()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(chain()->index(1, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(chain()->index(0, Core::ChainModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(chain()->index(1, Core::ChainModel::UrlColumn).data().toString(),
             m_server->url(u"/ok"_s).toString());
    // The final hop is selected and explained.
    QCOMPARE(child<QTreeView>("chainView")->currentIndex().row(), 1);
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"The request succeeded"_s));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(u"2 hops"_s));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK · complete"_s));
    QVERIFY(child<QPlainTextEdit>("bodyText")->toPlainText().contains(u"\"fine\": true"_s)); // pretty JSON

    // Selecting the first hop shows the redirect, its headers and its request.
    child<QTreeView>("chainView")->setCurrentIndex(chain()->index(0, 0));
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"Found"_s));
    auto *headers = child<QTreeWidget>("responseHeadersView");
    QCOMPARE(headers->topLevelItem(0)->text(0), u"Location"_s);
    QCOMPARE(headers->topLevelItem(0)->text(1), u"/ok"_s);
    QVERIFY(child<QTextBrowser>("requestView")->toPlainText().contains(u"/start"_s));
}

// When a chain ends, screen readers are told its final status: an alert on the summary line, whose
// accessible name is that status. (Qt drops accessibility events on the offscreen platform before
// any QAccessible::installUpdateHandler spy sees them, so the spy sits at the console's seam.)
void tst_RequestConsole::finalStatusIsAnnounced()
{
    struct Record
    {
        QObject *object;
        QAccessible::Event type;
        QString name; // the object's accessible name when the event was sent
    };
    QList<Record> events;
    m_console->setAccessibilityNotifier([&events](QAccessibleEvent *event) {
        QAccessibleInterface *face = event->accessibleInterface();
        events.append({event->object(), event->type(), face ? face->text(QAccessible::Name) : QString()});
    });
    auto *summary = child<QLabel>("summaryLabel");
    const auto alertsOnSummary = [&] {
        QStringList names;
        for (const Record &record : std::as_const(events)) {
            if (record.object == summary && record.type == QAccessible::Alert)
                names.append(record.name);
        }
        return names;
    };

    typeUrlAndEnter(m_server->url(u"/start"_s));
    QVERIFY(m_console->isRunning());
    QVERIFY(alertsOnSummary().isEmpty()); // nothing is said while it runs
    QTRY_VERIFY(!m_console->isRunning());
    QStringList alerts = alertsOnSummary();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first(), u"Chain summary: "_s + summary->text());
    QVERIFY2(alerts.first().startsWith(u"Chain summary: 2 hops"_s), qPrintable(alerts.first()));
    QVERIFY2(alerts.first().contains(u"final 200 OK · complete"_s), qPrintable(alerts.first()));

    // A chain that fails is announced the same way, with its own ending.
    events.clear();
    m_server->route("/closed", [](const ScriptedServer::Request &, QTcpSocket *socket) { socket->close(); });
    typeUrlAndEnter(m_server->url(u"/closed"_s));
    QCOMPARE(summary->accessibleName(), u"Chain summary"_s); // not the previous chain's status
    QTRY_VERIFY(!m_console->isRunning());
    alerts = alertsOnSummary();
    QCOMPARE(alerts.size(), 1);
    QVERIFY2(alerts.first().contains(u"final no response · failed"_s), qPrintable(alerts.first()));

    // A chain opened from the history is named by its own status, quietly: the user asked for it.
    events.clear();
    Core::ChainResult stored;
    stored.request.url = QUrl(u"http://example.org/"_s);
    Core::Hop hop;
    hop.method = "GET";
    hop.url = stored.request.url;
    hop.status = 204;
    hop.reason = u"No Content"_s;
    stored.hops = {hop};
    stored.outcome = Core::ChainOutcome::Complete;
    m_console->showStoredChain(stored);
    QVERIFY2(summary->accessibleName().contains(u"final 204 No Content · complete"_s),
             qPrintable(summary->accessibleName()));
    QVERIFY(alertsOnSummary().isEmpty());
}

void tst_RequestConsole::postBecomesGetIsExplained()
{
    m_console->setMethod(u"POST"_s);
    child<QPlainTextEdit>("bodyEdit")->setPlainText(u"a=1"_s);
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(chain()->rowCount(), 2);
    child<QTreeView>("chainView")->setCurrentIndex(chain()->index(0, 0));
    QVERIFY2(child<QTextBrowser>("meaningView")->toPlainText().contains(u"POST became GET because of 302."_s),
             qPrintable(child<QTextBrowser>("meaningView")->toPlainText()));
    QCOMPARE(m_server->requestsTo("/ok").first().method, "GET");
    QCOMPARE(chain()->index(0, Core::ChainModel::WarningsColumn).data().toString(), u"2"_s);
}

void tst_RequestConsole::cancelInTheMiddleOfASlowBody()
{
    m_server->route("/slow", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n");
        socket->write(QByteArray(70000, 'x')); // and then nothing more
    });
    typeUrlAndEnter(m_server->url(u"/slow"_s));
    QTRY_VERIFY(chain()->rowCount() == 1);
    QTRY_VERIFY(m_console->result().hops.isEmpty() && m_console->isRunning());
    // Cancelled once part of the body is in, not before the headers.
    const auto *engine = m_console->findChild<Core::RequestEngine *>();
    QVERIFY(engine);
    QTRY_VERIFY(engine->currentHop().bodyBytes > 0);
    QVERIFY(m_console->isRunning());
    QTest::keyClick(child<QLineEdit>("urlEdit"), Qt::Key_Escape);
    QVERIFY(!m_console->isRunning()); // at once
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Stopped);
    QCOMPARE(m_console->result().stop->reason, Core::StopReason::Cancelled);
    QCOMPARE(m_console->result().hops.first().status, 200);
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"stopped"_s));
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
}

void tst_RequestConsole::chainLimitEndsADrippingBody()
{
    // A byte every 50 ms keeps the hop alive for ever; the whole-chain limit, set with the
    // keyboard like a user would, ends it with a sentence and keeps what arrived.
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QDoubleSpinBox>("chainLimitSpin");
    QCOMPARE(limit->text(), u"none"_s); // no limit by default, as in curl and browsers
    QCOMPARE(m_console->options().deadlineMs, 0);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"1"_s);
    QCOMPARE(m_console->options().deadlineMs, 1000);
    typeUrlAndEnter(m_server->url(u"/drip"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->isRunning(), 10000);
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Error);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY2(stop->text().contains(u"did not finish within 1 s"_s), qPrintable(stop->text()));
    QCOMPARE(m_console->result().hops.first().status, 200);
    QVERIFY(m_console->result().hops.first().bodyBytes > 0);
}

void tst_RequestConsole::lowSpeedLimitEndsADrippingBody()
{
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    auto *window = child<QDoubleSpinBox>("lowSpeedTimeSpin");
    QCOMPARE(limit->text(), u"none"_s);
    QCOMPARE(m_console->options().lowSpeedBytesPerSecond, 0);
    // Reached by the Options tab's shortcut, then Follow redirects' (Alt+W), then Tab through the
    // options (the limits have no letter left beside the menu bar and the History panel), and typed,
    // as a keyboard user would.
    QTest::keyClick(m_console, Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(m_console, Qt::Key_W, Qt::AltModifier);
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
    QCOMPARE(m_console->options().lowSpeedBytesPerSecond, 200);
    QCOMPARE(m_console->options().lowSpeedWindowMs, 500);
    typeUrlAndEnter(m_server->url(u"/drip"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->isRunning(), 10000);
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Error);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY2(stop->text().contains(u"Too slow: hop 1 moved"_s), qPrintable(stop->text()));
    QCOMPARE(m_console->result().hops.first().status, 200);

    // The options come back as they were set.
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1234;
    options.lowSpeedWindowMs = 2500;
    m_console->setOptions(options);
    QCOMPARE(limit->value(), 1234);
    QCOMPARE(window->value(), 2.5);
}

void tst_RequestConsole::invalidUrlIsRefusedInPlace()
{
    typeUrlAndEnter(QUrl(u"ftp://127.0.0.1/file"_s));
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"“ftp:”"_s));
    QVERIFY(!m_console->isRunning());
    QCOMPARE(chain()->rowCount(), 0);
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    QVERIFY(!error->isVisible());
}

void tst_RequestConsole::invalidHeaderIsRefusedInPlace()
{
    auto *model = qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    const int row = model->addRow({true, u"X-Test"_s, u"a\nInjected: yes"_s});
    QVERIFY(!model->index(row, 0).data(Core::HeaderTableModel::ErrorRole).toString().isEmpty());
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"X-Test"_s));
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    QVERIFY(!m_console->send());
    // Refused before the engine starts: nothing runs, so nothing can reach the server later (the
    // count below, after the good send, is one).
    QVERIFY(!m_console->isRunning());
    QCOMPARE(chain()->rowCount(), 0);
    // Switching the row off lets the request go.
    model->setData(model->index(row, 0), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(!error->isVisible());
    QVERIFY(m_console->send());
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().hasHeader("X-Test"));
}

void tst_RequestConsole::tlsErrorOffersAnExceptionForThisHostOnly()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/ok", ScriptedServer::response(200, "OK"));
    typeUrlAndEnter(secure.url(u"/ok"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().error->kind, Core::ErrorKind::Tls);
    QVERIFY(child<QLabel>("stopLabel")->text().contains(u"self-signed"_s));
    auto *accept = child<QPushButton>("stopActionButton");
    QVERIFY(accept->isVisible());
    const QString hostAndPort = u"127.0.0.1:%1"_s.arg(secure.port());
    QCOMPARE(accept->text(), u"Accept this certificate"_s);
    QVERIFY(accept->toolTip().contains(hostAndPort));
    QCOMPARE(accept->accessibleDescription(), accept->toolTip());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Complete);
    QCOMPARE(m_console->trustedHosts(), QSet<QString>{hostAndPort});
    auto *banner = child<QLabel>("certificateBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(hostAndPort));

    // The same host on another port is not covered (the attack run found it was).
    ScriptedServer otherPort;
    QVERIFY(otherPort.listen(true));
    otherPort.route("/ok", ScriptedServer::response(200, "OK"));
    typeUrlAndEnter(otherPort.url(u"/ok"_s));
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().error->kind, Core::ErrorKind::Tls);

    // Another host name for the same server is not covered.
    typeUrlAndEnter(QUrl(u"https://localhost:%1/ok"_s.arg(secure.port())));
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().error->kind, Core::ErrorKind::Tls);
}

void tst_RequestConsole::downgradeCanBeContinued()
{
    ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/down", ScriptedServer::redirect(302, m_server->url(u"/ok"_s).toEncoded()));
    typeUrlAndEnter(secure.url(u"/down"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QTest::mouseClick(child<QPushButton>("stopActionButton"), Qt::LeftButton); // accept the certificate
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().stop->reason, Core::StopReason::HttpsDowngrade);
    auto *action = child<QPushButton>("stopActionButton");
    QCOMPARE(action->text(), u"Continue over http"_s);
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Complete);
    QCOMPARE(m_console->result().hops.size(), 2);
}

void tst_RequestConsole::newSendReplacesTheRunningOne()
{
    m_server->route("/silent", [](const ScriptedServer::Request &, QTcpSocket *) {});
    typeUrlAndEnter(m_server->url(u"/silent"_s));
    QTRY_COMPARE(chain()->rowCount(), 1);
    QVERIFY(m_console->isRunning());
    typeUrlAndEnter(m_server->url(u"/ok"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Complete);
    QCOMPARE(chain()->rowCount(), 1);
    QCOMPARE(chain()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);
}

// The previous answer is not left on screen while the next request runs, where it would read as
// the new one's: every tab says it is waiting, the stop line goes, and they fill when the hop arrives.
void tst_RequestConsole::newSendClearsThePreviousResponse()
{
    m_server->route("/first",
                    ScriptedServer::response(302, "Found",
                                             {{"Location", "ftp://127.0.0.1/x"}, {"X-First", "first-header"}},
                                             "first-body"));
    typeUrlAndEnter(m_server->url(u"/first"_s));
    QTRY_VERIFY(!m_console->isRunning());
    auto *stop = child<QLabel>("stopLabel");
    auto *headers = child<QTreeWidget>("responseHeadersView");
    auto *body = child<QPlainTextEdit>("bodyText");
    QVERIFY(stop->isVisible());
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"Found"_s));
    QCOMPARE(headers->findItems(u"X-First"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(body->toPlainText(), u"first-body"_s);

    const QString waiting = u"Waiting for the response…"_s;
    const auto nothingOfTheFirst = [&] {
        for (const char *name : {"meaningView", "requestView", "timingView", "tlsView"})
            QCOMPARE(child<QTextBrowser>(name)->toPlainText(), waiting);
        QCOMPARE(headers->topLevelItemCount(), 0);
        QCOMPARE(body->toPlainText(), QString());
        QCOMPARE(child<QLabel>("bodyInfoLabel")->text(), waiting);
        QVERIFY(!stop->isVisible());
        QVERIFY(!child<QPushButton>("stopActionButton")->isVisible());
        QVERIFY(!child<QPushButton>("saveBodyButton")->isVisible());
        QVERIFY2(!child<QLabel>("summaryLabel")->text().contains(u"stopped"_s),
                 qPrintable(child<QLabel>("summaryLabel")->text()));
    };
    QPointer<QTcpSocket> held;
    m_server->route("/slow", [&held](const ScriptedServer::Request &, QTcpSocket *socket) { held = socket; });
    typeUrlAndEnter(m_server->url(u"/slow"_s));
    QVERIFY(m_console->isRunning());
    nothingOfTheFirst(); // at once, before any answer
    if (QTest::currentTestFailed())
        return;

    // Replacing a running chain: the old chain's ending (cancelled, with its stop line) does not
    // land over the new one.
    QTRY_COMPARE(m_server->requestsTo("/slow").size(), 1);
    typeUrlAndEnter(m_server->url(u"/slow"_s));
    QVERIFY(m_console->isRunning());
    nothingOfTheFirst();
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE(m_server->requestsTo("/slow").size(), 2);
    QTRY_VERIFY(held);
    held->write(ScriptedServer::response(200, "OK", {{"X-Second", "second-header"}}, "second-body"));
    QTRY_VERIFY(!m_console->isRunning());
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"The request succeeded"_s));
    QCOMPARE(headers->findItems(u"X-Second"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(body->toPlainText(), u"second-body"_s);
    QVERIFY(!child<QTextBrowser>("timingView")->toPlainText().contains(waiting));
}

// A long chain is readable while it runs: the latest hop that arrived is in the tabs, not
// "waiting" until the whole chain has ended.
void tst_RequestConsole::hopsFillTheTabsAsTheyArrive()
{
    m_server->route("/hop", ScriptedServer::redirect(307, "/held"));
    m_server->route("/held", [](const ScriptedServer::Request &, QTcpSocket *) {}); // never answers
    typeUrlAndEnter(m_server->url(u"/hop"_s));
    QTRY_COMPARE(chain()->rowCount(), 2);
    QVERIFY(m_console->isRunning());
    QTRY_VERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"Temporary Redirect"_s));
    QCOMPARE(child<QTreeWidget>("responseHeadersView")->findItems(u"Location"_s, Qt::MatchExactly).size(), 1);
    QVERIFY(m_console->isRunning());
}

void tst_RequestConsole::fullBodyIsSavedAndHeadersExplained()
{
    QByteArray body;
    for (int i = 0; body.size() < 400000; ++i)
        body += QByteArray::number(i) + ',';
    m_server->route(
        "/big",
        ScriptedServer::response(200, "OK", {{"Content-Type", "text/csv"}, {"ETag", "\"v1\""}}, body));
    typeUrlAndEnter(m_server->url(u"/big"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QVERIFY(child<QLabel>("bodyInfoLabel")->text().contains(u"showing the first"_s));
    child<QTabWidget>("hopTabs")->setCurrentWidget(child<QWidget>("bodyViewTab"));
    auto *save = child<QPushButton>("saveBodyButton");
    QVERIFY(save->isVisible());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"body.csv"_s);
    m_console->setSaveFileChooser([path] { return path; });
    QTest::mouseClick(save, Qt::LeftButton);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body); // the whole body, not only the preview
    auto *headers = child<QTreeWidget>("responseHeadersView");
    const QList<QTreeWidgetItem *> etag = headers->findItems(u"ETag"_s, Qt::MatchExactly);
    QCOMPARE(etag.size(), 1);
    QVERIFY2(etag.first()->toolTip(0).contains(u"RFC 9110 §8.8.3"_s), qPrintable(etag.first()->toolTip(0)));
}

void tst_RequestConsole::hostileAnswerIsShownSafely()
{
    // After a good first hop: a reason and a header value that try to steer the display, then a
    // body cut off halfway. The first hop stays, the text is escaped, the ending is a sentence.
    m_server->route("/spoof", ScriptedServer::redirect(302, "/cut"));
    m_server->route(
        "/cut",
        "HTTP/1.1 200 OK \xe2\x80\xaegnp.exe\r\nX-Note: a\x1b[31mred\r\nContent-Length: 100\r\n\r\nhalf"_ba,
        true);
    typeUrlAndEnter(m_server->url(u"/spoof"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(chain()->rowCount(), 2);
    QCOMPARE(chain()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(chain()->index(1, Core::ChainModel::ReasonColumn).data().toString(), u"OK \\u202Egnp.exe"_s);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY(stop->isVisible());
    QVERIFY2(stop->text().contains(u"in the middle of the body of hop 2, after 4 bytes"_s),
             qPrintable(stop->text()));
    auto *view = child<QTreeView>("chainView");
    view->setCurrentIndex(chain()->index(1, 0));
    const QList<QTreeWidgetItem *> note
        = child<QTreeWidget>("responseHeadersView")->findItems(u"X-Note"_s, Qt::MatchExactly);
    QCOMPARE(note.size(), 1);
    QCOMPARE(note.first()->text(1), u"a\\x1B[31mred"_s);
}

void tst_RequestConsole::statusBadgeOpensTheCatalogue()
{
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QSignalSpy opened(m_console, &Gui::RequestConsole::codeLinkActivated);
    auto *view = child<QTreeView>("chainView");
    const QModelIndex status = chain()->index(0, Core::ChainModel::StatusColumn);
    // A double click is a press, a release, then the double-click event on the same row.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(status).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(status).center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toInt(), 302);
}

void tst_RequestConsole::likelyMeaningComesFirst()
{
    // 499 is nginx's "Client Closed Request" and Esri's "Token Required"; an ArcGIS server says so.
    m_server->route("/esri",
                    ScriptedServer::response(499, "Token Required", {{"Server", "Esri ArcGIS Server"}}));
    typeUrlAndEnter(m_server->url(u"/esri"_s));
    QTRY_VERIFY(!m_console->isRunning());
    const QString text = child<QTextBrowser>("meaningView")->toPlainText();
    QVERIFY(text.contains(u"2 meanings"_s));
    QVERIFY2(text.indexOf(u"Token Required ·"_s) < text.indexOf(u"Client Closed Request ·"_s),
             qPrintable(text));

    m_server->route("/nginx",
                    ScriptedServer::response(499, "Client Closed Request", {{"Server", "nginx/1.25"}}));
    typeUrlAndEnter(m_server->url(u"/nginx"_s));
    QTRY_VERIFY(!m_console->isRunning());
    const QString nginx = child<QTextBrowser>("meaningView")->toPlainText();
    QVERIFY(nginx.indexOf(u"Client Closed Request ·"_s) < nginx.indexOf(u"Token Required ·"_s));
}

void tst_RequestConsole::headersAreCopiedMasked()
{
    m_server->route(
        "/cookie",
        ScriptedServer::response(200, "OK", {{"Set-Cookie", "sid=secret1; Path=/"}, {"X-One", "1"}}));
    typeUrlAndEnter(m_server->url(u"/cookie"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QTest::mouseClick(child<QPushButton>("copyAllHeadersButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Set-Cookie: sid=••••; Path=/"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"X-One: 1"_s));
    QVERIFY(!copied.contains(u"secret1"_s));
    auto *headers = child<QTreeWidget>("responseHeadersView");
    headers->clearSelection();
    headers->findItems(u"X-One"_s, Qt::MatchExactly).first()->setSelected(true);
    QTest::mouseClick(child<QPushButton>("copyHeaderButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"X-One: 1"_s);
}

void tst_RequestConsole::storedChainShowsNoPassword()
{
    // A HAR file or an "in full" history keeps URLs with passwords; the console shows them masked.
    Core::ChainResult stored;
    stored.request.url = QUrl(u"http://ann:hunter22@example.org/a"_s);
    Core::Hop hop;
    hop.method = "GET";
    hop.url = stored.request.url;
    hop.status = 302;
    hop.responseHeaders = {{"Location", "http://ann:hunter22@example.org/b"}};
    hop.timings.done = 1;
    stored.hops = {hop};
    stored.outcome = Core::ChainOutcome::Complete;
    m_console->showStoredChain(stored);
    const QModelIndex url = chain()->index(0, Core::ChainModel::UrlColumn);
    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
        QVERIFY2(!url.data(role).toString().contains(u"hunter22"_s), qPrintable(url.data(role).toString()));
    QVERIFY(url.data().toString().contains(u"ann:"_s));
    QTRY_VERIFY(child<QTextBrowser>("requestView")->toPlainText().contains(u"example.org"_s));
    QVERIFY(!child<QTextBrowser>("requestView")->toPlainText().contains(u"hunter22"_s));
    const auto location
        = child<QTreeWidget>("responseHeadersView")->findItems(u"Location"_s, Qt::MatchExactly);
    QCOMPARE(location.size(), 1);
    QCOMPARE(location.first()->text(1), u"http://ann:••••@example.org/b"_s);
}

// What a server sends is shown as the characters it is: markup is not rendered (labels and
// tooltips take text that looks like HTML as rich text) and control characters are escaped.
void tst_RequestConsole::serverTextIsShownAsText()
{
    m_server->route("/markup",
                    "HTTP/1.1 302 Found\r\nLocation: http://[<b>big</b>\x1b[2J/\r\n"
                    "Set-Cookie: id=\x1b]0;t\x07; Path=/\r\nContent-Length: 0\r\n\r\n"_ba);
    typeUrlAndEnter(m_server->url(u"/markup"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().stop->reason, Core::StopReason::InvalidLocation);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY2(stop->text().contains(u"<b>big</b>\\x1B[2J"_s), qPrintable(stop->text()));
    QCOMPARE(stop->textFormat(), Qt::PlainText);
    for (const char *name : {"summaryLabel", "inputErrorLabel", "bodyInfoLabel", "certificateBanner"})
        QCOMPARE(child<QLabel>(name)->textFormat(), Qt::PlainText);

    const QString tooltip
        = chain()->index(0, Core::ChainModel::WarningsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(u"&lt;b&gt;big&lt;/b&gt;"_s), qPrintable(tooltip));
    QVERIFY(!tooltip.contains(u"<b>"_s));
    QVERIFY(!tooltip.contains(QChar(0x1b)));
}

// A Content-Length the body does not have was cut or replaced by Qt without a word; it is marked as
// it is typed, like a header with a line break, and nothing is sent.
void tst_RequestConsole::misframingHeaderIsRefusedAsTyped()
{
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    child<QPlainTextEdit>("bodyEdit")->setPlainText(u"hello"_s);
    auto *model = qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    const int row = model->addRow({true, u"Content-Length"_s, u"3"_s});
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Content-Length: 3"_s), qPrintable(error->text()));
    QVERIFY(!m_console->send());
    QCOMPARE(chain()->rowCount(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    // The value the body really has is fine.
    model->setData(model->index(row, Core::HeaderTableModel::ValueColumn), u"5"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(m_console->send());
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_server->requests().first().body, "hello");
}

// Reading a chosen body file at every keystroke, or a pipe or /dev/zero at all, would stall the
// window: only a regular file within the limit is taken, and it is read when sent.
void tst_RequestConsole::bodyFileIsARegularFileWithinTheLimit()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString chosen = fifo;
    m_console->setOpenFileChooser([&chosen] { return chosen; });
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    auto *error = child<QLabel>("inputErrorLabel");

    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not a regular file"_s), qPrintable(error->text()));
    QVERIFY(!m_console->send());

    chosen = dir.filePath(u"big"_s);
    QFile big(chosen);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Core::BodyFileLimit + 1)); // sparse: no disk used
    big.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY2(error->text().contains(u"larger than 64 MiB"_s), qPrintable(error->text()));
    QVERIFY(!m_console->send());

    chosen = dir.filePath(u"small"_s);
    QFile small(chosen);
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("from a file");
    small.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(m_console->send());
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, "from a file");
}

void tst_RequestConsole::lookalikeHostIsShownAsPunycode()
{
    // "аpple.com" with a Cyrillic "а" is named as what it is wherever the console names a host.
    QVERIFY(m_console->importCurl(u"curl -k https://\u0430pple.com/"_s));
    const QString banner = child<QLabel>("certificateBanner")->text();
    QVERIFY2(banner.contains(u"xn--pple-43d.com"_s), qPrintable(banner));
    QVERIFY(!banner.contains(u"\u0430pple"_s));
}

// The body limit is set in MiB and said in MiB: the stop line, the body facts and the timing
// name it once, as people read it, never as a count of bytes.
void tst_RequestConsole::sizesReadAsPeopleReadThem()
{
    m_server->route("/large",
                    ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}},
                                             QByteArray(3 * 1024 * 1024 / 2, 'x')));
    auto *limit = child<QSpinBox>("maxBodySpin");
    limit->setValue(1);
    QCOMPARE(limit->text(), u"1 MiB"_s);
    typeUrlAndEnter(m_server->url(u"/large"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().stop->reason, Core::StopReason::BodyLimit);
    const QString stop = child<QLabel>("stopLabel")->text();
    QCOMPARE(stop, u"The body of hop 1 was cut at the limit of 1 MiB; the rest was not read."_s);
    const QString info = child<QLabel>("bodyInfoLabel")->text();
    QVERIFY2(info.startsWith(u"1 MiB · text/plain"_s), qPrintable(info));
    const QString timing = child<QTextBrowser>("timingView")->toPlainText();
    QVERIFY2(timing.contains(u"body: 1 MiB"_s), qPrintable(timing));
    const QString meaning = child<QTextBrowser>("meaningView")->toPlainText();
    QVERIFY2(meaning.contains(u"The body was cut at the limit of 1 MiB"_s), qPrintable(meaning));
    for (const QString &text : {stop, info, timing, meaning})
        QVERIFY2(!text.contains(u"1048576"_s) && !text.contains(u"1,048,576"_s), qPrintable(text));
}

// As curl and browsers take it: "127.0.0.1:PORT/ok" is http://127.0.0.1:PORT/ok (QUrl alone
// refuses it, and reads "localhost:PORT" as a scheme), and the field shows the http:// form once
// the user is done with it, never while typing.
void tst_RequestConsole::urlWithoutSchemeIsSentAsHttp()
{
    auto *edit = child<QLineEdit>("urlEdit");
    auto *error = child<QLabel>("inputErrorLabel");
    edit->setFocus();
    const QString typed = u"127.0.0.1:%1/ok"_s.arg(m_server->port());
    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->text(), typed);
    QCOMPARE(edit->cursorPosition(), typed.size());
    QVERIFY(!error->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->text(), u"http://"_s + typed);
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(chain()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);

    // A mistake is said in our words, and the text is left as typed.
    edit->clear();
    QTest::keyClicks(edit, u"localhost:99999/ok"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The port 99999 is not between 1 and 65535."_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->text(), u"localhost:99999/ok"_s);
    QCOMPARE(m_server->requests().size(), 1);

    // Leaving the field shows the scheme too.
    edit->setText(u"localhost:%1/ok"_s.arg(m_server->port()));
    QVERIFY(!error->isVisible());
    child<QPlainTextEdit>("bodyEdit")->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(edit->text(), u"http://localhost:%1/ok"_s.arg(m_server->port()));
}

// curl follows no redirect without -L: importing such a command turns the console's option off,
// which is said, with Undo; an import with -L says nothing.
void tst_RequestConsole::curlWithoutFollowSaysSoWithUndo()
{
    auto *follow = child<QCheckBox>("followCheck");
    auto *notice = child<QLabel>("importNoticeLabel");
    auto *undo = child<QPushButton>("undoImportButton");
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());

    QVERIFY(m_console->importCurl(u"curl http://127.0.0.1:9/a"_s));
    QVERIFY(!follow->isChecked());
    QVERIFY(notice->isVisible() && undo->isVisible());
    QVERIFY2(notice->text().contains(u"-L"_s), qPrintable(notice->text()));
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space);
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible() && !undo->isVisible());

    QVERIFY(m_console->importCurl(u"curl http://127.0.0.1:9/b"_s));
    QVERIFY(notice->isVisible());
    follow->setChecked(true); // answering by hand ends the notice too
    QVERIFY(!notice->isVisible());

    QVERIFY(m_console->importCurl(u"curl -L http://127.0.0.1:9/c"_s));
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());
}

// "Request as sent" is what the server received, the fields Qt writes by itself included.
void tst_RequestConsole::requestTabShowsWhatQtAdds()
{
    typeUrlAndEnter(m_server->url(u"/ok"_s));
    QTRY_VERIFY(!m_console->isRunning());
    const QString shown = child<QTextBrowser>("requestView")->toPlainText();
    for (const auto &[name, value] : m_server->requests().first().headers) {
        QVERIFY2(shown.contains(QString::fromLatin1(name)) && shown.contains(QString::fromLatin1(value)),
                 qPrintable(QString::fromLatin1(name + ": " + value) + u" missing from:\n"_s + shown));
    }
    QVERIFY(shown.contains(u"added by Qt"_s));
}

// The low-speed limit is a rate people read as a size per second; the option keeps exact bytes.
void tst_RequestConsole::lowSpeedLimitReadsAsASize()
{
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1536;
    m_console->setOptions(options);
    QCOMPARE(limit->text(), u"1.5 KiB/s"_s);
    options.lowSpeedBytesPerSecond = 64 * 1024 * 1024;
    m_console->setOptions(options);
    QCOMPARE(limit->text(), u"64 MiB/s"_s);

    // Passing through the field changes nothing, even where the text is rounded.
    options.lowSpeedBytesPerSecond = 1234;
    m_console->setOptions(options);
    QCOMPARE(limit->text(), u"1.2 KiB/s"_s);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_console->options().lowSpeedBytesPerSecond, 1234);

    // Typed as a size, or as a plain number of bytes.
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"2 KiB"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_console->options().lowSpeedBytesPerSecond, 2048);
    QCOMPARE(limit->text(), u"2 KiB/s"_s);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"300"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_console->options().lowSpeedBytesPerSecond, 300);
    QCOMPARE(limit->text(), u"300 bytes/s"_s);
}

namespace {

// A language in which every text of the console is in «brackets», so that a text left in the
// previous language shows without one.
class BracketLanguage final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArrayView name(context);
        if (name == "RequestComposer" || name == "ChainView" || name.startsWith("StatusScope::"))
            return u"«"_s + QString::fromUtf8(source) + u"»"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The texts the composer and the chain view set in code (the summary, the waiting tabs, the
// content types, the banner, the chain's column titles) follow a language switch, and come back.
void tst_RequestConsole::textsSetInCodeFollowTheLanguage()
{
    QVERIFY(m_console->importCurl(u"curl -k -L https://127.0.0.1:%1/x"_s.arg(m_server->port())));
    m_server->route("/held", [](const ScriptedServer::Request &, QTcpSocket *) {}); // never answers
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QTRY_VERIFY(!m_console->isRunning());
    child<QLineEdit>("urlEdit")->setText(u"https://127.0.0.1:%1/x"_s.arg(m_server->port()));
    const auto texts = [this] {
        return QStringList{child<QLabel>("summaryLabel")->text(),
                           child<QLabel>("summaryLabel")->accessibleName(),
                           child<QLabel>("certificateBanner")->text(),
                           child<QComboBox>("contentTypeCombo")->itemText(0),
                           child<QPushButton>("copyAllHeadersButton")->text(),
                           child<QPushButton>("sendButton")->text(),
                           chain()->headerData(Core::ChainModel::StatusColumn, Qt::Horizontal).toString()};
    };
    const auto allBracketed = [](const QStringList &list) {
        return std::all_of(list.cbegin(), list.cend(),
                           [](const QString &text) { return text.startsWith(u'«'); });
    };
    const auto noneBracketed = [](const QStringList &list) {
        return std::none_of(list.cbegin(), list.cend(),
                            [](const QString &text) { return text.contains(u'«'); });
    };
    QVERIFY2(noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));

    BracketLanguage brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QVERIFY2(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK"_s),
             qPrintable(child<QLabel>("summaryLabel")->text())); // the chain's own facts stay

    // While a chain runs, the tabs say in the new language that they wait.
    typeUrlAndEnter(m_server->url(u"/held"_s));
    QVERIFY(m_console->isRunning());
    QCOMPARE(child<QLabel>("bodyInfoLabel")->text(), u"«Waiting for the response…»"_s);

    QCoreApplication::removeTranslator(&brackets);
    QTRY_COMPARE(child<QLabel>("bodyInfoLabel")->text(), u"Waiting for the response…"_s);
    QCOMPARE(child<QLabel>("summaryLabel")->text(), u"Sending…"_s);
    m_console->cancel();
    QVERIFY(noneBracketed(texts()));
}

// The composer/chain split and the chain view's own split are saved together and come back; an
// unknown state (one saved before the split, or garbage) gives the default layout.
void tst_RequestConsole::layoutIsSavedWhole()
{
    auto *outer = child<QSplitter>("consoleSplitter");
    auto *inner = child<QSplitter>("chainSplitter");
    const QList<int> defaultOuter = outer->sizes();
    const QList<int> defaultInner = inner->sizes();
    outer->setSizes({300, 400});
    inner->setSizes({100, 280});
    const QList<int> movedOuter = outer->sizes();
    const QList<int> movedInner = inner->sizes();
    QVERIFY(movedOuter != defaultOuter && movedInner != defaultInner);
    const QByteArray state = m_console->saveLayout();

    m_console->restoreLayout({});
    QCOMPARE(outer->sizes(), defaultOuter);
    QCOMPARE(inner->sizes(), defaultInner);
    m_console->restoreLayout(state);
    QCOMPARE(outer->sizes(), movedOuter);
    QCOMPARE(inner->sizes(), movedInner);
    m_console->restoreLayout("not a layout"_ba);
    QCOMPARE(outer->sizes(), defaultOuter);
    QCOMPARE(inner->sizes(), defaultInner);
}

void tst_RequestConsole::screenshot()
{
    const QByteArray dir = qgetenv("STATUSSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set STATUSSCOPE_SCREENSHOTS to a folder to save screenshots");
    m_server->route("/login",
                    ScriptedServer::response(303, "See Other",
                                             {{"Location", "/account"}, {"Set-Cookie", "sid=1; Path=/"}}));
    m_server->route("/account", ScriptedServer::redirect(307, "/ok"));
    m_console->setMethod(u"POST"_s);
    child<QPlainTextEdit>("bodyEdit")->setPlainText(u"user=ann"_s);
    typeUrlAndEnter(m_server->url(u"/login"_s));
    QTRY_VERIFY(!m_console->isRunning());
    child<QTreeView>("chainView")->setCurrentIndex(chain()->index(0, 0));
    QCoreApplication::processEvents();
    m_console->grab().save(QString::fromLocal8Bit(dir) + u"/console.png"_s);
    child<QTabWidget>("hopTabs")->setCurrentWidget(child<QWidget>("timingView"));
    QCoreApplication::processEvents();
    m_console->grab().save(QString::fromLocal8Bit(dir) + u"/console-timing.png"_s);
    auto *compose = child<QTabWidget>("composeTabs");
    compose->setCurrentIndex(compose->count() - 1); // the options
    QCoreApplication::processEvents();
    m_console->grab().save(QString::fromLocal8Bit(dir) + u"/console-options.png"_s);
}

QTEST_MAIN(tst_RequestConsole)
#include "tst_requestconsole.moc"
