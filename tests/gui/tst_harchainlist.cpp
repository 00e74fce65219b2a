// SPDX-License-Identifier: MIT
// The history panel's list of an opened HAR file's chains: rows formatted by a model, sorted by
// its columns, searched, chosen by mouse or keys, replaced by the next file, URLs masked.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/harimport.h"
#include "core/i18n/translations.h"
#include "core/requests/secrets.h"
#include "gui/historyview/harchainfiltermodel.h"
#include "gui/historyview/harchainlist.h"
#include "gui/historyview/harchainmodel.h"
#include "gui/historyview/historypanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Gui::HarChainModel;

class tst_HarChainList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsForTheFileChains();
    void sortsByStatusAndHops();
    void sortsByHeaderClick();
    void sortKeepsTheChosenRowAndTheSearch();
    void choosingARowHandsOnItsChain();
    void keysMoveTheChoice();
    void secondFileReplacesTheFirst();
    void urlPasswordIsMasked();
    void searchNarrowsTheRows();
    void wideNumbersAreNotCut();
    void fileNameIsShownAsItIs();

private:
    QList<Core::ChainResult> load(const QString &path);
    // chromium.har (a POST 302 → 200, a 404) followed by firefox.har (301 → 200) and
    // charles-checkout.har (500, 200): statuses 200 404 200 500 200, hops 2 1 2 1 1.
    QList<Core::ChainResult> mixed();
    QStringList column(int column) const;
    QTreeView *view() const { return m_panel->findChild<QTreeView *>(u"harList"_s); }
    Gui::HarChainList *list() const { return m_panel->findChild<Gui::HarChainList *>(); }

    Core::StatusCatalogue m_catalogue;
    std::unique_ptr<Gui::HistoryPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void tst_HarChainList::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_HarChainList::init()
{
    m_panel = std::make_unique<Gui::HistoryPanel>(nullptr);
    m_panel->resize(600, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(list());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(list()->chainModel());
    m_filterTester = std::make_unique<QAbstractItemModelTester>(list()->filterModel());
}

void tst_HarChainList::cleanup()
{
    m_filterTester.reset();
    m_sourceTester.reset();
    m_panel.reset();
}

QList<Core::ChainResult> tst_HarChainList::load(const QString &path)
{
    QString error;
    const std::optional<Core::HarImport> imported = Core::importHarFile(path, m_catalogue, &error);
    if (!imported)
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(error));
    return imported->chains;
}

QList<Core::ChainResult> tst_HarChainList::mixed()
{
    return load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/chromium.har"))
        + load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/firefox.har"))
        + load(QStringLiteral(STATUSSCOPE_TEST_DATA "/corpus/har/charles-checkout.har"));
}

QStringList tst_HarChainList::column(int column) const
{
    QStringList texts;
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

void tst_HarChainList::rowsForTheFileChains()
{
    auto *tabs = m_panel->findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 2); // no HAR tab before a file is opened
    m_panel->showHarChains(u"chromium.har"_s,
                           load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/chromium.har")));

    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), u"chromium.har"_s);
    QCOMPARE(tabs->currentWidget(), list());
    QTreeView *har = view();
    QVERIFY(har->isVisible());
    QCOMPARE(har->accessibleName(), u"Chains in the HAR file"_s);
    QVERIFY(har->accessibleDescription().contains(u"HAR file"_s));
    const QAbstractItemModel *model = har->model();
    QCOMPARE(model->columnCount(), 4);
    QStringList headers;
    for (int section = 0; section < model->columnCount(); ++section)
        headers.append(model->headerData(section, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"#"_s, u"Status"_s, u"Hops"_s, u"URL"_s}));
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(column(HarChainModel::StatusColumn), (QStringList{u"200"_s, u"404"_s}));
    QCOMPARE(column(HarChainModel::HopsColumn), (QStringList{u"2"_s, u"1"_s}));
    QCOMPARE(column(HarChainModel::UrlColumn),
             (QStringList{u"https://shop.example/login"_s, u"https://shop.example/img/missing.png"_s}));
    // The URL column may be cut in its middle; its tool tip has it whole.
    QCOMPARE(model->index(1, HarChainModel::UrlColumn).data(Qt::ToolTipRole).toString(),
             u"https://shop.example/img/missing.png"_s);
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
}

