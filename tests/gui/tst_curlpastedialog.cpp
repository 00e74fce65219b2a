// SPDX-License-Identifier: MIT
// Several curl requests in one paste (issue 16): the form hands them on instead of opening the
// first, the dialog lists them with check boxes and is driven by the keyboard, and the choice opens
// one and keeps the others, or all of them, as saved requests in a real history file.
#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "gui/console/curlpastedialog.h"
#include "gui/console/requestcomposer.h"
#include "gui/console/requestconsole.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_CurlPasteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void composerHandsSeveralOn();
    void composerAloneOpensTheFirst();
    void composerKeepsTheImportedBodyBytes_data();
    void composerKeepsTheImportedBodyBytes();
    void listsTheRequests();
    void keyboardChecksAndSavesAll();
    void enterOpensTheCurrentRow();
    void openCheckedSavesTheOthers();
    void saveAllKeepsEveryRequest();
    void windowAsksAndSaves();
    void screenshot();

private:
    QList<Core::CurlImport> m_imports;
};

namespace {

const QString Paste = u"# from the API guide\n"
                      "$ curl -s https://api.example.net/v2/items\n"
                      "curl -X POST https://api.example.net/v2/items -H 'Content-Type: application/json' -d "
                      "'{\"name\":\"pen\"}'\n"
                      "curl -I https://api.example.net/v2/items/7 --retry 3\n"
                      "curl -X DELETE https://ann:secret@api.example.net/v2/items/7\n"_s;

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

void tst_CurlPasteDialog::init()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    QString error;
    const auto imports = Core::parseCurlCommands(Paste, &error);
    QVERIFY2(imports, qPrintable(error));
    m_imports = *imports;
    QCOMPARE(m_imports.size(), 4);
}

void tst_CurlPasteDialog::composerHandsSeveralOn()
{
    Gui::RequestComposer composer;
    QSignalSpy several(&composer, &Gui::RequestComposer::severalCurlPasted);
    QVERIFY(composer.importCurl(Paste));
    QCOMPARE(several.size(), 1);
    QCOMPARE(several.first().first().value<QList<Core::CurlImport>>().size(), 4);
    // One request is opened at once, as before.
    QVERIFY(composer.importCurl(u"curl -X PUT https://h/one"_s));
    QCOMPARE(several.size(), 1);
    QString error;
    QCOMPARE(composer.request(&error)->method, "PUT"_ba);
}

void tst_CurlPasteDialog::composerAloneOpensTheFirst()
{
    Gui::RequestComposer composer;
    QVERIFY(composer.importCurl(Paste));
    QString error;
    const auto request = composer.request(&error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->url.toString(), u"https://api.example.net/v2/items"_s);
}

void tst_CurlPasteDialog::composerKeepsTheImportedBodyBytes_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("multipart (CRLF)") << u"curl -F a=1 -F 'b=<%1' https://h/"_s;
    QTest::newRow("binary") << u"curl --data-binary $'\\xff\\r\\n\\x01' https://h/"_s;
    QTest::newRow("empty") << u"curl -d '' https://h/"_s;
}

// The body editor turns CRLF into LF and holds only UTF-8: an imported body goes out byte for
// byte while the editor's text is as it was filled (a -F form was sent with its CRLFs broken).
void tst_CurlPasteDialog::composerKeepsTheImportedBodyBytes()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QFile part(dir.filePath(u"part.txt"_s));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write("line one\r\nline two\r\n");
    part.close();
    const QString text = command.arg(part.fileName());
    QString error;
    const auto imported = Core::parseCurlCommands(text, &error);
    QVERIFY2(imported, qPrintable(error));
    Gui::RequestComposer composer;
    composer.applyCurlImport(imported->first());
    const auto request = composer.request(&error);
    QVERIFY2(request, qPrintable(error));
    QVERIFY(request->hasBody);
    QCOMPARE(request->body, imported->first().request.body);

    // Once edited, the body is the text typed.
    auto *editor = composer.findChild<QPlainTextEdit *>(u"bodyEdit"_s);
    QVERIFY(editor);
    editor->setPlainText(u"edited"_s);
    QCOMPARE(composer.request(&error)->body, "edited"_ba);
}

void tst_CurlPasteDialog::listsTheRequests()
{
    Gui::CurlPasteDialog dialog(m_imports);
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    QStringList rows;
    for (int row = 0; row < list->count(); ++row)
        rows.append(list->item(row)->text());
    // No password on screen.
    QCOMPARE(
        rows,
        (QStringList{u"GET https://api.example.net/v2/items"_s, u"POST https://api.example.net/v2/items"_s,
                     u"HEAD https://api.example.net/v2/items/7"_s,
                     u"DELETE https://api.example.net/v2/items/7"_s}));
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QVERIFY(list->item(2)->toolTip().contains(u"--retry 3"_s));
    // The highlighted request's unapplied options are shown, not only in a tooltip.
    list->setCurrentRow(2);
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().startsWith(u"Request 3, not applied: --retry 3"_s);
    QVERIFY(shown);
    const auto choice = dialog.choice();
    QCOMPARE(choice.checked, QList<qsizetype>{0});
    QVERIFY(choice.folder.startsWith(u"curl paste "_s));
}

