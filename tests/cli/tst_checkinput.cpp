// SPDX-License-Identifier: MIT
// What `check` reads (app/cli/inputfiles.h, checkrunner.h): a URL list is streamed, read as
// engines free up, with results out before the list ends; every input has a size limit; a list
// line the engine refuses is reported and the run goes on.
#include "clirun.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

class tst_CheckInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listIsStreamedFromStandardInput();
    void refusedListLinesAreReportedAndTheRunGoesOn();
    void tooLongLineIsRefused();
    void binaryListEndsWithASentence();
    void listFromWindowsPowerShell();
    void harFromAListHasEveryChain();
    void bodyFileHasALimit();
    void listThatIsAFolderIsRefused();
    void unwritableOutputStopsTheList_data();
    void unwritableOutputStopsTheList();

private:
    QByteArray urlLine(const QString &path) const { return m_http->url(path).toEncoded() + '\n'; }
    QString writeList(const QByteArray &content);

    ScriptedServer *m_http = nullptr;
    QList<QTemporaryFile *> m_files;
};

void tst_CheckInput::init()
{
    m_http = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    m_http->route("*", ScriptedServer::response(200, "OK", {}, "fine"));
}

void tst_CheckInput::cleanup()
{
    qDeleteAll(m_files);
    m_files.clear();
    delete m_http;
}

QString tst_CheckInput::writeList(const QByteArray &content)
{
    auto *file = new QTemporaryFile;
    m_files.append(file);
    if (!file->open())
        return {};
    file->write(content);
    file->close();
    return file->fileName();
}

// Three URLs in, three results out, while standard input is still open: before, the whole list
// was read first, so `yes URL | statusscope check --input -` grew without end and printed nothing.
void tst_CheckInput::listIsStreamedFromStandardInput()
{
    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.start(QStringLiteral(STATUSSCOPE_BINARY),
                  {u"check"_s, u"--json"_s, u"--parallel"_s, u"2"_s, u"--input"_s, u"-"_s});
    QVERIFY(process.waitForStarted());
    process.write(urlLine(u"/a"_s) + "# a comment\n\n" + urlLine(u"/b"_s) + urlLine(u"/c"_s));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.count('\n') == 3), 20000);
    QCOMPARE(process.state(), QProcess::Running);
    QCOMPARE(m_http->requests().size(), 3);

    process.write(urlLine(u"/d"_s));
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.count('\n') == 4), 20000);
    process.closeWriteChannel();
    const CliRun run = StatusScope::Test::finishCli(process);
    QCOMPARE(run.exitCode, 0);
    out += run.out;
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"outcome"_s).toString(), u"complete"_s);
}

// RequestEngine::start() refuses a URL that is not http or https and then emits nothing; the run
// must report that chain and go on, never wait for it.
void tst_CheckInput::refusedListLinesAreReportedAndTheRunGoesOn()
{
    const QString list = writeList("ftp://127.0.0.1/file\n" + urlLine(u"/after"_s) + "http://\n");
    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"--json"_s, u"--parallel"_s, u"1"_s, u"--input"_s, list});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject refused = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(refused.value(u"outcome"_s).toString(), u"error"_s);
    QCOMPARE(refused.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"invalid-input"_s);
    QVERIFY(refused.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"“ftp:”"_s));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"outcome"_s).toString(), u"complete"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"outcome"_s).toString(), u"error"_s);
    QCOMPARE(m_http->requestsTo("/after").size(), 1);
    QVERIFY2(run.err.contains("line 1 (ftp://127.0.0.1/file)"), run.err.constData());
    QVERIFY2(run.err.contains("line 3 ("), run.err.constData());

    // The same in text: the refused URL is named with its reason.
    const CliRun text = StatusScope::Test::runCli({u"check"_s, u"--input"_s, list});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("→ GET ftp://127.0.0.1/file\n= 0 hops"), text.out.constData());
}

