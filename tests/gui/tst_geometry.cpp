// SPDX-License-Identifier: MIT
// Every window on every screen we support: the main window and each dialog open inside the screen,
// can be made as small as the screen, and never squeeze a view below a readable width or clip a
// sentence or a button.
//
// The screen size and the scale factor are fixed when QApplication is built, so each screen is a
// process of its own: run without arguments, this test starts itself once per screen (the rows of
// everyScreen) with STATUSSCOPE_GEOMETRY_SCREEN set, and that child builds an offscreen screen of
// that size (the offscreen platform's configfile) and walks the window in English and German.
// STATUSSCOPE_SCREENSHOTS=dir saves what each state looks like, named by screen, language and state.
#include "core/formats/harimporttask.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/haropener.h"
#include "gui/mainwindow.h"
#include "gui/quizview/quizdialog.h"
#include "scriptedserver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

namespace {

constexpr auto ScreenVariable = "STATUSSCOPE_GEOMETRY_SCREEN";

// How narrow a view may get and still be read: a table or list shows a word or two per column,
// a text pane a short line of prose. Measured in average characters of the view's own font, so it
// holds at any scale and in any font size.
constexpr int ListReadableChars = 18;
constexpr int ProseReadableChars = 28;

int averageChars(const QWidget *widget, int count)
{
    return count * widget->fontMetrics().averageCharWidth();
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty() || name.startsWith(u"qt_"_s))
        name = QString::fromLatin1(widget->metaObject()->className());
    const QWidget *parent = widget->parentWidget();
    while (parent && (parent->objectName().isEmpty() || parent->objectName().startsWith(u"qt_"_s)))
        parent = parent->parentWidget();
    return parent && !parent->isWindow() ? parent->objectName() + u'/' + name : name;
}

// True when the widget is shown inside something that scrolls: being cut by the viewport is then
// how it is read, not a fault.
bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
            area && area->viewport()->isAncestorOf(widget))
            return true;
    }
    return false;
}

// The part of the widget that its ancestors let through, in its own coordinates.
QRect visiblePart(const QWidget *widget)
{
    QRect shown = widget->rect();
    QPoint offset; // widget's origin in the ancestor's coordinates
    for (const QWidget *child = widget; child && !child->isWindow(); child = child->parentWidget()) {
        offset += child->pos();
        const QWidget *parent = child->parentWidget();
        shown &= parent->rect().translated(-offset);
    }
    return shown;
}

class tst_Geometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScreen_data();
    void everyScreen();
};

void tst_Geometry::everyScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("scale");
    QTest::newRow("800x600") << u"800x600"_s << u"1"_s;
    QTest::newRow("1366x768") << u"1366x768"_s << u"1"_s;
    QTest::newRow("1920x1080") << u"1920x1080"_s << u"1"_s;
    QTest::newRow("1600x1000 at scale 2") << u"1600x1000"_s << u"2"_s;
}

void tst_Geometry::everyScreen()
{
    QFETCH(QString, screen);
    QFETCH(QString, scale);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ScreenVariable), screen);
    environment.insert(u"QT_SCALE_FACTOR"_s, scale);
    environment.remove(u"QT_SCREEN_SCALE_FACTORS"_s);
    environment.remove(u"QT_AUTO_SCREEN_SCALE_FACTOR"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"-maxwarnings"_s, u"0"_s});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForFinished(240'000), "the window walk did not end in time");
    const QByteArray output = child.readAll();
    const bool passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!passed) // whole: a failure message of Qt Test is cut short
        std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    QVERIFY2(passed, "the window walk on this screen found problems (its output is above)");
}

// The walk on one screen, in a process whose screen was made to measure.
class tst_GeometryOnScreen : public QObject
{
    Q_OBJECT

public:
    explicit tst_GeometryOnScreen(QString screenName)
        : m_screenName(std::move(screenName))
    {
    }

private Q_SLOTS:
    void initTestCase();
    void everyWindow_data();
    void everyWindow();

private:
    // Checks every visible top-level window; `state` names what is on screen in the messages and
    // the screenshot's file name.
    // `subject` is the window the state is about, saved as the screenshot (null: the main window).
    void checkAll(const QString &state, QWidget *subject = nullptr);
    void checkWindow(QWidget *window, const QString &state);
    void checkViews(QWidget *window, const QString &state);
    void screenshot(QWidget *window, const QString &state);
    // Runs `inspect` on the modal dialog `open` shows, then closes it.
    void withModal(const std::function<void()> &open, const std::function<void(QWidget *)> &inspect);

