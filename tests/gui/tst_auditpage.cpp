// SPDX-License-Identifier: MIT
// The Audit page (issue 18) driven as a user would, against a ScriptedServer on 127.0.0.1: a map
// run fills the table in input order with each row's problems, the filters, a selected row's chain,
// pause, resume and cancel, the exports read back, and a re-run of the failed rows.
#include "scriptedserver.h"

#include "core/audit/auditwriter.h"
#include "core/catalogue/statuscatalogue.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditpage.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/console/chainview.h"
#include "gui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Test::ScriptedServer;

class tst_AuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mapRunFillsTheTableInInputOrder();
    void fileAndSitemapInputs();
    void filters();
    void selectingARowShowsItsChain();
    void aChainNotKeptIsFetchedAgain();
    void pauseResumeCancel();
    void exportsReadBack();
    void harMasksCredentials();
    void rerunOnlyTheFailedRows();
    void aNewRunTakesDownTheLastNotes();
    void keyboard();
    void chainPaneAndHeadersSayWhatTheyAre();
    void ctrl3OpensThePage();
    void everyInputHasAnAccessibleName();
    void grabs();

private:
    QString map() const;
    void runMap(Gui::AuditPage &page);
    int rowOfSource(const Gui::AuditPage &page, const QString &pathEnd) const;

    std::optional<Core::StatusCatalogue> m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<ScriptedServer> m_server;
    QList<QTcpSocket *> m_held; // sockets of /hold requests, answered when a test says so
    int m_flakyCalls = 0;
};

void tst_AuditPage::initTestCase()
{
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_AuditPage::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_held.clear();
    m_flakyCalls = 0;
    // /a answers late, so the chains end out of input order.
    m_server->route("/a", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        QTimer::singleShot(150, socket, [socket] { socket->write(ScriptedServer::redirect(301, "/a-new")); });
    });
    m_server->route("/a-new", ScriptedServer::response(200, "OK", {}, "new a"));
    m_server->route("/b", ScriptedServer::redirect(302, "/b-new"));
    m_server->route("/b-new", ScriptedServer::response(200, "OK"));
    m_server->route("/c", ScriptedServer::redirect(301, "/wrong"));
    m_server->route("/wrong", ScriptedServer::response(200, "OK"));
    m_server->route("/d", ScriptedServer::response(404, "Not Found"));
    m_server->route("/e", ScriptedServer::redirect(301, "/e1"));
    m_server->route("/e1", ScriptedServer::redirect(301, "/e2"));
    m_server->route("/e2", ScriptedServer::response(200, "OK"));
    m_server->route("/ok", ScriptedServer::response(200, "OK"));
    m_server->route("/hold",
                    [this](const ScriptedServer::Request &, QTcpSocket *socket) { m_held.append(socket); });
    m_server->route("/flaky", [this](const ScriptedServer::Request &, QTcpSocket *socket) {
        socket->write(++m_flakyCalls == 1 ? ScriptedServer::response(500, "Internal Server Error")
                                          : ScriptedServer::response(200, "OK"));
    });
}

void tst_AuditPage::cleanup()
{
    m_server.reset();
}

QString tst_AuditPage::map() const
{
    const QString o = m_server->origin();
    // Line 1 is the header; line 7 cannot be read; line 8 goes to an address nobody listens on.
    return u"source,expected_target,expected_status\n"_s + o + u"/a,/a-new,301\n"_s // matched
        + o + u"/b,/b-new,301\n"_s // 302 where 301 was expected: status-mismatch
        + o + u"/c,/right,301\n"_s // target-mismatch
        + o + u"/d,/d,\n"_s // 404: final-not-ok
        + o + u"/e,/e2,301\n"_s // two redirects: chain-too-long
        + u"::not a url::,/x,301\n"_s + u"http://127.0.0.2:"_s + QString::number(m_server->port())
        + u"/gone,/x,\n"_s;
}

void tst_AuditPage::runMap(Gui::AuditPage &page)
{
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    page.setInputText(map());
    QVERIFY(page.start());
    QVERIFY(finished.wait(20000));
}

int tst_AuditPage::rowOfSource(const Gui::AuditPage &page, const QString &pathEnd) const
{
    const QList<Core::AuditRow> &rows = page.rowModel()->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).source.endsWith(pathEnd))
            return i;
    }
    return -1;
}

