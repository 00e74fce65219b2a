// SPDX-License-Identifier: MIT
// The main window around its Audit page (issue 18): the page and its options and input kept
// between sessions, and a close that would lose a run or its rows asked about first. Against a
// ScriptedServer on 127.0.0.1.
#include "core/i18n/translations.h"
#include "core/settings/settings.h"
#include "gui/auditview/auditpage.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/mainwindow.h"
#include "scriptedserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Test::ScriptedServer;

class tst_MainWindowPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void auditPageIsRestoredWithItsOptionsAndInput();
    void auditPageNeverOpenedKeepsWhatWasSaved();
    void auditSplitterIsKept();
    void auditSplitterIgnoresAStateItCannotUse();
    void closeAsksWhileAnAuditRuns();
    void closeAsksForRowsNotExported();
    void closeQuestionIsAMessageBoxThatCanBeAnswered();

private:
    static Core::StatusCatalogue catalogue();
    std::unique_ptr<Gui::MainWindow> makeWindow();
    QStackedWidget *pages(Gui::MainWindow *window) const
    {
        return window->findChild<QStackedWidget *>(u"pages"_s);
    }
    // Starts an audit of `paths` (on the scripted server) on the page.
    void startAudit(Gui::AuditPage *page, const QList<QByteArray> &paths);

    QNetworkAccessManager m_manager;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<ScriptedServer> m_server;
    QList<QTcpSocket *> m_held; // requests to /hold, never answered
};

void tst_MainWindowPages::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
}

Core::StatusCatalogue tst_MainWindowPages::catalogue()
{
    return *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_MainWindowPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Core::Settings>(m_store.get());
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK"));
    m_server->route("/moved", ScriptedServer::redirect(301, "/ok"));
    m_server->route("/hold",
                    [this](const ScriptedServer::Request &, QTcpSocket *socket) { m_held.append(socket); });
}

