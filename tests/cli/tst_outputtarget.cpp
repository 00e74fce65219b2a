// SPDX-License-Identifier: MIT
// Where `check --har FILE` writes (app/cli/outputtarget.h): a regular file is replaced only when it
// may be, a FIFO or standard output is appended to, and every refusal comes before any request.
#include "clirun.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

namespace {

int harEntries(const QByteArray &json)
{
    return int(QJsonDocument::fromJson(json)
                   .object()
                   .value(u"log"_s)
                   .toObject()
                   .value(u"entries"_s)
                   .toArray()
                   .size());
}

} // namespace

class tst_OutputTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void regularFileIsReplacedWhole();
    void refusedBeforeAnyRequest_data();
    void refusedBeforeAnyRequest();
    void fifoIsStreamedTo();
    void standardOutputIsAppendedTo_data();
    void standardOutputIsAppendedTo();

private:
    CliRun check(const QStringList &arguments);

    ScriptedServer *m_http = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void tst_OutputTarget::init()
{
    m_http = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    m_http->route("/rd", ScriptedServer::redirect(302, "/ok"));
    m_http->route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void tst_OutputTarget::cleanup()
{
    // Give the folders their write bit back, or the temporary folder cannot be removed.
    chmod(QFile::encodeName(m_dir->filePath(u"locked"_s)).constData(), 0755);
    delete m_dir;
    delete m_http;
}

CliRun tst_OutputTarget::check(const QStringList &arguments)
{
    return StatusScope::Test::runCli(QStringList{u"check"_s} + arguments);
}

void tst_OutputTarget::regularFileIsReplacedWhole()
{
    const QString path = m_dir->filePath(u"chain.har"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export, much longer than anything that follows it ..................");
    old.close();
    const CliRun run = check({u"--har"_s, path, m_http->url(u"/rd"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray har = file.readAll();
    QCOMPARE(harEntries(har), 2);
    QVERIFY(!har.contains("older export"));
}

void tst_OutputTarget::refusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("target"); // {dir} is the temporary folder
    QTest::addColumn<QString>("sentence");
    QTest::newRow("a folder") << u"{dir}"_s << u"it is a folder"_s;
    QTest::newRow("an empty name") << QString() << u"The file name is empty"_s;
    QTest::newRow("a read-only file") << u"{dir}/readonly.har"_s << u"the file is read-only"_s;
    QTest::newRow("a file in a read-only folder") << u"{dir}/locked/new.har"_s << u"is read-only"_s;
    QTest::newRow("a missing folder") << u"{dir}/missing/new.har"_s << u"does not exist"_s;
    QTest::newRow("descriptor not open") << u"/dev/fd/57"_s << u"descriptor 57 is not open"_s;
}

void tst_OutputTarget::refusedBeforeAnyRequest()
{
    QFETCH(QString, target);
    QFETCH(QString, sentence);
    target.replace(u"{dir}"_s, m_dir->path());

    const QString readOnly = m_dir->filePath(u"readonly.har"_s);
    QFile file(readOnly);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    QCOMPARE(chmod(QFile::encodeName(m_dir->filePath(u"locked"_s)).constData(), 0555), 0);

    const CliRun run = check({u"--har"_s, target, m_http->url(u"/ok"_s).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(sentence), run.err.constData());
    QVERIFY(run.err.contains("--har"));
    QCOMPARE(m_http->requests().size(), 0);
    QCOMPARE(m_http->connectionCount(), 0);
    // Nothing was replaced or left behind.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "keep me");
    QCOMPARE(
        QDir(m_dir->filePath(u"locked"_s)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
        QStringList());
}

void tst_OutputTarget::fifoIsStreamedTo()
{
    const QString fifo = m_dir->filePath(u"har.fifo"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    QVERIFY(reader.waitForStarted());

    const CliRun run = check({u"--har"_s, fifo, m_http->url(u"/rd"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    const CliRun read = StatusScope::Test::finishCli(reader);
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(harEntries(read.out), 2);
    // Still a FIFO: written to, not replaced by a regular file.
    struct stat info = {};
    QCOMPARE(stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void tst_OutputTarget::standardOutputIsAppendedTo_data()
{
    QTest::addColumn<QString>("target"); // {log} is the file standard output is appended to
    QTest::newRow("-") << u"-"_s;
    QTest::newRow("/dev/stdout") << u"/dev/stdout"_s;
    QTest::newRow("/dev/fd/1") << u"/dev/fd/1"_s;
    QTest::newRow("the log itself") << u"{log}"_s;
}

// As `statusscope check --har /dev/stdout URL >> log.txt`: what the log held stays.
void tst_OutputTarget::standardOutputIsAppendedTo()
{
    QFETCH(QString, target);
    const QString log = m_dir->filePath(u"log.txt"_s);
    target.replace(u"{log}"_s, log);
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("yesterday's line\n");
    file.close();

    QProcess process;
    process.setProcessEnvironment(StatusScope::Test::cliEnvironment());
    process.setStandardOutputFile(log, QIODevice::Append);
    process.start(QStringLiteral(STATUSSCOPE_BINARY),
                  {u"check"_s, u"--har"_s, target, m_http->url(u"/rd"_s).toString()});
    const CliRun run = StatusScope::Test::finishCli(process);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // The HAR is the output: appended whole, and alone, so it can be piped to a JSON reader.
    QVERIFY2(text.startsWith("yesterday's line\n{\"log\":"), text.constData());
    QCOMPARE(harEntries(text.mid(text.indexOf('\n') + 1)), 2);
}

QTEST_GUILESS_MAIN(tst_OutputTarget)
#include "tst_outputtarget.moc"