void tst_AuditPage::mapRunFillsTheTableInInputOrder()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    QAbstractItemModelTester rowsTester(page.rowModel());
    QAbstractItemModelTester filterTester(page.filterModel());
    runMap(page);
    const QList<Core::AuditRow> &rows = page.rowModel()->rows();
    QCOMPARE(rows.size(), 7);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).index, i);
        QCOMPARE(rows.at(i).line, i + 2); // after the header row
    }
    const auto problems = [&](const QString &path) { return rows.at(rowOfSource(page, path)).problems; };
    QVERIFY2(problems(u"/a"_s).isEmpty(), qPrintable(problems(u"/a"_s).join(u' ')));
    QVERIFY(problems(u"/b"_s).contains(u"status-mismatch"_s));
    QVERIFY(!problems(u"/b"_s).contains(u"target-mismatch"_s));
    QVERIFY(problems(u"/c"_s).contains(u"target-mismatch"_s));
    QVERIFY(problems(u"/d"_s).contains(u"final-not-ok"_s));
    QVERIFY(problems(u"/e"_s).contains(u"chain-too-long"_s));
    QCOMPARE(rows.at(5).error ? rows.at(5).error->kind : QString(), u"invalid-input"_s);
    QVERIFY(rows.at(6).isError());
    // The view shows them in input order too, and the page counts them.
    QTableView *view = page.rowsView();
    QCOMPARE(view->model()->index(0, Gui::AuditRowModel::SourceColumn).data().toString(), rows.at(0).source);
    QCOMPARE(view->model()->index(1, Gui::AuditRowModel::ChainColumn).data().toString(), u"302>200"_s);
    QCOMPARE(page.summary().sources, 7);
    QCOMPARE(page.summary().matched, 1);
    QCOMPARE(page.summary().mismatched, 6);
    QVERIFY(page.findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"1 matched"_s));
    QVERIFY(page.findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"7 rows"_s));
    // The kind was guessed and said so.
    QVERIFY(!page.findChild<QLabel *>(u"guessLabel"_s)->text().isEmpty());
}

void tst_AuditPage::fileAndSitemapInputs()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    // A file chosen with Browse…: the kind is guessed before the run and said.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"map.tsv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((m_server->origin() + u"/b\t/b-new\t302\n"_s).toUtf8());
    file.close();
    page.setOpenFileChooser([&] { return file.fileName(); });
    page.findChild<QPushButton *>(u"browseButton"_s)->click();
    QCOMPARE(page.findChild<QLineEdit *>(u"filePathEdit"_s)->text(), file.fileName());
    QVERIFY(page.findChild<QLabel *>(u"guessLabel"_s)->text().contains(u"map"_s));
    QVERIFY(page.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.rowModel()->rowCount(), 1);
    QVERIFY(page.rowModel()->row(0).passed());

    // A sitemap URL: its <loc>s are the sources, without line numbers.
    m_server->route(
        "/sitemap.xml",
        ScriptedServer::response(200, "OK", {{"Content-Type", "application/xml"}},
                                 (u"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/"
                                  "schemas/sitemap/0.9\"><url><loc>%1/ok</loc></url><url><loc>%1/d</loc>"
                                  "</url></urlset>"_s)
                                     .arg(m_server->origin())
                                     .toUtf8()));
    page.setInputUrl(m_server->url(u"/sitemap.xml"_s).toString());
    QVERIFY(page.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.rowModel()->rowCount(), 2);
    QCOMPARE(page.rowModel()->row(0).line, 0);
    QVERIFY(page.rowModel()->row(0).passed());
    QVERIFY(page.rowModel()->row(1).problems.contains(u"final-not-ok"_s));
    QCOMPARE(page.filterModel()->index(0, Gui::AuditRowModel::LineColumn).data().toString(), QString());

    // A file that is not there: a sentence, and the page is ready again.
    page.setInputFile(dir.filePath(u"missing.csv"_s));
    page.start();
    QVERIFY(finished.size() == 3 || finished.wait(10000));
    QVERIFY2(page.notesText().contains(u"missing.csv"_s), qPrintable(page.notesText()));
    QVERIFY(!page.isRunning());
    // Nothing to run: said, and nothing starts.
    page.setInputText(QString());
    QVERIFY(!page.start());
    QVERIFY(page.notesText().contains(u"Paste"_s));
}