// /dev/zero as a list never ends a line: it was read forever at full speed. A NUL byte means the
// list is not text; the lines before it still run.
void tst_CheckInput::binaryListEndsWithASentence()
{
    const QString list = writeList(urlLine(u"/first"_s) + urlLine(u"/second"_s)
                                   + QByteArray("http://x\0\0", 10) + urlLine(u"/never"_s));
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--json"_s, u"--input"_s, list});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 3 holds a NUL byte"), run.err.constData());
    QCOMPARE(m_http->requestsTo("/first").size(), 1);
    QCOMPARE(m_http->requestsTo("/second").size(), 1);
    QCOMPARE(m_http->requestsTo("/never").size(), 0);

    const CliRun zero = StatusScope::Test::runCli({u"check"_s, u"--input"_s, u"/dev/zero"_s});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains("line 1 holds a NUL byte"), zero.err.constData());
}

// Windows PowerShell's "Get-Content … > urls.txt" writes UTF-16 with a byte order mark: its NUL
// bytes ended the list at line 1 as "not text".
void tst_CheckInput::listFromWindowsPowerShell()
{
    const QString text = QString::fromUtf8(urlLine(u"/first"_s) + "# a comment\n" + urlLine(u"/second"_s))
                             .replace(u"\n"_s, u"\r\n"_s);
    const QString list
        = writeList(QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom).encode(text));
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--json"_s, u"--input"_s, list});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(m_http->requestsTo("/first").size(), 1);
    QCOMPARE(m_http->requestsTo("/second").size(), 1);
}

void tst_CheckInput::tooLongLineIsRefused()
{
    const QString list
        = writeList("http://127.0.0.1/" + QByteArray(100000, 'a') + '\n' + urlLine(u"/after"_s));
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--json"_s, u"--input"_s, list});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Line 1 of the URL list is longer than 8192 bytes."), run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(m_http->requests().size(), 1);
    QCOMPARE(m_http->requests().first().target, "/after");
}

void tst_CheckInput::harFromAListHasEveryChain()
{
    QByteArray content;
    for (int i = 0; i < 20; ++i)
        content += urlLine(u"/n"_s + QString::number(i));
    const QString list = writeList(content);
    QTemporaryDir dir;
    const QString har = dir.filePath(u"list.har"_s);
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--input"_s, list, u"--har"_s, har});
    QCOMPARE(run.exitCode, 0);
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"entries"_s).toArray().size(), 20);
}

// -d @/dev/zero read 3.6 GB in two seconds before.
void tst_CheckInput::bodyFileHasALimit()
{
    const CliRun run
        = StatusScope::Test::runCli({u"check"_s, u"-d"_s, u"@/dev/zero"_s, m_http->url().toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("“/dev/zero” is larger than 64 MiB"), run.err.constData());
    QCOMPARE(m_http->connectionCount(), 0);
}

void tst_CheckInput::listThatIsAFolderIsRefused()
{
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--input"_s, QDir::tempPath()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a folder"), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CheckInput)
void tst_CheckInput::unwritableOutputStopsTheList_data()
{
    QTest::addColumn<QStringList>("format");
    QTest::newRow("text") << QStringList{};
    QTest::newRow("json lines") << QStringList{u"--json"_s}; // written to the file as bytes
}

// A full disk behind standard output: the list stops at the first result that cannot be written,
// instead of checking every other URL for nothing, and the exit status says the output is cut.
void tst_CheckInput::unwritableOutputStopsTheList()
{
    QFETCH(QStringList, format);
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("This system has no /dev/full.");
    QByteArray content;
    const int urls = 2000;
    for (int i = 0; i < urls; ++i)
        content += urlLine(u"/n"_s + QString::number(i));
    const QString list = writeList(content);
    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), QStringList{u"check"_s, u"--input"_s, list} + format);
    const CliRun run = StatusScope::Test::finishCli(process, 60000);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(
                 "statusscope check: The output could not be written, so no further URL is checked.\n"),
             run.err.constData());
    QVERIFY2(run.err.contains("statusscope: standard output could not be written (No space left on device)"),
             run.err.constData());
    QVERIFY2(m_http->requests().size() < urls / 2, QByteArray::number(m_http->requests().size()).constData());
}

#include "tst_checkinput.moc"