void tst_HarChainList::sortsByStatusAndHops()
{
    m_panel->showHarChains(u"mixed.har"_s, mixed());
    QCOMPARE(column(HarChainModel::StatusColumn),
             (QStringList{u"200"_s, u"404"_s, u"200"_s, u"500"_s, u"200"_s}));
    QCOMPARE(column(HarChainModel::HopsColumn), (QStringList{u"2"_s, u"1"_s, u"2"_s, u"1"_s, u"1"_s}));

    // Equal values keep the file's order (the # column), in both directions.
    view()->sortByColumn(HarChainModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(column(HarChainModel::StatusColumn),
             (QStringList{u"200"_s, u"200"_s, u"200"_s, u"404"_s, u"500"_s}));
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"3"_s, u"5"_s, u"2"_s, u"4"_s}));
    view()->sortByColumn(HarChainModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"4"_s, u"2"_s, u"1"_s, u"3"_s, u"5"_s}));

    view()->sortByColumn(HarChainModel::HopsColumn, Qt::DescendingOrder);
    QCOMPARE(column(HarChainModel::HopsColumn), (QStringList{u"2"_s, u"2"_s, u"1"_s, u"1"_s, u"1"_s}));
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"3"_s, u"2"_s, u"4"_s, u"5"_s}));
    view()->sortByColumn(HarChainModel::HopsColumn, Qt::AscendingOrder);
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"2"_s, u"4"_s, u"5"_s, u"1"_s, u"3"_s}));

    view()->sortByColumn(HarChainModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
}

void tst_HarChainList::sortsByHeaderClick()
{
    // Numbers sort as numbers: chain 10 comes after chain 9, not after chain 1.
    QList<Core::ChainResult> chains;
    for (int i = 0; i < 4; ++i)
        chains += load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/mixed-producers.har"));
    m_panel->showHarChains(u"many.har"_s, chains);
    QHeaderView *header = view()->header();
    QCOMPARE(header->sortIndicatorSection(), int(HarChainModel::NumberColumn));
    const auto click = [header](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                                 header->height() / 2));
    };
    click(HarChainModel::NumberColumn); // the second click on the sorted column turns it round
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(column(HarChainModel::NumberColumn).mid(0, 3), (QStringList{u"16"_s, u"15"_s, u"14"_s}));
    QCOMPARE(column(HarChainModel::NumberColumn).mid(6, 2), (QStringList{u"10"_s, u"9"_s}));
    click(HarChainModel::StatusColumn);
    QCOMPARE(header->sortIndicatorSection(), int(HarChainModel::StatusColumn));
    const QStringList statuses = column(HarChainModel::StatusColumn);
    QStringList sorted = statuses;
    std::sort(sorted.begin(), sorted.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(statuses, sorted);
    QCOMPARE(statuses.count(u"404"_s), 4);
}

void tst_HarChainList::sortKeepsTheChosenRowAndTheSearch()
{
    const QList<Core::ChainResult> chains = mixed();
    m_panel->showHarChains(u"mixed.har"_s, chains);
    QTreeView *har = view();
    har->setCurrentIndex(har->model()->index(1, 0)); // chain 2, the 404
    QSignalSpy chosen(m_panel.get(), &Gui::HistoryPanel::chainChosen);

    har->sortByColumn(HarChainModel::StatusColumn, Qt::DescendingOrder); // 500 404 200 200 200
    QCOMPARE(har->currentIndex().row(), 1);
    QCOMPARE(har->currentIndex().siblingAtColumn(HarChainModel::NumberColumn).data().toString(), u"2"_s);
    QVERIFY(har->selectionModel()->isRowSelected(1, {}));
    har->sortByColumn(HarChainModel::UrlColumn, Qt::AscendingOrder);
    QCOMPARE(har->currentIndex().siblingAtColumn(HarChainModel::UrlColumn).data().toString(),
             u"https://shop.example/img/missing.png"_s);
    QCOMPARE(chosen.size(), 0); // the same chain stays chosen: nothing is handed on again

    auto *search = m_panel->findChild<QLineEdit *>(u"harSearch"_s);
    search->setText(u"2xx"_s);
    QCOMPARE(column(HarChainModel::UrlColumn),
             (QStringList{u"http://legacy-shop.example.com/cart?id=c-88"_s, u"http://old.example/docs"_s,
                          u"https://shop.example/login"_s}));
    har->sortByColumn(HarChainModel::HopsColumn, Qt::DescendingOrder);
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"3"_s, u"5"_s}));
    QCOMPARE(search->text(), u"2xx"_s);
}

