// SPDX-License-Identifier: MIT
// The catalogue page driven like a user does: typing, arrows, filters, links.
#include "core/i18n/translations.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/statusdetailview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Gui::CataloguePage;
using StatusScope::Gui::StatusDetailView;

class tst_CataloguePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithFirstEntrySelected();
    void detailIsFilledAfterTheFirstPaint();
    void typingFiltersAndDetailFollows();
    void numberSearchIsAPrefix();
    void arrowsMoveThroughResultsFromTheSearchField();
    void classAndOriginFilters();
    void emptyStateExplainsAndClears();
    void escapeClearsTheSearch();
    void relatedCodeLinkSelectsIt();
    void otherMeaningLinkSelectsThatEntry();
    void showCodeClearsFiltersThatHideIt();
    void externalLinksAreHandedToTheOwner();
    void detailShowsEverything();
    void samePageIsNotLaidOutAgain();
    void narrowPaneBreaksBetweenWords();
    void backAndForwardWithTheKeys();
    void followingALinkCanBeUndone();
    void visitingDropsWhatLayAhead();
    void mouseButtonsGoBackAndForward();
    void toolButtonsFollowTheHistory();
    void typingASearchIsOneStep();
    void pageWithHistoryLooksRight();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString currentCode() const;
    // The badge pads the code with no-break spaces; read the text as a user reads it.
    QString detailText() const
    {
        return child<StatusDetailView>("detailView")
            ->toPlainText()
            .replace(QChar(0xa0), u' ')
            .replace(u"  "_s, u" "_s);
    }

    Core::StatusCatalogue m_catalogue;
    CataloguePage *m_page = nullptr;
};

void tst_CataloguePage::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_CataloguePage::init()
{
    m_page = new CataloguePage(m_catalogue);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    // The detail pane is filled right after the first paint.
    auto *detail = child<StatusDetailView>("detailView");
    QTRY_COMPARE(detail->entryIndex(), m_page->currentEntryIndex());
}

void tst_CataloguePage::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

QString tst_CataloguePage::currentCode() const
{
    const qsizetype index = m_page->currentEntryIndex();
    return index < 0 ? QString() : m_catalogue.entries().at(index).codeText;
}

void tst_CataloguePage::startsWithFirstEntrySelected()
{
    QCOMPARE(m_page->visibleCount(), int(m_catalogue.size()));
    QCOMPARE(currentCode(), u"0"_s);
    QVERIFY(detailText().contains(u"(no status)"_s));
    QCOMPARE(child<QLabel>("matchLabel")->text(), u"%1 codes"_s.arg(m_catalogue.size()));
}

namespace {

// Notes what the detail pane shows when the page paints for the first time.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget *page, StatusDetailView *detail)
        : QObject(page)
        , m_detail(detail)
    {
        page->installEventFilter(this);
    }
    std::optional<qsizetype> detailAtFirstPaint;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !detailAtFirstPaint)
            detailAtFirstPaint = m_detail->entryIndex();
        return false;
    }

private:
    StatusDetailView *m_detail;
};

} // namespace

void tst_CataloguePage::detailIsFilledAfterTheFirstPaint()
{
    // Start-up: the page opens with the first row selected and the search field focused, and
    // fills the detail pane once it has painted, leaving the selection and the focus alone.
    CataloguePage page(m_catalogue);
    auto *detail = page.findChild<StatusDetailView *>(u"detailView"_s);
    auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
    const FirstPaintProbe *probe = new FirstPaintProbe(&page, detail);
    QCOMPARE(page.currentEntryIndex(), 0);
    QCOMPARE(detail->entryIndex(), -1);
    page.resize(1000, 700);
    page.setFocus();
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTRY_COMPARE(detail->entryIndex(), 0);
    QCOMPARE(probe->detailAtFirstPaint, std::optional<qsizetype>(-1));
    QVERIFY(detail->toPlainText().contains(u"(no status)"_s));
    QCOMPARE(page.currentEntryIndex(), 0);
    QVERIFY(search->hasFocus());

    // A row chosen before the first paint is shown at once.
    CataloguePage early(m_catalogue);
    QVERIFY(early.showCode(404));
    QCOMPARE(early.findChild<StatusDetailView *>(u"detailView"_s)->entryIndex(), early.currentEntryIndex());
}

void tst_CataloguePage::typingFiltersAndDetailFollows()
{
    auto *search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, u"teapot"_s);
    QCOMPARE(m_page->visibleCount(), 1);
    QCOMPARE(currentCode(), u"418"_s);
    QVERIFY(detailText().contains(u"I'm a teapot"_s));
    QVERIFY(detailText().contains(u"RFC 2324"_s));
    QCOMPARE(child<QLabel>("matchLabel")->text(), u"1 of %1 codes"_s.arg(m_catalogue.size()));
    QVERIFY(search->hasFocus()); // typing never steals focus
}

