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
#include "core/formats/curlcommand.h"
#include "core/formats/har.h"
#include "core/formats/harimporttask.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/requests/secretneeds.h"
#include "core/settings/settings.h"
#include "gui/appcontroller.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditpage.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/console/requestconsole.h"
#include "gui/haropener.h"
#include "gui/httpfileactions.h"
#include "gui/mainwindow.h"
#include "gui/preferences/secretdialog.h"
#include "gui/quizview/quizdialog.h"
#include "scriptedserver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
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
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolTip>
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
// how it is read, not a fault. A form in a QScrollArea is not such a thing: it scrolls down, but
// what it holds must fit its width, so its contents are checked against the form (visiblePart()).
bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
            area && area->viewport()->isAncestorOf(widget) && !qobject_cast<const QScrollArea *>(area))
            return true;
    }
    return false;
}

// True when `widget` is the form a QScrollArea scrolls (its widget(), a child of its viewport).
bool isScrolledForm(const QWidget *widget)
{
    const QWidget *viewport = widget->parentWidget();
    const auto *area = viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
    return area && area->widget() == widget;
}

// The part of the widget that its ancestors let through, in its own coordinates; inside a
// scrolled form, up to the form (what scrolling down shows).
QRect visiblePart(const QWidget *widget)
{
    QRect shown = widget->rect();
    QPoint offset; // widget's origin in the ancestor's coordinates
    for (const QWidget *child = widget; child && !child->isWindow() && !isScrolledForm(child);
         child = child->parentWidget()) {
        offset += child->pos();
        const QWidget *parent = child->parentWidget();
        shown &= parent->rect().translated(-offset);
    }
    return shown;
}

// The first of the combo box's texts that its field shows cut (a choice reads "Use Prefe"), or
// nothing: every choice must read whole once picked.
std::optional<QString> cutChoice(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) > field.width())
            return combo->itemText(i);
    }
    return std::nullopt;
}

