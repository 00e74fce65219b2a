// SPDX-License-Identifier: MIT
// The chain view on its own: fed live by a session running chains against scripted servers on
// 127.0.0.1, or given a chain built by hand, and read like a user reads it.
#include "bracketlanguage.h"
#include "consoletest.h"
#include "core/requests/chainmodel.h"
#include "gui/console/chaindelegate.h"
#include "gui/console/chainview.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolTip>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

namespace {

// BracketLanguage, and the hop tabs' texts too (context HopDetail, gui/console/hopdetailhtml.cpp).
class HopTabBrackets final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (QByteArrayView(context) == "HopDetail")
            return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
        return m_console.translate(context, source, disambiguation, n);
    }
    bool isEmpty() const override { return false; }

private:
    Test::BracketLanguage m_console;
};

} // namespace

class tst_ChainView : public Test::ConsoleTest
{
    Q_OBJECT

private Q_SLOTS:
    void finalStatusIsAnnounced();
    void postBecomesGetIsExplained();
    void longUnparsedJsonIsCut();
    void newSendClearsThePreviousResponse();
    void hopsFillTheTabsAsTheyArrive();
    void fullBodyIsSavedAndHeadersExplained();
    void likelyMeaningComesFirst();
    void headersAreCopiedMasked();
    void storedChainShowsNoPassword();
    void echoedCredentialIsMaskedOnScreen();
    void serverTextIsShownAsText();
    void hostileAnswerIsShownSafely();
    void requestTabShowsWhatQtAdds();
    void textsSetInCodeFollowTheLanguage();
    void routeBadgeAndRequestTab();
    void routeTextsFollowTheLanguage();
    void narrowViewKeepsEveryColumnInSight();

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
    QString requestTab() const { return child<QTextBrowser>("requestView")->toPlainText(); }
    // A chain as the engine leaves it after an authentication round through a proxy and a pin: a
    // 401, then its answer; and a third hop that went straight, without either.
    static Core::ChainResult routedChain()
    {
        Core::ChainResult chain;
        chain.request.url = QUrl(u"https://api.example/private"_s);
        Core::Hop challenged;
        challenged.method = "GET";
        challenged.url = chain.request.url;
        challenged.status = 401;
        challenged.reason = u"Unauthorized"_s;
        challenged.route.proxy = u"http://127.0.0.1:8888"_s;
        challenged.route.proxyUser = u"<b>pu</b>"_s; // a name is text, never markup
        challenged.route.connectedTo = u"203.0.113.7:443"_s;
        challenged.route.httpVersionAsked = u"1.1"_s;
        challenged.timings.done = 3;
        Core::Hop answer = challenged;
        answer.index = 1;
        answer.startMs = 4;
        answer.status = 302;
        answer.reason = u"Found"_s;
        answer.requestHeaders
            = {{"Authorization", R"(Digest username="alice", response="6629fae49393a05397450978507c4ef1")"}};
        answer.auth = {u"Digest"_s, u"alice"_s, 0};
        answer.responseHeaders = {{"Location", "http://plain.example/"}};
        Core::Hop straight;
        straight.index = 2;
        straight.startMs = 8;
        straight.method = "GET";
        straight.url = QUrl(u"http://plain.example/"_s);
        straight.status = 200;
        straight.reason = u"OK"_s;
        straight.timings.done = 1;
        chain.hops = {challenged, answer, straight};
        chain.outcome = Core::ChainOutcome::Complete;
        return chain;
    }
    // The share of the URL cell of `row` painted in the badge's colour, as drawn on screen.
    double badgeShare(int row) const
    {
        auto *view = child<QTreeView>("chainView");
        const QRect cell = view->visualRect(chainRows()->index(row, Core::ChainModel::UrlColumn));
        const QImage image = view->viewport()->grab(cell).toImage();
        int badge = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                badge += image.pixelColor(x, y) == QColor(0x1a, 0x62, 0xa8) ? 1 : 0;
        }
        return double(badge) / std::max(1, image.width() * image.height());
    }
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

