// SPDX-License-Identifier: MIT
// The main window: shortcuts, status bar and the hand-off of web links.
#include "core/catalogue/statusclass.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundserver.h"
#include "core/quiz/metcodes.h"
#include "core/requests/chainmodel.h"
#include "core/requests/headertablemodel.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/catalogueview/statusdetailhtml.h"
#include "gui/catalogueview/statusdetailview.h"
#include "gui/console/requestconsole.h"
#include "gui/mainwindow.h"
#include "gui/quizview/quizdialog.h"
#include "gui/shortcutsdialog.h"
#include "gui/widgets/classcolors.h"
#include "scriptedserver.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>

#include <QTreeView>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlFFocusesTheSearch();
    void statusBarCountsEntries();
    void linksReachTheWindow();
    void appIconRenders();
    void iconsAreSharpAtTwiceTheScale();
    void tryItLiveSendsThroughThePlayground();
    void comparisonShowsWhatDiffers();
    void quizRoundWithTheKeyboard();
    void consoleAndCatalogueTalk();
    void settingsAreRestored();
    void urlPasswordNeverReachesSettings();
    void copyAsCurlSaysCredentialsWereMasked();
    void consoleIsBuiltOnFirstUse();
    void goToCodeAndShortcuts();
    void consoleTabOrder();
    void badgeTextContrast();
    void languageSwitchesAtOnce();
    void everyInputHasAnAccessibleName();
    void screenshot();
    void screenshotTrust();

private:
    static Core::StatusCatalogue catalogue();
    QNetworkAccessManager m_manager;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
}

Core::StatusCatalogue tst_MainWindow::catalogue()
{
    return *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_MainWindow::ctrlFFocusesTheSearch()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTreeView *>(u"entryView"_s);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"429"_s);
    QCOMPARE(window.cataloguePage()->visibleCount(), 1);
}

void tst_MainWindow::statusBarCountsEntries()
{
    const Core::StatusCatalogue entries = catalogue();
    Gui::MainWindow window(entries, &m_manager);
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    const bool found = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *label) {
        return label->text().startsWith(u"%1 entries in the catalogue"_s.arg(entries.size()));
    });
    QVERIFY(found);
    // On the console the status bar names what to press next instead.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    const bool hint = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text().startsWith(u"Ctrl+L edits the URL"_s);
    });
    QVERIFY(hint);
}

void tst_MainWindow::linksReachTheWindow()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    QSignalSpy spy(&window, &Gui::MainWindow::externalLinkRequested);
    auto *detail = window.findChild<Gui::StatusDetailView *>(u"detailView"_s);
    Q_EMIT detail->anchorClicked(QUrl(u"https://www.rfc-editor.org/rfc/rfc9110"_s));
    QCOMPARE(spy.size(), 1);
}

void tst_MainWindow::consoleAndCatalogueTalk()
{
    Test::ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/gone", Test::ScriptedServer::response(410, "Gone"));
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window.requestConsole());
    auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
    QTRY_VERIFY(url->hasFocus());
    QTest::keyClicks(url, server.url(u"/gone"_s).toString());
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_VERIFY(!window.requestConsole()->isRunning());
    QCOMPARE(window.controller()->metCodes()->sessionCount(410), 1);

    // "Open in catalogue" from the meaning tab goes to the entry, which remembers the meeting.
    auto *meaning = window.findChild<QTextBrowser *>(u"meaningView"_s);
    Q_EMIT meaning->anchorClicked(QUrl(u"statusscope:code/410"_s));
    QCOMPARE(pages->currentWidget(), window.cataloguePage());
    QCOMPARE(window.cataloguePage()->currentEntryIndex(), catalogue().firstIndexOf(410));
    auto *detail = window.findChild<Gui::StatusDetailView *>(u"detailView"_s);
    QVERIFY(detail->toPlainText().contains(u"Met 1 time in the request console this session."_s));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window.requestConsole());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window.cataloguePage());
}