void tst_CataloguePage::numberSearchIsAPrefix()
{
    auto *search = child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, u"30"_s);
    auto *view = child<QTreeView>("entryView");
    QCOMPARE(m_page->visibleCount(), 10); // 300 to 308, and Google's 308 Resume Incomplete
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row, 0).data().toString().startsWith(u"30"_s));
    QTest::keyClick(search, Qt::Key_8);
    QCOMPARE(m_page->visibleCount(), 2); // the registered meaning first
    QCOMPARE(currentCode(), u"308"_s);
    QVERIFY(detailText().contains(u"Permanent Redirect"_s));
    QVERIFY(detailText().contains(u"method and body are kept"_s));
}

void tst_CataloguePage::arrowsMoveThroughResultsFromTheSearchField()
{
    auto *search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, u"40"_s);
    QCOMPARE(currentCode(), u"400"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(currentCode(), u"401"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(currentCode(), u"402"_s);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(currentCode(), u"401"_s);
    QVERIFY(search->hasFocus());
    QVERIFY(detailText().contains(u"WWW-Authenticate"_s));
    // Enter moves into the list; arrows there keep working.
    QTest::keyClick(search, Qt::Key_Return);
    auto *view = child<QTreeView>("entryView");
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(currentCode(), u"402"_s);
}

void tst_CataloguePage::classAndOriginFilters()
{
    auto *classes = child<QComboBox>("classCombo");
    auto *origins = child<QComboBox>("originCombo");
    QCOMPARE(classes->count(), 7);
    classes->setCurrentIndex(classes->findText(u"5xx Server Error"_s));
    const int serverErrors = m_page->visibleCount();
    QVERIFY(serverErrors > 10);
    QCOMPARE(currentCode().at(0), u'5');
    origins->setCurrentIndex(origins->findText(u"WebDAV"_s));
    QCOMPARE(m_page->visibleCount(), 1); // 507; 508 comes from RFC 5842, an Experimental RFC
    QCOMPARE(currentCode(), u"507"_s);
    QVERIFY(child<QLabel>("matchLabel")->text().startsWith(u"1 of"_s));
    classes->setCurrentIndex(0);
    QVERIFY(m_page->visibleCount() > 2);
}

void tst_CataloguePage::emptyStateExplainsAndClears()
{
    auto *search = child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, u"xylophone"_s);
    QCOMPARE(m_page->visibleCount(), 0);
    auto *stack = child<QStackedWidget>("listStack");
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QVERIFY(child<QLabel>("emptyLabel")->text().contains(u"“xylophone”"_s));
    QCOMPARE(m_page->currentEntryIndex(), -1);
    QVERIFY(detailText().contains(u"Select a status code"_s));

    QTest::mouseClick(child<QPushButton>("clearFiltersButton"), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_page->visibleCount(), int(m_catalogue.size()));
    QCOMPARE(stack->currentWidget()->objectName(), u"entryView"_s);
    QVERIFY(m_page->currentEntryIndex() >= 0);
}

void tst_CataloguePage::escapeClearsTheSearch()
{
    auto *search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, u"gone"_s);
    QVERIFY(m_page->visibleCount() < int(m_catalogue.size()));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_page->visibleCount(), int(m_catalogue.size()));
}

void tst_CataloguePage::relatedCodeLinkSelectsIt()
{
    QVERIFY(m_page->showCode(404));
    QVERIFY(detailText().contains(u"410 Gone"_s)); // listed as related
    auto *detail = child<StatusDetailView>("detailView");
    Q_EMIT detail->anchorClicked(QUrl(u"statusscope:code/410"_s));
    QCOMPARE(currentCode(), u"410"_s);
    QVERIFY(detailText().contains(u"permanent removal"_s));
}

void tst_CataloguePage::otherMeaningLinkSelectsThatEntry()
{
    QVERIFY(m_page->showCode(420));
    QVERIFY(detailText().contains(u"Other meanings of this number"_s));
    QVERIFY(detailText().contains(u"Enhance Your Calm"_s));
    const qsizetype first = m_page->currentEntryIndex();
    auto *detail = child<StatusDetailView>("detailView");
    Q_EMIT detail->anchorClicked(QUrl(u"statusscope:entry/%1"_s.arg(first + 1)));
    QCOMPARE(m_page->currentEntryIndex(), first + 1);
    QVERIFY(detailText().section(u'\n', 0, 0).contains(u"Enhance Your Calm"_s)); // the heading
}

