// SPDX-License-Identifier: MIT
// The request form on its own, typed into like a user does: what it refuses in place, what it
// composes, and (sent on a session to scripted servers on 127.0.0.1) what a server receives. The
// Options tab's network options have their own test, tst_networkoptionseditor.
#include "bracketlanguage.h"
#include "composertest.h"
#include "core/requests/bodyfile.h"
#include "core/requests/headertablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_RequestComposer : public Test::ComposerTest
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUrlIsRefusedInPlace();
    void invalidHeaderIsRefusedInPlace();
    void misframingHeaderIsRefusedAsTyped();
    void bodyFileIsARegularFileWithinTheLimit();
    void curlWithoutFollowSaysSoWithUndo();
    void curlImportNotesStayAndListInFull();
    void curlPastedEveryWayIsImported();
    void postKeptAfterRedirectByChoice();
    void chainLimitEndsADrippingBody();
    void lowSpeedLimitEndsADrippingBody();
    void lowSpeedLimitReadsAsASize();
    void textsSetInCodeFollowTheLanguage();

private:
    Core::HeaderTableModel *headers() const
    {
        return qobject_cast<Core::HeaderTableModel *>(child<QTableView>("headersView")->model());
    }
};

void tst_RequestComposer::invalidUrlIsRefusedInPlace()
{
    QSignalSpy sendAsked(m_composer, &Gui::RequestComposer::sendRequested);
    typeUrlAndEnter(QUrl(u"ftp://127.0.0.1/file"_s));
    QCOMPARE(sendAsked.size(), 1);
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"“ftp:”"_s));
    // It quotes what was typed, so markup in it is not rendered.
    QCOMPARE(error->textFormat(), Qt::PlainText);
    // Enter asked to send, but there is no request to send: the same sentence says why.
    QString why;
    QVERIFY(!m_composer->request(&why));
    QCOMPARE(why, error->text());
    child<QLineEdit>("urlEdit")->setText(m_server->url(u"/ok"_s).toString());
    QVERIFY(!error->isVisible());
}

void tst_RequestComposer::invalidHeaderIsRefusedInPlace()
{
    const int row = headers()->addRow({true, u"X-Test"_s, u"a\nInjected: yes"_s});
    QVERIFY(!headers()->index(row, 0).data(Core::HeaderTableModel::ErrorRole).toString().isEmpty());
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"X-Test"_s));
    setUrl(u"/ok"_s);
    // Refused as composed, before any engine starts: nothing can reach the server later (the
    // count below, after the good send, is one).
    QVERIFY(!sendComposed());
    QVERIFY(!m_session->isRunning());
    // Switching the row off lets the request go.
    headers()->setData(headers()->index(row, 0), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().hasHeader("X-Test"));
}

// A Content-Length the body does not have was cut or replaced by Qt without a word; it is marked as
// it is typed, like a header with a line break, and nothing is sent.
void tst_RequestComposer::misframingHeaderIsRefusedAsTyped()
{
    setUrl(u"/ok"_s);
    child<QPlainTextEdit>("bodyEdit")->setPlainText(u"hello"_s);
    const int row = headers()->addRow({true, u"Content-Length"_s, u"3"_s});
    auto *error = child<QLabel>("inputErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Content-Length: 3"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());
    QCOMPARE(m_server->requests().size(), 0);
    // The value the body really has is fine.
    headers()->setData(headers()->index(row, Core::HeaderTableModel::ValueColumn), u"5"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().first().body, "hello");
}

// Reading a chosen body file at every keystroke, or a pipe or /dev/zero at all, would stall the
// window: only a regular file within the limit is taken, and it is read when sent.
void tst_RequestComposer::bodyFileIsARegularFileWithinTheLimit()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString chosen = fifo;
    m_composer->setOpenFileChooser([&chosen] { return chosen; });
    setUrl(u"/ok"_s);
    auto *error = child<QLabel>("inputErrorLabel");

    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not a regular file"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());

    chosen = dir.filePath(u"big"_s);
    QFile big(chosen);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Core::BodyFileLimit + 1)); // sparse: no disk used
    big.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY2(error->text().contains(u"larger than 64 MiB"_s), qPrintable(error->text()));
    QVERIFY(!sendComposed());

    chosen = dir.filePath(u"small"_s);
    QFile small(chosen);
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("from a file");
    small.close();
    QTest::mouseClick(child<QPushButton>("bodyFileButton"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, "from a file");
}

