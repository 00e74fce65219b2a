// SPDX-License-Identifier: MIT
// The chain view on its own: fed live by a session running chains against scripted servers on
// 127.0.0.1, or given a chain built by hand, and read like a user reads it.
#include "bracketlanguage.h"
#include "consoletest.h"
#include "core/requests/chainmodel.h"
#include "gui/console/chainview.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_ChainView : public Test::ConsoleTest
{
    Q_OBJECT

private Q_SLOTS:
    void finalStatusIsAnnounced();
    void postBecomesGetIsExplained();
    void newSendClearsThePreviousResponse();
    void hopsFillTheTabsAsTheyArrive();
    void fullBodyIsSavedAndHeadersExplained();
    void likelyMeaningComesFirst();
    void headersAreCopiedMasked();
    void storedChainShowsNoPassword();
    void serverTextIsShownAsText();
    void hostileAnswerIsShownSafely();
    void requestTabShowsWhatQtAdds();
    void textsSetInCodeFollowTheLanguage();

private:
    QWidget *makeWidget() override
    {
        m_view = new Gui::ChainView(&m_catalogue);
        m_view->resize(1100, 600);
        m_session = new Core::RequestSession(m_manager, &m_catalogue, m_view);
        // The view hears of each step of a live chain as it happens, the way the console tells it.
        connect(m_session, &Core::RequestSession::chainStarting, m_view, &Gui::ChainView::startWaiting);
        connect(m_session, &Core::RequestSession::hopStarted, m_view, [this](int index) {
            m_view->hopStarted(index, m_session->currentHop(), m_session->chainElapsedMs());
        });
        connect(m_session, &Core::RequestSession::bytesReceived, m_view, &Gui::ChainView::bytesReceived);
        connect(m_session, &Core::RequestSession::hopFinished, m_view,
                [this](int index) { m_view->hopFinished(index, m_session->result().hops.at(index)); });
        connect(m_session, &Core::RequestSession::finished, m_view,
                [this] { m_view->showFinishedChain(m_session->result(), m_session->question()); });
        return m_view;
    }
    bool sendAndShow(const QString &path) const
    {
        return sendAndWait(m_session, requestFor(m_server->url(path)));
    }
    QString meaning() const { return child<QTextBrowser>("meaningView")->toPlainText(); }
    QTreeWidget *responseHeaders() const { return child<QTreeWidget>("responseHeadersView"); }

    Gui::ChainView *m_view = nullptr;
    Core::RequestSession *m_session = nullptr;
};

// When a chain ends, screen readers are told its final status: an alert on the summary line, whose
// accessible name is that status. (Qt drops accessibility events on the offscreen platform before
// any QAccessible::installUpdateHandler spy sees them, so the spy sits at the view's seam.)
void tst_ChainView::finalStatusIsAnnounced()
{
    struct Record
    {
        QObject *object;
        QAccessible::Event type;
        QString name; // the object's accessible name when the event was sent
    };
    QList<Record> events;
    m_view->setAccessibilityNotifier([&events](QAccessibleEvent *event) {
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

    QVERIFY(m_session->send(requestFor(m_server->url(u"/start"_s))));
    QVERIFY(m_session->isRunning());
    QVERIFY(alertsOnSummary().isEmpty()); // nothing is said while it runs
    QTRY_VERIFY(!m_session->isRunning());
    QStringList alerts = alertsOnSummary();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first(), u"Chain summary: "_s + summary->text());
    QVERIFY2(alerts.first().startsWith(u"Chain summary: 2 hops"_s), qPrintable(alerts.first()));
    QVERIFY2(alerts.first().contains(u"final 200 OK · complete"_s), qPrintable(alerts.first()));

    // A chain that fails is announced the same way, with its own ending.
    events.clear();
    m_server->route("/closed", [](const ScriptedServer::Request &, QTcpSocket *socket) { socket->close(); });
    QVERIFY(m_session->send(requestFor(m_server->url(u"/closed"_s))));
    QCOMPARE(summary->accessibleName(), u"Chain summary"_s); // not the previous chain's status
    QTRY_VERIFY(!m_session->isRunning());
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
    m_view->showStoredChain(stored);
    QVERIFY2(summary->accessibleName().contains(u"final 204 No Content · complete"_s),
             qPrintable(summary->accessibleName()));
    QVERIFY(alertsOnSummary().isEmpty());
}

void tst_ChainView::postBecomesGetIsExplained()
{
    Core::RequestSpec request = requestFor(m_server->url(u"/start"_s));
    request.method = "POST";
    request.body = "a=1";
    request.hasBody = true;
    QVERIFY(sendAndWait(m_session, request));
    QCOMPARE(chainRows()->rowCount(), 2);
    child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(0, 0));
    QVERIFY2(meaning().contains(u"POST became GET because of 302."_s), qPrintable(meaning()));
    QCOMPARE(m_server->requestsTo("/ok").first().method, "GET");
    QCOMPARE(chainRows()->index(0, Core::ChainModel::WarningsColumn).data().toString(), u"2"_s);
}