void tst_AuditPage::filters()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    runMap(page);
    Gui::AuditFilterModel *filter = page.filterModel();
    QCOMPARE(filter->rowCount(), 7);
    auto *show = page.findChild<QComboBox *>(u"showCombo"_s);
    show->setCurrentIndex(show->findData(u"*"_s));
    QCOMPARE(filter->rowCount(), 6);
    show->setCurrentIndex(show->findData(u"status-mismatch"_s));
    QCOMPARE(filter->rowCount(), 1);
    QVERIFY(filter->index(0, Gui::AuditRowModel::SourceColumn).data().toString().endsWith(u"/b"_s));
    show->setCurrentIndex(0);

    auto *host = page.findChild<QComboBox *>(u"hostCombo"_s);
    QVERIFY(host->findData(u"127.0.0.2"_s) > 0);
    host->setCurrentIndex(host->findData(u"127.0.0.2"_s));
    QCOMPARE(filter->rowCount(), 1);
    host->setCurrentIndex(host->findData(u"127.0.0.1"_s));
    QCOMPARE(filter->rowCount(), 5);
    host->setCurrentIndex(0);

    auto *status = page.findChild<QComboBox *>(u"statusCombo"_s);
    status->setCurrentIndex(status->findData(4));
    QCOMPARE(filter->rowCount(), 1);
    QVERIFY(filter->index(0, Gui::AuditRowModel::SourceColumn).data().toString().endsWith(u"/d"_s));
    status->setCurrentIndex(status->findData(Gui::AuditFilterModel::NoResponse));
    QCOMPARE(filter->rowCount(), 2); // the unreadable line and the refused connection
    status->setCurrentIndex(0);

    auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
    QTest::keyClicks(search, u"wrong"_s); // /c's final URL
    QCOMPARE(filter->rowCount(), 1);
    search->clear();

    // Sorting by time, then back by line, keeps every row.
    page.rowsView()->sortByColumn(Gui::AuditRowModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(filter->rowCount(), 7);
    page.rowsView()->sortByColumn(Gui::AuditRowModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(filter->index(0, Gui::AuditRowModel::LineColumn).data().toString(), u"2"_s);
}

void tst_AuditPage::selectingARowShowsItsChain()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    runMap(page);
    QSignalSpy shown(&page, &Gui::AuditPage::chainShown);
    const int row = rowOfSource(page, u"/e"_s);
    page.rowsView()->setCurrentIndex(page.filterModel()->index(row, 0));
    QCOMPARE(shown.size(), 1);
    const Core::ChainResult &chain = page.chainView()->shownChain();
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops.at(0).status, 301);
    QCOMPARE(chain.hops.at(2).status, 200);
    QVERIFY(page.findChild<QLabel *>(u"chainLabel"_s)->text().contains(u"Line 6"_s));
    // The unreadable line says why it was not run.
    page.rowsView()->setCurrentIndex(page.filterModel()->index(5, 0));
    QVERIFY(page.findChild<QLabel *>(u"chainLabel"_s)->text().contains(u"not run"_s));
}

void tst_AuditPage::aChainNotKeptIsFetchedAgain()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.setChainLimits(1000, 0); // only the chains of rows with a problem
    runMap(page);
    const int before = int(m_server->requestsTo("/a").size());
    QSignalSpy shown(&page, &Gui::AuditPage::chainShown);
    page.rowsView()->setCurrentIndex(page.filterModel()->index(rowOfSource(page, u"/a"_s), 0));
    QVERIFY(page.findChild<QLabel *>(u"chainLabel"_s)->text().contains(u"fetching"_s));
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_server->requestsTo("/a").size(), before + 1);
    QCOMPARE(page.chainView()->shownChain().hops.size(), 2);
    QVERIFY(page.findChild<QLabel *>(u"chainLabel"_s)->text().contains(u"fetched again"_s));
    // A problem row's chain was kept: nothing is sent for it.
    const int toB = int(m_server->requestsTo("/b").size());
    page.rowsView()->setCurrentIndex(page.filterModel()->index(rowOfSource(page, u"/b"_s), 0));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(m_server->requestsTo("/b").size(), toB);
}