void tst_CataloguePage::showCodeClearsFiltersThatHideIt()
{
    QTest::keyClicks(child<QLineEdit>("searchEdit"), u"teapot"_s);
    QVERIFY(m_page->showCode(503));
    QCOMPARE(currentCode(), u"503"_s);
    QCOMPARE(child<QLineEdit>("searchEdit")->text(), QString());
    QVERIFY(!m_page->showCode(432));
    QCOMPARE(currentCode(), u"503"_s);
}

void tst_CataloguePage::externalLinksAreHandedToTheOwner()
{
    QVERIFY(m_page->showCode(429));
    QSignalSpy spy(m_page, &CataloguePage::externalLinkRequested);
    auto *detail = child<StatusDetailView>("detailView");
    const QUrl rfc(u"https://www.rfc-editor.org/rfc/rfc6585#section-4"_s);
    QVERIFY(detail->toHtml().contains(rfc.toString()));
    Q_EMIT detail->anchorClicked(rfc);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toUrl(), rfc);
    Q_EMIT detail->anchorClicked(QUrl(u"javascript:alert(1)"_s));
    QCOMPARE(spy.size(), 1); // anything but http(s) is ignored
    QCOMPARE(currentCode(), u"429"_s);
}

void tst_CataloguePage::detailShowsEverything()
{
    QVERIFY(m_page->showCode(301));
    const QString text = detailText();
    for (const QString &expected :
         {u"301 Moved Permanently"_s, u"3xx Redirection"_s, u"Standard — RFC 9110"_s,
          u"registered, as “Moved Permanently”"_s, u"Cacheable by default"_s,
          u"Permanent; clients may turn POST into GET"_s, u"Location"_s, u"RFC 9110 §15.4.2"_s,
          u"308 Permanent Redirect"_s, u"The 3xx class"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(m_page->showCode(413));
    QVERIFY(detailText().contains(u"Request Entity Too Large, Payload Too Large"_s));
    QVERIFY(m_page->showCode(305));
    QVERIFY(detailText().contains(u"Deprecated"_s));

    if (const QByteArray dir = qgetenv("STATUSSCOPE_SCREENSHOTS"); !dir.isEmpty())
        m_page->grab().save(QString::fromLocal8Bit(dir) + u"/catalogue-page.png"_s);
}

void tst_CataloguePage::samePageIsNotLaidOutAgain()
{
    // Setting up the page and meeting codes elsewhere call for the detail often; a page that would
    // come out the same is left alone (and keeps its scroll position).
    auto *detail = child<StatusDetailView>("detailView");
    QSignalSpy changed(detail->document(), &QTextDocument::contentsChanged);
    detail->refresh();
    detail->showEntry(detail->entryIndex());
    Core::MetCodes met;
    m_page->setMetCodes(&met);
    QCOMPARE(changed.size(), 0);
    met.note(299); // not the code shown
    QCOMPARE(changed.size(), 0);
    const int shown = m_catalogue.entries().at(detail->entryIndex()).code;
    met.note(shown);
    QVERIFY(changed.size() > 0);
    QVERIFY2(detailText().contains(u"Met 1 time in the request console"_s), qPrintable(detailText()));
}

// At its smallest the pane is a few words wide; the large heading used to break inside a word
// ("Permanen" / "t Redirect").
void tst_CataloguePage::narrowPaneBreaksBetweenWords()
{
    QVERIFY(m_page->showCode(308));
    auto *detail = child<StatusDetailView>("detailView");
    detail->setFixedWidth(detail->minimumSizeHint().width());
    QTRY_VERIFY(detailText().contains(u"Permanent Redirect"_s));
    QTextDocument *document = detail->document();
    document->setTextWidth(detail->viewport()->width());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int start = layout->lineAt(i).textStart();
            const QString text = block.text();
            QVERIFY2(!text.at(start - 1).isLetterOrNumber() || !text.at(start).isLetterOrNumber(),
                     qPrintable(u"broken inside a word: "_s + text.left(start) + u" / "_s + text.mid(start)));
        }
    }
}