// The previous answer is not left on screen while the next request runs, where it would read as
// the new one's: every tab says it is waiting, the stop line goes, and they fill when the hop arrives.
void tst_ChainView::newSendClearsThePreviousResponse()
{
    m_server->route("/first",
                    ScriptedServer::response(302, "Found",
                                             {{"Location", "ftp://127.0.0.1/x"}, {"X-First", "first-header"}},
                                             "first-body"));
    QVERIFY(sendAndShow(u"/first"_s));
    auto *stop = child<QLabel>("stopLabel");
    auto *body = child<QPlainTextEdit>("bodyText");
    QVERIFY(stop->isVisible());
    QVERIFY(meaning().contains(u"Found"_s));
    QCOMPARE(responseHeaders()->findItems(u"X-First"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(body->toPlainText(), u"first-body"_s);

    const QString waiting = u"Waiting for the response…"_s;
    const auto nothingOfTheFirst = [&] {
        for (const char *name : {"meaningView", "requestView", "timingView", "tlsView"})
            QCOMPARE(child<QTextBrowser>(name)->toPlainText(), waiting);
        QCOMPARE(responseHeaders()->topLevelItemCount(), 0);
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
    const Core::RequestSpec slow = requestFor(m_server->url(u"/slow"_s));
    QVERIFY(m_session->send(slow));
    QVERIFY(m_session->isRunning());
    nothingOfTheFirst(); // at once, before any answer
    if (QTest::currentTestFailed())
        return;

    // Replacing a running chain: the old chain's ending (cancelled, with its stop line) does not
    // land over the new one.
    QTRY_COMPARE(m_server->requestsTo("/slow").size(), 1);
    QVERIFY(m_session->send(slow));
    QVERIFY(m_session->isRunning());
    nothingOfTheFirst();
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE(m_server->requestsTo("/slow").size(), 2);
    QTRY_VERIFY(held);
    held->write(ScriptedServer::response(200, "OK", {{"X-Second", "second-header"}}, "second-body"));
    QTRY_VERIFY(!m_session->isRunning());
    QVERIFY(meaning().contains(u"The request succeeded"_s));
    QCOMPARE(responseHeaders()->findItems(u"X-Second"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(body->toPlainText(), u"second-body"_s);
    QVERIFY(!child<QTextBrowser>("timingView")->toPlainText().contains(waiting));
}

// A long chain is readable while it runs: the latest hop that arrived is in the tabs, not
// "waiting" until the whole chain has ended.
void tst_ChainView::hopsFillTheTabsAsTheyArrive()
{
    m_server->route("/hop", ScriptedServer::redirect(307, "/held"));
    m_server->route("/held", [](const ScriptedServer::Request &, QTcpSocket *) {}); // never answers
    QVERIFY(m_session->send(requestFor(m_server->url(u"/hop"_s))));
    QTRY_COMPARE(chainRows()->rowCount(), 2);
    QVERIFY(m_session->isRunning());
    QTRY_VERIFY(meaning().contains(u"Temporary Redirect"_s));
    QCOMPARE(responseHeaders()->findItems(u"Location"_s, Qt::MatchExactly).size(), 1);
    QVERIFY(m_session->isRunning());
}

void tst_ChainView::fullBodyIsSavedAndHeadersExplained()
{
    QByteArray body;
    for (int i = 0; body.size() < 400000; ++i)
        body += QByteArray::number(i) + ',';
    m_server->route(
        "/big",
        ScriptedServer::response(200, "OK", {{"Content-Type", "text/csv"}, {"ETag", "\"v1\""}}, body));
    QVERIFY(sendAndShow(u"/big"_s));
    QVERIFY(child<QLabel>("bodyInfoLabel")->text().contains(u"showing the first"_s));
    child<QTabWidget>("hopTabs")->setCurrentWidget(child<QWidget>("bodyViewTab"));
    auto *save = child<QPushButton>("saveBodyButton");
    QVERIFY(save->isVisible());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"body.csv"_s);
    m_view->setSaveFileChooser([path] { return path; });
    QTest::mouseClick(save, Qt::LeftButton);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body); // the whole body, not only the preview
    const QList<QTreeWidgetItem *> etag = responseHeaders()->findItems(u"ETag"_s, Qt::MatchExactly);
    QCOMPARE(etag.size(), 1);
    QVERIFY2(etag.first()->toolTip(0).contains(u"RFC 9110 §8.8.3"_s), qPrintable(etag.first()->toolTip(0)));
}

void tst_ChainView::likelyMeaningComesFirst()
{
    // 499 is nginx's "Client Closed Request" and Esri's "Token Required"; an ArcGIS server says so.
    m_server->route("/esri",
                    ScriptedServer::response(499, "Token Required", {{"Server", "Esri ArcGIS Server"}}));
    QVERIFY(sendAndShow(u"/esri"_s));
    const QString text = meaning();
    QVERIFY(text.contains(u"2 meanings"_s));
    QVERIFY2(text.indexOf(u"Token Required ·"_s) < text.indexOf(u"Client Closed Request ·"_s),
             qPrintable(text));

    m_server->route("/nginx",
                    ScriptedServer::response(499, "Client Closed Request", {{"Server", "nginx/1.25"}}));
    QVERIFY(sendAndShow(u"/nginx"_s));
    const QString nginx = meaning();
    QVERIFY(nginx.indexOf(u"Client Closed Request ·"_s) < nginx.indexOf(u"Token Required ·"_s));
}

void tst_ChainView::headersAreCopiedMasked()
{
    m_server->route(
        "/cookie",
        ScriptedServer::response(200, "OK", {{"Set-Cookie", "sid=secret1; Path=/"}, {"X-One", "1"}}));
    QVERIFY(sendAndShow(u"/cookie"_s));
    QTest::mouseClick(child<QPushButton>("copyAllHeadersButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Set-Cookie: sid=••••; Path=/"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"X-One: 1"_s));
    QVERIFY(!copied.contains(u"secret1"_s));
    responseHeaders()->clearSelection();
    responseHeaders()->findItems(u"X-One"_s, Qt::MatchExactly).first()->setSelected(true);
    QTest::mouseClick(child<QPushButton>("copyHeaderButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"X-One: 1"_s);
}

void tst_ChainView::storedChainShowsNoPassword()
{
    // A HAR file or an "in full" history keeps URLs with passwords; the view shows them masked.
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
    m_view->showStoredChain(stored);
    const QModelIndex url = chainRows()->index(0, Core::ChainModel::UrlColumn);
    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
        QVERIFY2(!url.data(role).toString().contains(u"hunter22"_s), qPrintable(url.data(role).toString()));
    QVERIFY(url.data().toString().contains(u"ann:"_s));
    QTRY_VERIFY(child<QTextBrowser>("requestView")->toPlainText().contains(u"example.org"_s));
    QVERIFY(!child<QTextBrowser>("requestView")->toPlainText().contains(u"hunter22"_s));
    const auto location = responseHeaders()->findItems(u"Location"_s, Qt::MatchExactly);
    QCOMPARE(location.size(), 1);
    QCOMPARE(location.first()->text(1), u"http://ann:••••@example.org/b"_s);
}

// What a server sends is shown as the characters it is: markup is not rendered (labels and
// tooltips take text that looks like HTML as rich text) and control characters are escaped.
void tst_ChainView::serverTextIsShownAsText()
{
    m_server->route("/markup",
                    "HTTP/1.1 302 Found\r\nLocation: http://[<b>big</b>\x1b[2J/\r\n"
                    "Set-Cookie: id=\x1b]0;t\x07; Path=/\r\nContent-Length: 0\r\n\r\n"_ba);
    QVERIFY(sendAndShow(u"/markup"_s));
    QCOMPARE(m_session->result().stop->reason, Core::StopReason::InvalidLocation);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY2(stop->text().contains(u"<b>big</b>\\x1B[2J"_s), qPrintable(stop->text()));
    QCOMPARE(stop->textFormat(), Qt::PlainText);
    // (The composer's error line is checked in tst_requestcomposer's invalidUrlIsRefusedInPlace.)
    for (const char *name : {"summaryLabel", "bodyInfoLabel", "certificateBanner"})
        QCOMPARE(child<QLabel>(name)->textFormat(), Qt::PlainText);

    const QString tooltip
        = chainRows()->index(0, Core::ChainModel::WarningsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(u"&lt;b&gt;big&lt;/b&gt;"_s), qPrintable(tooltip));
    QVERIFY(!tooltip.contains(u"<b>"_s));
    QVERIFY(!tooltip.contains(QChar(0x1b)));
}

void tst_ChainView::hostileAnswerIsShownSafely()
{
    // After a good first hop: a reason and a header value that try to steer the display, then a
    // body cut off halfway. The first hop stays, the text is escaped, the ending is a sentence.
    m_server->route("/spoof", ScriptedServer::redirect(302, "/cut"));
    m_server->route(
        "/cut",
        "HTTP/1.1 200 OK \xe2\x80\xaegnp.exe\r\nX-Note: a\x1b[31mred\r\nContent-Length: 100\r\n\r\nhalf"_ba,
        true);
    QVERIFY(sendAndShow(u"/spoof"_s));
    QCOMPARE(chainRows()->rowCount(), 2);
    QCOMPARE(chainRows()->index(0, Core::ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(chainRows()->index(1, Core::ChainModel::ReasonColumn).data().toString(), u"OK \\u202Egnp.exe"_s);
    auto *stop = child<QLabel>("stopLabel");
    QVERIFY(stop->isVisible());
    QVERIFY2(stop->text().contains(u"in the middle of the body of hop 2, after 4 bytes"_s),
             qPrintable(stop->text()));
    child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(1, 0));
    const QList<QTreeWidgetItem *> note = responseHeaders()->findItems(u"X-Note"_s, Qt::MatchExactly);
    QCOMPARE(note.size(), 1);
    QCOMPARE(note.first()->text(1), u"a\\x1B[31mred"_s);
}

// "Request as sent" is what the server received, the fields Qt writes by itself included.
void tst_ChainView::requestTabShowsWhatQtAdds()
{
    QVERIFY(sendAndShow(u"/ok"_s));
    const QString shown = child<QTextBrowser>("requestView")->toPlainText();
    for (const auto &[name, value] : m_server->requests().first().headers) {
        QVERIFY2(shown.contains(QString::fromLatin1(name)) && shown.contains(QString::fromLatin1(value)),
                 qPrintable(QString::fromLatin1(name + ": " + value) + u" missing from:\n"_s + shown));
    }
    QVERIFY(shown.contains(u"added by Qt"_s));
}

// The texts the view sets in code (the summary and its accessible name, the waiting tabs, the
// banner, the chain's column titles) follow a language switch, and come back.
void tst_ChainView::textsSetInCodeFollowTheLanguage()
{
    m_view->showCertificateException(QUrl(u"https://127.0.0.1:%1/x"_s.arg(m_server->port())));
    m_server->route("/held", [](const ScriptedServer::Request &, QTcpSocket *) {}); // never answers
    QVERIFY(sendAndShow(u"/start"_s));
    const auto texts = [this] {
        return QStringList{
            child<QLabel>("summaryLabel")->text(), child<QLabel>("summaryLabel")->accessibleName(),
            child<QLabel>("certificateBanner")->text(), child<QPushButton>("copyAllHeadersButton")->text(),
            chainRows()->headerData(Core::ChainModel::StatusColumn, Qt::Horizontal).toString()};
    };
    QVERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));

    Test::BracketLanguage brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(Test::allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QVERIFY2(child<QLabel>("summaryLabel")->text().contains(u"final 200 OK"_s),
             qPrintable(child<QLabel>("summaryLabel")->text())); // the chain's own facts stay

    // While a chain runs, the tabs say in the new language that they wait.
    QVERIFY(m_session->send(requestFor(m_server->url(u"/held"_s))));
    QVERIFY(m_session->isRunning());
    QCOMPARE(child<QLabel>("bodyInfoLabel")->text(), u"«Waiting for the response…»"_s);

    QCoreApplication::removeTranslator(&brackets);
    QTRY_COMPARE(child<QLabel>("bodyInfoLabel")->text(), u"Waiting for the response…"_s);
    QCOMPARE(child<QLabel>("summaryLabel")->text(), u"Sending…"_s);
    m_session->cancel();
    QVERIFY(Test::noneBracketed(texts()));
}

QTEST_MAIN(tst_ChainView)
#include "tst_chainview.moc"
