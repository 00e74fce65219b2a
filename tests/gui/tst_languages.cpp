// SPDX-License-Identifier: MIT
// A language switch reaches every text on screen at once: the window, its docks, the open
// dialogs and the rows already shown; and back again.
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/settings/settings.h"
#include "gui/catalogueview/comparisondialog.h"
#include "gui/console/requestconsole.h"
#include "gui/mainwindow.h"
#include "gui/quizview/quizdialog.h"
#include "scriptedserver.h"
#include "tsfile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

namespace {

// What a reader sees: "&&" is one "&", a single "&" marks the mnemonic and is not shown.
QString shown(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

// A text as it can appear on screen: placeholders (%1, %n, %L1) match anything. Sentences of
// three words or more are looked for inside longer texts too (a label that adds to them); shorter
// ones only as the whole text, so "Status" is not found in "Status code".
struct Pattern
{
    QString text;
    QRegularExpression regex;
};

std::optional<Pattern> patternFor(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    const QString plain = shown(text);
    QString withoutPlaceholders = plain;
    withoutPlaceholders.remove(placeholder);
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    qsizetype words = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(withoutPlaceholders); it.hasNext(); it.next())
        ++words;
    qsizetype letters = 0;
    for (QChar c : withoutPlaceholders)
        letters += c.isLetter() ? 1 : 0;
    if (letters < 3)
        return std::nullopt; // "#", "%1 ms": nothing a language owns
    QString pattern;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(plain)) {
        // %n is always a number; %1 can be any text.
        pattern += QRegularExpression::escape(plain.mid(from, match.capturedStart() - from))
            + (match.captured(1) == u"n" ? u"\\d[\\d.,\\x{a0} ]*"_s : u".+?"_s);
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(plain.mid(from));
    if (words < 3)
        pattern = QRegularExpression::anchoredPattern(pattern);
    return Pattern{plain, QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption)};
}

// The texts of one language that another language words differently: a text both languages
// write alike ("JSON", "Header") is no sign of either.
QList<Pattern> patternsOf(const QStringList &texts, const QStringList &otherLanguage)
{
    QSet<QString> other;
    for (const QString &text : otherLanguage)
        other.insert(shown(text));
    QList<Pattern> patterns;
    QSet<QString> seen;
    for (const QString &text : texts) {
        if (other.contains(shown(text)) || seen.contains(text))
            continue;
        seen.insert(text);
        if (std::optional<Pattern> pattern = patternFor(text))
            patterns.append(*pattern);
    }
    return patterns;
}

QString pathOf(const QObject *object)
{
    QStringList parts;
    for (; object; object = object->parent()) {
        parts.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                     : object->objectName());
    }
    return parts.join(u'/');
}

struct Shown
{
    const QObject *owner;
    QString what; // "text", "toolTip", "header 2", …
    QString text;
};

void addModel(QList<Shown> &texts, const QObject *owner, const QAbstractItemModel *model)
{
    if (!model)
        return;
    for (int section = 0; section < model->columnCount(); ++section)
        texts.append(
            {owner, u"header %1"_s.arg(section), model->headerData(section, Qt::Horizontal).toString()});
    const int rows = std::min(model->rowCount(), 60);
    for (int row = 0; row < rows; ++row) {
        texts.append({owner, u"row header %1"_s.arg(row), model->headerData(row, Qt::Vertical).toString()});
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            texts.append({owner, u"row %1 column %2"_s.arg(row).arg(column), index.data().toString()});
            texts.append({owner, u"row %1 column %2 tooltip"_s.arg(row).arg(column),
                          index.data(Qt::ToolTipRole).toString()});
        }
    }
}