void tst_MainWindow::settingsAreRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    {
        Gui::MainWindow window(catalogue(), &m_manager);
        window.setSettings(&typed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 600);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        window.requestConsole()->setMethod(u"PATCH"_s);
        window.findChild<QLineEdit *>(u"urlEdit"_s)->setText(u"https://example.org/item"_s);
        auto *model = window.findChild<QTableView *>(u"headersView"_s)->model();
        qobject_cast<Core::HeaderTableModel *>(model)->addRow(
            {true, u"Authorization"_s, u"Bearer secret"_s, false});
        window.close(); // saves
    }
    {
        QFile file(dir.filePath(u"settings.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Bearer secret")); // credentials never reach the settings file
    }
    {
        // Written atomically: each save is a new file renamed over the old one (QSaveFile inside
        // QSettings), so a crash mid-write leaves the previous file whole, never half of each.
        QVERIFY(settings.isAtomicSyncRequired());
        const auto inode = [&dir] {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(dir.filePath(u"settings.ini"_s)).constData(), &info) == 0
                ? info.st_ino
                : ino_t(0);
        };
        const ino_t before = inode();
        Gui::MainWindow window(catalogue(), &m_manager);
        window.setSettings(&typed);
        window.resize(710, 610);
        window.saveSettings();
        QVERIFY(before != 0 && inode() != 0);
        QVERIFY(inode() != before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"settings.ini"_s}); // no leftovers
        window.resize(700, 600);
        window.saveSettings();
    }
    Gui::MainWindow window(catalogue(), &m_manager);
    window.setSettings(&typed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), window.requestConsole());
    QCOMPARE(window.findChild<QLineEdit *>(u"urlEdit"_s)->text(), u"https://example.org/item"_s);
    QCOMPARE(window.findChild<QComboBox *>(u"methodCombo"_s)->currentText(), u"PATCH"_s);
    // As saved, unless the console with its dock asks for more than that.
    QCOMPARE(window.size(), QSize(700, 600).expandedTo(window.minimumSizeHint()));
    window.resetLayout();
    // The default 1100×720, cut to the screen's width (the offscreen screen is 800×800).
    QCOMPARE(window.height(), 720);
    QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));

    // The console options outlive the request: they return even when the URL was left empty.
    window.findChild<QSpinBox *>(u"maxRedirectsSpin"_s)->setValue(7);
    window.findChild<QCheckBox *>(u"followCheck"_s)->setChecked(false);
    window.findChild<QLineEdit *>(u"urlEdit"_s)->clear();
    window.close();
    Gui::MainWindow again(catalogue(), &m_manager);
    again.setSettings(&typed);
    QCOMPARE(again.findChild<QSpinBox *>(u"maxRedirectsSpin"_s)->value(), 7);
    QVERIFY(!again.findChild<QCheckBox *>(u"followCheck"_s)->isChecked());
}

void tst_MainWindow::urlPasswordNeverReachesSettings()
{
    // A password typed in the URL is a credential like an Authorization header: the settings file
    // keeps the user name and drops the password.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    {
        Gui::MainWindow window(catalogue(), &m_manager);
        window.setSettings(&typed);
        window.requestConsole()->setUrl(u"https://ann:hunter22@example.org/item"_s);
        window.saveSettings();
    }
    QFile file(dir.filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY2(!stored.contains("hunter22"), stored.constData());
    Gui::MainWindow window(catalogue(), &m_manager);
    window.setSettings(&typed);
    window.requestConsole();
    QCOMPARE(window.findChild<QLineEdit *>(u"urlEdit"_s)->text(), u"https://ann@example.org/item"_s);
}

void tst_MainWindow::copyAsCurlSaysCredentialsWereMasked()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    window.requestConsole()->setUrl(u"https://ann:hunter22@example.org/item"_s);
    auto *model
        = qobject_cast<Core::HeaderTableModel *>(window.findChild<QTableView *>(u"headersView"_s)->model());
    model->addRow({true, u"Authorization"_s, u"Bearer s3cr3t-token"_s, true});

    // The plain copy masks, and says so: a command with dots in it would otherwise fail unexplained.
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(!copied.contains(u"s3cr3t-token"_s) && !copied.contains(u"hunter22"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"Bearer ••••"_s));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"masked"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // The copy with credentials is its own action in the Edit menu, with a shortcut.
    auto *withCredentials = window.findChild<QAction *>(u"copyCurlSecretsAction"_s);
    QVERIFY(withCredentials);
    QVERIFY(window.findChild<QMenu *>(u"editMenu"_s)->actions().contains(withCredentials));
    QVERIFY(!withCredentials->shortcut().isEmpty());
    QTest::keySequence(&window, withCredentials->shortcut());
    copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Bearer s3cr3t-token"_s) && copied.contains(u"hunter22"_s), qPrintable(copied));
    QVERIFY(window.statusBar()->currentMessage().contains(u"credentials included"_s));

    // Nothing secret: nothing to say about it.
    model->setRows({});
    window.requestConsole()->setUrl(u"https://example.org/plain"_s);
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.statusBar()->currentMessage(), u"Copied the request as a curl command."_s);
}