    QString m_screenName;
    QString m_language;
    QStringList m_problems;
    QNetworkAccessManager m_manager;
};

void tst_GeometryOnScreen::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    const QStringList size = m_screenName.split(u'x');
    QCOMPARE(size.size(), 2);
    const qreal scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
        ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
        : 1.0;
    // The screen is what this process asked for, in device-independent pixels.
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(),
             QSize(qRound(size.at(0).toInt() / scale), qRound(size.at(1).toInt() / scale)));
    qInfo("screen %s at scale %g: %d×%d available", qPrintable(m_screenName), scale,
          QGuiApplication::primaryScreen()->availableGeometry().width(),
          QGuiApplication::primaryScreen()->availableGeometry().height());
}

void tst_GeometryOnScreen::screenshot(QWidget *window, const QString &state)
{
    const QString dir = qEnvironmentVariable("STATUSSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    scale = scale.isEmpty() || scale == u"1"_s ? QString() : u"@"_s + scale;
    window->grab().save(u"%1/geometry-%2%3-%4-%5.png"_s.arg(dir, m_screenName, scale, m_language, state));
}

void tst_GeometryOnScreen::checkWindow(QWidget *window, const QString &state)
{
    const QString where = state + u": "_s + describe(window);
    QScreen *screen = window->screen();
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!available.contains(frame)) {
        m_problems.append(u"%1 opens at %2,%3 %4×%5, past the screen's %6×%7"_s.arg(where)
                              .arg(frame.x())
                              .arg(frame.y())
                              .arg(frame.width())
                              .arg(frame.height())
                              .arg(available.width())
                              .arg(available.height()));
    }
    // The smallest the window lets itself be made, frame included, fits the screen.
    const QSize margins = frame.size() - window->size();
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize()) + margins;
    if (smallest.width() > available.width() || smallest.height() > available.height()) {
        m_problems.append(u"%1 cannot be made smaller than %2×%3, past the screen's %4×%5"_s.arg(where)
                              .arg(smallest.width())
                              .arg(smallest.height())
                              .arg(available.width())
                              .arg(available.height()));
    }
    checkViews(window, state);
}

void tst_GeometryOnScreen::checkViews(QWidget *window, const QString &state)
{
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        const QString where = state + u": "_s + describe(widget);
        // Views: wide enough to read, and tall enough for a row or two lines.
        int readable = 0;
        if (qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
            readable = averageChars(widget, ProseReadableChars);
        else if (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget)
                 && !widget->inherits("QComboBoxListView"))
            readable = averageChars(widget, ListReadableChars);
        if (readable > 0) {
            const auto *area = static_cast<QAbstractScrollArea *>(widget);
            const int width = area->viewport()->width();
            if (width < readable)
                m_problems.append(
                    u"%1 is %2 px wide, less than the %3 px it needs to be read"_s.arg(where).arg(width).arg(
                        readable));
            const int lines = 2 * widget->fontMetrics().lineSpacing();
            if (area->viewport()->height() < lines)
                m_problems.append(u"%1 is %2 px high, less than two lines (%3 px)"_s.arg(where)
                                      .arg(area->viewport()->height())
                                      .arg(lines));
            continue;
        }
        if (insideScrollArea(widget))
            continue;
        // Sentences and buttons: whole, not cut by a splitter, a dock or the window's edge.
        const auto *label = qobject_cast<QLabel *>(widget);
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if ((label && !label->text().isEmpty())
            || (button && !button->inherits("QToolButton") && !button->inherits("QDockWidgetTitleButton"))) {
            const QRect shown = visiblePart(widget);
            if (shown != widget->rect()) {
                m_problems.append(u"%1 “%2” is cut: %3×%4 of %5×%6 show"_s
                                      .arg(where, label ? label->text().left(40) : button->text())
                                      .arg(shown.width())
                                      .arg(shown.height())
                                      .arg(widget->width())
                                      .arg(widget->height()));
                continue;
            }
            // A wrapped sentence gets the lines it needs; a single line all of its width.
            int needed = widget->sizeHint().height();
            if (label && label->wordWrap() && label->hasHeightForWidth())
                needed = label->heightForWidth(label->width());
            const bool narrow
                = !(label && label->wordWrap()) && widget->width() < widget->minimumSizeHint().width();
            if (widget->height() < needed || narrow) {
                m_problems.append(u"%1 “%2” is squeezed to %3×%4; it needs %5×%6"_s
                                      .arg(where, label ? label->text().left(40) : button->text())
                                      .arg(widget->width())
                                      .arg(widget->height())
                                      .arg(widget->minimumSizeHint().width())
                                      .arg(needed));
            }
        }
        // Splitters: no pane collapsed or pressed below what it asks for.
        if (const auto *splitter = qobject_cast<QSplitter *>(widget)) {
            const bool across = splitter->orientation() == Qt::Horizontal;
            for (int i = 0; i < splitter->count(); ++i) {
                QWidget *pane = splitter->widget(i);
                if (pane->isHidden())
                    continue;
                const int size = across ? pane->width() : pane->height();
                const QSize wanted = pane->minimumSizeHint().expandedTo(pane->minimumSize());
                const int needed = across ? wanted.width() : wanted.height();
                if (size < needed || size == 0)
                    m_problems.append(
                        u"%1: pane %2 is %3 px, below its minimum of %4"_s.arg(where, describe(pane))
                            .arg(size)
                            .arg(needed));
            }
        }
    }
}