void tst_CataloguePage::backAndForwardWithTheKeys()
{
    QVERIFY(m_page->showCode(404));
    QVERIFY(m_page->showCode(410));
    QVERIFY(m_page->showCode(418));
    auto *view = child<QTreeView>("entryView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentCode(), u"410"_s);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentCode(), u"404"_s);
    QTRY_VERIFY(detailText().contains(u"Not Found"_s)); // the pane follows
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(currentCode(), u"410"_s);
    // The platform's own Back and Forward keys too, from the search field and the detail pane.
    const QList<QKeySequence> back = QKeySequence::keyBindings(QKeySequence::Back);
    if (!back.isEmpty()) {
        auto *search = child<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keySequence(search, back.first());
        QCOMPARE(currentCode(), u"404"_s);
    }
    auto *detail = child<StatusDetailView>("detailView");
    detail->setFocus();
    QTest::keyClick(detail, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(currentCode(), u"410"_s);
}

void tst_CataloguePage::followingALinkCanBeUndone()
{
    QVERIFY(m_page->showCode(404));
    auto *detail = child<StatusDetailView>("detailView");
    Q_EMIT detail->anchorClicked(QUrl(u"statusscope:code/410"_s));
    QCOMPARE(currentCode(), u"410"_s);
    QVERIFY(m_page->canGoBack());
    QVERIFY(m_page->goBack());
    QCOMPARE(currentCode(), u"404"_s);
    QVERIFY(m_page->goForward());
    QCOMPARE(currentCode(), u"410"_s);
    QVERIFY(!m_page->canGoForward());
    QVERIFY(!m_page->goForward()); // at the end: nothing happens
    QCOMPARE(currentCode(), u"410"_s);
}

void tst_CataloguePage::visitingDropsWhatLayAhead()
{
    QVERIFY(m_page->showCode(404));
    QVERIFY(m_page->showCode(410));
    QVERIFY(m_page->goBack());
    QVERIFY(m_page->canGoForward());
    QVERIFY(m_page->showCode(500)); // a new visit from 404: 410 is no longer ahead
    QVERIFY(!m_page->canGoForward());
    QVERIFY(m_page->goBack());
    QCOMPARE(currentCode(), u"404"_s);
}

void tst_CataloguePage::mouseButtonsGoBackAndForward()
{
    QVERIFY(m_page->showCode(404));
    QVERIFY(m_page->showCode(410));
    auto *viewport = child<QTreeView>("entryView")->viewport();
    QTest::mouseClick(viewport, Qt::BackButton, {}, QPoint(20, 20));
    QCOMPARE(currentCode(), u"404"_s); // the press did not select the row under the pointer
    auto *detailViewport = child<StatusDetailView>("detailView")->viewport();
    QTest::mouseClick(detailViewport, Qt::ForwardButton, {}, QPoint(20, 20));
    QCOMPARE(currentCode(), u"410"_s);
    // Elsewhere on the page (the count label passes presses on).
    QTest::mouseClick(child<QLabel>("matchLabel"), Qt::BackButton);
    QCOMPARE(currentCode(), u"404"_s);
}

void tst_CataloguePage::toolButtonsFollowTheHistory()
{
    auto *back = child<QToolButton>("backButton");
    auto *forward = child<QToolButton>("forwardButton");
    QVERIFY(!back->isEnabled()); // only the first entry seen so far
    QVERIFY(!forward->isEnabled());
    // The tooltips name the key.
    QVERIFY(back->toolTip().contains(
        back->defaultAction()->shortcuts().constFirst().toString(QKeySequence::NativeText)));
    QVERIFY(forward->toolTip().contains(
        forward->defaultAction()->shortcuts().constFirst().toString(QKeySequence::NativeText)));
    QVERIFY(m_page->showCode(404));
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentCode(), m_catalogue.entries().first().codeText);
    QVERIFY(!back->isEnabled());
    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(currentCode(), u"404"_s);
}

void tst_CataloguePage::typingASearchIsOneStep()
{
    // Each keystroke may select another first row; those are not visits of their own, so one
    // Back after typing returns to where the search started.
    QVERIFY(m_page->showCode(404));
    auto *search = child<QLineEdit>("searchEdit");
    search->setFocus();
    search->clear(); // nothing typed yet
    QTest::keyClicks(search, u"teapot"_s);
    QCOMPARE(currentCode(), u"418"_s);
    QVERIFY(m_page->goBack());
    QCOMPARE(currentCode(), u"404"_s);
}

void tst_CataloguePage::pageWithHistoryLooksRight()
{
    // A look at the page as a reader sees it, at the smallest window size we support.
    QVERIFY(m_page->showCode(404));
    QVERIFY(m_page->showCode(418));
    QVERIFY(m_page->goBack());
    m_page->resize(800, 600);
    QTRY_VERIFY(detailText().contains(u"Not Found"_s));
    const QImage image = m_page->grab().toImage();
    QCOMPARE(image.size(), QSize(800, 600) * m_page->devicePixelRatio());
    const QString path = QDir::temp().filePath(u"statusscope-cataloguepage-history.png"_s);
    QVERIFY(image.save(path));
    auto *back = child<QToolButton>("backButton");
    auto *search = child<QLineEdit>("searchEdit");
    // Both buttons sit left of the search field, on its line, and nothing is cut off.
    QVERIFY(back->isVisible());
    QVERIFY(back->geometry().right() < search->geometry().left());
    QVERIFY(qAbs(back->geometry().center().y() - search->geometry().center().y()) <= 2);
    QVERIFY(child<QToolButton>("forwardButton")->isEnabled());
}

QTEST_MAIN(tst_CataloguePage)
#include "tst_cataloguepage.moc"