void tst_MainWindow::consoleIsBuiltOnFirstUse()
{
    // Not on screen at start-up, the console is built when first needed; until then what the
    // settings hold for it is kept as it was.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    {
        Gui::MainWindow window(catalogue(), &m_manager);
        window.setSettings(&typed);
        window.requestConsole()->setUrl(u"https://example.org/kept"_s);
        window.saveSettings();
    }
    settings.setValue(u"window/page"_s, u"catalogue"_s);
    const QByteArray stored = settings.value(u"console/lastRequest"_s).toByteArray();
    QVERIFY(stored.contains("example.org/kept"));
    {
        Gui::MainWindow window(catalogue(), &m_manager);
        window.setSettings(&typed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<Gui::RequestConsole *>());
        window.saveSettings();
        QCOMPARE(settings.value(u"console/lastRequest"_s).toByteArray(), stored);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // first use
        QVERIFY(window.findChild<Gui::RequestConsole *>());
        QCOMPARE(window.findChild<QLineEdit *>(u"urlEdit"_s)->text(), u"https://example.org/kept"_s);
        QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), window.requestConsole());
    }
}

void tst_MainWindow::goToCodeAndShortcuts()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.goToCode(u" 451 "_s));
    QCOMPARE(window.cataloguePage()->currentEntryIndex(), catalogue().firstIndexOf(451));
    QVERIFY(!window.goToCode(u"432"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"432 is not in the catalogue"_s));
    // A code of the obsolete Warning header, looked up as a status: said what it is.
    // Said in one line that fits the status bar of an 800-pixel window, the longest name too.
    QVERIFY(!window.goToCode(u"110"_s));
    QCOMPARE(window.statusBar()->currentMessage(),
             u"110 is not a status code but a Warning header code: “Response is Stale”."_s);
    QVERIFY(!window.goToCode(u"299"_s));
    const QString longest = window.statusBar()->currentMessage();
    QVERIFY2(longest.contains(u"Miscellaneous Persistent Warning"_s), qPrintable(longest));
    QVERIFY(window.statusBar()->fontMetrics().horizontalAdvance(longest) < 780);
    QVERIFY(!window.goToCode(u"abc"_s));

    // F1 opens the shortcut list; it names the shortcuts of the menus.
    QString shown;
    QStringList listedKeys;
    QTimer::singleShot(0, &window, [&shown, &listedKeys] {
        if (auto *dialog = qobject_cast<Gui::ShortcutsDialog *>(QApplication::activeModalWidget())) {
            shown = dialog->findChild<QTextBrowser *>()->toPlainText();
            for (const Gui::ShortcutsDialog::Shortcut &shortcut : dialog->shortcuts())
                listedKeys += shortcut.keys.split(u", "_s);
            dialog->close();
        }
    });
    QTest::keyClick(&window, Qt::Key_F1);
    for (const QString &keys : {u"Ctrl+K"_s, u"Ctrl+L"_s, u"Ctrl+F"_s, u"Esc"_s, u"Ctrl+Shift+C"_s})
        QVERIFY2(shown.contains(keys), qPrintable(keys + u" missing from: "_s + shown));
    // Generated from the actions: every menu command with a shortcut is listed with it, so a new
    // action or a changed key cannot be forgotten in the list.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->associatedObjects().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listedKeys.contains(keys), qPrintable(keys + u" missing from: "_s + listedKeys.join(u' ')));
    }
}

void tst_MainWindow::consoleTabOrder()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
    QTRY_VERIFY(url->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"sendButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), url);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), window.findChild<QComboBox *>(u"methodCombo"_s));
}