void tst_MainWindowPages::cleanup()
{
    m_held.clear();
    m_server.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Gui::MainWindow> tst_MainWindowPages::makeWindow()
{
    auto window = std::make_unique<Gui::MainWindow>(catalogue(), &m_manager);
    window->setSettings(m_settings.get());
    return window;
}

void tst_MainWindowPages::startAudit(Gui::AuditPage *page, const QList<QByteArray> &paths)
{
    QString text;
    for (const QByteArray &path : paths)
        text += m_server->url(QString::fromLatin1(path)).toString() + u'\n';
    page->setInputText(text);
    QVERIFY(page->start());
}

// The Audit page in front when the window closed is in front again, built as View → Audit builds
// it, with its run options, its input kind, the three inputs and the tab that was current.
void tst_MainWindowPages::auditPageIsRestoredWithItsOptionsAndInput()
{
    const QString pasted = u"https://example.org/old,https://example.org/new,301\n/a,/b\n"_s;
    {
        std::unique_ptr<Gui::MainWindow> window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(!window->findChild<Gui::AuditPage *>());
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        Gui::AuditPage *page = window->findChild<Gui::AuditPage *>();
        QVERIFY(page);
        QCOMPARE(pages(window.get())->currentWidget(), page);
        Core::AuditRunOptions options;
        options.base.method = "HEAD";
        options.parallel = 40;
        options.perHost = 0;
        options.ratePerHost = 2.5;
        options.check.maxChain = 3;
        options.check.match.ignoreQuery = true;
        options.check.match.ignoreTrailingSlash = true;
        page->setRunOptions(options);
        page->setInputKind(Core::AuditInputKind::Map);
        page->setInputFile(u"/srv/maps/redirects.csv"_s);
        page->setInputUrl(u"https://example.org/sitemap.xml"_s);
        page->setInputText(pasted);
        QCOMPARE(window->closeRisk(), Gui::MainWindow::CloseRisk::None); // nothing run: nothing to lose
        QVERIFY(window->close()); // saves
    }
    QCOMPARE(m_store->value(u"window/page"_s).toString(), u"audit"_s);
    std::unique_ptr<Gui::MainWindow> window = makeWindow();
    Gui::AuditPage *page = window->findChild<Gui::AuditPage *>();
    QVERIFY(page);
    QCOMPARE(page, window->auditPage());
    QCOMPARE(pages(window.get())->currentWidget(), page);
    const Core::AuditRunOptions options = page->runOptions();
    QCOMPARE(options.base.method, QByteArray("HEAD"));
    QCOMPARE(options.parallel, 40);
    QCOMPARE(options.perHost, 0);
    QCOMPARE(options.ratePerHost, 2.5);
    QCOMPARE(options.check.maxChain, 3);
    QVERIFY(options.check.match.ignoreQuery);
    QVERIFY(options.check.match.ignoreTrailingSlash);
    QCOMPARE(page->inputKind(), Core::AuditInputKind::Map);
    QCOMPARE(page->inputTab(), Gui::AuditPage::InputTab::Paste);
    QCOMPARE(page->inputText(), pasted);
    QCOMPARE(page->inputFile(), u"/srv/maps/redirects.csv"_s);
    QCOMPARE(page->inputUrl(), u"https://example.org/sitemap.xml"_s);

    // The other tabs come back too; and the catalogue in front is restored as before.
    page->setInputUrl(u"https://example.org/sitemap_index.xml"_s);
    window->findChild<QAction *>(u"catalogueAction"_s)->trigger();
    QVERIFY(window->close());
    window = makeWindow();
    QCOMPARE(pages(window.get())->currentWidget(), window->cataloguePage());
    QVERIFY(!window->findChild<Gui::AuditPage *>());
    page = window->auditPage();
    QCOMPARE(page->inputTab(), Gui::AuditPage::InputTab::Url);
    QCOMPARE(page->inputUrl(), u"https://example.org/sitemap_index.xml"_s);
    QCOMPARE(page->inputText(), pasted);
    QCOMPARE(page->runOptions().parallel, 40);
}

// A window whose Audit page was never opened writes nothing over what the last one kept for it.
void tst_MainWindowPages::auditPageNeverOpenedKeepsWhatWasSaved()
{
    {
        std::unique_ptr<Gui::MainWindow> window = makeWindow();
        Gui::AuditPage *page = window->auditPage();
        Core::AuditRunOptions options;
        options.parallel = 7;
        page->setRunOptions(options);
        page->setInputText(u"https://example.org/a\n"_s);
        window->findChild<QAction *>(u"catalogueAction"_s)->trigger();
        QVERIFY(window->close());
    }
    const QByteArray options = m_store->value(u"audit/options"_s).toByteArray();
    QVERIFY(options.contains("\"parallel\":7"));
    {
        std::unique_ptr<Gui::MainWindow> window = makeWindow();
        QVERIFY(!window->findChild<Gui::AuditPage *>());
        QVERIFY(window->close());
        QVERIFY(!window->findChild<Gui::AuditPage *>());
    }
    QCOMPARE(m_store->value(u"audit/options"_s).toByteArray(), options);
    QCOMPARE(m_store->value(u"audit/inputText"_s).toString(), u"https://example.org/a\n"_s);
}

// Closing (or Quit) while an audit runs asks first: Cancel keeps the window and the run and shows
// the page; Stop and Quit stops the run and closes, keeping the settings as any close does.
// The split between the Audit page's table and its chain comes back as the user left it.
void tst_MainWindowPages::auditSplitterIsKept()
{
    QList<int> moved;
    {
        std::unique_ptr<Gui::MainWindow> window = makeWindow();
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier); // View → Audit Redirects
        auto *splitter = window->auditPage()->findChild<QSplitter *>(u"splitter"_s);
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->sizes().value(1) > 0);
        const QList<int> sizes = splitter->sizes();
        // Towards the table, as far as the panes' least sizes let it go.
        splitter->setSizes({sizes.at(0) - 60, sizes.at(1) + 60});
        moved = splitter->sizes();
        QVERIFY2(moved != sizes, "the split did not move");
        QVERIFY(window->close());
    }
    QVERIFY(!m_store->value(u"audit/splitter"_s).toByteArray().isEmpty());
    std::unique_ptr<Gui::MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *splitter = window->auditPage()->findChild<QSplitter *>(u"splitter"_s);
    QTRY_COMPARE(splitter->sizes(), moved);
    // View → Reset Layout gives the table three fifths again, or its least width where that is more.
    window->resetLayout();
    QTRY_VERIFY(splitter->sizes() != moved);
    const QList<int> reset = splitter->sizes();
    const int total = reset.at(0) + reset.at(1);
    const QWidget *table = splitter->widget(0);
    const int least = std::max(table->minimumWidth(), table->minimumSizeHint().width());
    QVERIFY2(std::abs(reset.at(0) - std::max(total * 3 / 5, least)) <= 2,
             qPrintable(u"%1 and %2 (least %3)"_s.arg(reset.at(0)).arg(reset.at(1)).arg(least)));
}

// A saved split that cannot be read (edited by hand, damaged) or that is another splitter's (three
// panes, stacked, collapsible) is ignored: the page opens with its own split and panes that do
// not collapse, in the orientation its height gives it.
void tst_MainWindowPages::auditSplitterIgnoresAStateItCannotUse()
{
    QSplitter other(Qt::Vertical);
    for (int i = 0; i < 3; ++i)
        other.addWidget(new QWidget);
    other.setChildrenCollapsible(true);
    other.setSizes({0, 10, 20});
    const QByteArray foreign = other.saveState();
    for (const QByteArray &state :
         {QByteArray("not a splitter"), QByteArray(1, '\xff'), foreign.left(9), foreign}) {
        m_store->setValue(u"audit/splitter"_s, state);
        m_store->setValue(u"window/page"_s, u"audit"_s);
        std::unique_ptr<Gui::MainWindow> window = makeWindow();
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *splitter = window->auditPage()->findChild<QSplitter *>(u"splitter"_s);
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 2);
        QVERIFY(!splitter->childrenCollapsible());
        QCOMPARE(splitter->orientation(), Qt::Horizontal); // the page is lower than 800 px
        QTRY_VERIFY(splitter->sizes().value(0) > 0 && splitter->sizes().value(1) > 0);
        QVERIFY(window->close());
    }
}