// A large minified JSON body cut at the preview's end does not parse, and comes back as one long
// line: it is cut to 64 KiB like any text (laying out 256 KiB in one line stalled the window);
// a whole one is still shown laid out in full.
void tst_ChainView::longUnparsedJsonIsCut()
{
    const auto minifiedArray = [](qsizetype least) {
        QByteArray json = "[";
        for (int i = 0; json.size() < least; ++i)
            json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item\"},";
        json.back() = ']';
        return json;
    };
    const QByteArray minified = minifiedArray(400 * 1024);
    m_server->route("/big",
                    ScriptedServer::response(200, "OK", {{"Content-Type", "application/json"}}, minified));
    QVERIFY(sendAndShow(u"/big"_s));
    auto *body = child<QPlainTextEdit>("bodyText");
    QCOMPARE(body->toPlainText().size(), 64 * 1024);
    QVERIFY2(child<QLabel>("bodyInfoLabel")->text().contains(u"64 KiB shown"_s),
             qPrintable(child<QLabel>("bodyInfoLabel")->text()));

    m_server->route("/small",
                    ScriptedServer::response(200, "OK", {{"Content-Type", "application/json"}},
                                             minifiedArray(100 * 1024)));
    QVERIFY(sendAndShow(u"/small"_s));
    QVERIFY2(body->toPlainText().startsWith(u"[\n    {"_s), qPrintable(body->toPlainText().left(40)));
    QVERIFY(body->toPlainText().size() > 100 * 1024); // laid out in lines, all of it
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
    // 499 is nginx's "Client Closed Request", Esri's "Token Required" and Google's APIs' "Client
    // Closed Request" (gRPC's CANCELLED); an ArcGIS server says so.
    m_server->route("/esri",
                    ScriptedServer::response(499, "Token Required", {{"Server", "Esri ArcGIS Server"}}));
    QVERIFY(sendAndShow(u"/esri"_s));
    const QString text = meaning();
    QVERIFY2(text.contains(u"3 meanings"_s), qPrintable(text));
    QVERIFY2(text.indexOf(u"Token Required ·"_s) < text.indexOf(u"Client Closed Request ·"_s),
             qPrintable(text));

    // Two meanings share nginx's reason, so the heading's origin tells which came first: nginx's,
    // because the Server header names nginx and not Google.
    m_server->route("/nginx",
                    ScriptedServer::response(499, "Client Closed Request", {{"Server", "nginx/1.25"}}));
    QVERIFY(sendAndShow(u"/nginx"_s));
    const QString nginx = meaning();
    const qsizetype nginxMeaning = nginx.indexOf(u"· nginx"_s);
    QVERIFY2(nginxMeaning >= 0, qPrintable(nginx));
    QVERIFY2(nginxMeaning < nginx.indexOf(u"· Esri"_s), qPrintable(nginx));
    QVERIFY2(nginxMeaning < nginx.indexOf(u"· Google APIs"_s), qPrintable(nginx));

    // Google's front end names Google: its meaning of the shared reason comes first.
    m_server->route("/google",
                    ScriptedServer::response(499, "Client Closed Request", {{"Server", "Google Frontend"}}));
    QVERIFY(sendAndShow(u"/google"_s));
    const QString google = meaning();
    const qsizetype googleMeaning = google.indexOf(u"· Google APIs"_s);
    QVERIFY2(googleMeaning >= 0, qPrintable(google));
    QVERIFY2(googleMeaning < google.indexOf(u"· nginx"_s), qPrintable(google));
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

void tst_ChainView::echoedCredentialIsMaskedOnScreen()
{
    // A server that copies the request's token into its redirect target: the rows, the request
    // tab and the response headers show it masked, as the exports do.
    const QByteArray token = "sekrit-token-4711";
    m_server->route("/echo", ScriptedServer::redirect(302, "/ok?token=" + token));
    Core::RequestSpec request = requestFor(m_server->url(u"/echo"_s));
    request.headers.append({"Authorization", "Bearer " + token});
    QVERIFY(sendAndWait(m_session, request));
    QCOMPARE(chainRows()->rowCount(), 2);
    QVERIFY(m_session->result().hops.at(1).url.toString().contains(QString::fromLatin1(token)));
    const auto masked = [&](const QString &text) { return !text.contains(QString::fromLatin1(token)); };
    for (int row = 0; row < 2; ++row) {
        const QModelIndex url = chainRows()->index(row, Core::ChainModel::UrlColumn);
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            QVERIFY2(masked(url.data(role).toString()), qPrintable(url.data(role).toString()));
        child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(row, 0));
        QTRY_VERIFY(!requestTab().isEmpty());
        QVERIFY2(masked(requestTab()), qPrintable(requestTab()));
        for (int i = 0; i < responseHeaders()->topLevelItemCount(); ++i)
            QVERIFY2(masked(responseHeaders()->topLevelItem(i)->text(1)),
                     qPrintable(responseHeaders()->topLevelItem(i)->text(1)));
    }
    // The chain itself keeps what happened, for an export that asks for credentials.
    QVERIFY(m_view->shownChain().hops.at(1).url.toString().contains(QString::fromLatin1(token)));
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

// A hop that went through a proxy or to a pinned address carries a badge in its URL cell, whose tool
// tip says which; its Request tab says so in words, with the HTTP version asked and the
// authentication round, never the secret, and with names shown as text.
void tst_ChainView::routeBadgeAndRequestTab()
{
    const Core::ChainResult chain = routedChain();
    m_view->showStoredChain(chain);
    QCOMPARE(Gui::ChainDelegate::routeBadgeText(chain.hops.at(0)), u"proxy · pin"_s);
    QCOMPARE(Gui::ChainDelegate::routeBadgeText(chain.hops.at(2)), QString());
    QVERIFY2(badgeShare(0) > 0.02, qPrintable(QString::number(badgeShare(0))));
    QVERIFY2(badgeShare(1) > 0.02, qPrintable(QString::number(badgeShare(1))));
    QCOMPARE(badgeShare(2), 0.0);

    auto *view = child<QTreeView>("chainView");
    const QRect cell = view->visualRect(chainRows()->index(0, Core::ChainModel::UrlColumn));
    QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Via proxy http://127.0.0.1:8888, as user &lt;b&gt;pu&lt;/b&gt;."_s),
             qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(u"Connected to 203.0.113.7:443 (pinned)"_s),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();

    view->setCurrentIndex(chainRows()->index(1, 0));
    QTRY_VERIFY(requestTab().contains(u"Answered the 401 of hop 1 with Digest, user alice."_s));
    const QString tab = requestTab();
    for (
        const QString &sentence :
        {u"Via proxy http://127.0.0.1:8888, as user <b>pu</b>."_s,
         u"Connected to 203.0.113.7:443 (pinned); the URL, the Host field and the certificate check stay api.example."_s,
         u"HTTP version asked: HTTP/1.1 only."_s})
        QVERIFY2(tab.contains(sentence), qPrintable(sentence + u" missing from:\n"_s + tab));
    QVERIFY2(!tab.contains(u"6629fae4"_s), qPrintable(tab)); // the Digest response stays masked

    // The first hop sent no credentials; the third went straight.
    view->setCurrentIndex(chainRows()->index(0, 0));
    QTRY_VERIFY(requestTab().contains(u"Via proxy"_s));
    QVERIFY(!requestTab().contains(u"Answered"_s));
    view->setCurrentIndex(chainRows()->index(2, 0));
    QTRY_VERIFY(requestTab().contains(u"plain.example"_s));
    QVERIFY(!requestTab().contains(u"Route and credentials"_s));
}

void tst_ChainView::routeTextsFollowTheLanguage()
{
    m_view->showStoredChain(routedChain());
    child<QTreeView>("chainView")->setCurrentIndex(chainRows()->index(1, 0));
    QTRY_VERIFY(requestTab().contains(u"Answered the 401 of hop 1"_s));
    QCOMPARE(Gui::ChainDelegate::routeBadgeText(routedChain().hops.at(1)), u"proxy · pin"_s);

    HopTabBrackets brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(requestTab().contains(u"«Answered the 401 of hop 1 with Digest, user alice.»"_s),
                 qPrintable(requestTab()));
    for (const QString &sentence :
         {u"«Route and credentials»"_s, u"«Via proxy http://127.0.0.1:8888, as user <b>pu</b>.»"_s,
          u"«HTTP version asked: «HTTP/1.1 only».»"_s})
        QVERIFY2(requestTab().contains(sentence),
                 qPrintable(sentence + u" missing from:\n"_s + requestTab()));
    QCOMPARE(Gui::ChainDelegate::routeBadgeText(routedChain().hops.at(1)), u"«proxy» · «pin»"_s);

    QCoreApplication::removeTranslator(&brackets);
    QTRY_VERIFY2(!requestTab().contains(u"«"_s), qPrintable(requestTab()));
    QVERIFY(requestTab().contains(u"Answered the 401 of hop 1 with Digest, user alice."_s));
}

QTEST_MAIN(tst_ChainView)
// Beside the Audit page's table (800×600) the chain view is about 240 px wide: every hop's
// columns stay in sight without scrolling sideways, the status badge whole and the URL cut in its
// middle; a header cut short ends in "…" and its tool tip says it whole. Given the width back,
// every header reads whole again.
void tst_ChainView::narrowViewKeepsEveryColumnInSight()
{
    Core::ChainResult stored;
    stored.request.url
        = QUrl(u"http://example.org/campaign/spring-sale-2024/landing-page?utm_source=newsletter"_s);
    Core::Hop first;
    first.method = "GET";
    first.url = stored.request.url;
    first.status = 302;
    first.reason = u"Found"_s;
    first.responseHeaders = {{"Location", "http://example.org/new"}};
    first.timings.done = 3.5;
    Core::Hop second;
    second.index = 1;
    second.method = "GET";
    second.url = QUrl(u"http://example.org/new"_s);
    second.status = 200;
    second.reason = u"OK"_s;
    second.startMs = 3.5;
    second.timings.done = 2;
    stored.hops = {first, second};
    stored.totalMs = 5.5;
    stored.outcome = Core::ChainOutcome::Complete;
    m_view->showStoredChain(stored);
    auto *view = child<QTreeView>("chainView");
    QHeaderView *header = view->header();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto fits = [header, margin](int column) {
        return header->fontMetrics().horizontalAdvance(
                   header->model()->headerData(column, Qt::Horizontal).toString())
            + 2 * margin
            <= header->sectionSize(column);
    };

    m_view->resize(240, 600);
    QTRY_VERIFY(view->viewport()->width() < 240);
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(header->length() <= view->viewport()->width(),
             qPrintable(u"%1 in %2"_s.arg(header->length()).arg(view->viewport()->width())));
    const auto *items = static_cast<const QAbstractItemView *>(view);
    QVERIFY(header->sectionSize(Core::ChainModel::StatusColumn)
            >= items->sizeHintForColumn(Core::ChainModel::StatusColumn));
    QVERIFY(!header->isSectionHidden(Core::ChainModel::UrlColumn));
    QVERIFY(header->sectionSize(Core::ChainModel::UrlColumn) >= 3 * view->fontMetrics().averageCharWidth());
    int cut = 0;
    for (int column = 0; column < Core::ChainModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column) || fits(column))
            continue;
        ++cut;
        const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QHelpEvent help(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(header->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
        QToolTip::hideText();
    }
    QVERIFY(cut > 0); // at this width some are; the tool tips above were asked for

    m_view->resize(1100, 600);
    QTRY_VERIFY(view->viewport()->width() > 900);
    QCoreApplication::processEvents();
    for (int column = 0; column < Core::ChainModel::ColumnCount; ++column) {
        QVERIFY(!header->isSectionHidden(column));
        QVERIFY2(fits(column), qPrintable(header->model()->headerData(column, Qt::Horizontal).toString()));
    }
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
}

#include "tst_chainview.moc"
