// SPDX-License-Identifier: MIT
// The whole request console, driven like a user does against scripted servers on 127.0.0.1: what
// needs the composer, the session and the chain view wired together (send to chain end to end, the
// shortcuts, the trust questions answered through the session, the history, the layout). The form
// alone is tested in tst_requestcomposer, the chain view alone in tst_chainview.
#include "consoletest.h"
#include "core/history/historystore.h"
#include "core/requests/chainmodel.h"
#include "core/requests/requestengine.h"
#include "gui/console/requestconsole.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_RequestConsole : public Test::ConsoleTest
{
    Q_OBJECT

private Q_SLOTS:
    void typeUrlPressEnterAndReadTheChain();
    void cancelInTheMiddleOfASlowBody();
    void tlsErrorOffersAnExceptionForThisHostOnly();
    void downgradeCanBeContinued();
    void newSendReplacesTheRunningOne();
    void statusBadgeOpensTheCatalogue();
    void lookalikeHostIsShownAsPunycode();
    void sizesReadAsPeopleReadThem();
    void urlWithoutSchemeIsSentAsHttp();
    void finishedChainIsWrittenToHistory();
    void layoutIsSavedWhole();
    void screenshot();

private:
    QWidget *makeWidget() override
    {
        m_console = new Gui::RequestConsole(m_manager, &m_catalogue);
        m_console->resize(1100, 760);
        return m_console;
    }

    Gui::RequestConsole *m_console = nullptr;
};

void tst_RequestConsole::typeUrlPressEnterAndReadTheChain()
{
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QVERIFY(m_console->isRunning() || chainRows()->rowCount() > 0);
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(chainRows()->rowCount(), 2);
    QCOMPARE(chainRows()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(chainRows()->index(1, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(chainRows()->index(0, Core::ChainModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(chainRows()->index(1, Core::ChainModel::UrlColumn).data().toString(),
             m_server->url(u"/ok"_s).toString());
    // The final hop is selected and explained.
    QCOMPARE(child<QTreeView>("chainView")->currentIndex().row(), 1);
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"The request succeeded"_s));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(u"2 hops"_s));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK · complete"_s));
    QVERIFY(child<QPlainTextEdit>("bodyText")->toPlainText().contains(u"\"fine\": true"_s)); // pretty JSON

    // Selecting the first hop shows the redirect, its headers and its request.
    child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(0, 0));
    QVERIFY(child<QTextBrowser>("meaningView")->toPlainText().contains(u"Found"_s));
    auto *headers = child<QTreeWidget>("responseHeadersView");
    QCOMPARE(headers->topLevelItem(0)->text(0), u"Location"_s);
    QCOMPARE(headers->topLevelItem(0)->text(1), u"/ok"_s);
    QVERIFY(child<QTextBrowser>("requestView")->toPlainText().contains(u"/start"_s));
}

void tst_RequestConsole::cancelInTheMiddleOfASlowBody()
{
    m_server->route("/slow", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n");
        socket->write(QByteArray(70000, 'x')); // and then nothing more
    });
    typeUrlAndEnter(m_server->url(u"/slow"_s));
    QTRY_VERIFY(chainRows()->rowCount() == 1);
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
    QTRY_COMPARE(chainRows()->rowCount(), 1);
    QVERIFY(m_console->isRunning());
    typeUrlAndEnter(m_server->url(u"/ok"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(m_console->result().outcome, Core::ChainOutcome::Complete);
    QCOMPARE(chainRows()->rowCount(), 1);
    QCOMPARE(chainRows()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);
}

// The chain view's badge reaches the catalogue through the console's own signal.
void tst_RequestConsole::statusBadgeOpensTheCatalogue()
{
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QSignalSpy opened(m_console, &Gui::RequestConsole::codeLinkActivated);
    auto *view = child<QTreeView>("chainView");
    const QModelIndex status = chainRows()->index(0, Core::ChainModel::StatusColumn);
    // A double click is a press, a release, then the double-click event on the same row.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(status).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(status).center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toInt(), 302);
}

// A curl command with -k goes from the form through the session's trust to the chain view's banner.
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
    QCOMPARE(chainRows()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);

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

// The console hands its history to the session it wires: a chain sent from the form is written
// there, and the console says so for the History panel to refresh.
void tst_RequestConsole::finishedChainIsWrittenToHistory()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    m_console->setHistory(&history);
    QSignalSpy changed(m_console, &Gui::RequestConsole::historyChanged);
    typeUrlAndEnter(m_server->url(u"/start"_s));
    QTRY_VERIFY(!m_console->isRunning());
    QCOMPARE(changed.size(), 1);
    const QList<Core::HistorySummary> entries = history.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().hops, 2);
    m_console->setHistory(nullptr); // the store goes before the console
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
    child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(0, 0));
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