void tst_GeometryOnScreen::checkAll(const QString &state, QWidget *subject)
{
    // A sentence that wraps to more lines asks its layout again on the next turn of the event
    // loop, and the layouts around it on the turns after: let them settle, as they do on screen.
    for (int turn = 0; turn < 5; ++turn) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || window->windowType() == Qt::ToolTip || window->windowType() == Qt::Popup)
            continue;
        checkWindow(window, state);
        if (subject ? window == subject : qobject_cast<QMainWindow *>(window) != nullptr)
            screenshot(window, state);
    }
}

void tst_GeometryOnScreen::withModal(const std::function<void()> &open,
                                     const std::function<void(QWidget *)> &inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll.stop();
        seen = true;
        inspect(modal);
        modal->close();
    });
    poll.start();
    open();
    poll.stop();
    if (!seen)
        m_problems.append(u"a dialog that should have opened did not"_s);
}

void tst_GeometryOnScreen::everyWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void tst_GeometryOnScreen::everyWindow()
{
    QFETCH(QString, language);
    m_language = language;
    m_problems.clear();
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QSettings store(data.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings settings(&store);
    settings.setLanguage(language);
    Core::HistoryStore history;
    history.open(data.filePath(u"history.db"_s));
    // Built as the application builds it: settings first, then shown.
    Gui::MainWindow window(*Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr),
                           &m_manager, &history);
    window.setSettings(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents(); // the detail pane is filled after the first paint
    window.cataloguePage()->showCode(308);
    checkAll(u"catalogue"_s);

    // As small as the window goes: the panes keep a readable width.
    const QSize opened = window.size();
    window.resize(1, 1);
    checkAll(u"catalogue-smallest"_s);
    window.resize(opened);

    // The console with a finished chain, the certificate banner and a stop sentence at once: an
    // accepted self-signed certificate, then an https → http redirect on the same host that stops.
    Test::ScriptedServer secure;
    QVERIFY(secure.listen(true));
    Test::ScriptedServer plain;
    QVERIFY(plain.listen());
    secure.route("/ok", Test::ScriptedServer::response(200, "OK", {}, "fine"));
    secure.route("/down", Test::ScriptedServer::redirect(302, plain.url(u"/landing"_s).toEncoded()));
    plain.route("/landing", Test::ScriptedServer::response(200, "OK", {}, "plain"));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
    QVERIFY(url);
    auto *stop = window.findChild<QLabel *>(u"stopLabel"_s);
    auto *stopAction = window.findChild<QPushButton *>(u"stopActionButton"_s);
    auto *chain = window.findChild<QTreeView *>(u"chainView"_s);
    QVERIFY(stop && stopAction && chain);
    url->setText(secure.url(u"/ok"_s).toString());
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_VERIFY(stopAction->isVisible()); // "accept this certificate"
    checkAll(u"console-certificate-error"_s);
    QTest::mouseClick(stopAction, Qt::LeftButton);
    auto *banner = window.findChild<QLabel *>(u"certificateBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY(!stop->isVisible() && secure.requestsTo("/ok").size() == 1);
    url->setText(secure.url(u"/down"_s).toString());
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_VERIFY(stop->isVisible() && chain->model()->rowCount() >= 1);
    QVERIFY(banner->isVisible());
    checkAll(u"console-banner-and-stop"_s);

    // The history dock beside the console.
    auto *dock = window.findChild<QDockWidget *>(u"historyDock"_s);
    QVERIFY(dock);
    dock->show();
    checkAll(u"console-history"_s);
    if (dock->isFloating()) // no room beside the page on this screen
        screenshot(dock, u"console-history-dock"_s);
    window.resize(1, 1);
    checkAll(u"console-history-smallest"_s);
    window.resize(opened);

    // The dialogs, each on its own over the window.
    Gui::ComparisonDialog *comparison = window.showComparison({301, 302, 303, 307, 308});
    QVERIFY(QTest::qWaitForWindowExposed(comparison));
    checkAll(u"compare-five"_s, comparison);
    comparison->compare({401, 403});
    checkAll(u"compare-two"_s, comparison);
    comparison->close();

    Gui::QuizDialog *quiz = window.showQuiz();
    QVERIFY(QTest::qWaitForWindowExposed(quiz));
    QVERIFY(quiz->startRound(4));
    QTest::keyClick(quiz, Qt::Key_2);
    QTest::keyClick(quiz->focusWidget(), Qt::Key_Return); // the answer and its explanation
    checkAll(u"quiz"_s, quiz);
    quiz->close();

    const auto modalFromAction = [this, &window](const QString &name, const QString &state) {
        auto *action = window.findChild<QAction *>(name);
        if (!action) {
            m_problems.append(u"no action %1"_s.arg(name));
            return;
        }
        withModal([action] { action->trigger(); },
                  [this, state](QWidget *dialog) { checkAll(state, dialog); });
    };
    modalFromAction(u"aboutAction"_s, u"about"_s);
    modalFromAction(u"shortcutsAction"_s, u"shortcuts"_s);
    modalFromAction(u"goToCodeAction"_s, u"go-to-code"_s);
    modalFromAction(u"importCurlAction"_s, u"import-curl"_s);
    modalFromAction(u"saveRequestAction"_s, u"save-request"_s);
    // Edit → Preferences, each page in front (with the note that no keychain answers, as here).
    if (auto *action = window.findChild<QAction *>(u"preferencesAction"_s)) {
        withModal([action] { action->trigger(); },
                  [this](QWidget *dialog) {
                      auto *tabs = dialog->findChild<QTabWidget *>(u"tabs"_s);
                      if (!tabs)
                          m_problems.append(u"the preferences have no pages"_s);
                      for (int page = 0; tabs && page < tabs->count(); ++page) {
                          tabs->setCurrentIndex(page);
                          checkAll(u"preferences-"_s + tabs->widget(page)->objectName(), dialog);
                      }
                  });
    } else {
        m_problems.append(u"no action preferencesAction"_s);
    }

    // File → Open HAR's progress, for a file with a long name.
    {
        Core::HarImportTask task(window.controller()->catalogue());
        Gui::HarOpener opener(&task, &window);
        opener.follow(u"/tmp/"_s + QString(30, u'x') + u"-captured-from-the-staging-environment-"_s
                      + QString(40, u'y') + u".har"_s);
        QProgressDialog *progress = opener.progressDialog();
        progress->show();
        QVERIFY(QTest::qWaitForWindowExposed(progress));
        checkAll(u"har-progress"_s, progress);
        progress->reset();
    }

    for (const QString &problem : std::as_const(m_problems))
        qInfo("%s", qPrintable(problem)); // one a line: a failure message of Qt Test is cut short
    QVERIFY2(m_problems.isEmpty(), qPrintable(u"%1 problems, listed above"_s.arg(m_problems.size())));
}

} // namespace

int main(int argc, char **argv)
{
    const QString screen = qEnvironmentVariable(ScreenVariable);
    if (screen.isEmpty()) {
        QApplication app(argc, argv);
        tst_Geometry test;
        QTEST_SET_MAIN_SOURCE_PATH
        return QTest::qExec(&test, argc, argv);
    }
    // The offscreen platform reads its screens from a file named in the platform's arguments.
    QTemporaryDir dir;
    const QStringList size = screen.split(u'x');
    if (!dir.isValid() || size.size() != 2)
        return 2;
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(u"{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2, "
               "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}"_s.arg(size.at(0), size.at(1))
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    tst_GeometryOnScreen test(screen);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_geometry.moc"