void tst_HarChainList::choosingARowHandsOnItsChain()
{
    const QList<Core::ChainResult> chains = mixed();
    m_panel->showHarChains(u"mixed.har"_s, chains);
    QSignalSpy chosen(m_panel.get(), &Gui::HistoryPanel::chainChosen);
    view()->sortByColumn(HarChainModel::StatusColumn, Qt::DescendingOrder); // 500 first: chain 4

    QTreeView *har = view();
    const QRect row = har->visualRect(har->model()->index(0, HarChainModel::UrlColumn));
    QTest::mouseClick(har->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(chosen.size(), 1);
    const auto chain = chosen.at(0).at(0).value<Core::ChainResult>();
    QCOMPARE(chain.request.url, chains.at(3).request.url);
    QCOMPARE(*chain.hops.last().status, 500);
    QCOMPARE(chain.hops.size(), chains.at(3).hops.size());
    QVERIFY(har->selectionModel()->isRowSelected(0, {}));
}

void tst_HarChainList::keysMoveTheChoice()
{
    const QList<Core::ChainResult> chains = mixed();
    m_panel->showHarChains(u"mixed.har"_s, chains);
    QSignalSpy chosen(m_panel.get(), &Gui::HistoryPanel::chainChosen);
    QTreeView *har = view();
    const auto last = [&chosen] { return chosen.last().at(0).value<Core::ChainResult>().request.url; };

    har->setFocus(); // coming in by Tab makes the first row current: the console shows it
    QTRY_VERIFY(har->hasFocus());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(last(), chains.at(0).request.url);
    QTest::keyClick(har, Qt::Key_Down);
    QCOMPARE(last(), chains.at(1).request.url);
    QTest::keyClick(har, Qt::Key_End);
    QCOMPARE(last(), chains.at(4).request.url);
    QTest::keyClick(har, Qt::Key_Up);
    QCOMPARE(last(), chains.at(3).request.url);
    QTest::keyClick(har, Qt::Key_Home);
    QCOMPARE(last(), chains.at(0).request.url);
    QCOMPARE(chosen.size(), 5);
    QVERIFY(har->selectionModel()->isRowSelected(0, {}));
    QCOMPARE(har->currentIndex().row(), 0);
}

void tst_HarChainList::secondFileReplacesTheFirst()
{
    m_panel->showHarChains(u"mixed.har"_s, mixed());
    auto *search = m_panel->findChild<QLineEdit *>(u"harSearch"_s);
    view()->sortByColumn(HarChainModel::StatusColumn, Qt::DescendingOrder);
    search->setText(u"shop.example/"_s);
    QCOMPARE(view()->model()->rowCount(), 2);
    view()->setCurrentIndex(view()->model()->index(1, 0));
    QSignalSpy chosen(m_panel.get(), &Gui::HistoryPanel::chainChosen);

    const QList<Core::ChainResult> second = load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/firefox.har"));
    m_panel->showHarChains(u"firefox.har"_s, second);
    auto *tabs = m_panel->findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 3); // the same tab, named by the new file
    QCOMPARE(tabs->tabText(2), u"firefox.har"_s);
    QCOMPARE(tabs->currentWidget(), list());
    // The new file's rows only, unfiltered, in the file's order, nothing chosen for it yet.
    QVERIFY(search->text().isEmpty());
    QCOMPARE(view()->header()->sortIndicatorSection(), int(HarChainModel::NumberColumn));
    QCOMPARE(column(HarChainModel::UrlColumn), (QStringList{u"http://old.example/docs"_s}));
    QCOMPARE(column(HarChainModel::HopsColumn), (QStringList{u"2"_s}));
    QVERIFY(!view()->currentIndex().isValid());
    QCOMPARE(chosen.size(), 0);
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<Core::ChainResult>().request.url, second.at(0).request.url);
}