void tst_MainWindow::badgeTextContrast()
{
    // WCAG AA: the code on every class badge reads at 4.5:1 or more, whatever the theme.
    for (Core::StatusClass statusClass : Core::allClasses()) {
        const QColor fill = Gui::classColor(statusClass);
        const double ratio = Gui::contrastRatio(fill, Gui::textColorOn(fill));
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2"_s.arg(Core::classKey(statusClass)).arg(ratio)));
    }
    QCOMPARE(qRound(Gui::contrastRatio(Qt::black, Qt::white)), 21);
}

void tst_MainWindow::languageSwitchesAtOnce()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    Gui::MainWindow window(catalogue(), &m_manager);
    window.setSettings(&typed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *german = window.findChild<QAction *>(u"language-de"_s);
    QVERIFY(german);
    QCOMPARE(german->text(), u"Deutsch"_s); // each language under its own name
    german->trigger();
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(),
                 u"&Datei"_s); // the LanguageChange event is posted
    QCOMPARE(window.findChild<QComboBox *>(u"classCombo"_s)->itemText(0), u"Alle Klassen"_s);
    QCOMPARE(window.findChild<QComboBox *>(u"classCombo"_s)->itemText(4), u"4xx Client-Fehler"_s);
    QCOMPARE(window.findChild<QLabel *>(u"matchLabel"_s)->text(), u"%1 Codes"_s.arg(catalogue().size()));
    // The long hint where the field is wide enough, else a short one with the German shortcut.
    const QString hint = window.findChild<QLineEdit *>(u"searchEdit"_s)->placeholderText();
    QVERIFY2(hint.startsWith(u"Codes, Bezeichnungen"_s) || hint.contains(u"(Strg+F)"_s), qPrintable(hint));
    QCOMPARE(settings.value(u"language"_s).toString(), u"de"_s);
    // Qt's own strings (standard buttons) come from Debian's qt6-translations-l10n.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    window.findChild<QAction *>(u"language-en"_s)->trigger();
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
}

void tst_MainWindow::everyInputHasAnAccessibleName()
{
    // Screen readers announce controls by name: every field, list and view has one (buttons and
    // check boxes are named by their text).
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    QStringList undescribed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!input || qobject_cast<QLineEdit *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || widget->inherits("QComboBoxListView") || qobject_cast<QHeaderView *>(widget))
            continue; // parts of a composite control
        const QString id = widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className())
            : widget->objectName();
        if (widget->accessibleName().isEmpty())
            unnamed.append(id);
        // What a screen reader reads after the name: the accessible description, or the tool tip.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Description).isEmpty())
            undescribed.append(id);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"no accessible description: "_s + undescribed.join(u", "_s)));
}

void tst_MainWindow::appIconRenders()
{
    // Needs the SVG image plugin (libqt6svg6) at run time.
    const QIcon icon(u":/icons/statusscope.svg"_s);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QVERIFY(image.pixelColor(32, 20).alpha() > 0);
}

void tst_MainWindow::iconsAreSharpAtTwiceTheScale()
{
    // At 200 % a 16 px icon is drawn from 32 device pixels: the app icon is an SVG and the class
    // swatches come in every size up to 64, so nothing is scaled up.
    for (const QIcon &icon :
         {QIcon(u":/icons/statusscope.svg"_s), Gui::classSwatch(Core::StatusClass::ClientError)}) {
        for (int size : {16, 24, 32}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.size(), QSize(2 * size, 2 * size));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        }
    }
    const QList<QSize> swatchSizes = Gui::classSwatch(Core::StatusClass::Success).availableSizes();
    QVERIFY(swatchSizes.contains(QSize(32, 32)));
    QVERIFY(swatchSizes.contains(QSize(64, 64)));
}