void tst_AuditPage::pauseResumeCancel()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.show(); // Esc is a shortcut of the page: it needs a window
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *parallel = page.findChild<QSpinBox *>(u"parallelSpin"_s);
    parallel->setValue(1);
    const QString o = m_server->origin();
    page.setInputText(o + u"/ok?1\n"_s + o + u"/hold\n"_s + o + u"/ok?3\n"_s + o + u"/ok?4\n"_s);
    page.setInputKind(Core::AuditInputKind::List);
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(page.isRunning());
    // Start and Pause take turns in one place: only the one that does something is shown.
    auto *startButton = page.findChild<QPushButton *>(u"startButton"_s);
    auto *pause = page.findChild<QPushButton *>(u"pauseButton"_s);
    QVERIFY(!startButton->isEnabled());
    QVERIFY(!startButton->isVisible());
    QVERIFY(pause->isVisible());
    QTRY_COMPARE(m_held.size(), 1);
    pause->click();
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), u"Re&sume"_s);
    m_held.first()->write(ScriptedServer::response(200, "OK"));
    QTRY_COMPARE(page.rowModel()->rowCount(), 2);
    // Paused: the next source is not sent, however often the event loop turns.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(m_server->requestsTo("/ok").size(), 1);
    pause->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.rowModel()->rowCount(), 4);
    QVERIFY(!finished.first().first().value<Core::AuditSummary>().cancelled);

    // Cancel: the row that finished stays, the held one goes, and the page says so.
    m_held.clear();
    finished.clear();
    QVERIFY(page.start());
    QTRY_COMPARE(m_held.size(), 1);
    page.rowsView()->setFocus();
    QTest::keyClick(page.rowsView(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(page.summary().cancelled);
    QTRY_COMPARE(page.rowModel()->rowCount(), 1);
    QVERIFY(page.findChild<QLabel *>(u"progressLabel"_s)->text().startsWith(u"Cancelled"_s));
    QVERIFY(startButton->isEnabled() && startButton->isVisible());
    QVERIFY(!pause->isVisible());
}

void tst_AuditPage::exportsReadBack()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    runMap(page);
    QTemporaryDir dir;
    QVERIFY(page.exportCsv(dir.filePath(u"audit.csv"_s)));
    QFile csv(dir.filePath(u"audit.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> csvLines = csv.readAll().split('\n');
    QCOMPARE(csvLines.size(), 1 + 7 + 1); // header, rows, the empty piece after the last CRLF
    QCOMPARE(csvLines.at(0) + '\n', Core::auditCsvHeader());
    QVERIFY(csvLines.at(2).contains("status-mismatch"));
    QVERIFY(csvLines.at(2).contains("302>200"));

    QVERIFY(page.exportJsonLines(dir.filePath(u"audit.jsonl"_s)));
    QFile jsonl(dir.filePath(u"audit.jsonl"_s));
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    QList<QJsonObject> objects;
    for (const QByteArray &line : jsonl.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        objects.append(QJsonDocument::fromJson(line, &error).object());
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    QCOMPARE(objects.size(), 8);
    QCOMPARE(objects.at(0).value(u"line"_s).toInt(), 2);
    QCOMPARE(objects.at(0).value(u"match"_s).toBool(), true);
    QCOMPARE(objects.at(4).value(u"hops"_s).toInt(), 3);
    QCOMPARE(objects.last().value(u"summary"_s).toObject().value(u"sources"_s).toInt(), 7);

    // HAR: the chains kept for the rows shown; Authorization would be masked (none here).
    QVERIFY(page.exportHar(dir.filePath(u"audit.har"_s)));
    QFile har(dir.filePath(u"audit.har"_s));
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(har.readAll()).object().value(u"log"_s).toObject();
    QVERIFY(log.value(u"entries"_s).toArray().size() >= 2 + 2 + 2 + 1 + 3);
    QVERIFY(page.notesText().contains(u"credentials masked"_s));
    // A path that cannot be written is a sentence, not a crash.
    QVERIFY(!page.exportCsv(dir.filePath(u"no/such/dir/audit.csv"_s)));
    QVERIFY(page.notesText().contains(u"Could not save"_s));
}

void tst_AuditPage::harMasksCredentials()
{
    // A source with a password in its URL: the HAR masks it unless asked, as File → Export does.
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    QUrl url = m_server->url(u"/d"_s);
    url.setUserName(u"user"_s);
    url.setPassword(u"s3cr3t-word"_s);
    page.setInputText(url.toString() + u"\n"_s);
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(finished.wait(10000));
    // The table shows the source with its password masked.
    const QString shown = page.filterModel()->index(0, Gui::AuditRowModel::SourceColumn).data().toString();
    QVERIFY2(shown.contains(u"user:"_s) && !shown.contains(u"s3cr3t-word"_s), qPrintable(shown));
    page.rowsView()->setCurrentIndex(page.filterModel()->index(0, 0));
    QVERIFY(!page.findChild<QLabel *>(u"chainLabel"_s)->text().contains(u"s3cr3t-word"_s));
    QTemporaryDir dir;
    QVERIFY(page.exportHar(dir.filePath(u"masked.har"_s)));
    QFile masked(dir.filePath(u"masked.har"_s));
    QVERIFY(masked.open(QIODevice::ReadOnly));
    // The engine sends the URL's user and password as Basic authorization.
    const QByteArray basic = QByteArray("user:s3cr3t-word").toBase64();
    const QByteArray maskedText = masked.readAll();
    QVERIFY(maskedText.contains("\"Authorization\""));
    QVERIFY(!maskedText.contains(basic));
    QVERIFY(!maskedText.contains("s3cr3t-word"));
    QVERIFY(page.exportHar(dir.filePath(u"clear.har"_s), true));
    QFile clear(dir.filePath(u"clear.har"_s));
    QVERIFY(clear.open(QIODevice::ReadOnly));
    QVERIFY(clear.readAll().contains(basic));
    QVERIFY(page.notesText().contains(u"credentials included"_s));
}

void tst_AuditPage::rerunOnlyTheFailedRows()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    const QString o = m_server->origin();
    page.setInputText(o + u"/ok\n"_s + o + u"/flaky\n"_s);
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(page.rowModel()->row(0).passed());
    QVERIFY(page.rowModel()->row(1).problems.contains(u"final-not-ok"_s));
    auto *rerun = page.findChild<QPushButton *>(u"rerunButton"_s);
    QVERIFY(rerun->isEnabled());
    page.rowsView()->setCurrentIndex(page.filterModel()->index(1, 0));
    rerun->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.rowModel()->rowCount(), 2);
    QVERIFY(page.rowModel()->row(1).passed());
    QCOMPARE(page.rowModel()->row(1).finalStatus, 200);
    QCOMPARE(page.rowModel()->row(1).index, 1);
    QCOMPARE(m_server->requestsTo("/ok").size(), 1); // the row that passed was not sent again
    QCOMPARE(page.summary().matched, 2);
    QVERIFY(!rerun->isEnabled());
    // The selected row shows its new chain.
    QCOMPARE(page.chainView()->shownChain().hops.value(0).status, 200);
}

void tst_AuditPage::aNewRunTakesDownTheLastNotes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    page.setInputText(m_server->origin() + u"/ok\n"_s);
    QVERIFY(page.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(!page.exportCsv(dir.filePath(u"no/such/dir/audit.csv"_s)));
    auto *notes = page.findChild<QLabel *>(u"notesLabel"_s);
    QVERIFY(notes);
    QVERIFY(notes->isVisible());
    QVERIFY(page.notesText().contains(u"Could not save"_s));
    // A new run from a sitemap the server holds back, so the run has nothing to say yet: the last
    // run's sentence is gone, not left to be read as this one's.
    page.setInputUrl(m_server->url(u"/hold"_s).toString());
    QVERIFY(page.start());
    QTRY_COMPARE(m_held.size(), 1);
    QVERIFY2(!page.notesText().contains(u"Could not save"_s), qPrintable(page.notesText()));
    QVERIFY(!notes->isVisible() || !notes->text().contains(u"Could not save"_s));
    page.cancel();
    QVERIFY(!page.isRunning());
}

void tst_AuditPage::keyboard()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.setInputText(m_server->origin() + u"/hold\n"_s);
    // Ctrl+Enter in the paste box starts the run rather than adding a line.
    auto *paste = page.findChild<QPlainTextEdit *>(u"pasteEdit"_s);
    paste->setFocus();
    QTest::keyClick(paste, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(page.isRunning());
    QCOMPARE(paste->toPlainText(), m_server->origin() + u"/hold\n"_s);
    QTRY_COMPARE(m_held.size(), 1);
    // The paste box is off during the run: the focus went to Pause, which took Start's place.
    QCOMPARE(QApplication::focusWidget()->objectName(), u"pauseButton"_s);
    // Alt+S starts, pauses and resumes (Start and Pause/Resume take turns in one place), Esc cancels.
    auto *pause = page.findChild<QPushButton *>(u"pauseButton"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(pause->isChecked()); // a mnemonic animates the click
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!pause->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!page.isRunning());
    QVERIFY(page.findChild<QPushButton *>(u"startButton"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"startButton"_s);
    m_held.clear();

    // Alt+O opens the options over the page and goes into them; Tab moves among them, Esc closes
    // them (and cancels nothing).
    QWidget *options = page.optionsPanel();
    QVERIFY(!options->isVisible());
    QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(options->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"ignoreQueryCheck"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"ignoreSlashCheck"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(page.runOptions().check.match.ignoreTrailingSlash);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!options->isVisible());
    QVERIFY(page.runOptions().check.match.ignoreTrailingSlash);
    QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(options->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!options->isVisible());

    // Tab goes through the page in the order it is read: the input, its kind, the options button,
    // the buttons, the filters, the table (once: the arrow keys move in it), then the chain. The file tab,
    // after a run, so every button can be reached.
    runMap(page);
    page.setInputFile(u"/nowhere/map.csv"_s);
    page.focusInput();
    QStringList order;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == page.chainView() || page.chainView()->isAncestorOf(focus))
            break;
        order.append(focus->objectName().startsWith(u"qt_"_s) ? focus->parentWidget()->objectName()
                                                              : focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QStringList expected{u"filePathEdit"_s, u"browseButton"_s, u"kindCombo"_s,    u"optionsButton"_s,
                               u"startButton"_s,  u"rerunButton"_s,  u"exportButton"_s, u"showCombo"_s,
                               u"hostCombo"_s,    u"statusCombo"_s,  u"searchEdit"_s,   u"rowsView"_s};
    QCOMPARE(order, expected);
    // Shift+Tab from the input goes back to the input tabs, where the arrow keys switch them.
    QWidget *input = page.findChild<QWidget *>(u"filePathEdit"_s);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Backtab);
    QVERIFY(page.findChild<QWidget *>(u"inputTabs"_s)->isAncestorOf(QApplication::focusWidget()));
}

void tst_AuditPage::chainPaneAndHeadersSayWhatTheyAre()
{
    // The chain pane says how a chain gets there (the console's "Type a URL…" is not for this page),
    // again after a re-fetch that could not be sent, and the console keeps its own hint.
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    auto *summary = page.chainView()->findChild<QLabel *>(u"summaryLabel"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"Select a row to see its chain hop by hop."_s);
    page.chainView()->startWaiting({});
    page.chainView()->stopWaiting();
    QCOMPARE(summary->text(), u"Select a row to see its chain hop by hop."_s);
    Gui::ChainView console(&*m_catalogue);
    QCOMPARE(console.findChild<QLabel *>(u"summaryLabel"_s)->text(),
             u"Type a URL and press Enter to send it."_s);
    // A header that a narrow column cuts to "…" is said whole in its tool tip.
    QAbstractItemModel *model = page.rowsView()->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!name.isEmpty());
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), name);
    }
    QCOMPARE(page.rowsView()->horizontalHeader()->textElideMode(), Qt::ElideRight);
}