void tst_MainWindowPages::closeAsksWhileAnAuditRuns()
{
    std::unique_ptr<Gui::MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<Gui::MainWindow::CloseRisk> asked;
    bool answer = false;
    window->setCloseQuestion([&](Gui::MainWindow::CloseRisk risk) {
        asked.append(risk);
        return answer;
    });
    Gui::AuditPage *page = window->auditPage();
    QSignalSpy finished(page, &Gui::AuditPage::runFinished);
    startAudit(page, {"/ok", "/hold"});
    QTRY_COMPARE(m_held.size(), 1);
    QVERIFY(page->isRunning());
    window->findChild<QAction *>(u"catalogueAction"_s)->trigger();

    window->findChild<QAction *>(u"quitAction"_s)->trigger();
    QCOMPARE(asked, QList{Gui::MainWindow::CloseRisk::AuditRunning});
    QVERIFY(window->isVisible());
    QVERIFY(page->isRunning());
    QCOMPARE(pages(window.get())->currentWidget(), page); // where the run is
    QVERIFY(finished.isEmpty());

    answer = true;
    QVERIFY(window->close());
    QCOMPARE(asked.size(), 2);
    QVERIFY(!window->isVisible());
    QVERIFY(!page->isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(page->summary().cancelled);
    QCOMPARE(m_store->value(u"window/page"_s).toString(), u"audit"_s);
}

// A finished run whose rows no CSV or JSON Lines export wrote is asked about (Discard or Cancel);
// once exported, the window closes without a question, until a re-run brings rows again.
void tst_MainWindowPages::closeAsksForRowsNotExported()
{
    std::unique_ptr<Gui::MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<Gui::MainWindow::CloseRisk> asked;
    window->setCloseQuestion([&](Gui::MainWindow::CloseRisk risk) {
        asked.append(risk);
        return false;
    });
    Gui::AuditPage *page = window->auditPage();
    QSignalSpy finished(page, &Gui::AuditPage::runFinished);
    startAudit(page, {"/ok", "/moved"});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(page->summary().sources, 2);
    QCOMPARE(window->closeRisk(), Gui::MainWindow::CloseRisk::AuditUnexported);
    QVERIFY(!window->close());
    QCOMPARE(asked, QList{Gui::MainWindow::CloseRisk::AuditUnexported});
    QVERIFY(window->isVisible());
    QCOMPARE(page->rowModel()->rowCount(), 2); // nothing was discarded

    // A HAR holds chains, not the rows: it does not count as exporting them.
    QVERIFY(page->exportHar(m_dir->filePath(u"audit.har"_s)));
    QCOMPARE(window->closeRisk(), Gui::MainWindow::CloseRisk::AuditUnexported);
    QVERIFY(page->exportCsv(m_dir->filePath(u"audit.csv"_s)));
    QCOMPARE(window->closeRisk(), Gui::MainWindow::CloseRisk::None);

    // Another run brings rows no export has written.
    startAudit(page, {"/ok"});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(window->closeRisk(), Gui::MainWindow::CloseRisk::AuditUnexported);
    QVERIFY(page->exportJsonLines(m_dir->filePath(u"audit.jsonl"_s)));
    QVERIFY(window->close());
    QCOMPARE(asked.size(), 1);
    QVERIFY(!window->isVisible());
}

// Without a seam the question is a message box, named closeQuestion, with Discard (or Stop and
// Quit) and Cancel: answered here as a user would, Cancel first.
void tst_MainWindowPages::closeQuestionIsAMessageBoxThatCanBeAnswered()
{
    std::unique_ptr<Gui::MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Gui::AuditPage *page = window->auditPage();
    QSignalSpy finished(page, &Gui::AuditPage::runFinished);
    startAudit(page, {"/ok"});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    QStringList buttons;
    const auto answerWith = [&](const QString &button) {
        // The box is modal: it is answered from the event loop it runs.
        QTimer::singleShot(0, window.get(), [&buttons, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"closeQuestion"_s)
                return;
            buttons.clear();
            for (QAbstractButton *candidate : box->buttons())
                buttons.append(candidate->text().remove(u'&'));
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(u'&') == button)
                    candidate->click();
            }
        });
    };
    answerWith(u"Cancel"_s);
    QVERIFY(!window->close());
    QVERIFY2(buttons.contains(u"Discard"_s) && buttons.contains(u"Cancel"_s),
             qPrintable(buttons.join(u", "_s)));
    QVERIFY(window->isVisible());
    answerWith(u"Discard"_s);
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
}

QTEST_MAIN(tst_MainWindowPages)
#include "tst_mainwindowpages.moc"