void tst_MainWindow::tryItLiveSendsThroughThePlayground()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *detail = window.findChild<Gui::StatusDetailView *>(u"detailView"_s);
    // What the user had composed stays as it was: the lesson sends its own request (it used to
    // leave its POST, body and Content-Type row behind in the user's request).
    window.requestConsole(); // built on first use
    auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
    url->setText(u"https://example.org/mine"_s);
    auto *headers = window.findChild<QTableView *>(u"headersView"_s)->model();
    const int headerRows = headers->rowCount();
    QVERIFY(window.cataloguePage()->showCode(303));
    QVERIFY(detail->toPlainText().contains(u"Try it live"_s));
    QVERIFY(detail->toHtml().contains(Gui::tryLiveLink(303).toString()));

    // The link as a click delivers it: the playground starts, the console sends a POST to it.
    Q_EMIT detail->anchorClicked(Gui::tryLiveLink(303));
    QVERIFY(window.playground() && window.playground()->isRunning());
    auto *label = window.findChild<QLabel *>(u"playgroundLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(window.playground()->url().toString()));
    QVERIFY(window.findChild<QAction *>(u"playgroundAction"_s)->isChecked());
    QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), window.requestConsole());
    QTRY_VERIFY(!window.requestConsole()->isRunning());
    QAbstractItemModel *chain = window.findChild<QTreeView *>(u"chainView"_s)->model();
    QCOMPARE(chain->rowCount(), 2);
    QCOMPARE(chain->index(0, Core::ChainModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(chain->index(0, Core::ChainModel::StatusColumn).data().toString(), u"303"_s);
    QCOMPARE(chain->index(1, Core::ChainModel::MethodColumn).data().toString(), u"GET"_s); // 303 made it so
    QCOMPARE(chain->index(1, Core::ChainModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(url->text(), u"https://example.org/mine"_s);
    QCOMPARE(headers->rowCount(), headerRows);
    QCOMPARE(window.findChild<QComboBox *>(u"methodCombo"_s)->currentText(), u"GET"_s);
    QVERIFY(window.findChild<QPlainTextEdit *>(u"bodyEdit"_s)->toPlainText().isEmpty());

    // Tools → Playground off stops it; a code the server cannot send has no link.
    window.findChild<QAction *>(u"playgroundAction"_s)->trigger();
    QVERIFY(!window.playground()->isRunning());
    QVERIFY(!label->isVisible());
    QVERIFY(window.cataloguePage()->showCode(0));
    QVERIFY(!detail->toPlainText().contains(u"Try it live"_s));
}

void tst_MainWindow::comparisonShowsWhatDiffers()
{
    Gui::MainWindow window(catalogue(), &m_manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    auto *dialog = window.findChild<QDialog *>(u"comparisonDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *presets = dialog->findChild<QComboBox *>(u"comparisonPresets"_s);
    auto *table = dialog->findChild<QTableWidget *>(u"comparisonTable"_s);
    auto *codes = dialog->findChild<QLineEdit *>(u"comparisonCodes"_s);
    auto *error = dialog->findChild<QLabel *>(u"comparisonError"_s);

    // A ready-made set, chosen with the keyboard.
    presets->setFocus();
    const int index = presets->findText(u"401 403"_s);
    QVERIFY(index > 0);
    presets->setCurrentIndex(index);
    Q_EMIT presets->activated(index);
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"401"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Forbidden"_s);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"≠ Reason"_s); // they differ, and it says so
    QCOMPARE(table->verticalHeaderItem(1)->text(), u"Class"_s); // both 4xx
    QCOMPARE(codes->text(), u"401 403"_s);

    // A typing mistake is named and the table stays as it was.
    codes->setFocus();
    codes->setText(u"404 gone"_s);
    QTest::keyClick(codes, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"“gone” is not a status code."_s);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"401"_s);
    codes->setText(u"404 410"_s);
    QTest::keyClick(codes, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"410"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Gone"_s);
}

void tst_MainWindow::quizRoundWithTheKeyboard()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    Gui::MainWindow window(catalogue(), &m_manager);
    window.setSettings(&typed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"quizAction"_s)->trigger();
    auto *quiz = window.findChild<Gui::QuizDialog *>(u"quizDialog"_s);
    QVERIFY(quiz);
    QVERIFY(QTest::qWaitForWindowExposed(quiz));
    QVERIFY(!quiz->findChild<QCheckBox *>(u"quizMetOnly"_s)->isEnabled()); // nothing met yet
    QVERIFY(quiz->startRound(11));
    QCOMPARE(quiz->round().size(), Gui::QuizDialog::RoundLength);
    auto *prompt = quiz->findChild<QLabel *>(u"quizPrompt"_s);
    auto *feedback = quiz->findChild<QLabel *>(u"quizFeedback"_s);
    const auto key
        = [quiz](Qt::Key k) { QTest::keyClick(quiz->focusWidget() ? quiz->focusWidget() : quiz, k); };

    // Enter with nothing chosen asks for a choice; a wrong digit is corrected; the rest are right.
    key(Qt::Key_Return);
    QCOMPARE(feedback->text(), u"Pick an answer first (keys 1 to 4)."_s);
    for (int i = 0; i < quiz->round().size(); ++i) {
        const Core::QuizQuestion &question = quiz->round().at(i);
        QCOMPARE(prompt->text(), question.prompt);
        const int pick = i == 0 ? (question.answer + 1) % Core::QuizChoiceCount : question.answer;
        key(Qt::Key(Qt::Key_1 + pick));
        key(Qt::Key_Return); // check
        QVERIFY2(feedback->text().startsWith(
                     i == 0 ? u"Not quite: the answer is %1."_s.arg(question.answer + 1) : u"Right."_s),
                 qPrintable(feedback->text()));
        QVERIFY(feedback->text().contains(question.explanation));
        // The right choice is marked, a wrong pick too, and the others are greyed.
        const auto choice
            = [quiz](int index) { return quiz->findChild<QRadioButton *>(u"quizChoice%1"_s.arg(index + 1)); };
        QVERIFY(choice(question.answer)->text().startsWith(u"✓ "_s));
        QVERIFY(choice(question.answer)->isEnabled());
        QCOMPARE(choice(pick)->text().startsWith(u"✗ "_s), pick != question.answer);
        const int other = (question.answer + 2) % Core::QuizChoiceCount;
        if (other != pick)
            QVERIFY(!choice(other)->isEnabled());
        key(Qt::Key_Return); // next
    }
    QCOMPARE(prompt->text(), u"Round over: 9 of 10 right."_s);
    QCOMPARE(quiz->score(), 9);
    // Progress per code is kept: right/asked.
    QCOMPARE(settings.value(u"quiz/progress/%1"_s.arg(quiz->round().at(0).code)).toString(), u"0/1"_s);
    QCOMPARE(settings.value(u"quiz/progress/%1"_s.arg(quiz->round().at(1).code)).toString(), u"1/1"_s);
    const int missed = quiz->round().at(0).code;
    auto *record = quiz->findChild<QLabel *>(u"quizRecord"_s);
    QVERIFY2(record->text().startsWith(u"So far: 9 of 10 answers right, over 10 codes."_s),
             qPrintable(record->text()));
    QVERIFY2(record->text().endsWith(u"Worth another look: %1."_s.arg(missed)), qPrintable(record->text()));

    // "Only codes I got wrong before": a round about the one missed.
    auto *weakOnly = quiz->findChild<QCheckBox *>(u"quizWeakOnly"_s);
    QVERIFY(weakOnly->isEnabled());
    weakOnly->setChecked(true);
    QVERIFY(quiz->startRound(3));
    QCOMPARE(quiz->round().size(), 1);
    QCOMPARE(quiz->round().first().code, missed);
    weakOnly->setChecked(false);

    // "Only codes I met": a round about what the console saw.
    Q_EMIT window.requestConsole()->codeMet(404);
    Q_EMIT window.requestConsole()->codeMet(503);
    window.showQuiz();
    auto *metOnly = quiz->findChild<QCheckBox *>(u"quizMetOnly"_s);
    QVERIFY(metOnly->isEnabled());
    metOnly->setChecked(true);
    QVERIFY(quiz->startRound(5));
    QCOMPARE(quiz->round().size(), 2);
    for (const Core::QuizQuestion &question : quiz->round())
        QVERIFY(question.code == 404 || question.code == 503);

    // The next session remembers both: the codes met and the record.
    Gui::MainWindow later(catalogue(), &m_manager);
    later.setSettings(&typed);
    Gui::QuizDialog *again = later.showQuiz();
    QVERIFY(again->findChild<QCheckBox *>(u"quizMetOnly"_s)->isEnabled());
    QVERIFY(again->findChild<QCheckBox *>(u"quizWeakOnly"_s)->isEnabled());
    QVERIFY(again->findChild<QLabel *>(u"quizRecord"_s)->text().startsWith(u"So far: 9 of 10"_s));
    again->findChild<QCheckBox *>(u"quizMetOnly"_s)->setChecked(true);
    QVERIFY(again->startRound(8));
    QCOMPARE(again->round().size(), 2);
}

namespace {

// Lets pending layout requests run, as the event loop would before painting, then saves the window.
void saveScreenshot(QWidget &window, const QByteArray &dir, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    window.grab().save(QString::fromLocal8Bit(dir) + u'/' + name);
}

// STATUSSCOPE_SCREENSHOT_LANGUAGE=fr shows how a translation fits the layout.
void showScreenshotLanguage(Gui::MainWindow &window)
{
    const QString language = qEnvironmentVariable("STATUSSCOPE_SCREENSHOT_LANGUAGE");
    if (language.isEmpty())
        return;
    auto *action = window.findChild<QAction *>(u"language-"_s + language);
    QVERIFY2(action, qPrintable(u"no translation for "_s + language));
    action->trigger();
    QCoreApplication::processEvents();
}

} // namespace

void tst_MainWindow::screenshot()
{
    const QByteArray dir = qgetenv("STATUSSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set STATUSSCOPE_SCREENSHOTS to a folder to save screenshots");
    Gui::MainWindow window(catalogue(), &m_manager);
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto grab = [&window, &dir](const QString &name) { saveScreenshot(window, dir, name); };
    showScreenshotLanguage(window);
    if (QTest::currentTestFailed())
        return;
    window.cataloguePage()->showCode(301);
    grab(u"main-window.png"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"searchEdit"_s), u"timeout"_s);
    grab(u"search-timeout.png"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"searchEdit"_s), u" xylophone"_s);
    grab(u"empty-state.png"_s);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    grab(u"console-first-start.png"_s);
    QWidget *comparison = window.showComparison({301, 302, 303, 307, 308});
    QTest::qWait(50); // rows are fitted once the columns have their widths
    comparison->grab().save(QString::fromLocal8Bit(dir) + u"/comparison.png"_s);
    Gui::QuizDialog *quiz = window.showQuiz();
    quiz->startRound(4);
    QTest::keyClick(quiz, Qt::Key_2);
    QTest::keyClick(quiz->focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    quiz->grab().save(QString::fromLocal8Bit(dir) + u"/quiz.png"_s);
}

// The states the trust fixes added, on the smallest screen we support: a certificate error and its
// exception (host and port), a Location with markup and escapes, and history that cannot be written.
void tst_MainWindow::screenshotTrust()
{
    const QByteArray dir = qgetenv("STATUSSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set STATUSSCOPE_SCREENSHOTS to a folder to save screenshots");
    QTemporaryDir data;
    Core::HistoryStore history;
    history.open(data.filePath(u"history.db"_s));
    Gui::MainWindow window(catalogue(), &m_manager, &history);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto grab = [&window, &dir](const QString &name) { saveScreenshot(window, dir, name); };
    showScreenshotLanguage(window);
    if (QTest::currentTestFailed())
        return;
    Test::ScriptedServer secure;
    QVERIFY(secure.listen(true));
    secure.route("/ok", Test::ScriptedServer::response(200, "OK", {}, "fine"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    Gui::RequestConsole *console = window.requestConsole();
    auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
    url->setText(secure.url(u"/ok"_s).toString());
    QVERIFY(console->send());
    QTRY_VERIFY(!console->isRunning());
    grab(u"trust-certificate-error.png"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"stopActionButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!console->isRunning());
    grab(u"trust-certificate-exception.png"_s);

    Test::ScriptedServer plain;
    QVERIFY(plain.listen());
    plain.route("/markup",
                "HTTP/1.1 302 Found\r\nLocation: http://[<b>big</b>\x1b[2J/\r\n"
                "Content-Length: 0\r\n\r\n"_ba);
    url->setText(plain.url(u"/markup"_s).toString());
    QVERIFY(console->send());
    QTRY_VERIFY(!console->isRunning());
    grab(u"trust-server-text.png"_s);

    window.findChild<QDockWidget *>(u"historyDock"_s)->show();
    QVERIFY(history.capFileSize(0));
    plain.route("/ok", Test::ScriptedServer::response(200, "OK", {}, QByteArray(64 * 1024, 'b')));
    url->setText(plain.url(u"/ok"_s).toString());
    QVERIFY(console->send());
    QTRY_VERIFY(!console->isRunning());
    grab(u"trust-history-not-written.png"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