void tst_AuditPage::ctrl3OpensThePage()
{
    Gui::MainWindow window(*m_catalogue, &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *pages = window.centralWidget()->findChild<Gui::AuditPage *>(u"auditPage"_s);
    QVERIFY(pages);
    QCOMPARE(qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget(), pages);
    QVERIFY(pages->isAncestorOf(QApplication::focusWidget()));
}

void tst_AuditPage::everyInputHasAnAccessibleName()
{
    // As tst_mainwindow asks of the rest of the window: a name and a description (or tool tip) for
    // each field, list and view, so a screen reader can say what it is for.
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStringList unnamed;
    QStringList undescribed;
    for (QWidget *widget : page.findChildren<QWidget *>()) {
        if (page.chainView()->isAncestorOf(widget))
            continue; // the console's chain view, checked by tst_mainwindow
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget);
        if (!input || qobject_cast<QLineEdit *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || widget->inherits("QComboBoxListView") || qobject_cast<QHeaderView *>(widget))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed.append(widget->objectName());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Description).isEmpty())
            undescribed.append(widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"no accessible description: "_s + undescribed.join(u", "_s)));
}

// Pictures of the page after a run, for a person to look at: STATUSSCOPE_GRAB_DIR=/some/dir.
void tst_AuditPage::grabs()
{
    const QString dir = qEnvironmentVariable("STATUSSCOPE_GRAB_DIR");
    if (dir.isEmpty())
        QSKIP("STATUSSCOPE_GRAB_DIR is not set");
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    runMap(page);
    page.rowsView()->setCurrentIndex(page.filterModel()->index(1, 0));
    for (const QSize &size : {QSize(800, 600), QSize(1920, 1080)}) {
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.height() == size.height(), "the page does not fit the height");
        QVERIFY(page.grab().save(u"%1/auditpage-%2x%3.png"_s.arg(dir).arg(size.width()).arg(size.height())));
    }
}

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