// Every text a reader can see or hear on the visible widgets of `window`, and on all its actions
// (the menus show them when opened).
QList<Shown> textsOf(QWidget *window)
{
    QList<Shown> texts;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (widget->isWindow() || qobject_cast<QDockWidget *>(widget))
            texts.append({widget, u"windowTitle"_s, widget->windowTitle()});
        texts.append({widget, u"toolTip"_s, widget->toolTip()});
        texts.append({widget, u"accessibleName"_s, widget->accessibleName()});
        texts.append({widget, u"accessibleDescription"_s, widget->accessibleDescription()});
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append({widget, u"text"_s, label->text()});
        if (auto *bar = qobject_cast<QStatusBar *>(widget)) // painted by the bar, not a child's text
            texts.append({widget, u"message"_s, bar->currentMessage()});
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append({widget, u"text"_s, button->text()});
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts.append({widget, u"title"_s, box->title()});
        if (auto *browser = qobject_cast<QTextBrowser *>(widget)) // what the program wrote, not the reader
            texts.append({widget, u"text"_s, browser->toPlainText()});
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.append({widget, u"placeholderText"_s, edit->placeholderText()});
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append({widget, u"tab %1"_s.arg(i), tabs->tabText(i)});
                texts.append({widget, u"tab %1 tooltip"_s.arg(i), tabs->tabToolTip(i)});
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append({widget, u"item %1"_s.arg(i), combo->itemText(i)});
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !qobject_cast<QHeaderView *>(widget))
            addModel(texts, widget, view->model());
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        texts.append({action, u"text"_s, action->text()});
        texts.append({action, u"toolTip"_s, action->toolTip()});
    }
    for (QMenu *menu : window->findChildren<QMenu *>())
        texts.append({menu, u"title"_s, menu->title()});
    return texts;
}