// True when an empty line edit's placeholder is cut ("Search … (Ctr…"): the hint is how the
// field says what it is for.
bool placeholderCut(const QLineEdit *edit)
{
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return false;
    // The text goes where QLineEdit puts it: the style's contents, less the margins (2 px a side
    // of its own) and the clear button.
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QMargins margins = edit->textMargins();
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const int start = contents.left() + margins.left() + 2;
    int end = contents.right() - margins.right() - 2;
    for (const QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (side->inherits("QLineEditIconButton") || side->inherits("QToolButton"))
            end = std::min(end, side->x());
    }
    return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > end - start;
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
    void checkHeaderTexts(const QHeaderView *header, const QString &where);
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
    // (ca-env) A company's CA bundle named for curl: Preferences → Certificates says so, in a
    // sentence with a path that must wrap, not widen the dialog. (An authority that vouches for no
    // server here: the console's certificate scenes still fail as they should.)
    qputenv("CURL_CA_BUNDLE", QFile::encodeName(QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/expired.crt")));
    // And a company's proxy variables, which the Network page names (no request here goes through
    // them: every server is on 127.0.0.1, which no_proxy leaves out as curl does).
    qputenv("https_proxy", "http://ann:secret@proxy.corporation.example:3128");
    qputenv("no_proxy", "localhost,127.0.0.1,.corporation.example");
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
            // A table's columns are all in sight: the last ones are not found by scrolling sideways.
            // So are a chain's hops' (a tree, one level deep, read as a table).
            if (const auto *table = qobject_cast<QTableView *>(widget);
                table && table->horizontalScrollBar()->maximum() > 0)
                m_problems.append(
                    u"%1 shows its columns %2 px wide in %3 px: the last ones are cut"_s.arg(where)
                        .arg(table->horizontalHeader()->length())
                        .arg(width));
            if (const auto *chain = qobject_cast<QTreeView *>(widget);
                chain && chain->objectName() == u"chainView"_s && chain->horizontalScrollBar()->maximum() > 0)
                m_problems.append(
                    u"%1 shows its columns %2 px wide in %3 px: the last ones are cut"_s.arg(where)
                        .arg(chain->header()->length())
                        .arg(width));
            const int lines = 2 * widget->fontMetrics().lineSpacing();
            if (area->viewport()->height() < lines)
                m_problems.append(u"%1 is %2 px high, less than two lines (%3 px)"_s.arg(where)
                                      .arg(area->viewport()->height())
                                      .arg(lines));
            continue;
        }
        // A header's texts are whole, or end in "…" with the whole text in the section's tool tip.
        if (const auto *header = qobject_cast<const QHeaderView *>(widget))
            checkHeaderTexts(header, where);
        // A scrolled form scrolls down, never sideways: its right edge would be out of sight.
        if (const auto *form = qobject_cast<QScrollArea *>(widget); form && form->widget()) {
            if (form->widget()->width() > form->viewport()->width())
                m_problems.append(u"%1 holds a form %2 px wide in %3 px: its right edge is cut"_s.arg(where)
                                      .arg(form->widget()->width())
                                      .arg(form->viewport()->width()));
        }
        if (insideScrollArea(widget))
            continue;
        // A combo box made narrow on purpose (a length in characters, as the catalogue's filters)
        // is left out: its choices are read in the list it opens.
        if (const auto *combo = qobject_cast<QComboBox *>(widget);
            combo && combo->sizeAdjustPolicy() != QComboBox::AdjustToMinimumContentsLengthWithIcon) {
            if (const std::optional<QString> cut = cutChoice(combo))
                m_problems.append(
                    u"%1 shows the choice “%2” cut in %3 px"_s.arg(where, *cut).arg(combo->width()));
        }
        if (const auto *edit = qobject_cast<QLineEdit *>(widget); edit && placeholderCut(edit))
            m_problems.append(u"%1 shows its hint “%2” cut in %3 px"_s.arg(where, edit->placeholderText())
                                  .arg(edit->width()));
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

void tst_GeometryOnScreen::checkHeaderTexts(const QHeaderView *header, const QString &where)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionSize(logical) == 0)
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
        int room = header->sectionSize(logical) - 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            room -= header->height() / 2 + 2 * margin; // the sort arrow, as QCommonStyle places it
        if (header->fontMetrics().horizontalAdvance(text) <= room)
            continue;
        // Cut: the section's tool tip must say it whole.
        const QPoint at(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2,
                        header->height() / 2);
        QHelpEvent help(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(header->viewport(), &help);
        const QString tip = QToolTip::isVisible() ? QToolTip::text() : QString();
        QToolTip::hideText();
        if (tip != text)
            m_problems.append(
                u"%1 cuts the header “%2” to %3 px with no tool tip saying it whole (“%4”)"_s.arg(where, text)
                    .arg(header->sectionSize(logical))
                    .arg(tip));
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

    // The compose tabs: the body, then the options as they open and filled in by a curl command
    // that sets every field the tab has (a proxy with its user, pins, authentication) and some it
    // has not (trust, a client certificate), which are listed under the fields.
    auto *composeTabs = window.findChild<QTabWidget *>(u"composeTabs"_s);
    QVERIFY(composeTabs);
    composeTabs->setCurrentWidget(window.findChild<QWidget *>(u"bodyTab"_s));
    checkAll(u"console-body"_s);
    composeTabs->setCurrentWidget(window.findChild<QWidget *>(u"optionsTab"_s));
    checkAll(u"console-options"_s);
    // The tab scrolls down: the whole form, as scrolling shows it.
    auto *optionsForm = window.findChild<QWidget *>(u"optionsForm"_s);
    QVERIFY(optionsForm);
    screenshot(optionsForm, u"console-options-form"_s);
    {
        QString error;
        const auto imports = Core::parseCurlCommands(
            u"curl -x http://proxy.internal.example.org:3128 -U proxyuser:pw --noproxy localhost,127.0.0.1 "
            "--resolve api.example.org:443:127.0.0.1 --connect-to "
            "api.example.org:443:backend.example.org:8443 "
            "--insecure -L --post302 --cert /home/someone/certificates/client-certificate.pem --key "
            "/tmp/key.pem "
            "--digest -u someone:secret https://api.example.org/v1/items"_s,
            &error);
        QVERIFY2(imports && !imports->isEmpty(), qPrintable(error));
        window.requestConsole()->applyCurlImport(imports->first());
        composeTabs->setCurrentWidget(window.findChild<QWidget *>(u"optionsTab"_s));
        checkAll(u"console-options-filled"_s);
        screenshot(optionsForm, u"console-options-filled-form"_s);
        window.resize(1, 1);
        checkAll(u"console-options-smallest"_s);
        screenshot(optionsForm, u"console-options-smallest-form"_s);
        window.resize(opened);
    }
    composeTabs->setCurrentIndex(0);
    {
        // A paste a wiki mangled and a shell surrounds: its notes under the URL field.
        QString error;
        const auto imports = Core::parseCurlCommands(
            u"curl ‘https://api.example.org/v1/orders’ –H ‘Content-Type: application/json’ \\ \n"
            "  —data @- --retry 3 <<EOF > order.json 2>&1\n{\"item\": 1}\nEOF"_s,
            &error);
        QVERIFY2(imports && !imports->isEmpty(), qPrintable(error));
        window.requestConsole()->applyCurlImport(imports->first());
        checkAll(u"console-import-notes"_s);
        auto *allNotes = window.findChild<QPushButton *>(u"importNotesButton"_s);
        QVERIFY(allNotes && allNotes->isVisible());
        withModal([allNotes] { allNotes->click(); },
                  [this](QWidget *dialog) { checkAll(u"console-import-all-notes"_s, dialog); });
        window.resize(1, 1);
        checkAll(u"console-import-notes-smallest"_s);
        window.resize(opened);
    }

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

    // A HAR file with what the browser answered itself (HSTS, an extension, its cache, a service
    // worker): its chains listed, the first one's hops and their long sentences in the console.
    {
        QString error;
        const std::optional<Core::HarImport> imported = Core::importHarFile(
            QStringLiteral(STATUSSCOPE_TEST_DATA "/corpus/har/chrome-browser-answers.har"),
            window.controller()->catalogue(), &error);
        QVERIFY2(imported, qPrintable(error));
        Q_EMIT window.controller()->harOpened(u"chrome-browser-answers.har"_s, *imported);
        auto *list = window.findChild<QTreeView *>(u"harList"_s);
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        // The browser's own 307, whose sentence is the longest a hop of this file says.
        auto *hops = window.findChild<QTreeView *>(u"chainView"_s);
        QVERIFY(hops);
        hops->setCurrentIndex(hops->model()->index(0, 0));
        checkAll(u"har-chains"_s);
        window.resize(1, 1);
        checkAll(u"har-chains-smallest"_s);
        window.resize(opened);
    }

    // View → Audit Redirects (Ctrl+3), with the history dock beside it as it stays: the page as it
    // opens with a pasted map guessed, its options open, a run under way (a source held), a run
    // finished with a row's chain shown (a match, a 302 where 301 was expected, a wrong target, a
    // 404 and a line that cannot be read), at the smallest the window goes, and without the dock.
    if (auto *action = window.findChild<QAction *>(u"auditAction"_s)) {
        action->trigger();
        Gui::AuditPage *audit = window.auditPage();
        const QString o = plain.url(u"/"_s).toString().chopped(1);
        audit->setInputText(u"source,expected_target\nhttps://example.org/old,https://example.org/new\n"_s);
        checkAll(u"audit"_s);
        // The options open over the page (a popup, which checkAll() leaves out).
        audit->showOptions();
        QVERIFY(QTest::qWaitForWindowExposed(audit->optionsPanel()));
        checkWindow(audit->optionsPanel(), u"audit-options"_s);
        screenshot(audit->optionsPanel(), u"audit-options"_s);
        audit->optionsPanel()->close();
        plain.route("/old", Test::ScriptedServer::redirect(301, "/new"));
        plain.route("/new", Test::ScriptedServer::response(200, "OK"));
        plain.route("/campaign/spring-sale-2024/landing-page", Test::ScriptedServer::redirect(302, "/new"));
        plain.route("/wrong", Test::ScriptedServer::redirect(301, "/somewhere-else"));
        plain.route("/somewhere-else", Test::ScriptedServer::response(200, "OK"));
        plain.route("/gone", Test::ScriptedServer::response(404, "Not Found"));
        QList<QTcpSocket *> held;
        plain.route("/hold", [&held](const Test::ScriptedServer::Request &, QTcpSocket *socket) {
            held.append(socket);
        });
        audit->setInputText(o + u"/old\n"_s + o + u"/hold\n"_s); // rows come in input order
        QSignalSpy finished(audit, &Gui::AuditPage::runFinished);
        QVERIFY(audit->start());
        QTRY_VERIFY(held.size() == 1 && audit->rowModel()->rowCount() == 1);
        checkAll(u"audit-running"_s);
        audit->cancel();
        QCOMPARE(finished.size(), 1);
        audit->setInputText(u"source,expected_target,expected_status\n"_s + o + u"/old,/new,301\n"_s + o
                            + u"/campaign/spring-sale-2024/landing-page?utm_source=newsletter,/new,301\n"_s
                            + o + u"/wrong,/right,301\n"_s + o + u"/gone,/gone,\n::not a url::,/x,301\n"_s);
        QVERIFY(audit->start());
        QVERIFY(finished.wait(20000));
        audit->rowsView()->setCurrentIndex(audit->filterModel()->index(1, 0));
        checkAll(u"audit-finished"_s);
        window.resize(1, 1);
        checkAll(u"audit-smallest"_s);
        window.resize(opened);
        dock->hide();
        checkAll(u"audit-without-history"_s);
        window.resize(1, 1);
        checkAll(u"audit-without-history-smallest"_s);
        window.resize(opened);
        dock->show();
    } else {
        m_problems.append(u"no action auditAction"_s);
    }

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

    // Several requests in one curl paste: which to open, or all saved.
    {
        QString error;
        const auto imports = Core::parseCurlCommands(
            u"curl https://api.example.org/v1/items/1234567890/attachments?include=metadata,thumbnails "
            "--limit-rate 10k --retry 3\ncurl -X DELETE https://api.example.org/v1/items/1\n"
            "curl -d @missing-body.json https://api.example.org/v1/items"_s,
            &error);
        QVERIFY2(imports && imports->size() == 3, qPrintable(error));
        withModal([&] { Q_EMIT window.requestConsole()->severalCurlPasted(*imports); },
                  [this](QWidget *dialog) { checkAll(u"curl-paste"_s, dialog); });
    }

    // File → Open .http File…: the summary of a file with refused requests and things not
    // applied, then the question of which saved folder to export.
    {
        const QDir samples(QStringLiteral(STATUSSCOPE_SOURCE_DIR) + u"/tests/data/http"_s);
        for (const QString &name : samples.entryList(QDir::Files))
            QVERIFY(QFile::copy(samples.filePath(name), data.filePath(name)));
        withModal([&] { window.httpFileActions()->openPath(data.filePath(u"jetbrains.http"_s)); },
                  [this](QWidget *dialog) { checkAll(u"http-summary"_s, dialog); });
        // A file that refuses many requests: the summary lists them all and still fits the screen.
        QFile many(data.filePath(u"many.http"_s));
        QVERIFY(many.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40; ++i)
            many.write(QByteArrayLiteral("### socket\nWEBSOCKET ws://localhost:8080/socket\n\n"));
        many.write(QByteArrayLiteral("### fine\nGET http://localhost:8080/\n"));
        many.close();
        withModal([&] { window.httpFileActions()->openPath(many.fileName()); },
                  [this](QWidget *dialog) { checkAll(u"http-summary-long"_s, dialog); });
        withModal([&] { window.httpFileActions()->exportFolder(); },
                  [this](QWidget *dialog) { checkAll(u"http-export-folder"_s, dialog); });
    }

    // The password questions, for a long proxy URL and a certificate deep in folders.
    {
        Core::SecretNeed need;
        need.subject = u"http://proxy.internal.example.org:3128"_s;
        need.user = u"someone.with.a.long.name"_s;
        const QString certificate
            = u"/home/someone/certificates/staging-environment/client-certificate.p12"_s;
        const QList<std::pair<Core::SecretNeed::Kind, QString>> kinds{
            {Core::SecretNeed::Kind::ProxyPassword, u"secret-proxy"_s},
            {Core::SecretNeed::Kind::CertificatePassphrase, u"secret-certificate"_s},
            {Core::SecretNeed::Kind::RequestCertificatePassphrase, u"secret-request-certificate"_s}};
        for (const auto &[kind, state] : kinds) {
            need.kind = kind;
            if (kind != Core::SecretNeed::Kind::ProxyPassword) {
                need.subject = certificate;
                need.hostPattern = u"*.staging.example.org"_s;
            }
            Gui::SecretDialog dialog(need, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            checkAll(state, &dialog);
        }
    }

    // The catalogue with somewhere to go back to and forward to.
    if (auto *action = window.findChild<QAction *>(u"catalogueAction"_s))
        action->trigger();
    window.cataloguePage()->showCode(404);
    window.cataloguePage()->showCode(418);
    if (auto *back = window.findChild<QAbstractButton *>(u"backButton"_s))
        back->click();
    checkAll(u"catalogue-back-forward"_s);

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