// curl follows no redirect without -L: importing such a command turns the form's option off,
// which is said, with Undo; an import with -L says nothing.
void tst_RequestComposer::curlWithoutFollowSaysSoWithUndo()
{
    auto *follow = child<QCheckBox>("followCheck");
    auto *notice = child<QLabel>("importNoticeLabel");
    auto *undo = child<QPushButton>("undoImportButton");
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());

    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/a"_s));
    QVERIFY(!follow->isChecked());
    QVERIFY(notice->isVisible() && undo->isVisible());
    QVERIFY2(notice->property("fullText").toString().contains(u"-L"_s),
             qPrintable(notice->property("fullText").toString()));
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space);
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible() && !undo->isVisible());

    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/b"_s));
    QVERIFY(notice->isVisible());
    follow->setChecked(true); // answering by hand ends the notice too
    QVERIFY(!notice->isVisible());

    QVERIFY(m_composer->importCurl(u"curl -L http://127.0.0.1:9/c"_s));
    QVERIFY(follow->isChecked());
    QVERIFY(!notice->isVisible());
}

// A pasted command's notes stay under the URL while the form is edited: a few in full, many
// counted, with All Notes… listing every one; a request filled from elsewhere ends them.
void tst_RequestComposer::curlImportNotesStayAndListInFull()
{
    auto *notice = child<QLabel>("importNoticeLabel");
    auto *allNotes = child<QPushButton>("importNotesButton");
    const auto said = [notice] { return notice->property("fullText").toString(); }; // whole, not elided
    QVERIFY(m_composer->importCurl(u"curl -L -o out.json http://127.0.0.1:9/a"_s));
    QVERIFY(notice->isVisible() && !allNotes->isVisible());
    QVERIFY2(said().contains(u"-o out.json"_s), qPrintable(said()));

    QVERIFY(m_composer->importCurl(u"curl ‘http://127.0.0.1:9/b’ –H ‘X-A: 1’ --retry 3 -o b.json "
                                   "--limit-rate 1k > log.txt 2>&1"_s));
    QVERIFY2(said().contains(u"notes"_s) && !said().contains(u"--retry"_s), qPrintable(said()));
    QVERIFY(said().contains(u"Follow redirects is now off"_s)); // one line for both
    QVERIFY(allNotes->isVisible());
    auto *url = child<QLineEdit>("urlEdit");
    url->setFocus();
    QTest::keyClick(url, Qt::Key_End);
    QTest::keyClicks(url, u"x"_s); // editing keeps what the import said
    QVERIFY(notice->isVisible() && allNotes->isVisible());
    child<QCheckBox>("followCheck")->setChecked(true); // answers the follow notice, not the notes
    QVERIFY(notice->isVisible() && !said().contains(u"Follow redirects"_s));

    QString listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == u"curlImportNotesDialog"_s);
        listed = dialog->findChild<QPlainTextEdit *>()->toPlainText();
        dialog->accept();
    });
    allNotes->setFocus();
    QTest::keyClick(allNotes, Qt::Key_Space);
    for (const QString &note : {u"--retry 3"_s, u"-o b.json"_s, u"--limit-rate 1k"_s, u"> log.txt"_s,
                                u"2>&1"_s, u"typographic quotes"_s, u"“–H” was read as “-H”"_s})
        QVERIFY2(listed.contains(note), qPrintable(listed));

    Core::RequestSpec other;
    other.url = QUrl(u"http://127.0.0.1:9/other"_s);
    m_composer->applyRequest(other);
    QVERIFY(!notice->isVisible() && !allNotes->isVisible());
}