void tst_HarChainList::urlPasswordIsMasked()
{
    const QByteArray har
        = R"({"log":{"version":"1.2","creator":{"name":"test","version":"1"},"entries":[)"
          R"({"startedDateTime":"2024-05-01T10:00:00.000Z","time":1,)"
          R"("request":{"method":"GET","url":"https://ann:hunter2secret@vault.example/keys","httpVersion":"HTTP/1.1",)"
          R"("headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},)"
          R"("response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[],"cookies":[],)"
          R"("content":{"size":0,"mimeType":"text/plain"},"redirectURL":"","headersSize":-1,"bodySize":0},)"
          R"("cache":{},"timings":{"send":0,"wait":1,"receive":0}}]}})";
    QString error;
    const std::optional<Core::HarImport> imported = Core::importHar(har, m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.first().request.url.password(), u"hunter2secret"_s); // kept for the console
    m_panel->showHarChains(u"secret.har"_s, imported->chains);

    const QModelIndex url = view()->model()->index(0, HarChainModel::UrlColumn);
    const QString masked
        = u"https://ann:"_s + QString::fromUtf8(Core::credentialMask()) + u"@vault.example/keys"_s;
    QCOMPARE(url.data().toString(), masked);
    QCOMPARE(url.data(Qt::ToolTipRole).toString(), masked);
    // The search looks at what is shown: the hidden password finds nothing.
    auto *search = m_panel->findChild<QLineEdit *>(u"harSearch"_s);
    search->setText(u"hunter2"_s);
    QCOMPARE(view()->model()->rowCount(), 0);
    search->setText(u"vault"_s);
    QCOMPARE(view()->model()->rowCount(), 1);
}

void tst_HarChainList::searchNarrowsTheRows()
{
    m_panel->showHarChains(u"mixed.har"_s, mixed());
    auto *search = m_panel->findChild<QLineEdit *>(u"harSearch"_s);
    auto *hint = m_panel->findChild<QLabel *>(u"harHint"_s);
    QVERIFY(search->isVisible());
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(!search->placeholderText().isEmpty());
    QVERIFY(!hint->isVisible());

    search->setText(u"404"_s);
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"2"_s}));
    search->setText(u"5xx"_s);
    QCOMPARE(column(HarChainModel::StatusColumn), (QStringList{u"500"_s}));
    search->setText(u"20"_s); // a status prefix
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"1"_s, u"3"_s, u"5"_s}));
    search->setText(u"post"_s); // the method, in any case
    QCOMPARE(
        column(HarChainModel::UrlColumn),
        (QStringList{u"https://shop.example/login"_s, u"http://legacy-shop.example.com/cgi/checkout.pl"_s}));
    search->setText(u"SHOP 5xx"_s); // every word must match
    QCOMPARE(column(HarChainModel::NumberColumn), (QStringList{u"4"_s}));

    search->setText(u"nowhere"_s);
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"No chain matches “nowhere”."_s);
    search->clear();
    QCOMPARE(view()->model()->rowCount(), 5);
    QVERIFY(!hint->isVisible());
}

void tst_HarChainList::wideNumbersAreNotCut()
{
    // 1,200 chains: the # column fits "1200" though only the first rows are on screen.
    QList<Core::ChainResult> chains;
    const QList<Core::ChainResult> one
        = load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/mixed-producers.har"));
    while (chains.size() < 1200)
        chains += one;
    m_panel->showHarChains(u"big.har"_s, chains);
    QTreeView *har = view();
    QCOMPARE(har->model()->rowCount(), 1200);
    har->scrollToBottom();
    const QModelIndex last = har->model()->index(1199, HarChainModel::NumberColumn);
    QCOMPARE(last.data().toString(), u"1200"_s);
    QVERIFY(har->header()->sectionSize(HarChainModel::NumberColumn) >= har->sizeHintForIndex(last).width());
    for (int section : {HarChainModel::StatusColumn, HarChainModel::HopsColumn}) {
        QVERIFY(har->header()->sectionSize(section)
                >= har->sizeHintForIndex(har->model()->index(1199, section)).width());
    }
}

void tst_HarChainList::fileNameIsShownAsItIs()
{
    const QList<Core::ChainResult> chains = load(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/firefox.har"));
    auto *tabs = m_panel->findChild<QTabWidget *>();
    // "&" is a character of the name, not a mnemonic.
    m_panel->showHarChains(u"R&D capture.har"_s, chains);
    QCOMPARE(tabs->tabText(2), u"R&&D capture.har"_s);
    // A right-to-left override would show "evil\u202Erah.exe" as "evilexe.har"; it is written out.
    m_panel->showHarChains(u"evil\u202Erah.exe"_s, chains);
    QVERIFY(!tabs->tabText(2).contains(QChar(0x202E)));
    QVERIFY(tabs->tabText(2).startsWith(u"evil"_s));
    QCOMPARE(tabs->count(), 3);
}

QTEST_MAIN(tst_HarChainList)
#include "tst_harchainlist.moc"