void tst_CurlPasteDialog::keyboardChecksAndSavesAll()
{
    Gui::CurlPasteDialog dialog(m_imports);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    QCOMPARE(QApplication::focusWidget(), list);
    // Space unchecks the first, Down and Space check the second.
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(!button(dialog, u"&Open selected"_s)->isEnabled());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QVERIFY(button(dialog, u"&Open selected"_s)->isEnabled());
    // Alt+F to the folder, a name typed, Alt+S saves all.
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    auto *folder = dialog.findChild<QLineEdit *>();
    QCOMPARE(QApplication::focusWidget(), folder);
    folder->selectAll();
    QTest::keyClicks(folder, u"items API"_s);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    // A mnemonic clicks the button after its pressed look has shown.
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const auto choice = dialog.choice();
    QCOMPARE(choice.action, Gui::CurlPasteChoice::Action::SaveAll);
    QCOMPARE(choice.checked, QList<qsizetype>{1});
    QCOMPARE(choice.folder, u"items API"_s);
}

void tst_CurlPasteDialog::enterOpensTheCurrentRow()
{
    Gui::CurlPasteDialog dialog(m_imports);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice().action, Gui::CurlPasteChoice::Action::OpenChecked);
    QCOMPARE(dialog.choice().checked, QList<qsizetype>{2});
}

void tst_CurlPasteDialog::openCheckedSavesTheOthers()
{
    QTemporaryDir dir;
    Core::HistoryStore store;
    store.open(dir.filePath(u"history.sqlite"_s));
    QList<QByteArray> opened;
    const auto save = [&](const QString &folder, const QString &name, const Core::RequestSpec &request) {
        return store.saveRequest(folder, name, request) != 0;
    };
    const QString said = Gui::carryOutCurlPaste(
        {Gui::CurlPasteChoice::Action::OpenChecked, {1, 3}, u"paste"_s}, m_imports,
        [&](const Core::CurlImport &imported) { opened.append(imported.request.method); }, save);
    QCOMPARE(opened, QList<QByteArray>{"POST"});
    const QList<Core::SavedRequest> saved = store.savedRequests();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().folder, u"paste"_s);
    QCOMPARE(saved.first().name, u"4. DELETE https://api.example.net/v2/items/7"_s);
    QCOMPARE(said, u"Opened request 2 of the paste; saved 1 more in “paste”."_s);
}

void tst_CurlPasteDialog::saveAllKeepsEveryRequest()
{
    QTemporaryDir dir;
    Core::HistoryStore store;
    store.open(dir.filePath(u"history.sqlite"_s));
    bool openedAny = false;
    const QString said = Gui::carryOutCurlPaste(
        {Gui::CurlPasteChoice::Action::SaveAll, {0}, u"curl paste 2026-12-05 18:40"_s}, m_imports,
        [&](const Core::CurlImport &) { openedAny = true; },
        [&](const QString &folder, const QString &name, const Core::RequestSpec &request) {
            return store.saveRequest(folder, name, request) != 0;
        });
    QVERIFY(!openedAny);
    const QList<Core::SavedRequest> saved = store.savedRequests();
    QCOMPARE(saved.size(), 4);
    QStringList methods;
    for (const Core::SavedRequest &one : saved) {
        QCOMPARE(one.folder, u"curl paste 2026-12-05 18:40"_s);
        methods.append(QString::fromLatin1(one.request.method));
    }
    methods.sort();
    QCOMPARE(methods, (QStringList{u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"POST"_s}));
    QCOMPARE(said, u"Saved 4 pasted requests in “curl paste 2026-12-05 18:40”."_s);
}

// The whole way through the window: a paste of four requests asks, Save all keeps them in the
// history file's saved requests and says so; Open selected fills the console.
void tst_CurlPasteDialog::windowAsksAndSaves()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    QNetworkAccessManager manager;
    Gui::MainWindow window(*Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr),
                           &manager, &history);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool asked = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<Gui::CurlPasteDialog *>(QApplication::activeModalWidget());
        asked = dialog != nullptr;
        if (dialog)
            button(*dialog, u"&Save all"_s)->click();
    });
    QVERIFY(window.requestConsole()->importCurl(Paste));
    QVERIFY(asked);
    QCOMPARE(history.savedRequests().size(), 4);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Saved 4 pasted requests in “curl paste "_s),
             qPrintable(window.statusBar()->currentMessage()));

    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<Gui::CurlPasteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *list = dialog->findChild<QListWidget *>();
        list->item(0)->setCheckState(Qt::Unchecked);
        list->item(3)->setCheckState(Qt::Checked);
        button(*dialog, u"&Open selected"_s)->click();
    });
    QVERIFY(window.requestConsole()->importCurl(Paste));
    QString error;
    const auto opened = window.requestConsole()->currentRequest(&error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->method, "DELETE"_ba);
    QCOMPARE(history.savedRequests().size(), 4);
}

void tst_CurlPasteDialog::screenshot()
{
    QWidget window;
    window.resize(800, 600);
    window.show();
    Gui::CurlPasteDialog dialog(m_imports, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = qEnvironmentVariable("STATUSSCOPE_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("set STATUSSCOPE_SCREENSHOT_DIR to keep the picture");
    dialog.resize(800, 600);
    QVERIFY(dialog.grab().save(path + u"/curlpastedialog.png"_s));
}

QTEST_MAIN(tst_CurlPasteDialog)
#include "tst_curlpastedialog.moc"