// A curl command that reaches the URL field by its menu's Paste or by a drop is imported as
// Ctrl+V imports it, not run together into one line; other text is pasted as ever.
void tst_RequestComposer::curlPastedEveryWayIsImported()
{
    auto *url = child<QLineEdit>("urlEdit");
    url->setFocus();
    // The menu's Paste (QLineEdit::paste()), into the text already there.
    url->setText(u"https://old.example/"_s);
    QGuiApplication::clipboard()->setText(
        u"curl -X PUT \\\n  -H 'X-Way: menu' \\\n  http://127.0.0.1:9/menu"_s);
    url->selectAll();
    url->paste();
    QCOMPARE(url->text(), u"http://127.0.0.1:9/menu"_s);
    QCOMPARE(child<QComboBox>("methodCombo")->currentText(), u"PUT"_s);
    QCOMPARE(Core::headerValue(m_composer->request(nullptr)->headers, "X-Way"), QByteArray("menu"));

    // A drop of text.
    url->clear();
    QMimeData dropped;
    dropped.setText(u"curl -d a=1 http://127.0.0.1:9/dropped"_s);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(url, &enter);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(url, &drop);
    QCOMPARE(url->text(), u"http://127.0.0.1:9/dropped"_s);
    QCOMPARE(child<QComboBox>("methodCombo")->currentText(), u"POST"_s);

    // Not a curl command, or typed letter by letter: the field keeps it.
    url->clear();
    QGuiApplication::clipboard()->setText(u"http://127.0.0.1:9/plain"_s);
    url->paste();
    QCOMPARE(url->text(), u"http://127.0.0.1:9/plain"_s);
    url->clear();
    QTest::keyClicks(url, u"curl http://127.0.0.1:9/typed"_s);
    QCOMPARE(url->text(), u"curl http://127.0.0.1:9/typed"_s);
}

// Keep POST after 301/302/303 (curl's --post30x): filled from a pasted command, chosen with the
// keyboard, and what the server receives at the redirect's target follows the choice.
void tst_RequestComposer::postKeptAfterRedirectByChoice()
{
    auto *keep301 = child<QCheckBox>("keepPost301Check");
    auto *keep302 = child<QCheckBox>("keepPost302Check");
    auto *keep303 = child<QCheckBox>("keepPost303Check");
    QVERIFY(!keep301->isChecked() && !keep302->isChecked() && !keep303->isChecked());
    QVERIFY(!m_composer->options().keepPost.any());

    QVERIFY(m_composer->importCurl(
        u"curl -L --post301 --post303 --connect-timeout 2.5 -d a=1 http://127.0.0.1:9/form"_s));
    QVERIFY(keep301->isChecked() && !keep302->isChecked() && keep303->isChecked());
    // The connect timeout of the same command has its field.
    QCOMPARE(child<QDoubleSpinBox>("connectTimeoutSpin")->value(), 2.5);
    QCOMPARE(m_composer->options().connectTimeoutMs, 2500);
    QCOMPARE(m_composer->options().keepPost, (Core::PostKept{true, false, true}));

    m_server->route("/found", ScriptedServer::response(302, "Found", {{"Location", "/landing"}}, ""));
    m_server->route("/landing", ScriptedServer::response(200, "OK", {}, "here"));
    setUrl(u"/found"_s);
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, "GET"); // 302 was not among the kept

    keep302->setFocus();
    QTest::keyClick(keep302, Qt::Key_Space);
    QVERIFY(keep302->isChecked());
    QVERIFY(m_composer->options().keepPost.on302);
    m_server->clearRequests();
    QVERIFY(sendComposed());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, "POST");
    QCOMPARE(m_server->requests().at(1).body, "a=1");
    QVERIFY(m_session->result().hops.first().hasWarning(u"post-kept"));
}

void tst_RequestComposer::chainLimitEndsADrippingBody()
{
    // A byte every 50 ms keeps the hop alive for ever; the whole-chain limit, set with the
    // keyboard like a user would, ends it with a sentence and keeps what arrived.
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QDoubleSpinBox>("chainLimitSpin");
    QCOMPARE(limit->text(), u"none"_s); // no limit by default, as in curl and browsers
    QCOMPARE(m_composer->options().deadlineMs, 0);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"1"_s);
    QCOMPARE(m_composer->options().deadlineMs, 1000);
    setUrl(u"/drip"_s);
    QVERIFY(sendComposed());
    const Core::ChainResult &chain = m_session->result();
    QCOMPARE(chain.outcome, Core::ChainOutcome::Error);
    QVERIFY(chain.error);
    QVERIFY2(chain.error->message.contains(u"did not finish within 1 s"_s), qPrintable(chain.error->message));
    QCOMPARE(chain.hops.first().status, 200);
    QVERIFY(chain.hops.first().bodyBytes > 0);
}