// "path (what): text" for every shown text that is one of `patterns`.
QStringList offenders(const QList<Shown> &texts, const QList<Pattern> &patterns)
{
    QStringList found;
    for (const Shown &shownText : texts) {
        const QString text = shown(shownText.text);
        if (text.trimmed().isEmpty())
            continue;
        for (const Pattern &pattern : patterns) {
            if (pattern.regex.match(text).hasMatch()) {
                found.append(u"%1 (%2): “%3” is “%4”"_s.arg(pathOf(shownText.owner), shownText.what,
                                                            text.left(120), pattern.text.left(80)));
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

// Each offender on a line of its own (a failure message is cut short), then the count.
QString report(const QString &heading, const QStringList &found)
{
    if (!found.isEmpty())
        qWarning().noquote() << heading;
    for (const QString &line : found)
        qWarning().noquote() << "  " << line;
    return u"%1 %n text(s), listed above"_s.arg(heading).replace(u"%n"_s, QString::number(found.size()));
}

} // namespace

class tst_Languages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingOpenSwitchesAndBack();

private:
    QNetworkAccessManager m_manager;
    QList<Pattern> m_english; // texts that German words differently
    QList<Pattern> m_german;
};

void tst_Languages::initTestCase()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    const QString folder = QStringLiteral(STATUSSCOPE_SOURCE_DIR) + u"/translations/"_s;
    // English plural forms ("%n codes") are what the screen shows for a source such as "%n code(s)".
    QHash<QString, QStringList> englishForms;
    for (const Test::TsMessage &message : Test::readTs(folder + u"statusscope_en.ts"_s))
        englishForms.insert(message.source, message.translations);
    QStringList english;
    QStringList german;
    for (const Test::TsMessage &message : Test::readTs(folder + u"statusscope_de.ts"_s)) {
        if (message.translations.isEmpty() || message.translations.contains(message.source))
            continue;
        english.append(message.source);
        english += englishForms.value(message.source);
        german += message.translations;
    }
    m_english = patternsOf(english, german);
    m_german = patternsOf(german, english);
    QVERIFY2(m_english.size() > 300, "statusscope_de.ts was not read");
}

void tst_Languages::everythingOpenSwitchesAndBack()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core::Settings typed(&settings);
    // A damaged history file: set aside, a new one started, and the History panel's banner and the
    // status bar say so. Both are sentences worded again in the new language.
    {
        QFile damaged(dir.filePath(u"history.db"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a database, whatever the name says");
    }
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    QVERIFY(history.notice().startsWith(u"The history file was damaged"_s));
    Test::ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/moved", Test::ScriptedServer::redirect(301, "/gone"));
    server.route("/gone",
                 Test::ScriptedServer::response(410, "Gone", {{"Content-Type", "text/plain"}}, "gone"));

    Gui::MainWindow window(
        [] { return *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr); }(),
        &m_manager, &history);
    window.setSettings(&typed);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The console with a chain on screen, and the history that keeps it.
    window.findChild<QAction *>(u"consoleAction"_s)->trigger();
    Gui::RequestConsole *console = window.requestConsole();
    window.findChild<QLineEdit *>(u"urlEdit"_s)->setText(server.url(u"/moved"_s).toString());
    QVERIFY(console->send());
    QTRY_VERIFY(!console->isRunning());
    QVERIFY(window.findChild<QDockWidget *>(u"historyDock"_s)->isVisible());
    QTRY_COMPARE(window.findChild<QAbstractItemView *>(u"historyList"_s)->model()->rowCount(), 1);
    auto *banner = window.findChild<QLabel *>(u"historyNotice"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"The history file was damaged (it is not a SQLite database)"_s));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"The history file was damaged"_s));

    // The two dialogs, each with something in it: a comparison, and a question answered.
    Gui::ComparisonDialog *comparison = window.showComparison({401, 403});
    QVERIFY(QTest::qWaitForWindowExposed(comparison));
    Gui::QuizDialog *quiz = window.showQuiz();
    QVERIFY(QTest::qWaitForWindowExposed(quiz));
    QVERIFY(quiz->startRound(7));
    quiz->findChild<QAbstractButton *>(u"quizChoice1"_s)->setChecked(true);
    quiz->findChild<QAbstractButton *>(u"quizAction"_s)->click();
    QVERIFY(!quiz->findChild<QLabel *>(u"quizFeedback"_s)->text().isEmpty());

    // The dialogs are the window's children: walking the window reaches them.
    const auto everything = [&window] { return textsOf(&window); };

    // The walk itself finds nothing German in an English window.
    QStringList german = offenders(everything(), m_german);
    QVERIFY2(german.isEmpty(), qPrintable(report(u"German before any switch:"_s, german)));

    window.findChild<QAction *>(u"language-de"_s)->trigger(); // the real View → Language action
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&Datei"_s);
    const QStringList english = offenders(everything(), m_english);
    QVERIFY2(english.isEmpty(),
             qPrintable(report(u"Still in English after switching to German:"_s, english)));
    QCOMPARE(window.findChild<QDockWidget *>(u"historyDock"_s)->windowTitle(), u"Verlauf"_s);
    QVERIFY2(banner->text().startsWith(
                 u"Die Verlaufsdatei war beschädigt (die Datei ist keine SQLite-Datenbank)"_s),
             qPrintable(banner->text()));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Die Verlaufsdatei war beschädigt"_s),
             qPrintable(window.statusBar()->currentMessage()));

    window.findChild<QAction *>(u"language-en"_s)->trigger();
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
    german = offenders(everything(), m_german);
    QVERIFY2(german.isEmpty(), qPrintable(report(u"Still in German after switching back:"_s, german)));
    QCOMPARE(window.findChild<QDockWidget *>(u"historyDock"_s)->windowTitle(), u"History"_s);
    QVERIFY(banner->text().startsWith(u"The history file was damaged (it is not a SQLite database)"_s));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"The history file was damaged"_s));

    // A message shown in German stays German; back in English it is English again.
    window.findChild<QAction *>(u"language-de"_s)->trigger();
    QTRY_COMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&Datei"_s);
    QVERIFY(!window.goToCode(u"432"_s));
    QCOMPARE(window.statusBar()->currentMessage(), u"432 steht nicht im Katalog."_s);
    window.findChild<QAction *>(u"language-en"_s)->trigger();
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"432 is not in the catalogue."_s);
}

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
