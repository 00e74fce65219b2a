// SPDX-License-Identifier: MIT
// check's -b/--cookie and -c/--cookie-jar through the real binary against a scripted server: a
// cookie file's cookies go to the host they belong to, cookies set along the chain end up in the
// -c file (private, written whole), and a file that cannot be used stops the command before
// anything is sent.
#include "clirun.h"
#include "scriptedserver.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CookieFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileCookiesSentAndJarWritten();
    void pairsAreSentAsTyped();
    void sameFileReadAndWritten();
    void refusedBeforeSending_data();
    void refusedBeforeSending();

private:
    CliRun check(const QStringList &arguments) const;

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_folder;
};

void tst_CookieFlags::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/login",
                    ScriptedServer::response(302, "Found",
                                             {{"Location", "/home"},
                                              {"Set-Cookie", "fresh=new-value; Path=/; HttpOnly"},
                                              {"Set-Cookie", "sid=rotated; Path=/"}}));
    m_server->route("/home", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "home"));
    m_server->route("/logout",
                    ScriptedServer::response(200, "OK", {{"Set-Cookie", "sid=; Max-Age=0; Path=/"}}));
}

void tst_CookieFlags::cleanup()
{
    delete m_server;
}

CliRun tst_CookieFlags::check(const QStringList &arguments) const
{
    QStringList all{u"check"_s};
    for (const QString &argument : arguments)
        all.append(
            QString(argument).replace(u"{http}"_s, m_server->origin()).replace(u"{dir}"_s, m_folder.path()));
    return StatusScope::Test::runCli(all);
}

void tst_CookieFlags::fileCookiesSentAndJarWritten()
{
    const QString in = m_folder.filePath(u"in.txt"_s);
    QVERIFY(writeText(in,
                      "# Netscape HTTP Cookie File\n"
                      "127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tfrom-file\n"
                      "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t2000000000\tpref\tdark\n"
                      "127.0.0.1\tFALSE\t/admin\tFALSE\t0\tadmin\tno\n"
                      "other.test\tFALSE\t/\tFALSE\t0\tforeign\tkept\n"));
    const CliRun run = check({u"-b"_s, in, u"-c"_s, u"{dir}/out.txt"_s, u"{http}/login"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QList<ScriptedServer::Request> login = m_server->requestsTo("/login");
    QCOMPARE(login.size(), 1);
    // Only the cookies for this host and path, never another host's.
    const QByteArray sent = login.first().header("Cookie");
    QVERIFY2(sent.contains("sid=from-file") && sent.contains("pref=dark"), sent.constData());
    QVERIFY(!sent.contains("admin") && !sent.contains("foreign"));
    // The next hop carries what the redirect set.
    const QByteArray next = m_server->requestsTo("/home").value(0).header("Cookie");
    QVERIFY2(next.contains("sid=rotated") && next.contains("fresh=new-value") && next.contains("pref=dark"),
             next.constData());

    const QString out = m_folder.filePath(u"out.txt"_s);
    const QByteArray jar = readText(out);
    QVERIFY(jar.startsWith("# Netscape HTTP Cookie File\n"));
    QVERIFY2(jar.contains("#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tfresh\tnew-value\n"), jar.constData());
    QVERIFY(jar.contains("127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\trotated\n"));
    QVERIFY(jar.contains("#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t2000000000\tpref\tdark\n"));
    QVERIFY(jar.contains("127.0.0.1\tFALSE\t/admin\tFALSE\t0\tadmin\tno\n"));
    QVERIFY(jar.contains("other.test\tFALSE\t/\tFALSE\t0\tforeign\tkept\n"));
    QVERIFY(!jar.contains("from-file"));
    // Secrets: readable by the owner only.
    QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void tst_CookieFlags::pairsAreSentAsTyped()
{
    const CliRun run = check({u"--cookie"_s, u"a=1; b=2"_s, u"{http}/home"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->requestsTo("/home").value(0).header("Cookie"), "a=1; b=2"_ba);
}

void tst_CookieFlags::sameFileReadAndWritten()
{
    // curl's habit: -b jar -c jar, the file not there yet on the first run.
    const QString jar = m_folder.filePath(u"jar.txt"_s);
    QVERIFY(!QFile::exists(jar));
    CliRun run = check({u"-b"_s, jar, u"--cookie-jar"_s, jar, u"{http}/login"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!m_server->requestsTo("/login").first().hasHeader("Cookie"));
    QVERIFY(readText(jar).contains("\tsid\trotated\n"));

    run = check({u"-b"_s, jar, u"-c"_s, jar, u"{http}/home"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(m_server->requestsTo("/home").first().header("Cookie").contains("sid=rotated"));

    // A server that deletes a cookie deletes it from the file too.
    run = check({u"-b"_s, jar, u"-c"_s, jar, u"{http}/logout"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(m_server->requestsTo("/logout").first().header("Cookie").contains("sid=rotated"));
    const QByteArray after = readText(jar);
    QVERIFY2(!after.contains("\tsid\t"), after.constData());
    QVERIFY(after.contains("\tfresh\tnew-value\n"));
}

void tst_CookieFlags::refusedBeforeSending_data()
{
    QTest::addColumn<QByteArray>("file"); // written to {dir}/bad.txt when not empty
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a bad line") << "# Netscape HTTP Cookie File\n127.0.0.1 FALSE / FALSE 0 sid x\n"_ba
                                << QStringList{u"-b"_s, u"{dir}/bad.txt"_s, u"{http}/home"_s}
                                << u"{dir}/bad.txt line 2: expected 7 fields separated by tabs"_s;
    QTest::newRow("two bad lines")
        << "127.0.0.1\tMAYBE\t/\tFALSE\t0\ta\tb\n127.0.0.1\tFALSE\t/\tFALSE\t0\tgood\t1\n\nx\n"_ba
        << QStringList{u"-b"_s, u"{dir}/bad.txt"_s, u"{http}/home"_s}
        << u"{dir}/bad.txt line 1: the second field must be TRUE or FALSE (include subdomains), not “MAYBE”\n"
           "{dir}/bad.txt line 4: expected 7 fields"_s;
    QTest::newRow("no such file") << QByteArray()
                                  << QStringList{u"-b"_s, u"{dir}/typo.txt"_s, u"{http}/home"_s}
                                  << u"-b {dir}/typo.txt: there is no such cookie file"_s;
    QTest::newRow("a folder") << QByteArray() << QStringList{u"-b"_s, u"{dir}"_s, u"{http}/home"_s}
                              << u"cannot read the cookie file {dir}"_s;
    QTest::newRow("a jar in no folder")
        << QByteArray() << QStringList{u"-c"_s, u"{dir}/missing/jar.txt"_s, u"{http}/home"_s}
        << u"-c: cannot write the cookie file {dir}/missing/jar.txt"_s;
}

void tst_CookieFlags::refusedBeforeSending()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!file.isEmpty())
        QVERIFY(writeText(m_folder.filePath(u"bad.txt"_s), file));
    const CliRun run = check(arguments);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(message.replace(u"{dir}"_s, m_folder.path())), run.err.constData());
    QCOMPARE(m_server->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CookieFlags)
#include "tst_cookieflags.moc"