void tst_RequestComposer::lowSpeedLimitEndsADrippingBody()
{
    m_server->route("/drip", ScriptedServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", 50));
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    auto *window = child<QDoubleSpinBox>("lowSpeedTimeSpin");
    QCOMPARE(limit->text(), u"none"_s);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 0);
    // Reached by the Options tab's shortcut, then Follow redirects' (Alt+W), then Tab through the
    // options (the limits have no letter left beside the menu bar and the History panel), and typed,
    // as a keyboard user would.
    QTest::keyClick(m_composer, Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(m_composer, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>("followCheck")->hasFocus());
    for (int tabs = 0; tabs < 10 && !limit->hasFocus(); ++tabs)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(limit->hasFocus());
    limit->selectAll();
    QTest::keyClicks(limit, u"200"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QVERIFY(window->hasFocus());
    window->selectAll();
    QTest::keyClicks(window, u"0.5"_s);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 200);
    QCOMPARE(m_composer->options().lowSpeedWindowMs, 500);
    setUrl(u"/drip"_s);
    QVERIFY(sendComposed());
    const Core::ChainResult &chain = m_session->result();
    QCOMPARE(chain.outcome, Core::ChainOutcome::Error);
    QVERIFY(chain.error);
    QVERIFY2(chain.error->message.contains(u"Too slow: hop 1 moved"_s), qPrintable(chain.error->message));
    QCOMPARE(chain.hops.first().status, 200);

    // The options come back as they were set.
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1234;
    options.lowSpeedWindowMs = 2500;
    m_composer->setOptions(options);
    QCOMPARE(limit->value(), 1234);
    QCOMPARE(window->value(), 2.5);
}

// The low-speed limit is a rate people read as a size per second; the option keeps exact bytes.
void tst_RequestComposer::lowSpeedLimitReadsAsASize()
{
    auto *limit = child<QSpinBox>("lowSpeedSpin");
    Core::RequestOptions options;
    options.lowSpeedBytesPerSecond = 1536;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"1.5 KiB/s"_s);
    options.lowSpeedBytesPerSecond = 64 * 1024 * 1024;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"64 MiB/s"_s);

    // Passing through the field changes nothing, even where the text is rounded.
    options.lowSpeedBytesPerSecond = 1234;
    m_composer->setOptions(options);
    QCOMPARE(limit->text(), u"1.2 KiB/s"_s);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 1234);

    // Typed as a size, or as a plain number of bytes.
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"2 KiB"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 2048);
    QCOMPARE(limit->text(), u"2 KiB/s"_s);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"300"_s);
    QTest::keyClick(limit, Qt::Key_Tab);
    QCOMPARE(m_composer->options().lowSpeedBytesPerSecond, 300);
    QCOMPARE(limit->text(), u"300 bytes/s"_s);
}

// The texts the form sets in code (the content types, the curl import's notice, the header
// table's column titles) follow a language switch, and come back; so do the form's own.
void tst_RequestComposer::textsSetInCodeFollowTheLanguage()
{
    QVERIFY(m_composer->importCurl(u"curl http://127.0.0.1:9/a"_s)); // turns following off: a notice
    const auto texts = [this] {
        return QStringList{
            child<QComboBox>("contentTypeCombo")->itemText(0),
            child<QLabel>("importNoticeLabel")->property("fullText").toString(),
            headers()->headerData(Core::HeaderTableModel::NameColumn, Qt::Horizontal).toString(),
            child<QPushButton>("sendButton")->text()};
    };
    QVERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));

    Test::BracketLanguage brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(Test::allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QVERIFY(child<QLabel>("importNoticeLabel")->isVisible()); // redone, not dropped

    QCoreApplication::removeTranslator(&brackets);
    QTRY_VERIFY2(Test::noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
}

QTEST_MAIN(tst_RequestComposer)
#include "tst_requestcomposer.moc"
